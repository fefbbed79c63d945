#include "LastSyncText.h"

#include <QCoreApplication>
#include <QLocale>

namespace kenshu {

QString lastSyncText(const QDateTime& lastSync, const QDateTime& now)
{
    if (!lastSync.isValid())
        return {};
    // A clock set back shows "just now" rather than a time in the future.
    const qint64 seconds = std::max<qint64>(lastSync.secsTo(now), 0);
    if (seconds < 60)
        return QCoreApplication::translate("LastSyncText", "Synced just now");
    if (seconds < 3600)
        return QCoreApplication::translate("LastSyncText", "Synced %n min ago", nullptr,
                                           int(seconds / 60));
    if (seconds < 24 * 3600)
        return QCoreApplication::translate("LastSyncText", "Synced %n h ago", nullptr,
                                           int(seconds / 3600));
    return QCoreApplication::translate("LastSyncText", "Last synced %1")
        .arg(QLocale().toString(lastSync.toLocalTime(), QLocale::ShortFormat));
}

} // namespace kenshu
