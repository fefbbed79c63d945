#pragma once

#include <QStringList>

namespace kenshu {

// The SQL that takes the local store from version - 1 to `version` (PRAGMA user_version).
// Migrations are append-only: a released step is never edited, a new one is added.
QStringList migrationStatements(int version);

} // namespace kenshu
