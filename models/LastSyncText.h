#pragma once

#include <QDateTime>
#include <QString>

namespace kenshu {

// When the last successful sync was, as a user says it: "Synced just now", "Synced 5 min ago",
// "Synced 3 h ago", or the date and time once it is a day old. Empty when never synced.
QString lastSyncText(const QDateTime& lastSync, const QDateTime& now);

} // namespace kenshu
