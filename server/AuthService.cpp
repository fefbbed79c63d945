#include "AuthService.h"

#include "AccountStore.h"
#include "Crypto.h"
#include "PasswordHash.h"
#include "ServerDatabase.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUuid>

namespace kenshu::server {
namespace {

using namespace Qt::Literals::StringLiterals;

constexpr auto kAccess = "access"_L1;
constexpr auto kRefresh = "refresh"_L1;

qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

Status insertToken(const QSqlDatabase& db, const QString& token, QLatin1StringView kind,
                   const QString& memberId, const QString& family, qint64 expiresAt)
{
    Expected<QSqlQuery> insert = runQuery(
        db,
        u"INSERT INTO tokens (digest, kind, member_id, family, expires_at) VALUES (?, ?, ?, ?, ?)"_s,
        {sha256Hex(token.toLatin1()), QString(kind), memberId, family, expiresAt});
    return insert ? Status{} : Status{insert.error()};
}

Status revokeFamily(const QSqlDatabase& db, const QString& family)
{
    Expected<QSqlQuery> update =
        runQuery(db, u"UPDATE tokens SET revoked = 1 WHERE family = ?"_s, {family});
    return update ? Status{} : Status{update.error()};
}

} // namespace

AuthService::AuthService(const ServerDatabase& database, qint64 accessLifetimeSeconds,
                         qint64 refreshLifetimeSeconds)
    : m_database(database), m_accessLifetime(accessLifetimeSeconds),
      m_refreshLifetime(refreshLifetimeSeconds)
{
}

QString AuthService::wrongCredentialsMessage()
{
    return QCoreApplication::translate("AuthService",
                                       "The e-mail address or the password is wrong.");
}

QString AuthService::invalidTokenMessage()
{
    return QCoreApplication::translate("AuthService",
                                       "The sign-in has expired or was ended. Sign in again.");
}

Expected<std::optional<TokenPair>> AuthService::login(const QString& email,
                                                      const QString& password) const
{
    Expected<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    const Expected<std::optional<std::pair<QString, QString>>> account =
        AccountStore::credentialsFor(*db, email.trimmed());
    if (!account)
        return account.error();
    const bool valid = *account ? verifyPassword(password, (*account)->second)
                                : (verifyAgainstDummy(password), false);
    if (!valid)
        return std::optional<TokenPair>();

    Expected<Transaction> transaction = Transaction::begin(m_database, Transaction::Kind::Write);
    if (!transaction)
        return transaction.error();
    // Expired tokens are of no use to anyone; sign-ins are a good moment to drop them.
    if (Expected<QSqlQuery> purge = runQuery(
            transaction->db(), u"DELETE FROM tokens WHERE expires_at < ?"_s, {now() - 86400});
        !purge)
        return purge.error();
    TokenPair pair{(*account)->first, randomToken(), randomToken(), m_accessLifetime};
    const QString family = QUuid::createUuid().toString(QUuid::WithoutBraces);
    for (const Status& status : {insertToken(transaction->db(), pair.accessToken, kAccess,
                                             pair.memberId, family, now() + m_accessLifetime),
                                 insertToken(transaction->db(), pair.refreshToken, kRefresh,
                                             pair.memberId, family, now() + m_refreshLifetime)}) {
        if (!status)
            return status.error();
    }
    if (const Status committed = transaction->commit(); !committed)
        return committed.error();
    return std::optional(pair);
}

Expected<std::optional<TokenPair>> AuthService::refresh(const QString& refreshToken) const
{
    Expected<Transaction> transaction = Transaction::begin(m_database, Transaction::Kind::Write);
    if (!transaction)
        return transaction.error();
    const QSqlDatabase db = transaction->db();
    const QString digest = sha256Hex(refreshToken.toLatin1());
    // Claiming the token is one conditional update, so two refreshes racing with the same
    // token cannot both rotate it: the second waits for the first and then finds it used.
    Expected<QSqlQuery> claim = runQuery(db,
                                         u"UPDATE tokens SET revoked = 1 WHERE digest = ? "
                                         "AND kind = 'refresh' AND revoked = 0"_s,
                                         {digest});
    if (!claim)
        return claim.error();
    const bool claimed = claim->numRowsAffected() == 1;
    Expected<QSqlQuery> query = runQuery(
        db,
        u"SELECT member_id, family, expires_at FROM tokens WHERE digest = ? AND kind = 'refresh'"_s,
        {digest});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<TokenPair>();
    const QString memberId = query->value(0).toString();
    const QString family = query->value(1).toString();
    const bool expired = query->value(2).toLongLong() < now();
    query->finish();
    if (!claimed || expired) {
        // A used token came back (someone holds a copy): end that sign-in everywhere. An
        // expired one ends its family too; nothing can rotate it any more.
        if (const Status status = revokeFamily(db, family); !status)
            return status.error();
        if (const Status committed = transaction->commit(); !committed)
            return committed.error();
        return std::optional<TokenPair>();
    }
    TokenPair pair{memberId, randomToken(), randomToken(), m_accessLifetime};
    for (const Status& status :
         {revokeFamily(db, family),
          insertToken(db, pair.accessToken, kAccess, memberId, family, now() + m_accessLifetime),
          insertToken(db, pair.refreshToken, kRefresh, memberId, family,
                      now() + m_refreshLifetime)}) {
        if (!status)
            return status.error();
    }
    if (const Status committed = transaction->commit(); !committed)
        return committed.error();
    return std::optional(pair);
}

Expected<bool> AuthService::logout(const QString& accessToken) const
{
    Expected<Transaction> transaction = Transaction::begin(m_database, Transaction::Kind::Write);
    if (!transaction)
        return transaction.error();
    Expected<QSqlQuery> query =
        runQuery(transaction->db(), u"SELECT family FROM tokens WHERE digest = ?"_s,
                 {sha256Hex(accessToken.toLatin1())});
    if (!query)
        return query.error();
    if (!query->next())
        return false;
    const QString family = query->value(0).toString();
    query->finish();
    if (const Status status = revokeFamily(transaction->db(), family); !status)
        return status.error();
    if (const Status committed = transaction->commit(); !committed)
        return committed.error();
    return true;
}

Expected<std::optional<QString>> AuthService::authenticate(const QString& accessToken) const
{
    if (accessToken.isEmpty())
        return std::optional<QString>();
    Expected<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Expected<QSqlQuery> query =
        runQuery(*db,
                 u"SELECT member_id FROM tokens WHERE digest = ? AND kind = 'access' "
                 "AND revoked = 0 AND expires_at >= ?"_s,
                 {sha256Hex(accessToken.toLatin1()), now()});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<QString>();
    return std::optional(query->value(0).toString());
}

} // namespace kenshu::server
