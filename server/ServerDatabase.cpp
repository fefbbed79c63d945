#include "ServerDatabase.h"

#include "ServerMigrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlError>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

namespace kenshu::server {
namespace {

using namespace Qt::Literals::StringLiterals;

QString translate(const char* text)
{
    return QCoreApplication::translate("ServerDatabase", text);
}

Error queryError(const QSqlQuery& query)
{
    return Error{translate("Database error: %1").arg(query.lastError().text())};
}

} // namespace

Expected<DatabaseConfig> DatabaseConfig::fromOptions(const QString& dataDir, const QString& url)
{
    DatabaseConfig config;
    if (url.isEmpty()) {
        if (dataDir.isEmpty())
            return Error{translate("Give --data DIR (and --db URL for PostgreSQL).")};
        config.driver = u"QSQLITE"_s;
        config.sqlitePath = QDir(dataDir).filePath(u"kenshu-server.sqlite"_s);
        return config;
    }
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() ||
        (parsed.scheme() != "postgresql"_L1 && parsed.scheme() != "postgres"_L1))
        return Error{translate("--db must be a postgresql://user@host:port/database URL.")};
    config.driver = u"QPSQL"_s;
    config.host = QUrlQuery(parsed).queryItemValue(u"host"_s, QUrl::FullyDecoded);
    if (config.host.isEmpty())
        config.host = parsed.host();
    config.port = parsed.port(5432);
    config.user = parsed.userName(QUrl::FullyDecoded);
    config.password = parsed.password(QUrl::FullyDecoded);
    config.name = parsed.path().mid(1);
    if (config.name.isEmpty())
        return Error{translate("--db must name the database (postgresql://…/database).")};
    return config;
}

bool DatabaseConfig::isPostgres() const
{
    return driver == "QPSQL"_L1;
}

ServerDatabase::ServerDatabase(DatabaseConfig config)
    : m_config(std::move(config)),
      m_connectionPrefix(u"kenshu-server-"_s + QUuid::createUuid().toString(QUuid::Id128))
{
}

ServerDatabase::~ServerDatabase() = default;

bool ServerDatabase::isPostgres() const
{
    return m_config.isPostgres();
}

Expected<QSqlDatabase> ServerDatabase::connection() const
{
    const QString name = m_connectionPrefix + u'-' +
                         QString::number(reinterpret_cast<quintptr>(QThread::currentThreadId()));
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name);
        if (db.isOpen())
            return db;
    }
    QSqlDatabase db = QSqlDatabase::contains(name)
                          ? QSqlDatabase::database(name, false)
                          : QSqlDatabase::addDatabase(m_config.driver, name);
    if (m_config.isPostgres()) {
        db.setHostName(m_config.host);
        db.setPort(m_config.port);
        db.setUserName(m_config.user);
        db.setPassword(m_config.password);
        db.setDatabaseName(m_config.name);
    } else {
        db.setDatabaseName(m_config.sqlitePath);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=30000"_s);
    }
    if (!db.open())
        return Error{translate("Cannot open the database: %1").arg(db.lastError().text())};
    if (!m_config.isPostgres()) {
        QSqlQuery pragma(db);
        for (const QString& statement : {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=FULL"_s,
                                         u"PRAGMA foreign_keys=ON"_s}) {
            if (!pragma.exec(statement))
                return queryError(pragma);
        }
    }
    return db;
}

Status ServerDatabase::migrate() const
{
    Expected<Transaction> transaction = Transaction::begin(*this, Transaction::Kind::Write);
    if (!transaction)
        return transaction.error();
    if (const Status status = applyMigrations(*transaction); !status)
        return status;
    return transaction->commit();
}

Expected<Transaction> Transaction::begin(const ServerDatabase& database, Kind kind)
{
    Expected<QSqlDatabase> db = database.connection();
    if (!db)
        return db.error();
    Transaction transaction(*db, database.isPostgres());
    const bool sqliteWrite = !database.isPostgres() && kind != Kind::Read;
    QSqlQuery query(*db);
    // SQLite's level is the connection's: set for every write, so that one unsynced write
    // never leaves the next one unsynced.
    if (sqliteWrite && !query.exec(kind == Kind::UnsyncedWrite ? u"PRAGMA synchronous=NORMAL"_s
                                                               : u"PRAGMA synchronous=FULL"_s)) {
        transaction.m_open = false;
        return queryError(query);
    }
    if (!query.exec(sqliteWrite ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s)) {
        transaction.m_open = false;
        return queryError(query);
    }
    if (database.isPostgres() && kind == Kind::UnsyncedWrite) {
        if (Expected<QSqlQuery> relaxed = runQuery(*db, u"SET LOCAL synchronous_commit TO OFF"_s);
            !relaxed)
            return relaxed.error();
    }
    if (kind == Kind::RecordWrite) {
        // The row lock (PostgreSQL) or the write lock (SQLite) is held until commit, so the
        // next writer gets a higher number only after this one is visible.
        Expected<QSqlQuery> counter = runQuery(
            *db, u"UPDATE counters SET value = value + 1 WHERE name = 'change' RETURNING value"_s);
        if (!counter)
            return counter.error();
        if (!counter->next())
            return Error{translate("The change counter is missing.")};
        transaction.m_changeNumber = counter->value(0).toLongLong();
    }
    return transaction;
}

Transaction::Transaction(Transaction&& other) noexcept
    : m_db(std::move(other.m_db)), m_postgres(other.m_postgres), m_open(other.m_open),
      m_changeNumber(other.m_changeNumber)
{
    other.m_open = false;
}

Transaction::~Transaction()
{
    if (m_open) {
        QSqlQuery query(m_db);
        query.exec(u"ROLLBACK"_s);
    }
}

Status Transaction::commit()
{
    QSqlQuery query(m_db);
    m_open = false;
    if (!query.exec(u"COMMIT"_s))
        return queryError(query);
    return {};
}

Status inWriteTransaction(const ServerDatabase& database,
                          const std::function<Status(const QSqlDatabase&)>& work)
{
    Expected<Transaction> transaction = Transaction::begin(database, Transaction::Kind::Write);
    if (!transaction)
        return transaction.error();
    if (const Status status = work(transaction->db()); !status)
        return status;
    return transaction->commit();
}

Expected<QSqlQuery> runQuery(const QSqlDatabase& db, const QString& sql,
                             std::initializer_list<QVariant> values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // PostgreSQL cannot prepare DDL, so statements without values run directly.
    if (values.size() == 0) {
        if (!query.exec(sql))
            return queryError(query);
        return query;
    }
    if (!query.prepare(sql))
        return queryError(query);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return queryError(query);
    return query;
}

} // namespace kenshu::server
