// Built-in schemas as resources, and finding the version a draft was written with.
#include "FormLibrary.h"
#include "QtPrinters.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace kenshu;

namespace {

QByteArray schemaJson(const QString& id, int version, const QString& fieldId)
{
    return u"{\"id\": \"%1\", \"version\": %2, \"title\": {\"ja\": \"テスト\", \"en\": \"Test\"}, "
           "\"sections\": [{\"id\": \"main\", \"title\": {\"ja\": \"本文\", \"en\": \"Main\"}, "
           "\"fields\": [{\"id\": \"%3\", \"type\": \"text\", "
           "\"label\": {\"ja\": \"項目\", \"en\": \"Item\"}}]}]}"_s.arg(id)
               .arg(version)
               .arg(fieldId)
               .toUtf8();
}

class Models_FormLibraryTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    void write(const QString& fileName, const QByteArray& json)
    {
        QFile file(m_dir.filePath(fileName));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(json);
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(Models_FormLibraryTest, BuiltInFormsComeFromResources)
{
    const Expected<QList<FormSchema>> forms = loadBuiltInForms();
    ASSERT_TRUE(forms) << forms.error().message.toStdString();
    QStringList ids;
    for (const FormSchema* schema : currentForms(*forms))
        ids.append(schema->id);
    EXPECT_EQ(ids, (QStringList{u"case_conference_report"_s, u"curriculum_evaluation_sheet"_s,
                                u"experience_case_log"_s, u"specialist_case_report"_s,
                                u"visit_guidance_report"_s}));
    EXPECT_TRUE(QFile::exists(u":/forms/visit_guidance_report.json"_s));
    const FormSchema* visit = findForm(*forms, u"visit_guidance_report"_s, 1);
    ASSERT_NE(visit, nullptr);
    EXPECT_EQ(visit->title.ja, u"施設間往来による指導 報告書"_s);
}

TEST_F(Models_FormLibraryTest, AnOlderVersionIsFoundForTheDraftsThatUseIt)
{
    write(u"demo.json"_s, schemaJson(u"demo"_s, 2, u"new_field"_s));
    write(u"demo.v1.json"_s, schemaJson(u"demo"_s, 1, u"old_field"_s));
    const Expected<QList<FormSchema>> forms = loadFormDirectory(m_dir.path());
    ASSERT_TRUE(forms) << forms.error().message.toStdString();
    ASSERT_EQ(forms->size(), 2);

    const FormSchema* old = findForm(*forms, u"demo"_s, 1);
    ASSERT_NE(old, nullptr);
    EXPECT_NE(old->field(u"old_field"_s), nullptr);
    const FormSchema* current = currentForm(*forms, u"demo"_s);
    ASSERT_NE(current, nullptr);
    EXPECT_EQ(current->version, 2);
    EXPECT_NE(current->field(u"new_field"_s), nullptr);
    EXPECT_EQ(currentForms(*forms), (QList<const FormSchema*>{current}));
    EXPECT_EQ(findForm(*forms, u"demo"_s, 3), nullptr);
    EXPECT_EQ(currentForm(*forms, u"other"_s), nullptr);
}

TEST_F(Models_FormLibraryTest, AFileNotNamedAfterItsIdAndVersionIsRefused)
{
    write(u"demo.v2.json"_s, schemaJson(u"demo"_s, 1, u"field"_s));
    const Expected<QList<FormSchema>> forms = loadFormDirectory(m_dir.path());
    ASSERT_FALSE(forms);
    EXPECT_EQ(forms.error().message,
              u"demo.v2.json: a schema with id \"demo\" and version 1 must be in demo.json (the "
              "current version) or demo.v1.json (an older one)"_s);
}

TEST_F(Models_FormLibraryTest, TheCurrentFileMustBeTheNewestVersion)
{
    write(u"demo.json"_s, schemaJson(u"demo"_s, 1, u"field"_s));
    write(u"demo.v2.json"_s, schemaJson(u"demo"_s, 2, u"field"_s));
    const Expected<QList<FormSchema>> forms = loadFormDirectory(m_dir.path());
    ASSERT_FALSE(forms);
    EXPECT_EQ(forms.error().message,
              u"demo.json: the current version must be newer than demo.v2.json"_s);
}

TEST_F(Models_FormLibraryTest, ABrokenSchemaNamesItsFile)
{
    write(u"demo.json"_s, "{\"id\": \"demo\"}");
    const Expected<QList<FormSchema>> forms = loadFormDirectory(m_dir.path());
    ASSERT_FALSE(forms);
    EXPECT_TRUE(forms.error().message.startsWith(u"demo.json: "_s))
        << forms.error().message.toStdString();
}
