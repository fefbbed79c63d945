// Sync_SiteSecretTest: the UID remapping key is created once, owner-only, kept, and never
// silently replaced.
#include "QtPrinters.h"
#include "SiteSecret.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrent>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using kenshu::deid::loadOrCreateSiteSecret;
using kenshu::deid::siteSecretPath;

TEST(Sync_SiteSecretTest, IsCreatedOnceAndKept)
{
    QTemporaryDir dir;
    const QString dataDir = dir.filePath(u"data"_s);
    const auto first = loadOrCreateSiteSecret(dataDir);
    ASSERT_TRUE(first.hasValue()) << first.error().message.toStdString();
    EXPECT_EQ(first->size(), 32);
    EXPECT_NE(*first, QByteArray(32, '\0'));
    const auto again = loadOrCreateSiteSecret(dataDir);
    ASSERT_TRUE(again.hasValue());
    EXPECT_EQ(*again, *first);
    const QFile::Permissions permissions = QFile::permissions(siteSecretPath(dataDir));
    EXPECT_TRUE(permissions.testFlags(QFile::ReadOwner | QFile::WriteOwner));
    EXPECT_FALSE(permissions & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                QFile::ReadOther | QFile::WriteOther | QFile::ExeOther));
    EXPECT_EQ(QDir(dataDir).entryList(QDir::Files | QDir::Hidden),
              QStringList{u"deidentification.key"_s});
}

TEST(Sync_SiteSecretTest, EveryoneStartingAtOnceGetsTheSameKey)
{
    QTemporaryDir dir;
    const QString dataDir = dir.filePath(u"data"_s);
    QList<int> starts(8);
    const QList<QByteArray> secrets = QtConcurrent::blockingMapped(starts, [&](int) -> QByteArray {
        const auto secret = loadOrCreateSiteSecret(dataDir);
        return secret ? *secret : QByteArray();
    });
    for (const QByteArray& secret : secrets) {
        EXPECT_EQ(secret.size(), 32);
        EXPECT_EQ(secret, secrets.first());
    }
    EXPECT_EQ(QDir(dataDir).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

TEST(Sync_SiteSecretTest, ADamagedKeyIsReportedAndLeftAlone)
{
    QTemporaryDir dir;
    QFile damaged(siteSecretPath(dir.path()));
    ASSERT_TRUE(damaged.open(QIODevice::WriteOnly));
    damaged.write("short");
    damaged.close();
    const auto secret = loadOrCreateSiteSecret(dir.path());
    ASSERT_FALSE(secret.hasValue());
    EXPECT_TRUE(secret.error().message.contains(u"damaged"_s));
    ASSERT_TRUE(damaged.open(QIODevice::ReadOnly));
    EXPECT_EQ(damaged.readAll(), QByteArray("short"));
}
