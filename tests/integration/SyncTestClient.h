// One user's Kenshu client for the sync integration tests: a data folder, the HTTPS client
// trusting the test CA, sign-in with a keychain service of the test's own, and the sync
// engine, each call waited for on the event loop with a deadline.
#pragma once

#include "ApiClient.h"
#include "Auth.h"
#include "LocalStore.h"
#include "SyncEngine.h"

#include <QString>
#include <QUrl>
#include <memory>
#include <string>

namespace kenshu::test {

class SyncTestClient final
{
public:
    SyncTestClient(const QString& dataDir, const QUrl& server, const QString& caBundle,
                   const QString& keychainService);
    ~SyncTestClient();

    // Signs in as a member of the ServerTest cast (e-mail <member>@example.org, password
    // password-<member>).
    sync::SignInResult signIn(const QString& member);
    sync::SignInResult signIn(const QString& email, const QString& password);
    sync::SignInResult restore();
    std::optional<sync::ApiError> signOut();
    sync::SyncReport sync();

    // The data folder's store, on the test's thread (the engine has its own connection).
    LocalStore& store();
    QString dataDir() const { return m_dataDir; }
    QString deviceId();
    QString keychainAccount();
    sync::ApiClient& api() { return *m_api; }
    sync::Auth& auth() { return *m_auth; }
    sync::SyncEngine& engine() { return *m_engine; }
    const TokenStore& tokens() const { return m_tokens; }

private:
    sync::SignInResult
    awaitSignIn(const std::function<void(QObject*, sync::Auth::Callback)>& start);

    QString m_dataDir;
    QUrl m_server;
    TokenStore m_tokens;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<sync::ApiClient> m_api;
    std::unique_ptr<sync::Auth> m_auth;
    std::unique_ptr<sync::SyncEngine> m_engine;
};

// Waits on the event loop for `done` to be set; a failure when the deadline passes.
bool waitFor(const std::function<bool()>& done, int timeoutMs = 60000);

// A run's report in one line (and its issues below), for failure messages.
std::string describe(const sync::SyncReport& report);

// The refresh token `service` holds for `account` in the keychain; empty when there is none.
QString keychainToken(const QString& service, const QString& account);

// A keychain service name of the test's own, so that a developer's real sign-in is never
// touched.
QString uniqueKeychainService();

// The files under `folder` (recursively) that contain any of `secrets`.
QStringList filesHolding(const QString& folder, const QList<QByteArray>& secrets);

} // namespace kenshu::test
