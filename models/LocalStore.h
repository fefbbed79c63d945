#pragma once

#include "Expected.h"
#include "Record.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>
#include <memory>
#include <optional>

namespace kenshu {

// A record with its local sync state, for support tools (`kenshuctl records`).
struct StoredRecord
{
    Record record;
    bool dirty = false; // changed here and not yet accepted by the server
};

// The local SQLite store: current records, the outbox of local changes, blob index and
// derived local data (thumbnails). One instance owns one connection and must stay on the
// thread that opened it; other threads open their own instance on the same data folder
// (WAL lets readers run beside the writer).
class LocalStore final
{
public:
    static constexpr int kSchemaVersion = 4;

    static Expected<std::unique_ptr<LocalStore>> open(const QString& dataDir);
    ~LocalStore();
    LocalStore(const LocalStore&) = delete;
    LocalStore& operator=(const LocalStore&) = delete;

    QString dataDir() const { return m_dataDir; }
    QString databasePath() const;
    int schemaVersion() const;

    // One transaction around a batch of writes; rollback() undoes everything since begin().
    Status begin();
    Status commit();
    void rollback();

    // Inserts or replaces a record. A local edit (dirty) is queued in the outbox for sync.
    Status putRecord(const Record& record, bool localEdit = true);
    // The server's version as the clean local state (sync): not dirty, nothing queued.
    Status putServerCopy(const Record& record);
    // Queues `record` for sync (once more), based on the server revision `baseRev`.
    Status enqueue(const Record& record, qint64 baseRev);
    std::optional<Record> record(const QUuid& id) const;
    QList<Record> records(RecordType type, const QUuid& parentId = {}) const;
    // Every record of a type, deleted ones too.
    QList<Record> recordsWithDeleted(RecordType type) const;
    // Every live record (of one type if given) with its dirty flag, oldest first.
    QList<StoredRecord> storedRecords(std::optional<RecordType> type = std::nullopt) const;
    int outboxSize() const;

    Status putBlob(const QString& sha256, qint64 size, const QString& kind);
    bool hasBlob(const QString& sha256) const;

    Status putThumbnail(const QString& seriesInstanceUid, const QByteArray& png);
    QByteArray thumbnail(const QString& seriesInstanceUid) const;

    // For queries that are specific to one view (see CaseLibrary).
    QSqlDatabase database() const;

private:
    // The one upsert of a record; `dirtyOnConflict` is the SQL for the dirty flag of a record
    // that exists already.
    Status upsertRecord(const Record& record, int dirty, const QString& dirtyOnConflict);
    // Records matching an SQL condition on the records table, oldest first.
    QList<Record> recordsWhere(const QString& condition, const QVariantList& values) const;

    LocalStore(QString dataDir, QString connectionName);
    Status migrate();

    QString m_dataDir;
    QString m_connectionName;
    bool m_inTransaction = false;
    bool m_queuedInTransaction = false; // LocalChanges hears of it on commit
};

} // namespace kenshu
