#include "DirectoryAge.h"

#include <QCoreApplication>
#include <QLocale>

namespace kenshu {

using namespace Qt::Literals::StringLiterals;

QString directoryAgeText(const QDateTime& fetchedAt, const QDateTime& now)
{
    // Counts are worked out first: Qt 6.4's lupdate loops on a division inside translate().
    const int minutes = int(qMax(qint64(0), fetchedAt.secsTo(now) / 60));
    const int hours = minutes / 60;
    const int days = hours / 24;
    QString age = QCoreApplication::translate("DirectoryAge", "just now");
    if (days >= 2)
        age = QCoreApplication::translate("DirectoryAge", "%n day(s) ago", nullptr, days);
    else if (hours >= 1)
        age = QCoreApplication::translate("DirectoryAge", "%n hour(s) ago", nullptr, hours);
    else if (minutes >= 1)
        age = QCoreApplication::translate("DirectoryAge", "%n minute(s) ago", nullptr, minutes);
    return QCoreApplication::translate("DirectoryAge",
                                       "Member list from the server, updated %1 (%2).")
        .arg(age, QLocale().toString(fetchedAt.toLocalTime(), u"yyyy-MM-dd HH:mm"_s));
}

} // namespace kenshu
