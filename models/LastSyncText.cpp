#include "LastSyncText.h"

#include <QCoreApplication>
#include <QLocale>

namespace kenshu {

QString lastSyncText(const QDateTime& lastSync, const QDateTime& now)
{
    if (!lastSync.isValid())
        return {};
    // A clock set back shows "just now" rather than a time in the future.
    const qint64 seconds = std::max(lastSync.secsTo(now), qint64(0));
    // Counts are worked out first: Qt 6.4's lupdate loops on a division inside translate().
    const int hours = int(seconds / 3600);
    const int minutes = int(seconds / 60);
    if (seconds >= 24 * 3600)
        return QCoreApplication::translate("LastSyncText", "Last synced %1")
            .arg(QLocale().toString(lastSync.toLocalTime(), QLocale::ShortFormat));
    if (seconds >= 3600)
        return QCoreApplication::translate("LastSyncText", "Synced %n h ago", nullptr, hours);
    if (seconds >= 60)
        return QCoreApplication::translate("LastSyncText", "Synced %n min ago", nullptr, minutes);
    return QCoreApplication::translate("LastSyncText", "Synced just now");
}

} // namespace kenshu
