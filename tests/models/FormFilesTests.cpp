// Every schema in resources/forms/ loads, and the ones the issue asks for say what it asks.
#include "FormSchemaParser.h"
#include "FormValidator.h"
#include "PrivateFields.h"
#include "QtPrinters.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace kenshu;

namespace {

QString formsDir()
{
    return QString::fromUtf8(KENSHU_FORMS_DIR);
}

FormSchema load(const QString& fileName)
{
    const Expected<FormSchema> schema = loadFormSchemaFile(formsDir() + u'/' + fileName);
    EXPECT_TRUE(schema) << schema.error().message.toStdString();
    return schema ? *schema : FormSchema{};
}

QStringList optionValues(const FormField* field)
{
    QStringList values;
    if (field) {
        for (const FieldOption& option : field->options)
            values.append(option.value);
    }
    return values;
}

} // namespace

TEST(Models_FormFilesTest, EveryFileLoadsAndIsNamedAfterItsIdAndVersion)
{
    const QFileInfoList files =
        QDir(formsDir()).entryInfoList({u"*.json"_s}, QDir::Files, QDir::Name);
    ASSERT_GE(files.size(), 5) << formsDir().toStdString();
    for (const QFileInfo& file : files) {
        const Expected<FormSchema> schema = loadFormSchemaFile(file.absoluteFilePath());
        ASSERT_TRUE(schema) << schema.error().message.toStdString();
        // docs/forms.md: <id>.json is the current version, <id>.v<N>.json an older one.
        EXPECT_TRUE(file.fileName() == schema->id + u".json"_s ||
                    file.fileName() == u"%1.v%2.json"_s.arg(schema->id).arg(schema->version))
            << file.fileName().toStdString();
        EXPECT_GE(schema->version, 1);
        for (const FormField* field : schema->fields()) {
            EXPECT_FALSE(field->label.ja.isEmpty()) << field->id.toStdString();
            EXPECT_FALSE(field->label.en.isEmpty()) << field->id.toStdString();
        }
        // An empty draft is reported, never refused: only "required" problems.
        for (const FormProblem& problem : validateForm(*schema, {}))
            EXPECT_EQ(problem.code, ProblemCode::Required)
                << file.fileName().toStdString() << ": " << problem.fieldId.toStdString();
    }
    // A file that does not exist gives a readable error naming it.
    const Expected<FormSchema> missing = loadFormSchemaFile(formsDir() + u"/nope.json"_s);
    ASSERT_FALSE(missing);
    EXPECT_TRUE(missing.error().message.startsWith(u"nope.json: cannot read the file: "_s))
        << missing.error().message.toStdString();
}

// Sync leaves a report's private values out without the form schemas (PrivateFields.h): the
// list it uses is the one the bundled forms' private sections hold.
TEST(Models_FormFilesTest, PrivateSectionsHoldExactlyTheFieldsSyncKeepsHere)
{
    QSet<QString> privateFields;
    QSet<QString> otherFields;
    const QStringList files = QDir(formsDir()).entryList({u"*.json"_s}, QDir::Files);
    ASSERT_FALSE(files.isEmpty());
    for (const QString& name : files) {
        const FormSchema schema = load(name);
        for (const FormSection& section : schema.sections) {
            for (const FormField& field : section.fields)
                (section.id == kPrivateSectionId ? privateFields : otherFields).insert(field.id);
        }
    }
    const QStringList& kept = privateReportFields();
    EXPECT_EQ(privateFields, QSet<QString>(kept.cbegin(), kept.cend()));
    EXPECT_FALSE(otherFields.intersects(privateFields)) << "a private id used for a shared field";
}

TEST(Models_FormFilesTest, TrainingReportsAreGovernedByTheTrainingReportWorkflow)
{
    for (const QString& name :
         {u"visit_guidance_report.json"_s, u"case_conference_report.json"_s}) {
        const FormSchema schema = load(name);
        EXPECT_EQ(schema.workflow, WorkflowKind::TrainingReport) << name.toStdString();
    }
    EXPECT_EQ(load(u"visit_guidance_report.json"_s).title.ja, u"施設間往来による指導 報告書"_s);
    EXPECT_EQ(load(u"case_conference_report.json"_s).title.ja, u"症例検討会・研修会 報告書"_s);
}

TEST(Models_FormFilesTest, SpecialistCaseReportHasSlotCategoryPeriodAndFacility)
{
    const FormSchema schema = load(u"specialist_case_report.json"_s);
    EXPECT_EQ(schema.workflow, WorkflowKind::CaseReport);

    const FormField* slot = schema.field(u"slot"_s);
    ASSERT_NE(slot, nullptr);
    EXPECT_TRUE(slot->integer);
    EXPECT_EQ(slot->min, 1.0);
    EXPECT_EQ(slot->max, 20.0);

    const FormField* category = schema.field(u"category"_s);
    ASSERT_NE(category, nullptr);
    EXPECT_EQ(
        optionValues(category),
        (QStringList{u"pain"_s, u"physical_symptoms"_s, u"psychological_symptoms"_s, u"delirium"_s,
                     u"palliative_sedation"_s, u"social_care"_s, u"spiritual_care"_s}));
    EXPECT_EQ(category->options[1].label.ja, u"身体症状(痛み以外)"_s);

    const FormField* period = schema.field(u"care_period"_s);
    ASSERT_NE(period, nullptr);
    EXPECT_EQ(period->type, FieldType::DateRange);
    EXPECT_EQ(period->label.ja, u"主に緩和医療を提供した期間"_s);
    EXPECT_EQ(schema.field(u"facility"_s)->type, FieldType::FacilityRef);
    EXPECT_EQ(schema.field(u"history"_s)->type, FieldType::Multiline);
}

TEST(Models_FormFilesTest, EvaluationSheetItemsAreRatings)
{
    const FormSchema schema = load(u"curriculum_evaluation_sheet.json"_s);
    EXPECT_EQ(schema.workflow, WorkflowKind::EvaluationSheet);
    EXPECT_EQ(schema.title.ja, u"研修カリキュラム達成度評価表"_s);
    const QStringList items = schema.ratingFieldIds();
    EXPECT_EQ(items.size(), 13);
    EXPECT_EQ(items.first(), u"anatomy"_s);
    EXPECT_EQ(items.last(), u"acs"_s);
}

TEST(Models_FormFilesTest, ExperienceLogHasNoApprovalWorkflow)
{
    const FormSchema schema = load(u"experience_case_log.json"_s);
    EXPECT_FALSE(schema.workflow.has_value());
    EXPECT_EQ(schema.title.ja, u"経験症例"_s);
}
