// Widgets_FormViewTest: every built-in form schema becomes a working form; problems show inline
// while typing without blocking edits; values round-trip, including keys of other versions.
#include "FieldEditor.h"
#include "FormSchemaParser.h"
#include "FormView.h"
#include "RatingEditor.h"

#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>
#include <gtest/gtest.h>

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;

FormSchema builtInForm(const QString& id)
{
    Expected<FormSchema> schema =
        loadFormSchemaFile(QDir(QStringLiteral(KENSHU_FORMS_DIR)).filePath(id + u".json"_s));
    EXPECT_TRUE(schema) << (schema ? std::string() : schema.error().message.toStdString());
    return schema ? *schema : FormSchema{};
}

} // namespace

TEST(Widgets_FormViewTest, EveryBuiltInFormHasAnEditorForEachField)
{
    const QStringList files = QDir(QStringLiteral(KENSHU_FORMS_DIR)).entryList({u"*.json"_s});
    ASSERT_EQ(files.size(), 5);
    for (const QString& file : files) {
        const FormSchema schema = builtInForm(file.chopped(5));
        for (const QString& language : {u"ja"_s, u"en"_s}) {
            FormView view(schema, language);
            for (const FormField* field : schema.fields())
                EXPECT_NE(view.editor(field->id), nullptr)
                    << file.toStdString() << " " << field->id.toStdString();
            const QList<const FormField*> fields = schema.fields();
            const bool anyRequired = std::any_of(fields.begin(), fields.end(),
                                                 [](const FormField* f) { return f->required; });
            EXPECT_EQ(!view.problems().isEmpty(), anyRequired)
                << file.toStdString() << ": an empty form misses exactly its required fields";
        }
    }
}

TEST(Widgets_FormViewTest, ProblemsShowWhileTypingAndAllAfterASubmitAttempt)
{
    const FormSchema schema = builtInForm(u"specialist_case_report"_s);
    FormView view(schema, u"en"_s);
    view.show();
    auto* diagnosis = view.findChild<QLineEdit*>(u"field_diagnosis"_s);
    ASSERT_NE(diagnosis, nullptr);
    // Untouched fields stay quiet until a submit attempt.
    EXPECT_TRUE(view.shownProblem(u"diagnosis"_s).isEmpty());
    QTest::keyClicks(diagnosis, QString(101, u'x'));
    EXPECT_EQ(view.shownProblem(u"diagnosis"_s), u"At most 100 characters."_s);
    EXPECT_EQ(diagnosis->text().size(), 101); // never blocks typing
    diagnosis->selectAll();
    QTest::keyClick(diagnosis, Qt::Key_Backspace);
    EXPECT_EQ(view.shownProblem(u"diagnosis"_s), u"Required."_s);
    EXPECT_TRUE(view.shownProblem(u"history"_s).isEmpty());
    view.showAllProblems();
    EXPECT_EQ(view.shownProblem(u"history"_s), u"Required."_s);

    auto* period = view.editor(u"care_period"_s);
    period->setValue(QJsonObject{{u"start"_s, u"2026-05-01"_s}, {u"end"_s, u"2026-04-01"_s}});
    bool endBeforeStart = false;
    for (const FormProblem& problem : view.problems())
        endBeforeStart |=
            problem.fieldId == u"care_period"_s && problem.code == ProblemCode::EndBeforeStart;
    EXPECT_TRUE(endBeforeStart);
}

TEST(Widgets_FormViewTest, ValuesRoundTripAndKeysOfOtherVersionsAreKept)
{
    const FormSchema schema = builtInForm(u"specialist_case_report"_s);
    FormView view(schema, u"ja"_s);
    const QJsonObject values{
        {u"slot"_s, 3},
        {u"diagnosis"_s, u"膵癌"_s},
        {u"history"_s, u"疼痛コントロールのため入院。"_s},
        {u"care_period"_s, QJsonObject{{u"start"_s, u"2026-04-01"_s}, {u"end"_s, u"2026-06-30"_s}}},
        {u"field_from_version_0"_s, u"kept"_s},
    };
    view.setValues(values);
    EXPECT_EQ(view.values(), values);
    auto* history = view.findChild<QPlainTextEdit*>(u"field_history"_s);
    ASSERT_NE(history, nullptr);
    EXPECT_EQ(history->toPlainText(), u"疼痛コントロールのため入院。"_s);
}

TEST(Widgets_FormViewTest, RatingSidesLockSeparately)
{
    const FormSchema schema = builtInForm(u"curriculum_evaluation_sheet"_s);
    ASSERT_FALSE(schema.ratingFieldIds().isEmpty());
    FormView view(schema, u"ja"_s);
    view.setRatingSidesEditable(true, false);
    auto* rating = qobject_cast<RatingEditor*>(view.editor(schema.ratingFieldIds().front()));
    ASSERT_NE(rating, nullptr);
    EXPECT_TRUE(rating->residentBox()->isEnabled());
    EXPECT_FALSE(rating->supervisorBox()->isEnabled());
    rating->residentBox()->setCurrentIndex(1);
    EXPECT_EQ(rating->value(), QJsonValue(QJsonObject{{u"resident"_s, u"achieved"_s}}));
}

} // namespace kenshu
