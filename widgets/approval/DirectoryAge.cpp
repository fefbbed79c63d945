#include "DirectoryAge.h"

#include <QCoreApplication>
#include <QLocale>

namespace kenshu {

using namespace Qt::Literals::StringLiterals;

QString directoryAgeText(const QDateTime& fetchedAt, const QDateTime& now)
{
    const qint64 minutes = std::max<qint64>(0, fetchedAt.secsTo(now) / 60);
    QString age;
    if (minutes < 1)
        age = QCoreApplication::translate("DirectoryAge", "just now");
    else if (minutes < 60)
        age =
            QCoreApplication::translate("DirectoryAge", "%n minute(s) ago", nullptr, int(minutes));
    else if (minutes < 48 * 60)
        age = QCoreApplication::translate("DirectoryAge", "%n hour(s) ago", nullptr,
                                          int(minutes / 60));
    else
        age = QCoreApplication::translate("DirectoryAge", "%n day(s) ago", nullptr,
                                          int(minutes / (24 * 60)));
    return QCoreApplication::translate("DirectoryAge",
                                       "Member list from the server, updated %1 (%2).")
        .arg(age, QLocale().toString(fetchedAt.toLocalTime(), u"yyyy-MM-dd HH:mm"_s));
}

} // namespace kenshu
