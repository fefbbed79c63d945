#pragma once

#include "HttpReplies.h"
#include "Record.h"

#include <QJsonObject>
#include <QString>
#include <QUuid>
#include <optional>

namespace kenshu::server {

class ServerDatabase;

// A PUT of one record, as the HTTP layer parsed it.
struct PutRecordRequest
{
    QString memberId; // who is writing (authenticated)
    RecordType type = RecordType::Case;
    QUuid id;
    std::optional<qint64> ifMatch; // If-Match: "<rev>"
    bool ifNoneMatch = false;      // If-None-Match: *
    QString deviceId;              // Idempotency-Key: <device id>:<seq>; empty without one
    qint64 mutationSeq = 0;
    QJsonObject body; // {"parentId", "deleted", "data"}
};

// Records, their revisions and the change feed (DESIGN.md "Sync protocol"). Every write runs
// the shared rule canWriteRecord against the stored record in the writing transaction, which
// also allocates the change number and remembers the device's mutation number and answer.
//
// Rooms: a case, report, evaluation sheet, credential or approval request names its room in
// data.roomId when created (fixed afterwards); a study, document, comment or annotation is in
// the room of its parent record. A member sees and writes the records of the rooms they hold
// a role in (directly or through the room's program).
class RecordService final
{
public:
    explicit RecordService(const ServerDatabase& database);

    ApiReply put(const PutRecordRequest& request) const;
    ApiReply get(const QString& memberId, RecordType type, const QUuid& id) const;
    // Records changed after `since` in the member's rooms, in commit order, tombstones
    // included: {"changes": [record…], "cursor": "<n>", "hasMore": bool}.
    ApiReply changes(const QString& memberId, qint64 since, int limit) const;

private:
    const ServerDatabase& m_database;
};

} // namespace kenshu::server
