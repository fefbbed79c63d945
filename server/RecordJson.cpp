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

} // namespace kenshu::server
