#include "MainWindow.h"

#include "AppIcons.h"
#include "AutoSync.h"
#include "BurnedInConfirmDialog.h"
#include "CaseConsultation.h"
#include "CaseListModel.h"
#include "CasePanel.h"
#include "CommentRepository.h"
#include "CurrentUser.h"
#include "DirectoryService.h"
#include "DiscussionPanel.h"
#include "DraftLoader.h"
#include "DraftStore.h"
#include "DraftWorkflow.h"
#include "FormLibrary.h"
#include "ImportDialog.h"
#include "ImportJob.h"
#include "ImportReportDialog.h"
#include "ItPresets.h"
#include "LibraryLoader.h"
#include "NewReportDialog.h"
#include "NoticeBar.h"
#include "OpenConflict.h"
#include "PathListWidget.h"
#include "ProfileDialog.h"
#include "ReportListModel.h"
#include "ReportWindow.h"
#include "Settings.h"
#include "StudyDownload.h"
#include "SupervisionRecordWindow.h"
#include "SyncControls.h"
#include "SyncSession.h"
#include "SyncStatusWidget.h"
#include "ViewerWindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace kenshu {

using namespace Qt::Literals::StringLiterals;

MainWindow::MainWindow(const QString& dataDir, CaseImporter::Formats formats, Settings& settings,
                       QWidget* parent)
    : QMainWindow(parent), m_dataDir(dataDir), m_formats(std::move(formats)), m_settings(settings),
      m_loader(new LibraryLoader(dataDir, this)), m_cases(new CaseListModel(this)),
      m_filter(new QSortFilterProxyModel(this)), m_language(QLocale().name()),
      m_draftLoader(new DraftLoader(dataDir, this))
{
    // Built into the binary: reading them is no disk access.
    if (Expected<QList<FormSchema>> forms = loadBuiltInForms())
        m_forms = *forms;
    m_reports = new ReportListModel(m_forms, m_language, this);
    setWindowIcon(appIcon());
    setAcceptDrops(true);
    m_filter->setSourceModel(m_cases);
    m_filter->setSortRole(CaseListModel::SortRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterKeyColumn(-1);

    buildActions();
    buildDiscussionActions();
    buildCentralWidget();
    buildStatusBar();

    connect(m_loader, &LibraryLoader::casesLoaded, this, &MainWindow::onCasesLoaded);
    connect(m_loader, &LibraryLoader::caseLoaded, m_casePanel, &CasePanel::showCase);
    connect(m_casePanel, &CasePanel::seriesActivated, this, &MainWindow::openSeries);
    connect(m_casePanel, &CasePanel::documentActivated, this, &MainWindow::openDocument);
    connect(m_loader, &LibraryLoader::caseMissing, m_casePanel, &CasePanel::showNothing);
    connect(m_loader, &LibraryLoader::failed, this,
            [this](const QString& message) { m_statusText->setText(message); });
    connect(m_casePanel, &CasePanel::newReportRequested, this, [this] { openNewReportDialog(); });
    connect(m_draftLoader, &DraftLoader::draftsLoaded, this,
            [this](const QList<StoredDraft>& drafts) {
                m_reports->setDrafts(drafts);
                emit reportsReloaded();
            });
    connect(m_draftLoader, &DraftLoader::failed, this,
            [this](const QString& message) { m_statusText->setText(message); });
    // Autosaves come every second or so while someone types: reload the list once they pause.
    m_reportReload = new QTimer(this);
    m_reportReload->setSingleShot(true);
    m_reportReload->setInterval(800);
    connect(m_reportReload, &QTimer::timeout, m_draftLoader, &DraftLoader::loadAll);

    restoreGeometry(m_settings.value(Settings::Key::MainWindowGeometry).toByteArray());
    restoreState(m_settings.value(Settings::Key::MainWindowState).toByteArray());
    updateActions();
    buildSync();
    m_loader->loadCases();
    m_draftLoader->loadAll();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions()
{
    m_newCaseAction = new QAction(newCaseIcon(), tr("&New case…"), this);
    m_newCaseAction->setShortcut(QKeySequence::New);
    m_newCaseAction->setToolTip(
        tr("Create a case from DICOM files, a CD folder or PDFs (%1)")
            .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    connect(m_newCaseAction, &QAction::triggered, this, [this] { openNewCaseDialog(); });

    m_addStudyAction = new QAction(addStudyIcon(), tr("&Add study…"), this);
    m_addStudyAction->setShortcut(Qt::CTRL | Qt::Key_I);
    m_addStudyAction->setToolTip(tr("Add DICOM files or PDFs to the selected case (Ctrl+I)"));
    connect(m_addStudyAction, &QAction::triggered, this, [this] { openAddStudyDialog(); });

    m_newReportAction = new QAction(tr("New &report…"), this);
    m_newReportAction->setShortcut(Qt::CTRL | Qt::Key_R);
    m_newReportAction->setToolTip(
        tr("Write a training report, case report, case log or evaluation sheet (Ctrl+R)"));
    connect(m_newReportAction, &QAction::triggered, this, [this] { openNewReportDialog(); });

    auto* profileAction = new QAction(tr("&Profile…"), this);
    profileAction->setShortcut(QKeySequence::Preferences);
    profileAction->setMenuRole(QAction::PreferencesRole);
    connect(profileAction, &QAction::triggered, this, [this] {
        auto* dialog = new ProfileDialog(m_settings, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });

    auto* quitAction = new QAction(tr("&Quit"), this);
    quitAction->setShortcut(QKeySequence::Quit);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    QMenu* caseMenu = menuBar()->addMenu(tr("&Case"));
    caseMenu->addAction(m_newCaseAction);
    caseMenu->addAction(m_addStudyAction);
    caseMenu->addSeparator();
    caseMenu->addAction(profileAction);
    caseMenu->addSeparator();
    caseMenu->addAction(quitAction);
    QMenu* reportMenu = menuBar()->addMenu(tr("&Report"));
    reportMenu->addAction(m_newReportAction);

    QToolBar* toolbar = addToolBar(tr("Library"));
    toolbar->setObjectName(u"libraryToolbar"_s);
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_newCaseAction);
    toolbar->addAction(m_addStudyAction);
    toolbar->addAction(m_newReportAction);
    auto* spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    m_search = new QLineEdit(toolbar);
    m_search->setObjectName(u"caseSearch"_s);
    m_search->setPlaceholderText(tr("Search cases (title or note)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(280);
    toolbar->addWidget(m_search);
    connect(m_search, &QLineEdit::textChanged, m_filter,
            &QSortFilterProxyModel::setFilterFixedString);
}

void MainWindow::buildCentralWidget()
{
    m_libraryPages = new QStackedWidget(this);

    auto* empty = new QWidget(m_libraryPages);
    auto* emptyLayout = new QVBoxLayout(empty);
    auto* emptyText = new QLabel(tr("<h2>No cases yet</h2><p>Create a case from a cath-lab CD, "
                                    "DICOM files or PDFs.<br>You can also drop files or folders "
                                    "onto this window.</p>"),
                                 empty);
    emptyText->setAlignment(Qt::AlignCenter);
    emptyText->setObjectName(u"emptyLibraryText"_s);
    auto* emptyButton = new QPushButton(newCaseIcon(), tr("New case…"), empty);
    connect(emptyButton, &QPushButton::clicked, this, [this] { openNewCaseDialog(); });
    emptyLayout->addStretch();
    emptyLayout->addWidget(emptyText);
    emptyLayout->addWidget(emptyButton, 0, Qt::AlignHCenter);
    emptyLayout->addStretch();
    m_libraryPages->addWidget(empty);

    m_caseTable = new QTableView(m_libraryPages);
    m_caseTable->setObjectName(u"caseTable"_s);
    m_caseTable->setModel(m_filter);
    m_caseTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_caseTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_caseTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_caseTable->setSortingEnabled(true);
    m_caseTable->sortByColumn(CaseListModel::TitleColumn, Qt::AscendingOrder);
    m_caseTable->setAlternatingRowColors(true);
    m_caseTable->verticalHeader()->hide();
    QHeaderView* header = m_caseTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CaseListModel::NoteColumn, QHeaderView::Stretch);
    m_caseTable->setWordWrap(false);
    m_libraryPages->addWidget(m_caseTable);
    connect(m_caseTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onCurrentCaseChanged);

    m_casePanel = new CasePanel(this);

    m_leftTabs = new QTabWidget(this);
    m_leftTabs->setObjectName(u"libraryTabs"_s);
    m_leftTabs->setDocumentMode(true);
    m_leftTabs->addTab(m_libraryPages, tr("Cases"));
    m_leftTabs->addTab(buildReportsPage(), tr("Reports"));

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(u"librarySplitter"_s);
    splitter->addWidget(m_leftTabs);
    splitter->addWidget(m_casePanel);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({580, 820});
    setCentralWidget(splitter);
    resize(1400, 860);
}

QWidget* MainWindow::buildReportsPage()
{
    m_reportFilter = new QSortFilterProxyModel(this);
    m_reportFilter->setSourceModel(m_reports);
    m_reportFilter->setSortRole(ReportListModel::SortRole);
    m_reportTable = new QTableView(this);
    m_reportTable->setObjectName(u"reportTable"_s);
    m_reportTable->setModel(m_reportFilter);
    m_reportTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_reportTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_reportTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_reportTable->setSortingEnabled(true);
    m_reportTable->sortByColumn(ReportListModel::SavedColumn, Qt::DescendingOrder);
    m_reportTable->setAlternatingRowColors(true);
    m_reportTable->verticalHeader()->hide();
    m_reportTable->setWordWrap(false);
    QHeaderView* header = m_reportTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ReportListModel::TitleColumn, QHeaderView::Stretch);
    m_reportTable->setToolTip(tr("Double-click a report to open it."));
    connect(m_reportTable, &QTableView::activated, this, [this](const QModelIndex& index) {
        openReport(index.data(ReportListModel::DraftIdRole).toUuid());
    });
    return m_reportTable;
}

bool MainWindow::ensureProfile()
{
    if (!m_user->actor().memberId.isEmpty())
        return true;
    ProfileDialog dialog(m_settings, this);
    return dialog.exec() == QDialog::Accepted && !m_user->actor().memberId.isEmpty();
}

NewReportDialog* MainWindow::openNewReportDialog()
{
    if (!ensureProfile())
        return nullptr;
    QList<QPair<QUuid, QString>> cases;
    for (const CaseSummary& summary : m_cases->cases())
        cases.append({summary.id, summary.title});
    auto* dialog =
        new NewReportDialog(currentForms(m_forms), m_language, cases, currentCaseId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { createReport(dialog->formId(), dialog->caseId()); });
    dialog->open();
    return dialog;
}

ReportWindow* MainWindow::createReport(const QString& formId, const QUuid& caseId)
{
    const FormSchema* schema = currentForm(m_forms, formId);
    if (!schema)
        return nullptr;
    const Actor actor = m_user->actor();
    StoredDraft stored;
    stored.type = recordTypeForForm(*schema);
    stored.draft = newDraft(*schema, caseId, actor.memberId);
    const QModelIndex caseIndex = m_cases->indexOfCase(caseId);
    stored.draft.title = caseIndex.isValid()
                             ? m_cases->cases().at(caseIndex.row()).title
                             : QLocale().toString(QDate::currentDate(), QLocale::ShortFormat);
    return showReport(stored);
}

ReportWindow* MainWindow::openReport(const QUuid& draftId)
{
    const StoredDraft* stored = m_reports->draft(draftId);
    if (!stored)
        return nullptr;
    if (!findForm(m_forms, stored->draft.formId, stored->draft.formVersion)) {
        QMessageBox::warning(this, tr("Open report"),
                             tr("This report was written with a form this version of Kenshu "
                                "does not know (%1, version %2). Update Kenshu to open it.")
                                 .arg(stored->draft.formId)
                                 .arg(stored->draft.formVersion));
        return nullptr;
    }
    return showReport(*stored);
}

ReportWindow* MainWindow::showReport(const StoredDraft& stored)
{
    const FormSchema* schema = findForm(m_forms, stored.draft.formId, stored.draft.formVersion);
    auto* window = new ReportWindow(m_dataDir, *schema, stored, m_user->actor(), m_language, this);
    window->setWindowFlag(Qt::Window);
    // Supervisors and facilities come from the server (the saved copy while offline).
    window->setDirectory(m_directory->snapshot(), roomPrograms());
    connect(window, &ReportWindow::draftSaved, m_reportReload, qOverload<>(&QTimer::start));
    window->show();
    return window;
}

void MainWindow::buildStatusBar()
{
    m_statusText = new QLabel(this);
    m_statusText->setObjectName(u"statusText"_s);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(260);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancelImport = new QPushButton(tr("Cancel import"), this);
    m_cancelImport->hide();
    connect(m_cancelImport, &QPushButton::clicked, this, [this] {
        if (m_importJob)
            m_importJob->cancel();
        m_cancelImport->setEnabled(false);
    });
    statusBar()->addWidget(m_statusText, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelImport);
}

ImportDialog* MainWindow::openNewCaseDialog(const QStringList& paths)
{
    if (isImporting())
        return nullptr;
    QStringList titles;
    for (const CaseSummary& summary : m_cases->cases())
        titles.append(summary.title);
    auto* dialog = new ImportDialog(titles, m_user->memberNumber(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->addPaths(paths);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        // Signed in, the number is the member's own and not a profile setting.
        if (!m_user->isSignedIn() && !dialog->memberNumber().isEmpty())
            m_settings.setValue(Settings::Key::MemberNumber, dialog->memberNumber());
        startImport(dialog->request());
    });
    dialog->open();
    return dialog;
}

ImportDialog* MainWindow::openAddStudyDialog(const QStringList& paths)
{
    const QUuid caseId = currentCaseId();
    if (isImporting() || caseId.isNull())
        return nullptr;
    const QModelIndex index = m_cases->indexOfCase(caseId);
    if (!index.isValid())
        return nullptr;
    auto* dialog = new ImportDialog(m_cases->cases().at(index.row()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->addPaths(paths);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        ImportRequest request = dialog->request();
        request.actor = m_user->memberNumber();
        startImport(request);
    });
    dialog->open();
    return dialog;
}

ViewerWindow* MainWindow::openViewer(const QString& seriesInstanceUid)
{
    ViewerWindow* viewer = openCasePage();
    viewer->showSeries(seriesInstanceUid);
    return viewer;
}

void MainWindow::openSeries(const QString& seriesInstanceUid)
{
    // Another member's study comes by sync as a record: its files are fetched on first view.
    for (const StudyEntry& study : m_casePanel->currentCase().studies) {
        if (!study.findSeries(seriesInstanceUid))
            continue;
        const QUuid caseId = m_casePanel->currentCase().id;
        ensureStudyFiles(*m_syncSession, m_dataDir, study, this, [this, caseId, seriesInstanceUid] {
            // The user may have moved on to another case meanwhile.
            if (m_casePanel->currentCase().id == caseId)
                openViewer(seriesInstanceUid);
        });
        return;
    }
}

ViewerWindow* MainWindow::openDocument(const QUuid& documentId)
{
    ViewerWindow* viewer = openCasePage();
    viewer->openDocument(documentId);
    return viewer;
}

ViewerWindow* MainWindow::openCasePage()
{
    auto* viewer =
        new ViewerWindow(m_dataDir, m_casePanel->currentCase(), m_casePanel->thumbnails(), this);
    viewer->showDiscussion(m_user->actor(), m_user->name());
    connect(this, &MainWindow::recordsSynced, viewer->discussion()->repository(),
            &CommentRepository::reload);
    // Closing or reopening changes what may be added to the case: the list must know.
    // (The page reports the state once on opening too: only a change needs a reload.)
    const QUuid caseId = m_casePanel->currentCase().id;
    connect(viewer->discussion(), &DiscussionPanel::caseStateChanged, this,
            [this, caseId](CaseState state) {
                const QModelIndex index = m_cases->indexOfCase(caseId);
                if (index.isValid() &&
                    m_cases->cases().at(index.row()).closed != (state == CaseState::Closed))
                    m_loader->loadCases();
            });
    viewer->show();
    return viewer;
}

// Sign-in and sync, kept apart so that other screens' changes merge cleanly.
void MainWindow::buildSync()
{
    sync::SyncSession::Options options;
    // Tests name a keychain service of their own (as for kenshuctl).
    options.keychainService =
        qEnvironmentVariable("KENSHU_KEYCHAIN_SERVICE", QStringLiteral("Kenshu"));
    const ItPresets presets = ItPresets::system();
    options.caBundle = presets.caBundle();
    m_syncSession = new sync::SyncSession(m_dataDir, options, this);
    m_user = new sync::CurrentUser(m_settings, *m_syncSession, this);
    m_autoSync = new sync::AutoSync(*m_syncSession, m_dataDir, this);
    m_syncControls = new SyncControls(*m_syncSession, presets, this);

    menuBar()->addMenu(m_syncControls->menu());
    if (auto* toolbar = findChild<QToolBar*>(u"libraryToolbar"_s))
        toolbar->insertAction(toolbar->actions().value(3), m_syncControls->syncNowAction());
    statusBar()->addPermanentWidget(m_syncControls->roomChooser());
    statusBar()->addPermanentWidget(m_syncControls->status());
    // The note sits above the library, across the window.
    QWidget* library = takeCentralWidget();
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_syncControls->notice());
    layout->addWidget(library, 1);
    setCentralWidget(central);

    connect(m_syncControls, &SyncControls::recordsChanged, this, &MainWindow::reloadAfterSync);
    connect(m_syncControls, &SyncControls::openSyncIssue, this, &MainWindow::openSyncIssue);

    m_directory = new sync::DirectoryService(m_syncSession->api(), m_dataDir, this);
    m_directory->loadSaved();
    const auto refreshDirectory = [this](const sync::SignInResult& result) {
        if (result.status == sync::SignInResult::Status::SignedIn)
            m_directory->refresh();
    };
    connect(m_syncSession, &sync::SyncSession::signInFinished, this, refreshDirectory);
    connect(m_syncSession, &sync::SyncSession::restoreFinished, this, refreshDirectory);
    connect(m_user, &sync::CurrentUser::changed, this, &MainWindow::updateWindowTitle);
    updateWindowTitle();
    m_syncSession->restore();
}

void MainWindow::openSyncIssue(const SyncIssue& issue)
{
    const auto afterResolution = [this] {
        reloadAfterSync();
        m_syncSession->countPending();
        m_syncSession->syncNow();
    };
    switch (issue.kind) {
    case SyncIssue::Kind::Conflict:
        openConflict(m_dataDir, issue.recordId, m_forms, m_language, this,
                     [afterResolution](bool resolved) {
                         if (resolved)
                             afterResolution();
                     });
        return;
    case SyncIssue::Kind::NeedsConfirmation: {
        auto* dialog = new BurnedInConfirmDialog(issue, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, issue, afterResolution] {
            m_syncSession->confirmBurnedIn(
                issue.recordId, {}, [this, afterResolution](const Status& status) {
                    if (!status)
                        QMessageBox::warning(this, tr("Confirm before upload"),
                                             status.error().message);
                    else
                        afterResolution();
                });
        });
        dialog->open();
        return;
    }
    case SyncIssue::Kind::Refused:
        QMessageBox::information(this, tr("Refused by the server"), issue.message);
        return;
    }
}

RoomPrograms MainWindow::roomPrograms() const
{
    RoomPrograms rooms;
    for (const sync::SignedInMember::Room& room : m_syncSession->member().rooms)
        rooms.programOfRoom.insert(room.id, room.programId);
    rooms.defaultRoomId = m_syncSession->roomId();
    return rooms;
}

void MainWindow::reloadAfterSync()
{
    m_loader->loadCases();
    m_draftLoader->loadAll();
    emit recordsSynced();
}

void MainWindow::updateWindowTitle()
{
    setWindowTitle(m_user->isSignedIn() ? tr("Kenshu — case library — %1").arg(m_user->name())
                                        : tr("Kenshu — case library"));
}

// The discussion's own menu, kept apart so that other screens' menus merge cleanly.
void MainWindow::buildDiscussionActions()
{
    auto* supervision = new QAction(tr("&Supervision record…"), this);
    supervision->setObjectName(u"supervisionRecordAction"_s);
    supervision->setToolTip(tr("Cases discussed with a supervisor, per resident and half-year"));
    connect(supervision, &QAction::triggered, this, &MainWindow::openSupervisionRecord);
    menuBar()->addMenu(tr("&Records"))->addAction(supervision);
}

SupervisionRecordWindow* MainWindow::openSupervisionRecord()
{
    auto* window = new SupervisionRecordWindow(m_dataDir, this);
    window->show();
    return window;
}

bool MainWindow::isImporting() const
{
    return m_importJob && m_importJob->isRunning();
}

void MainWindow::startImport(const ImportRequest& request)
{
    if (isImporting())
        return;
    if (!m_importJob) {
        m_importJob = new ImportJob(m_dataDir, m_formats, this);
        connect(m_importJob, &ImportJob::progressed, this, &MainWindow::onImportProgress);
        connect(m_importJob, &ImportJob::finished, this, &MainWindow::onImportFinished);
    }
    m_statusText->setText(tr("Looking for files…"));
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancelImport->setEnabled(true);
    m_cancelImport->show();
    m_importJob->start(request);
    updateActions();
}

void MainWindow::onImportProgress(const ImportProgress& progress)
{
    switch (progress.phase) {
    case ImportProgress::Phase::Scanning:
        m_statusText->setText(tr("Looking for files…"));
        break;
    case ImportProgress::Phase::Reading:
        m_statusText->setText(tr("Reading file %1 of %2…").arg(progress.done).arg(progress.total));
        break;
    case ImportProgress::Phase::Copying:
        m_statusText->setText(
            tr("Copying file %1 of %2 into the library…").arg(progress.done).arg(progress.total));
        break;
    case ImportProgress::Phase::Saving:
        m_statusText->setText(tr("Saving…"));
        break;
    }
    if (progress.total > 0) {
        m_progress->setRange(0, progress.total);
        m_progress->setValue(progress.done);
    } else {
        m_progress->setRange(0, 0);
    }
}

void MainWindow::onImportFinished(const ImportOutcome& outcome)
{
    m_progress->hide();
    m_cancelImport->hide();
    m_statusText->setText(
        outcome.caseTitle.isEmpty()
            ? ImportReportDialog::summary(outcome)
            : tr("%1: %2").arg(outcome.caseTitle, ImportReportDialog::summary(outcome)));
    updateActions();
    if (!outcome.caseId.isNull())
        m_caseToSelect = outcome.caseId;
    m_loader->loadCases();
    if (outcome.failure || !outcome.issues.isEmpty()) {
        auto* report = new ImportReportDialog(outcome, this);
        report->setAttribute(Qt::WA_DeleteOnClose);
        report->open();
    }
    emit importFinished(outcome);
}

void MainWindow::onCasesLoaded(const QList<CaseSummary>& cases)
{
    const QUuid previous = m_caseToSelect.isNull() ? currentCaseId() : m_caseToSelect;
    m_caseToSelect = QUuid();
    m_cases->setCases(cases);
    QHash<QUuid, QString> titles;
    for (const CaseSummary& summary : cases)
        titles.insert(summary.id, summary.title);
    m_reports->setCaseTitles(titles);
    m_libraryPages->setCurrentIndex(cases.isEmpty() ? 0 : 1);
    if (!previous.isNull())
        selectCase(previous);
    if (currentCaseId().isNull() && m_filter->rowCount() > 0)
        selectCase(m_filter->index(0, 0).data(CaseListModel::CaseIdRole).toUuid());
    if (currentCaseId().isNull())
        m_casePanel->showNothing();
    updateActions();
    emit casesReloaded();
}

void MainWindow::selectCase(const QUuid& caseId)
{
    const QModelIndex source = m_cases->indexOfCase(caseId);
    const QModelIndex index = m_filter->mapFromSource(source);
    if (!index.isValid())
        return;
    m_caseTable->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
    m_caseTable->scrollTo(index);
    m_loader->loadCase(caseId); // refresh even when the selection did not change
}

QUuid MainWindow::currentCaseId() const
{
    return m_caseTable->selectionModel()->currentIndex().data(CaseListModel::CaseIdRole).toUuid();
}

void MainWindow::onCurrentCaseChanged()
{
    const QUuid caseId = currentCaseId();
    if (caseId.isNull())
        m_casePanel->showNothing();
    else
        m_loader->loadCase(caseId);
    updateActions();
}

void MainWindow::updateActions()
{
    m_newCaseAction->setEnabled(!isImporting());
    const QModelIndex current = m_cases->indexOfCase(currentCaseId());
    const Decision addable = canAddToCase(
        current.isValid() && m_cases->cases().at(current.row()).closed ? CaseState::Closed
                                                                       : CaseState::Open);
    m_addStudyAction->setEnabled(!isImporting() && current.isValid() && addable);
    m_addStudyAction->setToolTip(
        addable ? tr("Add DICOM files or PDFs to the selected case (Ctrl+I)") : addable.message());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (isImporting()) {
        const auto answer = QMessageBox::question(
            this, tr("Import running"),
            tr("An import is still running. Stop it and quit? Nothing of it will be kept."));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
    }
    m_settings.setValue(Settings::Key::MainWindowGeometry, saveGeometry());
    m_settings.setValue(Settings::Key::MainWindowState, saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!isImporting() && !localPathsFromMime(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QStringList paths = localPathsFromMime(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    openNewCaseDialog(paths);
}

} // namespace kenshu
