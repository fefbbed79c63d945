#include "UtcTimestamp.h"

namespace kenshu {
namespace {

// Digits at [from, from + count) as a number, or -1 if any is not a digit.
int digits(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

} // namespace

QString formatUtcTimestamp(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime parseUtcTimestamp(QStringView text)
{
    // yyyy-MM-ddTHH:mm:ss.zzzZ
    if (text.size() == 24 && text[4] == u'-' && text[7] == u'-' && text[10] == u'T' &&
        text[13] == u':' && text[16] == u':' && text[19] == u'.' && text[23] == u'Z') {
        const QDate date(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2));
        const int hours = digits(text, 11, 2);
        const int minutes = digits(text, 14, 2);
        const int seconds = digits(text, 17, 2);
        const int millis = digits(text, 20, 3);
        if (date.isValid() && hours >= 0 && hours < 24 && minutes >= 0 && minutes < 60 &&
            seconds >= 0 && seconds < 60 && millis >= 0) {
            constexpr qint64 kJulianDayOfEpoch = 2440588;
            const qint64 days = date.toJulianDay() - kJulianDayOfEpoch;
            const qint64 msecs =
                ((days * 24 + hours) * 60 + minutes) * 60000LL + seconds * 1000LL + millis;
            return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
        }
    }
    if (text.isEmpty())
        return {};
    return QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
}

} // namespace kenshu
