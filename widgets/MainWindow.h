#pragma once

#include "CaseImporter.h"
#include "Directory.h"
#include "FormSchema.h"
#include "ImportTypes.h"
#include "LibraryTypes.h"

#include <QMainWindow>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTabWidget;
class QTimer;

namespace kenshu::sync {
class AutoSync;
class CurrentUser;
class DirectoryService;
class SyncSession;
} // namespace kenshu::sync

namespace kenshu {

struct SyncIssue;

class CaseListModel;
class CasePanel;
class DraftLoader;
class NewReportDialog;
class ReportListModel;
class ReportWindow;
struct StoredDraft;
class ImportDialog;
class ImportJob;
class LibraryLoader;
class Settings;
class SupervisionRecordWindow;
class SyncControls;
class ViewerWindow;

// The main window: the case library on the left, the selected case on the right, imports
// with progress in the status bar. It hosts the screens; it holds no rules of its own.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(const QString& dataDir, CaseImporter::Formats formats, Settings& settings,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens the "New case" dialog, pre-filled with `paths` (used by drops and tests).
    ImportDialog* openNewCaseDialog(const QStringList& paths = {});
    ImportDialog* openAddStudyDialog(const QStringList& paths = {});
    // Opens the case shown on the right in a viewer window, at this series.
    ViewerWindow* openViewer(const QString& seriesInstanceUid);
    // Opens the case page of the case shown on the right with this PDF open.
    ViewerWindow* openDocument(const QUuid& documentId);
    SupervisionRecordWindow* openSupervisionRecord();
    bool isImporting() const;
    CaseListModel* caseListModel() const { return m_cases; }
    CasePanel* casePanel() const { return m_casePanel; }
    void selectCase(const QUuid& caseId);

    // "New report", with the selected case preselected; null when no profile is set.
    NewReportDialog* openNewReportDialog();
    ReportWindow* createReport(const QString& formId, const QUuid& caseId);
    ReportWindow* openReport(const QUuid& draftId);
    ReportListModel* reportListModel() const { return m_reports; }
    bool ensureProfile();

    // Sign-in and sync (widgets/sync): the session, who the user is, and the controls.
    sync::SyncSession* syncSession() const { return m_syncSession; }
    sync::CurrentUser* currentUser() const { return m_user; }
    SyncControls* syncControls() const { return m_syncControls; }

signals:
    void importFinished(const kenshu::ImportOutcome& outcome);
    void casesReloaded();
    void reportsReloaded();
    // A sync changed records: the lists reload, open case pages refresh their discussion.
    void recordsSynced();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildActions();
    void buildDiscussionActions();
    ViewerWindow* openCasePage();
    void buildCentralWidget();
    QWidget* buildReportsPage();
    void buildStatusBar();
    void buildSync();
    void reloadAfterSync();
    void openSyncIssue(const SyncIssue& issue);
    // Opens a series of the current case, downloading its study's files first if needed.
    void openSeries(const QString& seriesInstanceUid);
    // The signed-in member's rooms and their programs, for the approval request dialog.
    RoomPrograms roomPrograms() const;
    void updateWindowTitle();
    ReportWindow* showReport(const StoredDraft& stored);
    void startImport(const ImportRequest& request);
    void onImportProgress(const ImportProgress& progress);
    void onImportFinished(const ImportOutcome& outcome);
    void onCasesLoaded(const QList<CaseSummary>& cases);
    void onCurrentCaseChanged();
    QUuid currentCaseId() const;
    void updateActions();

    QString m_dataDir;
    CaseImporter::Formats m_formats;
    Settings& m_settings;
    LibraryLoader* m_loader = nullptr;
    ImportJob* m_importJob = nullptr;
    CaseListModel* m_cases = nullptr;
    QSortFilterProxyModel* m_filter = nullptr;
    QStackedWidget* m_libraryPages = nullptr;
    QTableView* m_caseTable = nullptr;
    CasePanel* m_casePanel = nullptr;
    QLineEdit* m_search = nullptr;
    QAction* m_newCaseAction = nullptr;
    QAction* m_addStudyAction = nullptr;
    QAction* m_newReportAction = nullptr;
    QList<FormSchema> m_forms;
    QString m_language;
    DraftLoader* m_draftLoader = nullptr;
    ReportListModel* m_reports = nullptr;
    QSortFilterProxyModel* m_reportFilter = nullptr;
    QTableView* m_reportTable = nullptr;
    QTabWidget* m_leftTabs = nullptr;
    QTimer* m_reportReload = nullptr;
    QLabel* m_statusText = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancelImport = nullptr;
    QUuid m_caseToSelect;
    sync::SyncSession* m_syncSession = nullptr;
    sync::DirectoryService* m_directory = nullptr;
    sync::CurrentUser* m_user = nullptr;
    sync::AutoSync* m_autoSync = nullptr;
    SyncControls* m_syncControls = nullptr;
};

} // namespace kenshu
