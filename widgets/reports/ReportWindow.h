#pragma once

#include "Actor.h"
#include "Directory.h"
#include "DraftLoader.h"
#include "FormSchema.h"
#include "WorkflowStates.h"

#include <QList>
#include <QMainWindow>
#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QToolBar;

namespace kenshu {

class DraftAutosaver;
class FormView;

// One report or evaluation sheet being written or reviewed. Every edit is kept by the
// autosaver; the toolbar offers the workflow steps the rules allow this member, printing
// and PDF export. A step that hands the report on (submit, register, complete) first checks
// the form and, when it has problems, lists them above the form instead.
class ReportWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportWindow)

public:
    ReportWindow(const QString& dataDir, FormSchema schema, StoredDraft draft, Actor actor,
                 QString language, QWidget* parent = nullptr);
    ~ReportWindow() override;

    const ReportDraft& draft() const;
    FormView* formView() const { return m_form; }
    // The toolbar action moving the report to `state` (by its wire name); null when the
    // current state offers no such step.
    QAction* stepAction(const QString& state) const;
    QStringList shownProblems() const;
    void exportPdf(const QString& path);

    // The member directory (nullopt: never fetched) and the rooms of the signed-in member:
    // they enable "Request approval…", the facility chooser and the facility's bound on the
    // care period. Called by whoever knows the sign-in; without it those stay offline-empty.
    void setDirectory(std::optional<DirectorySnapshot> directory, RoomPrograms rooms);
    // Opens the approval request dialog (the "Request approval…" step).
    void requestApproval();

signals:
    void draftSaved(const QUuid& id);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildHeader();
    void buildToolBar();
    void takeStep(const WorkflowState& to);
    void applyStep(const WorkflowState& from, const WorkflowState& to);
    bool checkComplete();
    void onValuesEdited();
    void refreshWorkflow();
    void refreshEditable();
    void printReport();
    void startNextYear();
    void closeAfterSaving(const QString& failure);
    void refreshDirectoryContext();
    void openApprovalDialog(const QList<StoredDraft>& drafts);
    void sendApprovalRequest(const QList<ReportDraft>& requested);

    QString m_dataDir;
    FormSchema m_schema;
    Actor m_actor;
    QString m_language;
    DraftAutosaver* m_autosaver = nullptr;
    FormView* m_form = nullptr;
    QLineEdit* m_title = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_saveStatus = nullptr;
    QWidget* m_problemBanner = nullptr;
    QLabel* m_problemSummary = nullptr;
    QListWidget* m_problemList = nullptr;
    QToolBar* m_toolBar = nullptr;
    QAction* m_stepsEnd = nullptr;
    QList<QAction*> m_stepActions;
    bool m_closeWhenSaved = false; // a close waits for the last write
    std::optional<DirectorySnapshot> m_directory;
    RoomPrograms m_rooms;
};

} // namespace kenshu
