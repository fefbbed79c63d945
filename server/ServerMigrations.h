#pragma once

#include "Expected.h"

namespace kenshu::server {

class Transaction;

// The newest schema this server knows; a database newer than that is refused.
inline constexpr int kServerSchemaVersion = 3;

// Applies the missing migrations inside `transaction` (a write transaction). The same SQL runs
// on SQLite and PostgreSQL; on PostgreSQL an advisory lock lets only one starting server
// migrate at a time.
Status applyMigrations(Transaction& transaction);

} // namespace kenshu::server
