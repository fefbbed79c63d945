#include "SyncControls.h"

#include "NoticeBar.h"
#include "SignInDialog.h"
#include "SyncIssueList.h"
#include "SyncSession.h"
#include "SyncStatusWidget.h"

#include <QAction>
#include <QComboBox>
#include <QMainWindow>
#include <QMenu>
#include <QStyle>

namespace kenshu {

using namespace Qt::Literals::StringLiterals;
using sync::SignInResult;
using sync::SyncSession;

SyncControls::SyncControls(SyncSession& session, ItPresets presets, QMainWindow* window)
    : QObject(window), m_session(session), m_presets(std::move(presets)), m_window(window)
{
    m_signIn = new QAction(tr("Sign &in…"), this);
    m_signIn->setObjectName(u"signInAction"_s);
    connect(m_signIn, &QAction::triggered, this, [this] { openSignInDialog(); });
    m_signOut = new QAction(tr("Sign &out"), this);
    m_signOut->setObjectName(u"signOutAction"_s);
    m_signOut->setToolTip(tr("Sign out: this computer forgets the sign-in. Your work stays here."));
    connect(m_signOut, &QAction::triggered, &m_session, &SyncSession::signOut);
    m_syncNow =
        new QAction(QIcon::fromTheme(u"view-refresh"_s,
                                     window->style()->standardIcon(QStyle::SP_BrowserReload)),
                    tr("S&ync now"), this);
    m_syncNow->setObjectName(u"syncNowAction"_s);
    m_syncNow->setShortcut(QKeySequence::Refresh);
    m_syncNow->setToolTip(
        tr("Send your changes to the server and fetch what changed there (%1)")
            .arg(QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText)));
    connect(m_syncNow, &QAction::triggered, &m_session, &SyncSession::syncNow);
    m_problems = new QAction(tr("Sync &problems…"), this);
    m_problems->setObjectName(u"syncProblemsAction"_s);
    connect(m_problems, &QAction::triggered, this, [this] { openIssueList(); });

    m_menu = new QMenu(tr("&Sync"), window);
    m_menu->addAction(m_signIn);
    m_menu->addAction(m_signOut);
    m_menu->addSeparator();
    m_menu->addAction(m_syncNow);
    m_menu->addAction(m_problems);

    m_status = new SyncStatusWidget(window);
    connect(m_status, &SyncStatusWidget::signInRequested, this, [this] { openSignInDialog(); });
    connect(m_status, &SyncStatusWidget::issuesRequested, this, [this] { openIssueList(); });

    m_rooms = new QComboBox(window);
    m_rooms->setObjectName(u"roomChooser"_s);
    m_rooms->setToolTip(tr("The training room new cases and reports go to"));
    m_rooms->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_rooms->hide();
    connect(m_rooms, &QComboBox::activated, this,
            [this](int index) { m_session.setRoomId(m_rooms->itemData(index).toString()); });

    m_notice = new NoticeBar(window);

    connect(&m_session, &SyncSession::stateChanged, this, &SyncControls::stateChanged);
    connect(&m_session, &SyncSession::roomChanged, this, &SyncControls::fillRooms);
    connect(&m_session, &SyncSession::restoreFinished, this, &SyncControls::restoreFinished);
    connect(&m_session, &SyncSession::signInFinished, this, &SyncControls::signInFinished);
    connect(&m_session, &SyncSession::signInEnded, this, [this](const QString& reason) {
        offerSignIn(tr("You are signed out: %1 Your work stays on this computer.").arg(reason));
    });
    connect(&m_session, &SyncSession::signOutFinished, this, [this](const QString& problem) {
        if (!problem.isEmpty())
            m_notice->showNotice(problem);
    });
    connect(&m_session, &SyncSession::syncStarted, m_status, &SyncStatusWidget::showSyncing);
    connect(&m_session, &SyncSession::syncFinished, this, &SyncControls::syncFinished);
    connect(&m_session, &SyncSession::pendingCounted, m_status, &SyncStatusWidget::setPending);
    connect(&m_session, &SyncSession::uploadProgress, m_status,
            [status = m_status](const sync::UploadProgress& progress) {
                status->setTransferProgress(progress.bytesDone, progress.bytesTotal,
                                            SyncStatusWidget::tr("Uploading file %1 of %2")
                                                .arg(progress.file)
                                                .arg(progress.files));
            });
    stateChanged();
}

SignInDialog* SyncControls::openSignInDialog()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    m_notice->dismiss();
    m_dialog = new SignInDialog(m_session, m_presets, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->open();
    return m_dialog;
}

SyncIssueList* SyncControls::openIssueList()
{
    if (!m_issueList) {
        m_issueList = new SyncIssueList(m_window);
        m_issueList->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_issueList, &SyncIssueList::openSyncIssue, this, &SyncControls::openSyncIssue);
    }
    m_issueList->setIssues(m_status->issues());
    m_issueList->show();
    m_issueList->raise();
    return m_issueList;
}

void SyncControls::stateChanged()
{
    const SyncSession::State state = m_session.state();
    const bool signedIn = state == SyncSession::State::SignedIn;
    m_signIn->setEnabled(state == SyncSession::State::SignedOut);
    m_signOut->setEnabled(signedIn);
    m_syncNow->setEnabled(signedIn);
    if (signedIn) {
        m_status->showSignedIn(m_session.member().name, m_session.isConfirmed());
    } else if (state == SyncSession::State::SignedOut) {
        m_status->showSignedOut();
        m_session.countPending();
    }
    fillRooms();
}

void SyncControls::fillRooms()
{
    const auto& rooms = m_session.member().rooms;
    m_rooms->clear();
    for (const auto& room : rooms)
        m_rooms->addItem(room.name, room.id);
    m_rooms->setCurrentIndex(std::max(0, m_rooms->findData(m_session.roomId())));
    // Small and out of the way: only for members who see more than one room.
    m_rooms->setVisible(m_session.isSignedIn() && rooms.size() > 1);
}

void SyncControls::restoreFinished(const SignInResult& result)
{
    if (result.status == SignInResult::Status::SignedIn) {
        noteSessionOnly(result);
        return;
    }
    if (result.status != SignInResult::Status::NotSignedIn)
        return; // signed in as remembered; the status area says the server is not reached
    if (result.error)
        offerSignIn(tr("You are signed out: %1 Your work stays on this computer.")
                        .arg(result.error->message));
    else if (!result.keychainMessage.isEmpty())
        offerSignIn(result.keychainMessage);
}

void SyncControls::signInFinished(const SignInResult& result)
{
    if (result.status == SignInResult::Status::SignedIn)
        noteSessionOnly(result);
}

void SyncControls::noteSessionOnly(const SignInResult& result)
{
    if (!result.sessionOnly)
        return;
    QString text = tr("This computer has no keychain Kenshu can use, so you are signed in for "
                      "this session only: next time Kenshu asks for your password again.");
    if (!result.keychainMessage.isEmpty())
        text += u" ("_s + result.keychainMessage + u")"_s;
    m_notice->showNotice(text);
}

void SyncControls::offerSignIn(const QString& text)
{
    m_notice->showNotice(text, tr("Sign in…"), [this] { openSignInDialog(); });
}

void SyncControls::syncFinished(const sync::SyncReport& report)
{
    if (m_session.isSignedIn())
        m_status->showSignedIn(m_session.member().name, m_session.isConfirmed());
    m_status->showReport(report);
    if (m_issueList)
        m_issueList->setIssues(report.issues);
    if (report.pushed > 0 || report.pulled > 0 || report.conflicts > 0 || report.refused > 0)
        emit recordsChanged();
}

} // namespace kenshu
