// Widgets_ReportWindowTest: new reports from the main window, autosave into the report list,
// Submit blocked with a problem list, steps offered per role, the evaluation sheet's columns.
#include "AppSetup.h"
#include "DraftStore.h"
#include "DraftWorkflow.h"
#include "FieldEditor.h"
#include "FormLibrary.h"
#include "FormView.h"
#include "LocalStore.h"
#include "MainWindow.h"
#include "NewReportDialog.h"
#include "PdfText.h"
#include "ReportListModel.h"
#include "ReportWindow.h"
#include "Settings.h"

#include <QAction>
#include <QComboBox>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>
#include <stdexcept>

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;

const FormSchema& builtInForm(const QString& id)
{
    static const QList<FormSchema> forms = *loadBuiltInForms();
    return *currentForm(forms, id);
}

QJsonObject completeVisitReport()
{
    return {{u"visit_date"_s, u"2026-10-02"_s},
            {u"direction"_s, u"outbound"_s},
            {u"host_facility"_s, u"Kanto Heart Center"_s},
            {u"supervisor"_s, u"200001"_s},
            {u"hours"_s, 6},
            {u"activities"_s, QJsonArray{u"cath_procedure"_s}},
            {u"summary"_s, u"PCI of the LAD with IVUS guidance."_s}};
}

// The input of a field; throws (failing the test) when the form has no such field.
QWidget* fieldWidget(FormView* form, const QString& fieldId)
{
    FieldEditor* editor = form->editor(fieldId);
    if (!editor)
        throw std::runtime_error("no field " + fieldId.toStdString());
    return editor->widget();
}

QComboBox* ratingBox(FormView* form, const QString& itemId, const char* side)
{
    auto* box = fieldWidget(form, itemId)->findChild<QComboBox*>(QString::fromLatin1(side));
    if (!box)
        throw std::runtime_error("no rating box " + itemId.toStdString());
    return box;
}

bool isReadOnlyText(FormView* form, const QString& fieldId)
{
    auto* box = qobject_cast<QPlainTextEdit*>(fieldWidget(form, fieldId));
    if (!box)
        throw std::runtime_error("not a multiline field " + fieldId.toStdString());
    return box->isReadOnly();
}

// Types into a text field so that the form reports its values as a user's edit would.
void typeInto(FormView* form, const QString& fieldId, const QString& text)
{
    QWidget* widget = fieldWidget(form, fieldId);
    if (!qobject_cast<QLineEdit*>(widget) && !qobject_cast<QPlainTextEdit*>(widget))
        throw std::runtime_error("not a text field " + fieldId.toStdString());
    // Key events with text, so that Japanese arrives as an input method would commit it.
    for (const QChar character : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(character),
                            Qt::NoModifier);
}

void rate(FormView* form, const QString& itemId, const char* side, const QString& value)
{
    QComboBox* box = ratingBox(form, itemId, side);
    ASSERT_TRUE(box->isEnabled()) << itemId.toStdString() << " " << side;
    box->setCurrentIndex(box->findData(value));
    emit box->activated(box->currentIndex());
}

// A new draft of the current version of `formId` by the resident 100001, in `state`.
ReportDraft residentDraft(const QString& formId, const QString& state)
{
    ReportDraft draft = newDraft(builtInForm(formId), {}, u"100001"_s);
    draft.state = state;
    return draft;
}

class Widgets_ReportWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_dataDir = m_dir.filePath(u"data"_s);
        m_settings = std::make_unique<Settings>(m_dir.filePath(u"settings.ini"_s));
        m_settings->setValue(Settings::Key::MemberNumber, u"100001"_s);
        m_settings->setValue(Settings::Key::Role, u"resident"_s);
    }

    std::unique_ptr<MainWindow> openMainWindow()
    {
        auto window = std::make_unique<MainWindow>(m_dataDir, defaultImportFormats(), *m_settings);
        QSignalSpy reloaded(window.get(), &MainWindow::reportsReloaded);
        window->show();
        EXPECT_TRUE(reloaded.wait(10000));
        return window;
    }

    ReportWindow* openAs(const char* memberId, const char* role, const ReportDraft& draft,
                         RecordType type = RecordType::Report)
    {
        const FormSchema& schema = builtInForm(draft.formId);
        auto* window = new ReportWindow(
            m_dataDir, schema, {type, draft},
            {*roleFromName(QString::fromLatin1(role)), QString::fromLatin1(memberId)}, u"en"_s);
        window->show();
        return window;
    }

    // The draft as stored, once the autosaver has written `state`.
    ReportDraft storedDraft(const QUuid& id, const QString& state)
    {
        return storedDraftWhere(
            id, [state](const ReportDraft& draft) { return draft.state == state; }, state);
    }

    ReportDraft storedDraftWhere(const QUuid& id, std::function<bool(const ReportDraft&)> ready,
                                 const QString& what)
    {
        ReportDraft found;
        EXPECT_TRUE(QTest::qWaitFor(
            [&] {
                Expected<std::unique_ptr<LocalStore>> store = LocalStore::open(m_dataDir);
                if (!store)
                    return false;
                Expected<ReportDraft> draft = DraftStore(**store, QString()).load(id);
                if (!draft || !ready(*draft))
                    return false;
                found = *draft;
                return true;
            },
            10000))
            << "never stored: " << what.toStdString();
        return found;
    }

    QTemporaryDir m_dir;
    QString m_dataDir;
    std::unique_ptr<Settings> m_settings;
};

} // namespace

TEST_F(Widgets_ReportWindowTest, ANewReportIsAutosavedAndListed)
{
    auto main = openMainWindow();
    NewReportDialog* dialog = main->openNewReportDialog();
    ASSERT_NE(dialog, nullptr);
    dialog->selectForm(u"case_conference_report"_s);
    EXPECT_EQ(dialog->formId(), u"case_conference_report"_s);
    dialog->close();

    ReportWindow* window = main->createReport(u"case_conference_report"_s, QUuid());
    ASSERT_NE(window, nullptr);
    EXPECT_EQ(window->draft().authorId, u"100001"_s);
    EXPECT_EQ(window->draft().state, u"draft"_s);
    QSignalSpy reloaded(main.get(), &MainWindow::reportsReloaded);
    typeInto(window->formView(), u"event_name"_s, u"関東 PCI 研究会"_s);
    ASSERT_TRUE(reloaded.wait(10000));
    ASSERT_EQ(main->reportListModel()->rowCount(), 1);
    const QModelIndex state = main->reportListModel()->index(0, ReportListModel::StateColumn);
    EXPECT_EQ(state.data().toString(), u"Draft"_s);
    EXPECT_EQ(main->reportListModel()->index(0, ReportListModel::FormColumn).data().toString(),
              u"Case Conference / Workshop Report"_s);
    const QUuid id = window->draft().id;
    window->close();

    ReportWindow* reopened = main->openReport(id);
    ASSERT_NE(reopened, nullptr);
    EXPECT_EQ(reopened->formView()->values().value(u"event_name"_s).toString(),
              u"関東 PCI 研究会"_s);
    reopened->close();
}

TEST_F(Widgets_ReportWindowTest, SubmitListsProblemsThenHandsTheReportOn)
{
    ReportDraft draft = residentDraft(u"visit_guidance_report"_s, u"draft"_s);
    ReportWindow* resident = openAs("100001", "resident", draft);
    QAction* submit = resident->stepAction(u"submitted"_s);
    ASSERT_NE(submit, nullptr);
    EXPECT_TRUE(submit->isEnabled());
    EXPECT_EQ(resident->stepAction(u"closed"_s), nullptr) << "approving is not the resident's";

    typeInto(resident->formView(), u"summary"_s, u"Short"_s);
    submit->trigger();
    const QStringList problems = resident->shownProblems();
    EXPECT_GE(problems.size(), 5);
    EXPECT_TRUE(problems.contains(u"Date of guidance: Required."_s))
        << problems.join(u'\n').toStdString();
    EXPECT_EQ(resident->draft().state, u"draft"_s) << "a form with problems is not submitted";

    resident->formView()->setValues(completeVisitReport());
    typeInto(resident->formView(), u"reflection"_s, u"x"_s); // an edit refreshes the list
    EXPECT_TRUE(resident->shownProblems().isEmpty());
    resident->stepAction(u"submitted"_s)->trigger();
    EXPECT_EQ(resident->draft().state, u"submitted"_s);
    EXPECT_TRUE(isReadOnlyText(resident->formView(), u"summary"_s))
        << "a submitted report is read-only for its author";
    ASSERT_NE(resident->stepAction(u"draft"_s), nullptr) << "the author can withdraw it";
    const ReportDraft stored = storedDraft(draft.id, u"submitted"_s);
    resident->close();

    ReportWindow* supervisor = openAs("200001", "supervisor", stored);
    EXPECT_EQ(supervisor->stepAction(u"draft"_s), nullptr) << "withdrawing is the author's";
    QAction* approve = supervisor->stepAction(u"closed"_s);
    ASSERT_NE(approve, nullptr);
    EXPECT_TRUE(approve->isEnabled());
    EXPECT_TRUE(isReadOnlyText(supervisor->formView(), u"summary"_s));
    supervisor->close();
}

TEST_F(Widgets_ReportWindowTest, TheEvaluationSheetFollowsItsRules)
{
    const FormSchema& schema = builtInForm(u"curriculum_evaluation_sheet"_s);
    const ReportDraft draft = residentDraft(schema.id, u"in_training"_s);
    ReportWindow* resident = openAs("100001", "resident", draft, RecordType::EvaluationSheet);
    FormView* form = resident->formView();
    const QStringList items = schema.ratingFieldIds();
    EXPECT_FALSE(ratingBox(form, items.first(), "supervisorRating")->isEnabled())
        << "the supervisor's column is not the resident's";
    EXPECT_TRUE(isReadOnlyText(form, u"supervisor_comment"_s));
    EXPECT_FALSE(isReadOnlyText(form, u"resident_comment"_s));
    EXPECT_EQ(resident->stepAction(u"completed"_s), nullptr) << "only a supervisor completes";
    for (const QString& item : items)
        rate(form, item, "residentRating", u"achieved"_s);
    const QJsonObject shown = form->values();
    const ReportDraft rated = storedDraftWhere(
        draft.id, [shown](const ReportDraft& stored) { return stored.values == shown; },
        u"every self-rating"_s);
    resident->close();

    ReportWindow* supervisor = openAs("200001", "supervisor", rated, RecordType::EvaluationSheet);
    FormView* sheet = supervisor->formView();
    EXPECT_FALSE(ratingBox(sheet, items.first(), "residentRating")->isEnabled());
    EXPECT_FALSE(isReadOnlyText(sheet, u"supervisor_comment"_s));
    QAction* complete = supervisor->stepAction(u"completed"_s);
    ASSERT_NE(complete, nullptr);
    EXPECT_FALSE(complete->isEnabled()) << "not every item is ○ on the supervisor's side yet";
    EXPECT_FALSE(complete->toolTip().isEmpty());
    for (const QString& item : items)
        rate(sheet, item, "supervisorRating", u"achieved"_s);
    complete = supervisor->stepAction(u"completed"_s);
    ASSERT_TRUE(complete->isEnabled()) << complete->toolTip().toStdString();
    complete->trigger(); // the supervisor's decision asks for confirmation
    auto* confirm = supervisor->findChild<QMessageBox*>(u"confirmStep"_s);
    ASSERT_NE(confirm, nullptr);
    confirm->button(QMessageBox::Yes)->click();
    EXPECT_EQ(supervisor->draft().state, u"completed"_s);
    storedDraft(draft.id, u"completed"_s);
    EXPECT_EQ(supervisor->stepAction(u"in_training"_s)->text(), u"Set back to in training"_s);
    supervisor->close();

    const ReportDraft done = storedDraft(draft.id, u"completed"_s);
    ReportWindow* readOnly = openAs("100001", "resident", done, RecordType::EvaluationSheet);
    EXPECT_FALSE(ratingBox(readOnly->formView(), items.first(), "residentRating")->isEnabled())
        << "after completion the resident's column is read-only";
    readOnly->close();
}

// Closing right after typing keeps the last keystrokes: the window closes once the worker has
// written them, and the GUI thread never writes itself.
TEST_F(Widgets_ReportWindowTest, ClosingRightAfterTypingSavesFirstThenCloses)
{
    const ReportDraft draft = residentDraft(u"visit_guidance_report"_s, u"draft"_s);
    QPointer<ReportWindow> window = openAs("100001", "resident", draft);
    typeInto(window->formView(), u"summary"_s, u"Last words"_s);
    window->close();
    ASSERT_FALSE(window.isNull()) << "closed before the last change was written";
    EXPECT_TRUE(QTest::qWaitFor([&] { return window.isNull(); }, 10000));
    const ReportDraft stored = storedDraftWhere(
        draft.id,
        [](const ReportDraft& saved) {
            return saved.values.value(u"summary"_s).toString() == u"Last words"_s;
        },
        u"the last keystrokes"_s);
    EXPECT_EQ(stored.state, u"draft"_s);
}

TEST_F(Widgets_ReportWindowTest, ExportPdfWritesAReadableForm)
{
    ReportDraft draft = residentDraft(u"visit_guidance_report"_s, u"draft"_s);
    draft.title = u"Visit to Kanto"_s;
    draft.values = completeVisitReport();
    ReportWindow* window = openAs("100001", "resident", draft);
    const QString path = m_dir.filePath(u"visit.pdf"_s);
    window->exportPdf(path);
    ASSERT_TRUE(QTest::qWaitFor([&] { return QFileInfo::exists(path); }, 10000));
    const Expected<QStringList> pages = pdfPageTexts(path);
    ASSERT_TRUE(pages) << pages.error().message.toStdString();
    EXPECT_TRUE(pages->join(u'\n').contains(u"PCI of the LAD with IVUS guidance."_s));
    window->close();
}

} // namespace kenshu
