#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>
#include <optional>

namespace kenshu {

// The kinds of record that sync between clients and the server (see DESIGN.md, "Domain").
enum class RecordType {
    Program,
    Room,
    Member,
    Case,
    Study,
    Document,
    Comment,
    Annotation,
    Report,
    EvaluationSheet,
    ApprovalRequest,
    Credential,
    Notification,
};

QString recordTypeName(RecordType type);
std::optional<RecordType> recordTypeFromName(const QString& name);

// One synced record: the unit of storage, sync and conflict detection.
struct Record
{
    QUuid id;
    RecordType type = RecordType::Case;
    QUuid parentId; // the case a study, document or comment belongs to; null otherwise
    qint64 rev = 0; // server revision; 0 while the record exists only on this device
    QDateTime updatedAt;
    QString updatedBy;
    bool deleted = false;
    QJsonObject data;
};

// A record on the wire (docs/api.md): {"id", "type", "parentId": uuid|null, "rev", "updatedAt",
// "updatedBy", "deleted", "data"}. The same shape for the server and the sync client.
QJsonObject recordToJson(const Record& record);
// nullopt when the object is not a record of a known type with an id.
std::optional<Record> recordFromJson(const QJsonObject& json);

} // namespace kenshu
