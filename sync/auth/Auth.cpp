#include "Auth.h"

#include "ApiClient.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

namespace kenshu::sync {
namespace {

using namespace Qt::Literals::StringLiterals;

SignInResult failed(ApiError error)
{
    SignInResult result;
    result.status = SignInResult::Status::Failed;
    result.error = std::move(error);
    return result;
}

struct TokenPair
{
    QString access;
    QString refresh;
};

std::optional<TokenPair> tokensOf(const QJsonObject& answer)
{
    TokenPair pair{answer.value(u"accessToken"_s).toString(),
                   answer.value(u"refreshToken"_s).toString()};
    if (pair.access.isEmpty() || pair.refresh.isEmpty())
        return std::nullopt;
    return pair;
}

ApiError missingTokens()
{
    return ApiError::make(ApiError::Kind::BadResponse,
                          Auth::tr("The server's sign-in answer had no tokens."));
}

} // namespace

Auth::Auth(ApiClient& api, TokenStore tokens, QObject* parent)
    : QObject(parent), m_api(api), m_tokens(std::move(tokens))
{
    QPointer<Auth> self(this);
    m_api.setRefresher([self](std::function<void(std::optional<ApiError>)> done) {
        if (!self) {
            done(ApiError::fromStatus(401, {}));
            return;
        }
        self->refresh(std::move(done));
    });
}

void Auth::signIn(const QString& account, const QString& email, const QString& password,
                  QObject* context, Callback done)
{
    forget({});
    m_account = account;
    m_sessionOnly = false;
    ApiRequest request = ApiRequest::withJson(
        "POST", u"/api/v1/auth/login"_s,
        QJsonDocument(QJsonObject{{u"email"_s, email}, {u"password"_s, password}})
            .toJson(QJsonDocument::Compact));
    request.authenticated = false;
    // A sign-in the server made but whose answer was lost would leave a live token behind.
    request.retry = RetryPolicy::NotDelivered;
    QPointer<QObject> caller(context);
    m_api.send(std::move(request), this, [this, caller, done](const ApiResult& result) {
        if (!caller)
            return;
        if (!result.ok()) {
            ApiError error = *result.error;
            if (result.status == 401)
                error.message = tr("The e-mail address or the password is wrong.");
            done(failed(error));
            return;
        }
        const std::optional<TokenPair> tokens = tokensOf(result.json);
        if (!tokens) {
            done(failed(missingTokens()));
            return;
        }
        m_refreshToken = tokens->refresh;
        m_api.setAccessToken(tokens->access);
        fetchMember(caller, [this, caller, done](const SignInResult& fetched) {
            if (fetched.status != SignInResult::Status::SignedIn) {
                forget({});
                done(fetched);
                return;
            }
            remember(fetched.member, caller, done);
        });
    });
}

void Auth::restore(const QString& account, QObject* context, Callback done)
{
    forget({});
    m_account = account;
    m_sessionOnly = false;
    QPointer<QObject> caller(context);
    m_tokens.readToken(account, this, [this, caller, done](const TokenResult& read) {
        if (!caller)
            return;
        if (read.status != TokenResult::Status::Ok) {
            SignInResult result;
            result.status = SignInResult::Status::NotSignedIn;
            result.keychainMessage = read.message;
            done(result);
            return;
        }
        m_refreshToken = read.token;
        refresh([this, caller, done](const std::optional<ApiError>& error) {
            if (!caller)
                return;
            if (error) {
                SignInResult result = failed(*error);
                if (!isSignedIn())
                    result.status = SignInResult::Status::NotSignedIn;
                done(result);
                return;
            }
            fetchMember(caller, [this, done](SignInResult fetched) {
                fetched.sessionOnly = m_sessionOnly;
                done(fetched);
            });
        });
    });
}

void Auth::signOut(QObject* context, std::function<void(const std::optional<ApiError>&)> done)
{
    QPointer<QObject> caller(context);
    const auto finish = [this, caller, done](const std::optional<ApiError>& error) {
        m_tokens.deleteToken(m_account, this, [caller, done, error](const TokenResult&) {
            if (caller)
                done(error);
        });
        forget({});
    };
    if (!isSignedIn()) {
        finish(std::nullopt);
        return;
    }
    ApiRequest request;
    request.method = "POST";
    request.path = u"/api/v1/auth/logout"_s;
    m_api.send(std::move(request), this, [finish](const ApiResult& result) {
        // A sign-in the server already ended is signed out as well.
        if (result.ok() || result.status == 401) {
            finish(std::nullopt);
            return;
        }
        ApiError error = *result.error;
        error.message = tr("Signed out on this computer, but the server could not be told (%1). "
                           "The sign-in ends there by itself when it expires.")
                            .arg(error.message);
        finish(error);
    });
}

void Auth::refresh(std::function<void(std::optional<ApiError>)> done)
{
    m_refreshWaiters.append(std::move(done));
    if (m_refreshWaiters.size() > 1)
        return; // one refresh at a time: a refresh token works once
    const auto finish = [this](const std::optional<ApiError>& error) {
        const auto waiters = std::exchange(m_refreshWaiters, {});
        for (const auto& waiter : waiters)
            waiter(error);
    };
    if (m_refreshToken.isEmpty()) {
        finish(ApiError::make(ApiError::Kind::Unauthorized, tr("Sign in first.")));
        return;
    }
    ApiRequest request =
        ApiRequest::withJson("POST", u"/api/v1/auth/refresh"_s,
                             QJsonDocument(QJsonObject{{u"refreshToken"_s, m_refreshToken}})
                                 .toJson(QJsonDocument::Compact));
    request.authenticated = false;
    // A rotation whose answer was lost cannot be repeated: the old token is spent.
    request.retry = RetryPolicy::NotDelivered;
    m_api.send(std::move(request), this, [this, finish](const ApiResult& result) {
        if (!result.ok()) {
            ApiError error = *result.error;
            if (error.kind == ApiError::Kind::Refused ||
                error.kind == ApiError::Kind::Unauthorized) {
                error.kind = ApiError::Kind::Unauthorized;
                error.message = tr("Your sign-in has expired or was revoked. Sign in again.");
                // The keychain's copy is spent as well; forgotten before anyone hears of it.
                m_tokens.deleteToken(m_account, this, [this, finish, error](const TokenResult&) {
                    forget(error.message);
                    finish(error);
                });
                return;
            }
            finish(error);
            return;
        }
        const std::optional<TokenPair> tokens = tokensOf(result.json);
        if (!tokens) {
            finish(missingTokens());
            return;
        }
        m_refreshToken = tokens->refresh;
        m_api.setAccessToken(tokens->access);
        if (m_sessionOnly) {
            finish(std::nullopt);
            return;
        }
        // The rotated token replaces the spent one before anything else goes out.
        m_tokens.writeToken(m_account, m_refreshToken, this,
                            [this, finish](const TokenResult& written) {
                                if (written.status != TokenResult::Status::Ok)
                                    m_sessionOnly = true;
                                finish(std::nullopt);
                            });
    });
}

void Auth::fetchMember(QObject* context, Callback done)
{
    QPointer<QObject> caller(context);
    m_api.send(
        ApiRequest::get(u"/api/v1/me"_s), this, [this, caller, done](const ApiResult& result) {
            if (!caller)
                return;
            if (!result.ok()) {
                done(failed(*result.error));
                return;
            }
            Expected<SignedInMember> member = SignedInMember::fromJson(result.json);
            if (!member) {
                done(failed(ApiError::make(ApiError::Kind::BadResponse, member.error().message)));
                return;
            }
            m_member = *member;
            SignInResult signedIn;
            signedIn.status = SignInResult::Status::SignedIn;
            signedIn.member = *member;
            done(signedIn);
        });
}

void Auth::remember(const SignedInMember& member, QObject* context, Callback done)
{
    QPointer<QObject> caller(context);
    m_tokens.writeToken(m_account, m_refreshToken, this,
                        [this, caller, member, done](const TokenResult& written) {
                            if (!caller)
                                return;
                            SignInResult result;
                            result.status = SignInResult::Status::SignedIn;
                            result.member = member;
                            m_sessionOnly = written.status != TokenResult::Status::Ok;
                            result.sessionOnly = m_sessionOnly;
                            result.keychainMessage = written.message;
                            done(result);
                        });
}

void Auth::forget(const QString& reason)
{
    const bool wasSignedIn = isSignedIn();
    m_refreshToken.clear();
    m_api.clearAccessToken();
    m_member = {};
    if (wasSignedIn && !reason.isEmpty())
        emit signedOut(reason);
}

} // namespace kenshu::sync
