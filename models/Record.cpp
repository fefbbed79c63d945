#include "Record.h"

#include "NameTable.h"
#include "UtcTimestamp.h"

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;

constexpr NameTable<RecordType, 13> kTypeNames{{
    {RecordType::Program, "program"_L1},
    {RecordType::Room, "room"_L1},
    {RecordType::Member, "member"_L1},
    {RecordType::Case, "case"_L1},
    {RecordType::Study, "study"_L1},
    {RecordType::Document, "document"_L1},
    {RecordType::Comment, "comment"_L1},
    {RecordType::Annotation, "annotation"_L1},
    {RecordType::Report, "report"_L1},
    {RecordType::EvaluationSheet, "evaluation_sheet"_L1},
    {RecordType::ApprovalRequest, "approval_request"_L1},
    {RecordType::Credential, "credential"_L1},
    {RecordType::Notification, "notification"_L1},
}};

} // namespace

QString recordTypeName(RecordType type)
{
    return nameFromTable(kTypeNames, type);
}

std::optional<RecordType> recordTypeFromName(const QString& name)
{
    return valueFromTable(kTypeNames, name);
}

QJsonObject recordToJson(const Record& record)
{
    return {
        {u"id"_s, record.id.toString(QUuid::WithoutBraces)},
        {u"type"_s, recordTypeName(record.type)},
        {u"parentId"_s, record.parentId.isNull()
                            ? QJsonValue(QJsonValue::Null)
                            : QJsonValue(record.parentId.toString(QUuid::WithoutBraces))},
        {u"rev"_s, record.rev},
        {u"updatedAt"_s, formatUtcTimestamp(record.updatedAt)},
        {u"updatedBy"_s, record.updatedBy},
        {u"deleted"_s, record.deleted},
        {u"data"_s, record.data},
    };
}

std::optional<Record> recordFromJson(const QJsonObject& json)
{
    Record record;
    record.id = QUuid::fromString(json.value(u"id"_s).toString());
    const std::optional<RecordType> type = recordTypeFromName(json.value(u"type"_s).toString());
    if (record.id.isNull() || !type)
        return std::nullopt;
    record.type = *type;
    record.parentId = QUuid::fromString(json.value(u"parentId"_s).toString());
    record.rev = json.value(u"rev"_s).toInteger();
    record.updatedAt = parseUtcTimestamp(json.value(u"updatedAt"_s).toString());
    record.updatedBy = json.value(u"updatedBy"_s).toString();
    record.deleted = json.value(u"deleted"_s).toBool();
    record.data = json.value(u"data"_s).toObject();
    return record;
}

} // namespace kenshu
