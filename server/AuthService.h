#pragma once

#include "Expected.h"

#include <QString>
#include <optional>

namespace kenshu::server {

class ServerDatabase;

struct TokenPair
{
    QString memberId;
    QString accessToken;
    QString refreshToken;
    qint64 accessExpiresIn = 0; // seconds
};

// Sign-in with e-mail and password, short-lived access tokens and rotating refresh tokens.
// Tokens are random and stored only as SHA-256 digests; the tokens of one sign-in form a
// family, so logout revokes them together, and a refresh token used twice (stolen and
// replayed) revokes the whole family.
//
// A refusal (HTTP 401: the client signs in again) is a value, nullopt or false; an Error is a
// failure of the server (its database), which says nothing about the credentials.
class AuthService final
{
public:
    AuthService(const ServerDatabase& database, qint64 accessLifetimeSeconds,
                qint64 refreshLifetimeSeconds);

    // nullopt for an unknown e-mail or a wrong password alike (no hint which).
    Expected<std::optional<TokenPair>> login(const QString& email, const QString& password) const;
    // A new pair; the presented refresh token and the family's older tokens stop working.
    // nullopt for an unknown, expired or revoked token.
    Expected<std::optional<TokenPair>> refresh(const QString& refreshToken) const;
    // False when the token is unknown.
    Expected<bool> logout(const QString& accessToken) const;
    // The member an unexpired, unrevoked access token belongs to; nullopt for any other token.
    Expected<std::optional<QString>> authenticate(const QString& accessToken) const;

    // What a refused sign-in and a refused token are told.
    static QString wrongCredentialsMessage();
    static QString invalidTokenMessage();

private:
    const ServerDatabase& m_database;
    qint64 m_accessLifetime;
    qint64 m_refreshLifetime;
};

} // namespace kenshu::server
