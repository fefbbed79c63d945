// "Synced 5 min ago": the age of the last sync as a user says it.
#include "LastSyncText.h"

#include <gtest/gtest.h>

using namespace kenshu;

TEST(Models_LastSyncTextTest, SaysHowLongAgo)
{
    const QDateTime synced(QDate(2025, 4, 1), QTime(9, 0), Qt::UTC);
    EXPECT_EQ(lastSyncText({}, synced), QString());
    EXPECT_EQ(lastSyncText(synced, synced.addSecs(59)).toStdString(), "Synced just now");
    EXPECT_EQ(lastSyncText(synced, synced.addSecs(60)).toStdString(), "Synced 1 min ago");
    EXPECT_EQ(lastSyncText(synced, synced.addSecs(59 * 60)).toStdString(), "Synced 59 min ago");
    EXPECT_EQ(lastSyncText(synced, synced.addSecs(3 * 3600 + 10)).toStdString(), "Synced 3 h ago");
    EXPECT_TRUE(lastSyncText(synced, synced.addDays(2)).startsWith(QStringLiteral("Last synced ")));
}

TEST(Models_LastSyncTextTest, AClockSetBackIsJustNow)
{
    const QDateTime synced(QDate(2025, 4, 1), QTime(9, 0), Qt::UTC);
    EXPECT_EQ(lastSyncText(synced, synced.addSecs(-600)).toStdString(), "Synced just now");
}
