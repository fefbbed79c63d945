#pragma once

#include "ItPresets.h"
#include "SyncIssue.h"

#include <QObject>
#include <QPointer>

class QAction;
class QComboBox;
class QMainWindow;
class QMenu;

namespace kenshu::sync {
class SyncSession;
struct SignInResult;
struct SyncReport;
} // namespace kenshu::sync

namespace kenshu {

class NoticeBar;
class SignInDialog;
class SyncIssueList;
class SyncStatusWidget;

// The sign-in and sync parts of the main window, wired to a SyncSession: the Sync menu (Sign
// in…, Sign out, Sync now, Sync problems…), the status area, the room chooser, and notes that
// do not interrupt work (the server ended the sign-in, no keychain). The window places the
// widgets it builds; this object decides nothing about records.
class SyncControls final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncControls)

public:
    SyncControls(sync::SyncSession& session, ItPresets presets, QMainWindow* window);

    QMenu* menu() const { return m_menu; }
    QAction* syncNowAction() const { return m_syncNow; }
    QAction* signInAction() const { return m_signIn; }
    QAction* signOutAction() const { return m_signOut; }
    SyncStatusWidget* status() const { return m_status; }
    QComboBox* roomChooser() const { return m_rooms; }
    NoticeBar* notice() const { return m_notice; }

    SignInDialog* openSignInDialog();
    SyncIssueList* openIssueList();

signals:
    // A sync changed records here (pulled, pushed, marked): views that show records reload.
    void recordsChanged();
    // The user opened a conflict or refusal from the list (the side-by-side view connects here).
    void openSyncIssue(const kenshu::SyncIssue& issue);

private:
    void stateChanged();
    void fillRooms();
    void restoreFinished(const sync::SignInResult& result);
    void signInFinished(const sync::SignInResult& result);
    void syncFinished(const sync::SyncReport& report);
    void offerSignIn(const QString& text);
    void noteSessionOnly(const sync::SignInResult& result);

    sync::SyncSession& m_session;
    ItPresets m_presets;
    QMainWindow* m_window;
    QMenu* m_menu = nullptr;
    QAction* m_signIn = nullptr;
    QAction* m_signOut = nullptr;
    QAction* m_syncNow = nullptr;
    QAction* m_problems = nullptr;
    SyncStatusWidget* m_status = nullptr;
    QComboBox* m_rooms = nullptr;
    NoticeBar* m_notice = nullptr;
    QPointer<SignInDialog> m_dialog;
    QPointer<SyncIssueList> m_issueList;
};

} // namespace kenshu
