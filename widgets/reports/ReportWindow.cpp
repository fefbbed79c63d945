#include "ReportWindow.h"

#include "ApprovalRequestDialog.h"
#include "AsyncRun.h"
#include "BackgroundWrite.h"
#include "DraftAutosaver.h"
#include "DraftLoader.h"
#include "DraftStore.h"
#include "DraftWorkflow.h"
#include "EvaluationCarryOver.h"
#include "EvaluationSheetRules.h"
#include "FacilityBounds.h"
#include "FieldEditor.h"
#include "FileDialogs.h"
#include "FormPrinting.h"
#include "FormView.h"
#include "LocalStore.h"
#include "PartyChecks.h"
#include "StepLabels.h"
#include "WorkflowLabels.h"
#include "WorkflowRules.h"
#include "WorkflowSteps.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTime>
#include <QToolBar>
#include <QVBoxLayout>

namespace kenshu {

using namespace Qt::Literals::StringLiterals;

ReportWindow::ReportWindow(const QString& dataDir, FormSchema schema, StoredDraft stored,
                           Actor actor, QString language, QWidget* parent)
    : QMainWindow(parent), m_dataDir(dataDir), m_schema(std::move(schema)),
      m_actor(std::move(actor)), m_language(std::move(language))
{
    setAttribute(Qt::WA_DeleteOnClose);
    m_autosaver = new DraftAutosaver(dataDir, stored.type, stored.draft, m_actor.memberId, this);
    connect(m_autosaver, &DraftAutosaver::saved, this, [this](const QDateTime& savedAt) {
        m_saveStatus->setStyleSheet(QString());
        m_saveStatus->setText(
            tr("Saved %1").arg(QLocale().toString(savedAt.toLocalTime().time(), u"HH:mm:ss"_s)));
        emit draftSaved(draft().id);
        closeAfterSaving({});
    });
    connect(m_autosaver, &DraftAutosaver::failed, this, [this](const QString& message) {
        m_saveStatus->setStyleSheet(u"color: #b00020"_s);
        m_saveStatus->setText(tr("Not saved: %1").arg(message));
        closeAfterSaving(message);
    });

    m_form = new FormView(m_schema, m_language, this);
    m_form->setObjectName(u"reportForm"_s);
    m_form->setValues(stored.draft.values);
    connect(m_form, &FormView::valuesEdited, this, &ReportWindow::onValuesEdited);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    setCentralWidget(central);
    buildHeader();
    layout->addWidget(m_title->parentWidget());
    layout->addWidget(m_problemBanner);
    layout->addWidget(m_form, 1);
    buildToolBar();

    m_saveStatus = new QLabel(this);
    m_saveStatus->setObjectName(u"saveStatus"_s);
    m_saveStatus->setText(stored.draft.savedAt.isValid() ? tr("All changes saved")
                                                         : tr("Not saved yet"));
    statusBar()->addPermanentWidget(m_saveStatus);

    setWindowTitle(tr("%1 — %2").arg(m_schema.title.text(m_language), stored.draft.title.isEmpty()
                                                                          ? tr("(untitled)")
                                                                          : stored.draft.title));
    refreshWorkflow();
    resize(980, 900);
}

ReportWindow::~ReportWindow() = default;

const ReportDraft& ReportWindow::draft() const
{
    return m_autosaver->draft();
}

void ReportWindow::buildHeader()
{
    auto* header = new QWidget(this);
    header->setObjectName(u"reportHeader"_s);
    header->setAutoFillBackground(true);
    header->setBackgroundRole(QPalette::AlternateBase);
    m_state = new QLabel(header);
    m_state->setObjectName(u"reportState"_s);
    m_state->setStyleSheet(u"QLabel { border: 1px solid palette(mid); border-radius: 9px;"
                           " padding: 2px 10px; background: palette(base); }"_s);
    m_title = new QLineEdit(draft().title, header);
    m_title->setObjectName(u"reportTitle"_s);
    m_title->setPlaceholderText(tr("A title for your own list, e.g. the event or case"));
    connect(m_title, &QLineEdit::textEdited, this, [this](const QString& text) {
        ReportDraft changed = draft();
        changed.title = text;
        m_autosaver->setDraft(changed);
    });

    // The form below carries its own title, as on paper; the header holds what is the
    // user's: their title for the list, and where the report stands.
    auto* layout = new QHBoxLayout(header);
    layout->setContentsMargins(16, 8, 16, 8);
    layout->addWidget(new QLabel(tr("Title:"), header));
    layout->addWidget(m_title, 1);
    layout->addSpacing(24);
    layout->addWidget(new QLabel(tr("Status:"), header));
    layout->addWidget(m_state);

    m_problemBanner = new QWidget(this);
    m_problemBanner->setObjectName(u"problemBanner"_s);
    m_problemBanner->setStyleSheet(u"#problemBanner { background: #fdecea; }"_s);
    m_problemSummary = new QLabel(m_problemBanner);
    m_problemSummary->setWordWrap(true);
    m_problemList = new QListWidget(m_problemBanner);
    m_problemList->setObjectName(u"problemList"_s);
    m_problemList->setToolTip(tr("Click a problem to go to its field."));
    connect(m_problemList, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        if (FieldEditor* editor = m_form->editor(item->data(Qt::UserRole).toString())) {
            m_form->ensureWidgetVisible(editor->widget());
            editor->widget()->setFocus(Qt::OtherFocusReason);
        }
    });
    auto* bannerLayout = new QVBoxLayout(m_problemBanner);
    bannerLayout->setContentsMargins(16, 8, 16, 8);
    bannerLayout->addWidget(m_problemSummary);
    bannerLayout->addWidget(m_problemList);
    m_problemBanner->hide();
}

void ReportWindow::buildToolBar()
{
    m_toolBar = addToolBar(tr("Report"));
    m_toolBar->setObjectName(u"reportToolbar"_s);
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_stepsEnd = m_toolBar->addSeparator();

    auto* print = m_toolBar->addAction(tr("&Print…"), this, &ReportWindow::printReport);
    print->setShortcut(QKeySequence::Print);
    print->setToolTip(tr("Print the report laid out as a paper form (%1)")
                          .arg(print->shortcut().toString(QKeySequence::NativeText)));
    auto* pdf = m_toolBar->addAction(tr("Export &PDF…"), this, [this] {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString name = (draft().title.isEmpty() ? m_schema.id : draft().title) + u".pdf"_s;
        const QString path = FileDialogs::saveFile(this, tr("Export PDF"),
                                                   QDir(folder).filePath(name), tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            exportPdf(path);
    });
    pdf->setObjectName(u"exportPdfAction"_s);
    if (m_schema.workflow == WorkflowKind::EvaluationSheet) {
        m_toolBar->addSeparator();
        auto* nextYear =
            m_toolBar->addAction(tr("Start next year's sheet"), this, &ReportWindow::startNextYear);
        nextYear->setToolTip(tr("A new sheet for next year with these ratings carried over"));
    }
}

QAction* ReportWindow::stepAction(const QString& state) const
{
    for (QAction* action : m_stepActions) {
        if (action->data().toString() == state)
            return action;
    }
    return nullptr;
}

QStringList ReportWindow::shownProblems() const
{
    QStringList problems;
    if (m_problemBanner->isHidden())
        return problems;
    for (int row = 0; row < m_problemList->count(); ++row)
        problems.append(m_problemList->item(row)->text());
    return problems;
}

void ReportWindow::onValuesEdited()
{
    m_autosaver->setValues(m_form->values());
    refreshDirectoryContext();
    if (!m_problemBanner->isHidden())
        checkComplete(); // keep the list current while the user works through it
    refreshWorkflow();
}

void ReportWindow::refreshWorkflow()
{
    for (QAction* action : std::as_const(m_stepActions)) {
        m_toolBar->removeAction(action);
        action->deleteLater();
    }
    m_stepActions.clear();

    const std::optional<WorkflowState> state = draftWorkflowState(m_schema, draft());
    m_state->setText(state ? workflowStateLabel(*state) : tr("Log entry"));
    if (state) {
        const TransitionContext context = draftTransitionContext(m_schema, draft());
        for (const WorkflowState& to : reachableStates(*state)) {
            const Decision decision = canTransition(*state, to, m_actor, context);
            if (!decision && isActorRefusal(decision.refusal))
                continue; // a step for someone else
            // Asking for approval needs the supervisor and message chosen in its dialog, which
            // checks each report with the request's facts; here only they are missing.
            const bool asksApproval = to == WorkflowState{CaseReportState::ApprovalRequested} &&
                                      decision.refusal == Refusal::FactsMissing;
            auto* action = new QAction(stepLabel(*state, to), this);
            action->setData(workflowStateName(to));
            action->setEnabled(decision.allowed() || asksApproval);
            action->setToolTip(decision || asksApproval ? stepHelp(*state, to)
                                                        : decision.message());
            if (asksApproval)
                connect(action, &QAction::triggered, this, &ReportWindow::requestApproval);
            else
                connect(action, &QAction::triggered, this, [this, to] { takeStep(to); });
            m_toolBar->insertAction(m_stepsEnd, action);
            m_stepActions.append(action);
        }
    }
    m_stepsEnd->setVisible(!m_stepActions.isEmpty());
    refreshEditable();
}

void ReportWindow::refreshEditable()
{
    const ReportDraft& current = draft();
    const RecordParties parties = draftParties(current);
    const std::optional<WorkflowState> state = draftWorkflowState(m_schema, current);
    const bool authorEdits =
        state ? canEditContent(*state, m_actor, parties).allowed() : isAuthor(m_actor, parties);
    m_form->setReadOnly(!authorEdits);
    m_title->setReadOnly(!isAuthor(m_actor, parties));
    if (m_schema.workflow != WorkflowKind::EvaluationSheet)
        return;
    const EvaluationSheet sheet = draftEvaluationSheet(m_schema, current);
    const bool resident = canRate(sheet, RatingSide::Resident, m_actor, parties).allowed();
    const bool supervisor = canRate(sheet, RatingSide::Supervisor, m_actor, parties).allowed();
    m_form->setRatingSidesEditable(resident, supervisor);
    for (const FormField* field : m_schema.fields()) {
        if (field->side) {
            if (FieldEditor* editor = m_form->editor(field->id))
                editor->setReadOnly(*field->side == RatingSide::Resident ? !resident : !supervisor);
        }
    }
}

bool ReportWindow::checkComplete()
{
    m_form->showAllProblems();
    const QList<FormProblem> problems = m_form->problems();
    m_problemList->clear();
    if (problems.isEmpty()) {
        m_problemBanner->hide();
        return true;
    }
    m_problemSummary->setText(
        tr("<b>This cannot be handed on yet:</b> %n field(s) need attention. The draft is "
           "saved as it is.",
           nullptr, int(problems.size())));
    for (const FormProblem& problem : problems) {
        const FormField* field = m_schema.field(problem.fieldId);
        auto* item = new QListWidgetItem(
            tr("%1: %2").arg(field ? field->label.text(m_language) : problem.fieldId,
                             problem.message),
            m_problemList);
        item->setData(Qt::UserRole, problem.fieldId);
    }
    // As tall as its rows, up to six; a longer list scrolls.
    const int rows = std::min(int(problems.size()), 6);
    m_problemList->setFixedHeight(rows * m_problemList->sizeHintForRow(0) +
                                  2 * m_problemList->frameWidth() + 4);
    m_problemBanner->show();
    return false;
}

void ReportWindow::takeStep(const WorkflowState& to)
{
    const std::optional<WorkflowState> from = draftWorkflowState(m_schema, draft());
    if (!from)
        return;
    if (stepNeedsCompleteForm(*from, to) && !checkComplete())
        return;
    const TransitionContext context = draftTransitionContext(m_schema, draft());
    if (const Decision decision = canTransition(*from, to, m_actor, context); !decision) {
        QMessageBox::information(this, stepLabel(*from, to), decision.message());
        return;
    }
    if (isAuthor(m_actor, context.parties)) {
        applyStep(*from, to);
        return;
    }
    // A supervisor's decision is confirmed first; the box is not modal to the whole app.
    const QString label = stepLabel(*from, to);
    auto* confirm = new QMessageBox(QMessageBox::Question, label,
                                    tr("%1: %2?").arg(label, draft().title.isEmpty()
                                                                 ? m_schema.title.text(m_language)
                                                                 : draft().title),
                                    QMessageBox::Yes | QMessageBox::Cancel, this);
    confirm->setObjectName(u"confirmStep"_s);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirm, &QMessageBox::finished, this, [this, from = *from, to](int button) {
        if (button == QMessageBox::Yes)
            applyStep(from, to);
    });
    confirm->open();
}

void ReportWindow::applyStep(const WorkflowState& from, const WorkflowState& to)
{
    m_autosaver->setDraft(
        draftAfterStep(draft(), to, m_actor.memberId, QDateTime::currentDateTimeUtc()));
    statusBar()->showMessage(tr("%1: done").arg(stepLabel(from, to)), 5000);
    refreshWorkflow();
}

void ReportWindow::setDirectory(std::optional<DirectorySnapshot> directory, RoomPrograms rooms)
{
    m_directory = std::move(directory);
    m_rooms = std::move(rooms);
    const ProgramScope scope = m_rooms.scopeOf(draft().unknownKeys.value(u"roomId"_s).toString());
    QList<DirectoryFacility> facilities;
    if (m_directory) {
        for (const DirectoryFacility& facility : m_directory->directory.facilities) {
            if (scope.programId.isEmpty() || facility.programId == scope.programId)
                facilities.append(facility);
        }
    }
    m_form->setFacilities(facilities, QDate::currentDate());
    refreshDirectoryContext();
}

void ReportWindow::refreshDirectoryContext()
{
    if (m_directory)
        m_form->setValidationContext(
            facilityValidationContext(m_schema, m_form->values(), m_directory->directory));
}

void ReportWindow::requestApproval()
{
    const std::optional<WorkflowState> from = draftWorkflowState(m_schema, draft());
    if (!from ||
        (stepNeedsCompleteForm(*from, CaseReportState::ApprovalRequested) && !checkComplete()))
        return;
    // The other reports that may go in the same request are read off the GUI thread.
    auto* loader = new DraftLoader(m_dataDir, this);
    connect(loader, &DraftLoader::draftsLoaded, this,
            [this, loader](const QList<StoredDraft>& drafts) {
                loader->deleteLater();
                openApprovalDialog(drafts);
            });
    connect(loader, &DraftLoader::failed, this, [this, loader](const QString& message) {
        loader->deleteLater();
        QMessageBox::warning(this, tr("Request approval"), message);
    });
    loader->loadAll();
}

void ReportWindow::openApprovalDialog(const QList<StoredDraft>& drafts)
{
    ApprovalRequestInput input;
    input.actor = m_actor;
    input.scope = m_rooms.scopeOf(draft().unknownKeys.value(u"roomId"_s).toString());
    input.directory = m_directory;
    input.current = {m_schema, draft()};
    input.language = m_language;
    for (const StoredDraft& stored : drafts) {
        // Reports of the same form version: the schema this window has checks them.
        const ReportDraft& other = stored.draft;
        if (other.id != draft().id && other.formId == m_schema.id &&
            other.formVersion == m_schema.version &&
            awaitsApprovalRequest(m_schema, other, m_actor.memberId))
            input.others.append({m_schema, other});
    }
    auto* dialog = new ApprovalRequestDialog(std::move(input), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { sendApprovalRequest(dialog->requestedDrafts()); });
    dialog->open();
}

void ReportWindow::sendApprovalRequest(const QList<ReportDraft>& requested)
{
    // All reports of the request are written in one transaction; the window waits for it.
    setEnabled(false);
    statusBar()->showMessage(tr("Sending the request…"));
    runAsync<Status>(
        this,
        [dataDir = m_dataDir, editorId = m_actor.memberId, requested]() -> Status {
            Expected<std::unique_ptr<LocalStore>> store = LocalStore::open(dataDir);
            if (!store)
                return store.error();
            Expected<QDateTime> saved =
                DraftStore(**store, editorId).saveAll(RecordType::Report, requested);
            return saved ? Status{} : Status{saved.error()};
        },
        [this, requested](const Status& saved) {
            setEnabled(true);
            if (!saved) {
                statusBar()->clearMessage();
                QMessageBox::warning(this, tr("Request approval"), saved.error().message);
                return;
            }
            for (const ReportDraft& sent : requested) {
                if (sent.id == draft().id)
                    m_autosaver->setDraft(sent);
                else
                    emit draftSaved(sent.id);
            }
            statusBar()->showMessage(
                tr("Approval requested for %n report(s).", nullptr, int(requested.size())), 8000);
            refreshWorkflow();
        });
}

void ReportWindow::printReport()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(draft().title.isEmpty() ? m_schema.title.text(m_language) : draft().title);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const Status printed = printForm(printer, m_schema, draft(), m_language); !printed)
        QMessageBox::warning(this, tr("Print"), printed.error().message);
}

void ReportWindow::exportPdf(const QString& path)
{
    ReportDraft snapshot = draft();
    snapshot.values = m_form->values();
    writeInBackground(
        this, tr("Export PDF"),
        [schema = m_schema, snapshot, language = m_language, path] {
            return exportFormPdf(schema, snapshot, language, path);
        },
        [this, path] {
            statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)),
                                     8000);
        });
}

void ReportWindow::startNextYear()
{
    const EvaluationSheet next =
        carryOverToNextYear(draftEvaluationSheet(m_schema, draft()), m_schema.ratingFieldIds());
    StoredDraft stored;
    stored.type = RecordType::EvaluationSheet;
    stored.draft = newDraft(m_schema, draft().caseId, draft().authorId);
    stored.draft.state = workflowStateName(next.state);
    stored.draft.title = tr("%1 (next year)").arg(draft().title);
    stored.draft.values = ratingsToJson(next.items);
    auto* window =
        new ReportWindow(m_dataDir, m_schema, stored, m_actor, m_language, parentWidget());
    connect(window, &ReportWindow::draftSaved, this, &ReportWindow::draftSaved);
    window->show();
}

void ReportWindow::closeEvent(QCloseEvent* event)
{
    if (!m_autosaver->hasUnsavedChanges()) {
        event->accept();
        return;
    }
    // The last keystrokes may still wait for the debounce: write them on the worker, and
    // close when they are saved (closeAfterSaving).
    event->ignore();
    m_closeWhenSaved = true;
    setEnabled(false);
    statusBar()->showMessage(tr("Saving…"));
    m_autosaver->saveNow();
}

void ReportWindow::closeAfterSaving(const QString& failure)
{
    if (!std::exchange(m_closeWhenSaved, false))
        return;
    setEnabled(true);
    if (!failure.isEmpty()) {
        const auto answer = QMessageBox::warning(
            this, tr("Not saved"),
            tr("The last changes could not be saved: %1\n\nClose anyway and lose them?")
                .arg(failure),
            QMessageBox::Close | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Close)
            return;
        m_autosaver->discardUnsavedChanges();
    }
    close();
}

} // namespace kenshu
