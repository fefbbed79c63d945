#include "ServerMigrations.h"

#include "ServerDatabase.h"

#include <QCoreApplication>
#include <QStringList>
#include <vector>

namespace kenshu::server {
namespace {

using namespace Qt::Literals::StringLiterals;

// Append-only: migration N brings the schema from version N-1 to N. Types are the common
// subset of SQLite and PostgreSQL (TEXT, INTEGER, BIGINT); flags are 0/1 integers; times
// are ISO 8601 UTC text or Unix seconds.
const std::vector<QStringList>& migrations()
{
    static const std::vector<QStringList> steps{
        // 1: accounts, tokens, records with their change numbers, idempotency, blobs, uploads.
        {
            u"CREATE TABLE counters (name TEXT PRIMARY KEY, value BIGINT NOT NULL)"_s,
            u"INSERT INTO counters (name, value) VALUES ('change', 0)"_s,
            u"CREATE TABLE programs (id TEXT PRIMARY KEY, name TEXT NOT NULL)"_s,
            u"CREATE TABLE rooms (id TEXT PRIMARY KEY, program_id TEXT NOT NULL "
            "REFERENCES programs(id), fiscal_year INTEGER NOT NULL, name TEXT NOT NULL)"_s,
            // id = member number, the id records name their author and reviewer by.
            u"CREATE TABLE members (id TEXT PRIMARY KEY, name TEXT NOT NULL, kana TEXT NOT NULL, "
            "email TEXT NOT NULL UNIQUE, password_hash TEXT NOT NULL DEFAULT '')"_s,
            u"CREATE TABLE certifications (member_id TEXT NOT NULL REFERENCES members(id), "
            "start_date TEXT NOT NULL, end_date TEXT)"_s,
            // room_id '' = every room of the program.
            u"CREATE TABLE role_assignments (member_id TEXT NOT NULL REFERENCES members(id), "
            "role TEXT NOT NULL, program_id TEXT NOT NULL REFERENCES programs(id), "
            "room_id TEXT NOT NULL DEFAULT '', UNIQUE (member_id, role, program_id, room_id))"_s,
            u"CREATE TABLE forms (id TEXT NOT NULL, version INTEGER NOT NULL, schema TEXT NOT "
            u"NULL, "
            "PRIMARY KEY (id, version))"_s,
            // Only SHA-256 digests of tokens are stored; `family` ties a login's tokens together.
            u"CREATE TABLE tokens (digest TEXT PRIMARY KEY, kind TEXT NOT NULL, "
            "member_id TEXT NOT NULL, family TEXT NOT NULL, expires_at BIGINT NOT NULL, "
            "revoked INTEGER NOT NULL DEFAULT 0)"_s,
            u"CREATE INDEX tokens_family ON tokens (family)"_s,
            u"CREATE TABLE records (id TEXT PRIMARY KEY, type TEXT NOT NULL, parent_id TEXT, "
            "room_id TEXT NOT NULL, rev BIGINT NOT NULL, change_number BIGINT NOT NULL UNIQUE, "
            "updated_at TEXT NOT NULL, updated_by TEXT NOT NULL, deleted INTEGER NOT NULL, "
            "data TEXT NOT NULL)"_s,
            u"CREATE INDEX records_room_changes ON records (room_id, change_number)"_s,
            // The last mutation each device of a member applied, with the answer it got.
            u"CREATE TABLE device_mutations (member_id TEXT NOT NULL, device_id TEXT NOT NULL, "
            "last_seq BIGINT NOT NULL, status INTEGER NOT NULL, response TEXT NOT NULL, "
            "PRIMARY KEY (member_id, device_id))"_s,
            u"CREATE TABLE blobs (sha256 TEXT PRIMARY KEY, size BIGINT NOT NULL, "
            "content_kind TEXT NOT NULL, created_at TEXT NOT NULL)"_s,
            u"CREATE TABLE uploads (id TEXT PRIMARY KEY, member_id TEXT NOT NULL, "
            "length BIGINT NOT NULL, upload_offset BIGINT NOT NULL, sha256 TEXT NOT NULL, "
            "metadata TEXT NOT NULL, created_at TEXT NOT NULL)"_s,
        },
        // 2: the upload's running whole-file SHA-256 (ResumableSha256::state, base64) at
        // upload_offset, and the boot id of the machine whose page cache held the bytes then.
        {
            u"ALTER TABLE uploads ADD COLUMN hash_state TEXT"_s,
            u"ALTER TABLE uploads ADD COLUMN hash_boot TEXT"_s,
        },
        // 3: training facilities with their certification periods (a case report's care period
        // must lie in one), and programs whose residents register only with an approved
        // credential.
        {
            u"CREATE TABLE facilities (id TEXT PRIMARY KEY, program_id TEXT NOT NULL "
            "REFERENCES programs(id), name TEXT NOT NULL, number TEXT NOT NULL DEFAULT '')"_s,
            u"CREATE TABLE facility_certifications (facility_id TEXT NOT NULL "
            "REFERENCES facilities(id), start_date TEXT NOT NULL, end_date TEXT)"_s,
            u"ALTER TABLE programs ADD COLUMN requires_credential INTEGER NOT NULL DEFAULT 0"_s,
        },
    };
    return steps;
}

QString translate(const char* text)
{
    return QCoreApplication::translate("ServerMigrations", text);
}

} // namespace

Status applyMigrations(Transaction& transaction)
{
    const QSqlDatabase db = transaction.db();
    if (transaction.isPostgres()) {
        if (Expected<QSqlQuery> lock = runQuery(db, u"SELECT pg_advisory_xact_lock(7310001)"_s);
            !lock)
            return lock.error();
    }
    if (Expected<QSqlQuery> create =
            runQuery(db, u"CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"_s);
        !create)
        return create.error();
    Expected<QSqlQuery> current = runQuery(db, u"SELECT MAX(version) FROM schema_version"_s);
    if (!current)
        return current.error();
    const int version = current->next() ? current->value(0).toInt() : 0;
    if (version > kServerSchemaVersion)
        return Error{translate("The database has schema version %1; this server knows only up "
                               "to %2. Use a newer kenshu-server.")
                         .arg(version)
                         .arg(kServerSchemaVersion)};
    for (int step = version; step < kServerSchemaVersion; ++step) {
        for (const QString& statement : migrations().at(static_cast<std::size_t>(step))) {
            if (Expected<QSqlQuery> query = runQuery(db, statement); !query)
                return query.error();
        }
    }
    if (version < kServerSchemaVersion) {
        if (Expected<QSqlQuery> update = runQuery(
                db, u"INSERT INTO schema_version (version) VALUES (?)"_s, {kServerSchemaVersion});
            !update)
            return update.error();
    }
    return {};
}

} // namespace kenshu::server
