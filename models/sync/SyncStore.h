#pragma once

#include "Expected.h"
#include "Record.h"
#include "SyncIssue.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace kenshu {

class LocalStore;

// The next local change to push: the record as it is now, sent under the mutation number of
// its oldest queued edit. Later queued edits of the same record are already in its data.
struct OutboxItem
{
    qint64 seq = 0;     // the mutation number (Idempotency-Key <device id>:<seq>)
    qint64 lastSeq = 0; // the newest queued edit of this record when the item was read
    Record record;      // its rev is the server revision the local version is based on
};

// What applying a page of the change feed did.
struct PullSummary
{
    int applied = 0;   // new or newer records written
    int unchanged = 0; // already known (often our own pushes coming back)
    int conflicts = 0; // changed on the server and here: both kept
};

// The local side of sync, on a LocalStore: the outbox in mutation order, what a push or pull
// answer does to the local records, conflicts and refusals, and the sync state (device id,
// change-feed cursor). Each operation is one transaction, so an answer is applied whole or not
// at all; a local edit made while a push was on its way is never lost. Synchronous: the sync
// engine runs it on its store thread.
class SyncStore final
{
public:
    explicit SyncStore(LocalStore& store);

    // A value kept in sync_state; empty when unset.
    QString stateValue(const QString& key) const;
    Status setStateValue(const QString& key, const QString& value);
    Status removeStateValue(const QString& key);

    // This data folder's device id for idempotent pushes, made once.
    Expected<QString> deviceId();
    // Where the change feed continues ("0" before the first pull).
    QString cursor() const;
    // The rooms the member sees now. When one is new, the change feed starts again from the
    // beginning: the cursor is past that room's older records. True when it was reset.
    Expected<bool> noteRooms(const QStringList& roomIds);

    // The oldest queued change, or nullopt when the outbox is empty. Entries whose record is
    // gone are dropped.
    Expected<std::optional<OutboxItem>> nextOutboxItem();
    // Queued edits and records waiting for the user (conflicts and refusals).
    int pendingCount() const;

    // The server stored `sent` (possibly an earlier answer replayed for the same mutation).
    Status pushAccepted(const OutboxItem& sent, const Record& stored);
    // 412: the server has `server` (nullopt: no such record). Both versions are kept.
    Status pushConflict(const OutboxItem& sent, const std::optional<Record>& server,
                        const QString& code, const QString& message);
    // 403/409/4xx: the server will not take this change. It stays here, marked.
    Status pushRefused(const OutboxItem& sent, const QString& code, const QString& message);

    // One page of the change feed and the cursor after it, in one transaction. A record
    // changed here and on the server becomes a conflict instead of being overwritten.
    Expected<PullSummary> applyPulled(const QList<Record>& records, const QString& nextCursor);

    // The study `recordId` waits for the user to look at `series` (burned-in text): its push is
    // skipped, the changes after it go on.
    Status holdForConfirmation(const QUuid& recordId, const QList<SyncIssue::HeldSeries>& series,
                               const QString& message);
    // The user looked at every image of these series of the study (empty: the series its
    // held push lists) and saw no patient data. Kept; the next sync sends the study, as the
    // newest change (the ones after it went while it waited).
    Status confirmBurnedIn(const QUuid& studyId, const QStringList& seriesInstanceUids = {});

    QList<SyncIssue> issues() const;
    std::optional<SyncIssue> issue(const QUuid& recordId) const;
    // Conflict resolved by taking the server's version (the local one is dropped).
    Status takeServerVersion(const QUuid& recordId);
    // Conflict resolved by sending the local version (or `merged` data, field by field) on top
    // of the server's version.
    Status keepLocalVersion(const QUuid& recordId,
                            const std::optional<QJsonObject>& merged = std::nullopt);

private:
    template <typename Work> Status inTransaction(Work work);
    // Its queued changes as one, after every other: the next mutation number.
    Status requeueAtEnd(const QSqlDatabase& db, const QUuid& recordId);

    LocalStore& m_store;
};

} // namespace kenshu
