// Sync_UidRemapperTest: remapped UIDs are valid 2.25 UIDs, the same for the same input and
// secret, different otherwise, and exactly the keyed hash the class promises.
#include "QtPrinters.h"
#include "UidRemapper.h"

#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QSet>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using kenshu::deid::UidRemapper;

namespace {

// An independent computation of the expected UID with the compiler's 128-bit integers.
QString expectedUid(const QByteArray& secret, const QString& uid)
{
    QByteArray digest =
        QMessageAuthenticationCode::hash(uid.toLatin1(), secret, QCryptographicHash::Sha256);
    digest[6] = char((quint8(digest[6]) & 0x0F) | 0x80);
    digest[8] = char((quint8(digest[8]) & 0x3F) | 0x80);
    __extension__ using Uint128 = unsigned __int128;
    Uint128 value = 0;
    for (int i = 0; i < 16; ++i)
        value = (value << 8) | quint8(digest[i]);
    QString digits;
    do {
        digits.prepend(QChar(u'0' + int(value % 10)));
        value /= 10;
    } while (value != 0);
    return u"2.25."_s + digits;
}

} // namespace

TEST(Sync_UidRemapperTest, GivesTheKeyedHashAsA225Uid)
{
    const QByteArray secret(32, 's');
    const UidRemapper remapper(secret);
    const QRegularExpression valid(u"^2\\.25\\.[1-9][0-9]*$"_s);
    for (const QString& uid :
         {u"1.2.3"_s, u"1.2.840.113619.2.55.3.604688119.971.1"_s, u"2.25.1234567890"_s}) {
        const QString remapped = remapper.remap(uid);
        EXPECT_EQ(remapped, expectedUid(secret, uid));
        EXPECT_TRUE(valid.match(remapped).hasMatch()) << remapped.toStdString();
        EXPECT_LE(remapped.size(), 64);
        EXPECT_EQ(remapper.remap(uid), remapped);
    }
}

TEST(Sync_UidRemapperTest, IgnoresValuePadding)
{
    const UidRemapper remapper(QByteArray(32, 's'));
    EXPECT_EQ(remapper.remap(u"1.2.3"_s + QChar(u'\0')), remapper.remap(u"1.2.3"_s));
    EXPECT_EQ(remapper.remap(u" 1.2.3 "_s), remapper.remap(u"1.2.3"_s));
}

TEST(Sync_UidRemapperTest, DifferentUidsAndSecretsGiveDifferentUids)
{
    const UidRemapper ours(QByteArray(32, 'a'));
    const UidRemapper theirs(QByteArray(32, 'b'));
    QSet<QString> seen;
    for (int i = 0; i < 1000; ++i) {
        const QString uid = u"1.2.826.0.1.3680043.2.1125.%1"_s.arg(i);
        seen.insert(ours.remap(uid));
        EXPECT_NE(ours.remap(uid), theirs.remap(uid));
    }
    EXPECT_EQ(seen.size(), 1000);
}
