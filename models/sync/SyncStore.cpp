#include "SyncStore.h"

#include "BlobSyncState.h"
#include "LocalStore.h"
#include "UtcTimestamp.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;

const QString kDeviceIdKey = u"device_id"_s;
const QString kCursorKey = u"cursor"_s;
const QString kRoomsKey = u"rooms"_s;
const QString kConflict = u"conflict"_s;
const QString kRefused = u"refused"_s;
const QString kHeld = u"held"_s;
const QString kBurnedInCode = u"burned_in_text"_s;

QString idText(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces);
}

QString nowText()
{
    return formatUtcTimestamp(QDateTime::currentDateTimeUtc());
}

QString jsonText(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Expected<QSqlQuery> run(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return Error{
            QCoreApplication::translate("SyncStore", "The local library could not be read (%1).")
                .arg(query.lastError().text())};
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return Error{
            QCoreApplication::translate("SyncStore", "The local library could not be updated (%1).")
                .arg(query.lastError().text())};
    return query;
}

Status done(const Expected<QSqlQuery>& query)
{
    return query ? Status{} : Status{query.error()};
}

// Same content: what the server stored is what this device sent.
bool sameContent(const Record& a, const Record& b)
{
    return a.data == b.data && a.deleted == b.deleted && a.parentId == b.parentId;
}

// The stored local record with its dirty flag.
std::optional<std::pair<Record, bool>> localRecord(LocalStore& store, const QUuid& id)
{
    std::optional<Record> record = store.record(id);
    if (!record)
        return std::nullopt;
    Expected<QSqlQuery> dirty =
        run(store.database(), u"SELECT dirty FROM records WHERE id = ?"_s, {idText(id)});
    const bool isDirty = dirty && dirty->next() && dirty->value(0).toBool();
    return std::make_pair(*record, isDirty);
}

Status setRev(const QSqlDatabase& db, const QUuid& id, qint64 rev)
{
    return done(run(db, u"UPDATE records SET rev = ? WHERE id = ?"_s, {rev, idText(id)}));
}

Status putIssue(const QSqlDatabase& db, const QUuid& id, const QString& kind, const QString& code,
                const QString& message, const std::optional<Record>& server,
                const QJsonObject& detail = {})
{
    return done(run(db,
                    u"INSERT INTO sync_issues (record_id, kind, code, message, server_record, "
                    "detected_at, detail) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(record_id) DO "
                    "UPDATE SET kind = excluded.kind, code = excluded.code, message = "
                    "excluded.message, server_record = excluded.server_record, detected_at = "
                    "excluded.detected_at, detail = excluded.detail"_s,
                    {idText(id), kind, code, message,
                     server ? QVariant(jsonText(recordToJson(*server))) : QVariant(), nowText(),
                     detail.isEmpty() ? QVariant() : QVariant(jsonText(detail))}));
}

QJsonObject heldDetail(const QList<SyncIssue::HeldSeries>& series)
{
    QJsonArray list;
    for (const SyncIssue::HeldSeries& entry : series)
        list.append(QJsonObject{
            {u"seriesInstanceUid"_s, entry.seriesInstanceUid},
            {u"seriesNumber"_s, entry.seriesNumber},
            {u"modality"_s, entry.modality},
            {u"reason"_s, entry.reason == SyncIssue::HeldSeries::Reason::Declared ? u"declared"_s
                                                                                  : u"likely"_s}});
    return QJsonObject{{u"series"_s, list}};
}

QList<SyncIssue::HeldSeries> heldSeriesFrom(const QJsonObject& detail)
{
    QList<SyncIssue::HeldSeries> result;
    for (const QJsonValue& value : detail.value(u"series"_s).toArray()) {
        const QJsonObject entry = value.toObject();
        SyncIssue::HeldSeries series;
        series.seriesInstanceUid = entry.value(u"seriesInstanceUid"_s).toString();
        series.seriesNumber = entry.value(u"seriesNumber"_s).toInt();
        series.modality = entry.value(u"modality"_s).toString();
        series.reason = entry.value(u"reason"_s).toString() == "declared"_L1
                            ? SyncIssue::HeldSeries::Reason::Declared
                            : SyncIssue::HeldSeries::Reason::Likely;
        result.append(series);
    }
    return result;
}

Status dropIssue(const QSqlDatabase& db, const QUuid& id)
{
    return done(run(db, u"DELETE FROM sync_issues WHERE record_id = ?"_s, {idText(id)}));
}

Status dropQueued(const QSqlDatabase& db, const QUuid& id, std::optional<qint64> upTo)
{
    if (!upTo)
        return done(run(db, u"DELETE FROM outbox WHERE record_id = ?"_s, {idText(id)}));
    return done(
        run(db, u"DELETE FROM outbox WHERE record_id = ? AND seq <= ?"_s, {idText(id), *upTo}));
}

Expected<int> queuedCount(const QSqlDatabase& db, const QUuid& id)
{
    Expected<QSqlQuery> query =
        run(db, u"SELECT COUNT(*) FROM outbox WHERE record_id = ?"_s, {idText(id)});
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toInt() : 0;
}

// The server holds `stored` after `sent` went out. The mutations it carried are done (only the
// first one when the server holds other content, `asSent` false); the record becomes the
// server's version when nothing else is queued and it is what was sent, otherwise the local
// version stays, based on the server's revision, and goes out again.
Status settle(LocalStore& store, const OutboxItem& sent, const Record& stored, bool asSent)
{
    const QSqlDatabase db = store.database();
    if (Status dropped = dropQueued(db, sent.record.id, asSent ? sent.lastSeq : sent.seq); !dropped)
        return dropped;
    Expected<int> remaining = queuedCount(db, sent.record.id);
    if (!remaining)
        return remaining.error();
    if (Status dropped = dropIssue(db, sent.record.id); !dropped)
        return dropped;
    if (*remaining == 0 && asSent)
        return store.putServerCopy(stored);
    if (Status updated = setRev(db, sent.record.id, stored.rev); !updated)
        return updated;
    return *remaining == 0 ? store.enqueue(sent.record, stored.rev) : Status{};
}

SyncIssue issueFromQuery(const QSqlQuery& query)
{
    SyncIssue issue;
    issue.recordId = QUuid::fromString(query.value(0).toString());
    const QString kind = query.value(1).toString();
    issue.kind = kind == kRefused ? SyncIssue::Kind::Refused
                 : kind == kHeld  ? SyncIssue::Kind::NeedsConfirmation
                                  : SyncIssue::Kind::Conflict;
    issue.code = query.value(2).toString();
    issue.message = query.value(3).toString();
    if (!query.value(4).isNull())
        issue.serverVersion =
            recordFromJson(QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object());
    issue.detectedAt = parseUtcTimestamp(query.value(5).toString());
    if (!query.value(6).isNull())
        issue.heldSeries =
            heldSeriesFrom(QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object());
    return issue;
}

Error noConflict()
{
    return Error{QCoreApplication::translate("SyncStore",
                                             "There is no conflict to resolve for this record.")};
}

const QString kIssueColumns =
    u"record_id, kind, code, message, server_record, detected_at, detail"_s;

} // namespace

SyncStore::SyncStore(LocalStore& store) : m_store(store) {}

template <typename Work> Status SyncStore::inTransaction(Work work)
{
    if (Status begun = m_store.begin(); !begun)
        return begun;
    const Status status = work(m_store.database());
    if (!status) {
        m_store.rollback();
        return status;
    }
    if (Status committed = m_store.commit(); !committed) {
        m_store.rollback();
        return committed;
    }
    return {};
}

QString SyncStore::stateValue(const QString& key) const
{
    Expected<QSqlQuery> query =
        run(m_store.database(), u"SELECT value FROM sync_state WHERE key = ?"_s, {key});
    return query && query->next() ? query->value(0).toString() : QString();
}

Status SyncStore::setStateValue(const QString& key, const QString& value)
{
    return done(run(m_store.database(),
                    u"INSERT INTO sync_state (key, value) VALUES (?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s,
                    {key, value}));
}

Status SyncStore::removeStateValue(const QString& key)
{
    return done(run(m_store.database(), u"DELETE FROM sync_state WHERE key = ?"_s, {key}));
}

Expected<QString> SyncStore::deviceId()
{
    if (const QString existing = stateValue(kDeviceIdKey); !existing.isEmpty())
        return existing;
    // Another connection may make one at the same moment: the first one written wins.
    const Status made = done(
        run(m_store.database(), u"INSERT OR IGNORE INTO sync_state (key, value) VALUES (?, ?)"_s,
            {kDeviceIdKey, QUuid::createUuid().toString(QUuid::WithoutBraces)}));
    if (!made)
        return made.error();
    return stateValue(kDeviceIdKey);
}

QString SyncStore::cursor() const
{
    const QString value = stateValue(kCursorKey);
    return value.isEmpty() ? u"0"_s : value;
}

Expected<bool> SyncStore::noteRooms(const QStringList& roomIds)
{
    QStringList sorted = roomIds;
    sorted.sort();
    sorted.removeDuplicates();
    bool reset = false;
    const Status status = inTransaction([&](const QSqlDatabase&) -> Status {
        const QString known = stateValue(kRoomsKey);
        const QStringList before = known.split(u' ', Qt::SkipEmptyParts);
        for (const QString& room : sorted)
            reset |= !before.contains(room);
        // Before the first pull there is nothing to fetch again.
        reset &= cursor() != u"0"_s;
        if (reset) {
            if (Status cleared = setStateValue(kCursorKey, u"0"_s); !cleared)
                return cleared;
        }
        return setStateValue(kRoomsKey, sorted.join(u' '));
    });
    if (!status)
        return status.error();
    return reset;
}

Expected<std::optional<OutboxItem>> SyncStore::nextOutboxItem()
{
    const QSqlDatabase db = m_store.database();
    for (;;) {
        // A held record waits for the user; the changes after it go on.
        Expected<QSqlQuery> first = run(db,
                                        u"SELECT seq, record_id FROM outbox WHERE record_id "
                                        "NOT IN (SELECT record_id FROM sync_issues WHERE "
                                        "kind = ?) ORDER BY seq LIMIT 1"_s,
                                        {kHeld});
        if (!first)
            return first.error();
        if (!first->next())
            return std::optional<OutboxItem>{};
        OutboxItem item;
        item.seq = first->value(0).toLongLong();
        const QUuid id = QUuid::fromString(first->value(1).toString());
        std::optional<Record> record = m_store.record(id);
        if (!record) {
            // Nothing left to send for it (never expected: records are not deleted).
            if (Status dropped = dropQueued(db, id, std::nullopt); !dropped)
                return dropped.error();
            continue;
        }
        Expected<QSqlQuery> last =
            run(db, u"SELECT MAX(seq) FROM outbox WHERE record_id = ?"_s, {idText(id)});
        if (!last)
            return last.error();
        item.lastSeq = last->next() ? last->value(0).toLongLong() : item.seq;
        item.record = std::move(*record);
        return std::optional<OutboxItem>{item};
    }
}

int SyncStore::pendingCount() const
{
    Expected<QSqlQuery> query =
        run(m_store.database(), u"SELECT (SELECT COUNT(DISTINCT record_id) FROM outbox) + "
                                "(SELECT COUNT(*) FROM sync_issues WHERE record_id NOT IN "
                                "(SELECT record_id FROM outbox))"_s);
    return query && query->next() ? query->value(0).toInt() : 0;
}

Status SyncStore::pushAccepted(const OutboxItem& sent, const Record& stored)
{
    return inTransaction([&](const QSqlDatabase&) -> Status {
        // A replayed answer to this mutation number may hold an older version than the one
        // sent; then only that mutation is done, and the local version goes out again.
        return settle(m_store, sent, stored, sameContent(sent.record, stored));
    });
}

Status SyncStore::pushConflict(const OutboxItem& sent, const std::optional<Record>& server,
                               const QString& code, const QString& message)
{
    return inTransaction([&](const QSqlDatabase& db) -> Status {
        const std::optional<Record> local = m_store.record(sent.record.id);
        // The server already has exactly this version (an earlier push whose answer was lost
        // and forgotten): nothing to decide.
        if (server && local && sameContent(*local, *server))
            return settle(m_store, sent, *server, true);
        // Held until the user decides; resolving queues a new mutation.
        if (Status dropped = dropQueued(db, sent.record.id, std::nullopt); !dropped)
            return dropped;
        return putIssue(db, sent.record.id, kConflict, code, message, server);
    });
}

Status SyncStore::pushRefused(const OutboxItem& sent, const QString& code, const QString& message)
{
    return inTransaction([&](const QSqlDatabase& db) -> Status {
        // Edits queued after this push was sent stay queued: they may be the fix.
        if (Status dropped = dropQueued(db, sent.record.id, sent.lastSeq); !dropped)
            return dropped;
        return putIssue(db, sent.record.id, kRefused, code, message, std::nullopt);
    });
}

Status SyncStore::holdForConfirmation(const QUuid& recordId,
                                      const QList<SyncIssue::HeldSeries>& series,
                                      const QString& message)
{
    return inTransaction([&](const QSqlDatabase& db) -> Status {
        return putIssue(db, recordId, kHeld, kBurnedInCode, message, std::nullopt,
                        heldDetail(series));
    });
}

Status SyncStore::confirmBurnedIn(const QUuid& studyId, const QStringList& seriesInstanceUids)
{
    return inTransaction([&](const QSqlDatabase& db) -> Status {
        QStringList series = seriesInstanceUids;
        const std::optional<SyncIssue> held = issue(studyId);
        const bool isHeld = held && held->kind == SyncIssue::Kind::NeedsConfirmation;
        if (series.isEmpty() && isHeld) {
            for (const SyncIssue::HeldSeries& entry : held->heldSeries)
                series.append(entry.seriesInstanceUid);
        }
        if (Status confirmed = BlobSyncState(m_store).confirmSeries(studyId, series); !confirmed)
            return confirmed;
        if (!isHeld)
            return Status{};
        // The next run looks again: a series added since is held then.
        if (Status dropped = dropIssue(db, studyId); !dropped)
            return dropped;
        return requeueAtEnd(db, studyId);
    });
}

Status SyncStore::requeueAtEnd(const QSqlDatabase& db, const QUuid& recordId)
{
    // Changes queued after it went to the server while it waited, and the server takes a
    // device's mutations only in increasing order: it goes again as the newest one, on the
    // revision its first waiting change was made on.
    Expected<QSqlQuery> first =
        run(db, u"SELECT base_rev FROM outbox WHERE record_id = ? ORDER BY seq LIMIT 1"_s,
            {idText(recordId)});
    if (!first)
        return first.error();
    if (!first->next())
        return {};
    const qint64 baseRev = first->value(0).toLongLong();
    const std::optional<Record> record = m_store.record(recordId);
    if (!record)
        return {};
    if (Status dropped = dropQueued(db, recordId, std::nullopt); !dropped)
        return dropped;
    return m_store.enqueue(*record, baseRev);
}

Expected<PullSummary> SyncStore::applyPulled(const QList<Record>& records,
                                             const QString& nextCursor)
{
    PullSummary summary;
    const Status status = inTransaction([&](const QSqlDatabase& db) -> Status {
        for (const Record& remote : records) {
            const std::optional<std::pair<Record, bool>> local = localRecord(m_store, remote.id);
            if (local && remote.rev <= local->first.rev) {
                ++summary.unchanged;
                continue;
            }
            if (local && local->second && sameContent(local->first, remote)) {
                // The same change made on both sides: nothing is left to send.
                if (Status dropped = dropQueued(db, remote.id, std::nullopt); !dropped)
                    return dropped;
                if (Status dropped = dropIssue(db, remote.id); !dropped)
                    return dropped;
            } else if (local && local->second) {
                // Changed here and there: both versions are kept. A conflict already known with
                // this server version (from the push just before) is not a new one.
                const std::optional<SyncIssue> known = issue(remote.id);
                const bool knownConflict = known && known->kind == SyncIssue::Kind::Conflict;
                if (knownConflict && known->serverVersion &&
                    known->serverVersion->rev >= remote.rev) {
                    ++summary.unchanged;
                    continue;
                }
                if (Status dropped = dropQueued(db, remote.id, std::nullopt); !dropped)
                    return dropped;
                const QString message =
                    QCoreApplication::translate(
                        "SyncStore", "Changed on the server by %1 while it was changed here.")
                        .arg(remote.updatedBy);
                if (Status put =
                        putIssue(db, remote.id, kConflict, u"changed_on_server"_s, message, remote);
                    !put)
                    return put;
                if (!knownConflict)
                    ++summary.conflicts;
                continue;
            }
            if (Status written = m_store.putServerCopy(remote); !written)
                return written;
            ++summary.applied;
        }
        return setStateValue(kCursorKey, nextCursor);
    });
    if (!status)
        return status.error();
    return summary;
}

QList<SyncIssue> SyncStore::issues() const
{
    QList<SyncIssue> result;
    Expected<QSqlQuery> query = run(m_store.database(), u"SELECT "_s + kIssueColumns +
                                                            u" FROM sync_issues ORDER BY rowid"_s);
    while (query && query->next())
        result.append(issueFromQuery(*query));
    return result;
}

std::optional<SyncIssue> SyncStore::issue(const QUuid& recordId) const
{
    Expected<QSqlQuery> query =
        run(m_store.database(),
            u"SELECT "_s + kIssueColumns + u" FROM sync_issues WHERE record_id = ?"_s,
            {idText(recordId)});
    if (!query || !query->next())
        return std::nullopt;
    return issueFromQuery(*query);
}

Status SyncStore::takeServerVersion(const QUuid& recordId)
{
    return inTransaction([&](const QSqlDatabase& db) -> Status {
        const std::optional<SyncIssue> found = issue(recordId);
        const std::optional<Record> local = m_store.record(recordId);
        if (!found || found->kind != SyncIssue::Kind::Conflict || !local)
            return noConflict();
        Record chosen;
        if (found->serverVersion) {
            chosen = *found->serverVersion;
        } else {
            // Not on the server: dropping the local version removes the record.
            chosen = *local;
            chosen.deleted = true;
            chosen.rev = 0;
        }
        if (Status dropped = dropQueued(db, recordId, std::nullopt); !dropped)
            return dropped;
        if (Status dropped = dropIssue(db, recordId); !dropped)
            return dropped;
        return m_store.putServerCopy(chosen);
    });
}

Status SyncStore::keepLocalVersion(const QUuid& recordId, const std::optional<QJsonObject>& merged)
{
    return inTransaction([&](const QSqlDatabase& db) -> Status {
        const std::optional<SyncIssue> found = issue(recordId);
        const std::optional<Record> local = m_store.record(recordId);
        if (!found || found->kind != SyncIssue::Kind::Conflict || !local)
            return noConflict();
        const qint64 base = found->serverVersion ? found->serverVersion->rev : 0;
        if (merged) {
            if (Status written = done(run(db, u"UPDATE records SET data = ? WHERE id = ?"_s,
                                          {jsonText(*merged), idText(recordId)}));
                !written)
                return written;
        }
        if (Status updated = setRev(db, recordId, base); !updated)
            return updated;
        if (Status dropped = dropIssue(db, recordId); !dropped)
            return dropped;
        return m_store.enqueue(*local, base);
    });
}

} // namespace kenshu
