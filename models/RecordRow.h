#pragma once

#include "Record.h"

QT_BEGIN_NAMESPACE
class QSqlQuery;
QT_END_NAMESPACE

namespace kenshu {

// A record from the current row of a query that selects, in this order: id, type, parent_id,
// rev, updated_at, updated_by, deleted, data. The client's local store and the server's
// store share this column order.
Record recordFromRow(const QSqlQuery& query);

} // namespace kenshu
