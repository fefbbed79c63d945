// LocalChanges hears of every change queued for sync, once it is committed.
#include "LocalChanges.h"
#include "LocalStore.h"
#include "QtPrinters.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace kenshu;

namespace {

Record caseRecord()
{
    Record record;
    record.id = QUuid::createUuid();
    record.type = RecordType::Case;
    record.updatedAt = QDateTime::currentDateTimeUtc();
    record.data = QJsonObject{{u"title"_s, u"123456-001"_s}};
    return record;
}

class Models_LocalChangesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        Expected<std::unique_ptr<LocalStore>> store = LocalStore::open(m_dir.path());
        ASSERT_TRUE(store);
        m_store = std::move(*store);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    QSignalSpy m_queued{&LocalChanges::instance(), &LocalChanges::queued};
};

} // namespace

TEST_F(Models_LocalChangesTest, ALocalEditIsAnnouncedWithItsDataFolder)
{
    ASSERT_TRUE(m_store->putRecord(caseRecord()));
    ASSERT_EQ(m_queued.count(), 1);
    EXPECT_EQ(m_queued.at(0).at(0).toString(), m_dir.path());
}

TEST_F(Models_LocalChangesTest, ARecordFromTheServerIsNotALocalChange)
{
    ASSERT_TRUE(m_store->putServerCopy(caseRecord()));
    ASSERT_TRUE(m_store->putRecord(caseRecord(), false));
    EXPECT_EQ(m_queued.count(), 0);
}

TEST_F(Models_LocalChangesTest, ATransactionIsAnnouncedOnceOnCommit)
{
    ASSERT_TRUE(m_store->begin());
    ASSERT_TRUE(m_store->putRecord(caseRecord()));
    ASSERT_TRUE(m_store->putRecord(caseRecord()));
    EXPECT_EQ(m_queued.count(), 0);
    ASSERT_TRUE(m_store->commit());
    EXPECT_EQ(m_queued.count(), 1);
}

TEST_F(Models_LocalChangesTest, ARolledBackChangeIsNotAnnounced)
{
    ASSERT_TRUE(m_store->begin());
    ASSERT_TRUE(m_store->putRecord(caseRecord()));
    m_store->rollback();
    ASSERT_TRUE(m_store->begin());
    ASSERT_TRUE(m_store->commit());
    EXPECT_EQ(m_queued.count(), 0);
}
