#pragma once

#include "Expected.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <functional>
#include <initializer_list>

namespace kenshu::server {

// Where the server keeps its tables: an SQLite file in the data directory (the embedded
// default) or a PostgreSQL database given as postgresql://user[:password]@host[:port]/db
// (?host=/socket/dir for a unix socket). The password is never logged.
struct DatabaseConfig
{
    QString driver; // QSQLITE or QPSQL
    QString sqlitePath;
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString name;

    static Expected<DatabaseConfig> fromOptions(const QString& dataDir, const QString& url);
    bool isPostgres() const;
};

// The server's database. Each thread gets its own connection on first use (Qt Sql
// connections are bound to the thread that opened them), so request handlers on the HTTP
// thread pool never share one. Holds no state between requests: everything is in the tables.
class ServerDatabase final
{
public:
    explicit ServerDatabase(DatabaseConfig config);
    ~ServerDatabase();
    ServerDatabase(const ServerDatabase&) = delete;
    ServerDatabase& operator=(const ServerDatabase&) = delete;

    bool isPostgres() const;
    // This thread's connection, opened (and configured) on first use.
    Expected<QSqlDatabase> connection() const;
    // Brings the schema up to date; safe when several servers start at once.
    Status migrate() const;

private:
    DatabaseConfig m_config;
    QString m_connectionPrefix;
};

// A transaction on the current thread's connection, rolled back unless committed. SQLite
// write transactions take the write lock at the start (BEGIN IMMEDIATE). A record write also
// allocates the next change number under one lock held to commit (PostgreSQL: the counter
// row), so record writers run one at a time and change numbers follow commit order.
// Writes are on the disk when commit() returns, except UnsyncedWrite: for state that a power
// cut may take back to an earlier commit because the client asks for it again (a tus offset:
// HEAD tells where to go on). It commits without waiting for the disk (PostgreSQL
// synchronous_commit off, SQLite synchronous=NORMAL in WAL mode), never out of order and
// never corrupting; every other write on the connection is synced again.
class Transaction final
{
public:
    enum class Kind { Read, Write, RecordWrite, UnsyncedWrite };

    static Expected<Transaction> begin(const ServerDatabase& database, Kind kind);
    ~Transaction();
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    QSqlDatabase db() const { return m_db; }
    bool isPostgres() const { return m_postgres; }
    // This transaction's change number (RecordWrite only; allocated when it began).
    qint64 changeNumber() const { return m_changeNumber; }
    Status commit();

private:
    Transaction(QSqlDatabase db, bool postgres) : m_db(std::move(db)), m_postgres(postgres) {}

    QSqlDatabase m_db;
    bool m_postgres = false;
    bool m_open = true;
    qint64 m_changeNumber = 0;
};

// Runs `work` in one write transaction and commits it when it succeeds.
Status inWriteTransaction(const ServerDatabase& database,
                          const std::function<Status(const QSqlDatabase&)>& work);

// Runs `sql` with positional `values`; the failed query's error text on failure.
Expected<QSqlQuery> runQuery(const QSqlDatabase& db, const QString& sql,
                             std::initializer_list<QVariant> values = {});

} // namespace kenshu::server
