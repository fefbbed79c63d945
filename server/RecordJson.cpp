#include "RecordJson.h"

#include "UtcTimestamp.h"

#include <QJsonDocument>

namespace kenshu::server {

using namespace Qt::Literals::StringLiterals;

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
