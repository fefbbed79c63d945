#include "RecordJson.h"

#include "UtcTimestamp.h"

#include <QJsonDocument>

namespace kenshu::server {

using namespace Qt::Literals::StringLiterals;

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

Record recordFromRow(const QSqlQuery& query)
{
    Record record;
    record.id = QUuid::fromString(query.value(0).toString());
    record.type = recordTypeFromName(query.value(1).toString()).value_or(RecordType::Case);
    record.parentId = QUuid::fromString(query.value(2).toString());
    record.rev = query.value(3).toLongLong();
    record.updatedAt = parseUtcTimestamp(query.value(4).toString());
    record.updatedBy = query.value(5).toString();
    record.deleted = query.value(6).toInt() != 0;
    record.data = QJsonDocument::fromJson(query.value(7).toString().toUtf8()).object();
    return record;
}

} // namespace kenshu::server
