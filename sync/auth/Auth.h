#pragma once

#include "ApiError.h"
#include "SignedInMember.h"
#include "TokenStore.h"

#include <QList>
#include <QObject>
#include <functional>
#include <optional>

namespace kenshu::sync {

class ApiClient;

// The outcome of a sign-in (with a password, or silently from the keychain).
struct SignInResult
{
    enum class Status {
        SignedIn,
        NotSignedIn, // silent sign-in: nothing remembered, or the remembered sign-in is over
        Failed,      // `error` says why (wrong password, offline, TLS, …)
    };

    Status status = Status::Failed;
    std::optional<ApiError> error;
    SignedInMember member;
    // The refresh token is kept only in memory: no keychain here or access refused.
    bool sessionOnly = false;
    QString keychainMessage; // for the user when sessionOnly; translated
};

// Sign-in to a Kenshu server. The password goes to the server once and is never kept; the
// access token lives only in memory (in the ApiClient); the refresh token only in the OS
// keychain (TokenStore), under `account` — or, where there is no keychain, in memory for this
// session only. Tokens are refreshed when a request gets a 401, and every rotated refresh token
// replaces the one in the keychain. Every call returns at once and reports to `done` later,
// unless `context` is gone by then.
class Auth final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Auth)

public:
    using Callback = std::function<void(const SignInResult&)>;

    // `api` must have its server set; Auth installs itself as its token refresher.
    Auth(ApiClient& api, TokenStore tokens, QObject* parent = nullptr);

    void signIn(const QString& account, const QString& email, const QString& password,
                QObject* context, Callback done);
    // Signs in with the refresh token the keychain holds for `account`, without a password.
    void restore(const QString& account, QObject* context, Callback done);
    // Revokes the sign-in on the server (when it can be reached) and forgets the token here. The
    // message is set when the server could not be told.
    void signOut(QObject* context, std::function<void(const std::optional<ApiError>&)> done);

    bool isSignedIn() const { return !m_refreshToken.isEmpty(); }
    bool sessionOnly() const { return m_sessionOnly; }
    const SignedInMember& member() const { return m_member; }

signals:
    // The server ended the sign-in (refresh token expired or revoked); the user must sign in.
    void signedOut(const QString& reason);

private:
    void refresh(std::function<void(std::optional<ApiError>)> done);
    void fetchMember(QObject* context, Callback done);
    void remember(const SignedInMember& member, QObject* context, Callback done);
    // Drops the tokens held in memory; a reason tells the user the server ended the sign-in.
    void forget(const QString& reason);

    ApiClient& m_api;
    TokenStore m_tokens;
    QString m_account;
    QString m_refreshToken;
    bool m_sessionOnly = false;
    SignedInMember m_member;
    QList<std::function<void(std::optional<ApiError>)>> m_refreshWaiters;
};

} // namespace kenshu::sync
