#include "LocalStore.h"

#include "LocalChanges.h"
#include "RecordRow.h"
#include "StoreMigrations.h"
#include "UtcTimestamp.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <utility>

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;

Error sqlError(const QString& what, const QSqlError& error)
{
    return Error{u"%1 (%2)"_s.arg(what, error.text())};
}

QString idText(const QUuid& id)
{
    return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
}

Error newerSchemaError(int version)
{
    return Error{QCoreApplication::translate(
                     "LocalStore", "The local library was written by a newer version of Kenshu "
                                   "(schema %1; this version knows up to %2). Update Kenshu.")
                     .arg(version)
                     .arg(LocalStore::kSchemaVersion)};
}

const QString kRecordColumns = u"id, type, parent_id, rev, updated_at, updated_by, deleted, data"_s;

} // namespace

LocalStore::LocalStore(QString dataDir, QString connectionName)
    : m_dataDir(std::move(dataDir)), m_connectionName(std::move(connectionName))
{
}

LocalStore::~LocalStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Expected<std::unique_ptr<LocalStore>> LocalStore::open(const QString& dataDir)
{
    if (!QDir().mkpath(dataDir))
        return Error{QCoreApplication::translate("LocalStore", "Cannot create the data folder %1.")
                         .arg(QDir::toNativeSeparators(dataDir))};

    // Switching a new library to WAL fails at once, without waiting, while another connection
    // does the same; the app's worker threads open their own connections, so they take turns
    // setting a library up. (Migrations also re-check the version for other processes.)
    static QMutex setUp;
    const QMutexLocker setUpLock(&setUp);
    const QString connectionName = u"kenshu-store-"_s + QUuid::createUuid().toString(QUuid::Id128);
    std::unique_ptr<LocalStore> store(new LocalStore(dataDir, connectionName));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
    db.setDatabaseName(store->databasePath());
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    if (!db.open())
        return sqlError(QCoreApplication::translate("LocalStore", "Cannot open the local library"),
                        db.lastError());

    // Refuse a library from a newer Kenshu before changing anything in it: switching it to WAL
    // would rewrite its header.
    if (const int version = store->schemaVersion(); version > kSchemaVersion)
        return newerSchemaError(version);

    QSqlQuery pragma(db);
    // WAL keeps readers going while an import writes; FULL survives power loss mid-draft.
    for (const QString& statement : {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=FULL"_s,
                                     u"PRAGMA foreign_keys=ON"_s}) {
        if (!pragma.exec(statement))
            return sqlError(
                QCoreApplication::translate("LocalStore", "Cannot configure the local library"),
                pragma.lastError());
    }
    if (Status status = store->migrate(); !status)
        return status.error();
    return store;
}

QString LocalStore::databasePath() const
{
    return QDir(m_dataDir).filePath(u"kenshu.sqlite"_s);
}

QSqlDatabase LocalStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int LocalStore::schemaVersion() const
{
    QSqlQuery query(database());
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Status LocalStore::migrate()
{
    const int current = schemaVersion();
    if (current < 0)
        return Error{QCoreApplication::translate("LocalStore",
                                                 "Cannot read the version of the local library.")};
    if (current > kSchemaVersion)
        return newerSchemaError(current);
    for (int version = current + 1; version <= kSchemaVersion; ++version) {
        if (Status status = begin(); !status)
            return status;
        // Another process (or thread) opening the same new library may have got here first.
        if (schemaVersion() >= version) {
            if (Status status = commit(); !status)
                return status;
            continue;
        }
        QSqlQuery query(database());
        for (const QString& statement : migrationStatements(version)) {
            if (!query.exec(statement)) {
                const Error error = sqlError(
                    QCoreApplication::translate("LocalStore", "Cannot upgrade the local library"),
                    query.lastError());
                rollback();
                return error;
            }
        }
        if (!query.exec(u"PRAGMA user_version = %1"_s.arg(version))) {
            const Error error = sqlError(
                QCoreApplication::translate("LocalStore", "Cannot upgrade the local library"),
                query.lastError());
            rollback();
            return error;
        }
        if (Status status = commit(); !status)
            return status;
    }
    return {};
}

Status LocalStore::begin()
{
    QSqlQuery query(database());
    // IMMEDIATE takes the write lock now, so a second writer waits instead of failing later.
    if (!query.exec(u"BEGIN IMMEDIATE"_s))
        return sqlError(QCoreApplication::translate("LocalStore", "Cannot start a transaction"),
                        query.lastError());
    m_inTransaction = true;
    m_queuedInTransaction = false;
    return {};
}

Status LocalStore::commit()
{
    QSqlQuery query(database());
    if (!query.exec(u"COMMIT"_s))
        return sqlError(QCoreApplication::translate("LocalStore", "Cannot save the changes"),
                        query.lastError());
    m_inTransaction = false;
    if (std::exchange(m_queuedInTransaction, false))
        LocalChanges::notifyQueued(m_dataDir);
    return {};
}

void LocalStore::rollback()
{
    QSqlQuery query(database());
    query.exec(u"ROLLBACK"_s);
    m_inTransaction = false;
    m_queuedInTransaction = false;
}

Status LocalStore::upsertRecord(const Record& record, int dirty, const QString& dirtyOnConflict)
{
    QSqlQuery query(database());
    query.prepare(u"INSERT INTO records (id, type, parent_id, rev, updated_at, updated_by, "
                  "deleted, dirty, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                  "ON CONFLICT(id) DO UPDATE SET type = excluded.type, "
                  "parent_id = excluded.parent_id, rev = excluded.rev, "
                  "updated_at = excluded.updated_at, updated_by = excluded.updated_by, "
                  "deleted = excluded.deleted, dirty = "_s +
                  dirtyOnConflict + u", data = excluded.data"_s);
    query.addBindValue(idText(record.id));
    query.addBindValue(recordTypeName(record.type));
    query.addBindValue(record.parentId.isNull() ? QVariant() : QVariant(idText(record.parentId)));
    query.addBindValue(record.rev);
    query.addBindValue(formatUtcTimestamp(record.updatedAt));
    query.addBindValue(record.updatedBy.isNull() ? u""_s : record.updatedBy);
    query.addBindValue(record.deleted ? 1 : 0);
    query.addBindValue(dirty);
    query.addBindValue(QJsonDocument(record.data).toJson(QJsonDocument::Compact));
    if (!query.exec())
        return sqlError(QCoreApplication::translate("LocalStore", "Cannot save a record"),
                        query.lastError());
    return {};
}

Status LocalStore::putRecord(const Record& record, bool localEdit)
{
    // A record from elsewhere never clears a local edit still waiting to be sent.
    if (Status stored =
            upsertRecord(record, localEdit ? 1 : 0, u"MAX(records.dirty, excluded.dirty)"_s);
        !stored)
        return stored;
    return localEdit ? enqueue(record, record.rev) : Status{};
}

Status LocalStore::putServerCopy(const Record& record)
{
    return upsertRecord(record, 0, u"0"_s);
}

Status LocalStore::enqueue(const Record& record, qint64 baseRev)
{
    QSqlQuery outbox(database());
    outbox.prepare(u"INSERT INTO outbox (record_id, type, base_rev, created_at) "
                   "VALUES (?, ?, ?, ?)"_s);
    outbox.addBindValue(idText(record.id));
    outbox.addBindValue(recordTypeName(record.type));
    outbox.addBindValue(baseRev);
    outbox.addBindValue(formatUtcTimestamp(QDateTime::currentDateTimeUtc()));
    if (!outbox.exec())
        return sqlError(QCoreApplication::translate("LocalStore", "Cannot queue a change for sync"),
                        outbox.lastError());
    // Sync hears of it once the change is really stored.
    if (m_inTransaction)
        m_queuedInTransaction = true;
    else
        LocalChanges::notifyQueued(m_dataDir);
    return {};
}

std::optional<Record> LocalStore::record(const QUuid& id) const
{
    QSqlQuery query(database());
    query.prepare(u"SELECT "_s + kRecordColumns + u" FROM records WHERE id = ?"_s);
    query.addBindValue(idText(id));
    if (!query.exec() || !query.next())
        return std::nullopt;
    return recordFromRow(query);
}

QList<Record> LocalStore::records(RecordType type, const QUuid& parentId) const
{
    if (parentId.isNull())
        return recordsWhere(u"type = ? AND deleted = 0"_s, {recordTypeName(type)});
    return recordsWhere(u"type = ? AND deleted = 0 AND parent_id = ?"_s,
                        {recordTypeName(type), idText(parentId)});
}

QList<Record> LocalStore::recordsWithDeleted(RecordType type) const
{
    return recordsWhere(u"type = ?"_s, {recordTypeName(type)});
}

QList<Record> LocalStore::recordsWhere(const QString& condition, const QVariantList& values) const
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + kRecordColumns + u" FROM records WHERE "_s + condition +
                  u" ORDER BY rowid"_s);
    for (const QVariant& value : values)
        query.addBindValue(value);
    QList<Record> result;
    if (!query.exec())
        return result;
    while (query.next())
        result.append(recordFromRow(query));
    return result;
}

QList<StoredRecord> LocalStore::storedRecords(std::optional<RecordType> type) const
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + kRecordColumns + u", dirty FROM records WHERE deleted = 0"_s +
                  (type ? u" AND type = ?"_s : QString()) + u" ORDER BY rowid"_s);
    if (type)
        query.addBindValue(recordTypeName(*type));
    QList<StoredRecord> result;
    if (!query.exec())
        return result;
    while (query.next())
        result.append(StoredRecord{recordFromRow(query), query.value(8).toBool()});
    return result;
}

int LocalStore::outboxSize() const
{
    QSqlQuery query(database());
    if (!query.exec(u"SELECT COUNT(*) FROM outbox"_s) || !query.next())
        return 0;
    return query.value(0).toInt();
}

Status LocalStore::putBlob(const QString& sha256, qint64 size, const QString& kind)
{
    QSqlQuery query(database());
    query.prepare(u"INSERT INTO blobs (sha256, size, kind, state, added_at) VALUES (?, ?, ?, "
                  "'local', ?) ON CONFLICT(sha256) DO NOTHING"_s);
    query.addBindValue(sha256);
    query.addBindValue(size);
    query.addBindValue(kind);
    query.addBindValue(formatUtcTimestamp(QDateTime::currentDateTimeUtc()));
    if (!query.exec())
        return sqlError(QCoreApplication::translate("LocalStore", "Cannot record a stored file"),
                        query.lastError());
    return {};
}

bool LocalStore::hasBlob(const QString& sha256) const
{
    QSqlQuery query(database());
    query.prepare(u"SELECT 1 FROM blobs WHERE sha256 = ?"_s);
    query.addBindValue(sha256);
    return query.exec() && query.next();
}

Status LocalStore::putThumbnail(const QString& seriesInstanceUid, const QByteArray& png)
{
    QSqlQuery query(database());
    query.prepare(u"INSERT OR REPLACE INTO thumbnails (series_uid, png) VALUES (?, ?)"_s);
    query.addBindValue(seriesInstanceUid);
    query.addBindValue(png);
    if (!query.exec())
        return sqlError(QCoreApplication::translate("LocalStore", "Cannot save a thumbnail"),
                        query.lastError());
    return {};
}

QByteArray LocalStore::thumbnail(const QString& seriesInstanceUid) const
{
    QSqlQuery query(database());
    query.prepare(u"SELECT png FROM thumbnails WHERE series_uid = ?"_s);
    query.addBindValue(seriesInstanceUid);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toByteArray();
}

} // namespace kenshu
