#pragma once

#include "Record.h"
#include "RecordRow.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace kenshu::server {

// A record on the wire is kenshu::recordToJson (models/Record.h).

// The columns every record query selects, in the order recordFromRow reads them.
inline constexpr const char* kRecordColumns =
    "id, type, parent_id, rev, updated_at, updated_by, deleted, data";

} // namespace kenshu::server
