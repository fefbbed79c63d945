// A form exported to PDF reads back (through Poppler) with its title, labels and values.
#include "FormHtml.h"
#include "FormLibrary.h"
#include "FormPrinting.h"
#include "PdfText.h"
#include "QtPrinters.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace kenshu;

namespace {

class Models_FormPrintingTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        Expected<QList<FormSchema>> forms = loadBuiltInForms();
        ASSERT_TRUE(forms) << forms.error().message.toStdString();
        m_forms = std::move(*forms);
    }

    const FormSchema& form(const QString& id)
    {
        const FormSchema* schema = currentForm(m_forms, id);
        EXPECT_NE(schema, nullptr) << id.toStdString();
        static const FormSchema none;
        return schema ? *schema : none;
    }

    // All pages' text, NFKC-normalized: Qt's PDF writer maps some kanji back to look-alike
    // Kangxi radicals (門 -> U+2FA8) and ligatures to U+FB01; readers see the same glyphs.
    QString exportedText(const FormSchema& schema, const ReportDraft& draft,
                         const QString& language)
    {
        const QString path = m_dir.filePath(schema.id + u'-' + language + u".pdf"_s);
        const Status status = exportFormPdf(schema, draft, language, path);
        EXPECT_TRUE(status) << status.error().message.toStdString();
        const Expected<QStringList> pages = pdfPageTexts(path);
        EXPECT_TRUE(pages) << pages.error().message.toStdString();
        return pages ? pages->join(u'\n').normalized(QString::NormalizationForm_KC) : QString();
    }

    static void expectContainsAll(const QString& text, const QStringList& expected)
    {
        for (const QString& part : expected)
            EXPECT_TRUE(text.contains(part)) << "missing \"" << part.toStdString() << "\" in:\n"
                                             << text.toStdString();
    }

    // The first rating of the evaluation sheet: ○ by the resident, × by the supervisor.
    static QJsonObject anatomyRated()
    {
        return QJsonObject{{"anatomy"_L1, QJsonObject{{"resident"_L1, u"achieved"_s},
                                                      {"supervisor"_L1, u"not_achieved"_s}}}};
    }

    static ReportDraft draftOf(const FormSchema& schema, const QString& state,
                               const QJsonObject& values)
    {
        ReportDraft draft;
        draft.id = QUuid::createUuid();
        draft.formId = schema.id;
        draft.formVersion = schema.version;
        draft.state = state;
        draft.authorId = u"123456"_s;
        draft.reviewerId = u"654321"_s;
        draft.savedAt = QDateTime(QDate(2026, 1, 15), QTime(10, 15), Qt::UTC);
        draft.values = values;
        return draft;
    }

    QTemporaryDir m_dir;
    QList<FormSchema> m_forms;
};

} // namespace

TEST_F(Models_FormPrintingTest, AJapaneseCaseReportReadsBack)
{
    const FormSchema& schema = form(u"specialist_case_report"_s);
    const ReportDraft draft =
        draftOf(schema, u"registered"_s,
                QJsonObject{{"slot"_L1, 3},
                            {"category"_L1, u"pain"_s},
                            {"diagnosis"_L1, u"膵癌"_s},
                            {"history"_L1, u"症例は70歳男性。腹痛で受診した。"_s}});
    const QString text = exportedText(schema, draft, u"ja"_s);
    expectContainsAll(text, {u"症例報告書(専門医新規申請用)"_s, u"主病名"_s, u"膵癌"_s,
                             u"症例は70歳男性。腹痛で受診した。"_s, u"■ 痛み"_s, u"□ せん妄"_s,
                             u"未承認"_s, u"作成者"_s, u"123456"_s, u"1 / 1 ページ"_s});
    EXPECT_FALSE(text.contains(u"Primary diagnosis"_s));
}

TEST_F(Models_FormPrintingTest, AnEnglishEvaluationSheetShowsBothRatingColumns)
{
    const FormSchema& schema = form(u"curriculum_evaluation_sheet"_s);
    const ReportDraft draft = draftOf(schema, u"in_training"_s, anatomyRated());
    const QString text = exportedText(schema, draft, u"en_GB"_s);
    expectContainsAll(text, {u"Curriculum Achievement Evaluation Sheet"_s,
                             u"Explains coronary anatomy and angiographic findings"_s,
                             u"Self-rating"_s, u"In training"_s, u"Page 1 of 1"_s});
    EXPECT_EQ(text.count(u"○"_s), 1 + 1) << text.toStdString(); // the rating and the legend
    EXPECT_EQ(text.count(u"×"_s), 1 + 1) << text.toStdString();
}

TEST_F(Models_FormPrintingTest, TheHtmlPutsRatingsInTheirColumns)
{
    const FormSchema& schema = form(u"curriculum_evaluation_sheet"_s);
    const ReportDraft draft = draftOf(schema, u"completed"_s, anatomyRated());
    const QString html = formHtml(schema, draft, u"ja"_s);
    EXPECT_TRUE(html.contains(u"<td>冠動脈の解剖と造影所見を説明できる</td><td "
                              "align=\"center\">○</td><td align=\"center\">×</td>"_s))
        << html.toStdString();
    EXPECT_TRUE(html.contains(u"研修修了"_s));
    EXPECT_EQ(printedStateName(u"unknown_state"_s, u"ja"_s), u"unknown_state"_s);
}

TEST_F(Models_FormPrintingTest, AFailedExportLeavesNoFile)
{
    const FormSchema& schema = form(u"visit_guidance_report"_s);
    const QString path = m_dir.filePath(u"missing/dir/out.pdf"_s);
    const Status status = exportFormPdf(schema, draftOf(schema, u"draft"_s, {}), u"en"_s, path);
    ASSERT_FALSE(status);
    EXPECT_TRUE(status.error().message.startsWith(u"Cannot write "_s))
        << status.error().message.toStdString();
    EXPECT_FALSE(QFile::exists(path));
}
