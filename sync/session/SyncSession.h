#pragma once

#include "Auth.h"
#include "BlobSender.h"
#include "SavedSignIn.h"
#include "SignedInMember.h"
#include "SyncReport.h"

#include <QLockFile>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>
#include <functional>
#include <memory>
#include <optional>

namespace kenshu {
class SyncStore;
}

namespace kenshu::sync {

class ApiClient;
class SyncEngine;

// The desktop app's connection to the server for one data folder: sign-in with a password or
// silently at start, sign-out, and sync runs. The saved sign-in is read and written off the
// GUI thread, and only one sign-in or sync runs at a time per data folder (its sync.lock, as
// for kenshuctl: a refresh token works once). Every call returns at once and reports through
// the signals.
class SyncSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncSession)

public:
    enum class State {
        SignedOut,
        SigningIn, // with a password, or silently at start
        SignedIn,
    };
    struct Options
    {
        QString keychainService = QStringLiteral("Kenshu");
        QString caBundle; // IT's extra CA bundle; empty: the one saved with the sign-in, if any
    };

    SyncSession(QString dataDir, Options options, QObject* parent = nullptr);
    ~SyncSession() override;

    State state() const { return m_state; }
    bool isSignedIn() const { return m_state == State::SignedIn; }
    // Signed in, but the server has not confirmed it yet (it could not be reached at start):
    // the member is the one remembered from the last sign-in.
    bool isConfirmed() const { return m_confirmed; }
    bool sessionOnly() const;
    const SignedInMember& member() const { return m_member; }
    // The server and e-mail address of the current or last sign-in, to fill in the next one.
    QUrl server() const;
    QString email() const;
    // The room new cases and reports go to: the one chosen, else the member's default.
    QString roomId() const;
    void setRoomId(const QString& roomId);
    bool isSyncing() const;

    // Signs in silently with the keychain's token, if this data folder remembers a sign-in.
    void restore();
    // The password is wiped from this object's memory once it has been sent.
    void signIn(const QUrl& server, const QString& email, QString password);
    void signOut();
    // Runs a sync when signed in; during a run, another one follows it.
    void syncNow();
    // Counts the changes waiting to be sent (also while signed out); pendingCounted() follows.
    void countPending();
    // The user looked at the held study's images (these series; empty: all) and found no
    // patient data burned in: recorded in the data folder, then a sync uploads it. `done` runs
    // on this object's thread.
    void confirmBurnedIn(const QUuid& studyId, const QStringList& seriesInstanceUids,
                         std::function<void(const Status&)> done);
    // The connection to the server, for downloads and the directory (configured at sign-in).
    ApiClient& api() const { return *m_api; }

signals:
    void stateChanged();
    void restoreFinished(const kenshu::sync::SignInResult& result);
    void signInFinished(const kenshu::sync::SignInResult& result);
    // `problem` is empty when the server was told as well.
    void signOutFinished(const QString& problem);
    // The server ended the sign-in (expired or revoked): the user has to sign in again.
    void signInEnded(const QString& reason);
    void roomChanged();
    void syncStarted();
    void syncFinished(const kenshu::sync::SyncReport& report);
    // Files going up during a run: bytes of the current record's files.
    void uploadProgress(const kenshu::sync::UploadProgress& progress);
    void pendingCounted(int pending, const QList<kenshu::SyncIssue>& issues);

private:
    struct Loaded;
    // Reads the device id and the saved sign-in once, off this thread, then calls `next` (with
    // the error when the library could not be read).
    void load(std::function<void(const QString& error)> next);
    void configureServer(const QUrl& server);
    bool lock();
    // lock(), or a run that ends at once saying another one holds the data folder.
    bool lockForRun();
    void unlock();
    void setState(State state);
    void signedInAs(const SignInResult& result);
    void afterRestore(const SignInResult& result);
    void confirmThenSync();
    void runSync();
    void engineFinished(const SyncReport& report);
    void finishWithoutRun(const ApiError& error);
    void endSignIn(const QString& reason);
    void saveSignIn();
    void clearSavedSignIn();
    void writeSyncState(std::function<Status(SyncStore&)> write);
    // Made on first use (a run, or a confirmation before any run).
    SyncEngine& engine();

    QString m_dataDir;
    Options m_options;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<Auth> m_auth;
    std::unique_ptr<SyncEngine> m_engine;
    QLockFile m_lock;
    State m_state = State::SignedOut;
    bool m_confirmed = false;
    bool m_confirming = false;
    bool m_loaded = false;
    std::function<void(const QString&)> m_afterLoad;
    QString m_deviceId;
    std::optional<SavedSignIn> m_saved;
    QList<QSslCertificate> m_caCertificates;
    QString m_account;
    QString m_password; // only between signIn() and the request that carries it
    SignedInMember m_member;
    QString m_roomId;
};

} // namespace kenshu::sync

Q_DECLARE_METATYPE(kenshu::sync::SignInResult)
