#include "UidRemapper.h"

#include <QMessageAuthenticationCode>
#include <algorithm>
#include <array>
#include <utility>

namespace kenshu::deid {
namespace {

using Uuid = std::array<quint8, 16>;

// The decimal digits of a big-endian 128-bit number, by repeated division by ten.
QString toDecimal(Uuid number)
{
    QString reversedDigits;
    bool nonZero = true;
    while (nonZero) {
        unsigned remainder = 0;
        nonZero = false;
        for (quint8& byte : number) {
            const unsigned value = (remainder << 8) | byte;
            byte = quint8(value / 10);
            remainder = value % 10;
            nonZero = nonZero || byte != 0;
        }
        reversedDigits.append(QChar(u'0' + remainder));
    }
    std::reverse(reversedDigits.begin(), reversedDigits.end());
    return reversedDigits;
}

} // namespace

UidRemapper::UidRemapper(QByteArray siteSecret) : m_secret(std::move(siteSecret)) {}

QString UidRemapper::remap(const QString& uid) const
{
    // UI values are padded to even length with NUL; the padding is not part of the UID.
    QString trimmed = uid.trimmed();
    while (trimmed.endsWith(QChar(u'\0')))
        trimmed.chop(1);
    const QByteArray digest =
        QMessageAuthenticationCode::hash(trimmed.toLatin1(), m_secret, QCryptographicHash::Sha256);
    Uuid uuid{};
    for (size_t i = 0; i < uuid.size(); ++i)
        uuid[i] = quint8(digest[qsizetype(i)]);
    uuid[6] = quint8((uuid[6] & 0x0F) | 0x80); // version 8: custom
    uuid[8] = quint8((uuid[8] & 0x3F) | 0x80); // variant 10xx
    return QStringLiteral("2.25.") + toDecimal(uuid);
}

} // namespace kenshu::deid
