// Models_SyncStoreTest: the local side of sync. The outbox is pushed oldest first with the
// record's newest data; an accepted push clears exactly the edits it carried (an edit made
// while it was on its way stays queued, and so does one a replayed older answer did not
// contain); a conflict or a refusal keeps the local version and records why; a pulled page
// never overwrites a record changed here, and its cursor is stored with it.
#include "LocalStore.h"
#include "QtPrinters.h"
#include "SyncStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace kenshu;

namespace {

class Models_SyncStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto opened = LocalStore::open(m_dir.path());
        ASSERT_TRUE(opened) << opened.error().message.toStdString();
        m_store = std::move(*opened);
        m_sync = std::make_unique<SyncStore>(*m_store);
    }

    // A local edit, as the app's stores make one: the stored rev is kept as the base.
    void edit(const QUuid& id, const QJsonObject& data, RecordType type = RecordType::Case)
    {
        Record record;
        record.id = id;
        record.type = type;
        record.updatedAt = QDateTime::currentDateTimeUtc();
        record.updatedBy = u"r1"_s;
        record.data = data;
        if (const std::optional<Record> existing = m_store->record(id))
            record.rev = existing->rev;
        ASSERT_TRUE(m_store->putRecord(record));
    }

    // What the server answers: the record at `rev` with `data`.
    static Record serverVersion(const QUuid& id, qint64 rev, const QJsonObject& data,
                                const QString& by = u"r1"_s)
    {
        Record record;
        record.id = id;
        record.type = RecordType::Case;
        record.rev = rev;
        record.updatedAt = QDateTime::currentDateTimeUtc();
        record.updatedBy = by;
        record.data = data;
        return record;
    }

    OutboxItem next()
    {
        auto item = m_sync->nextOutboxItem();
        EXPECT_TRUE(item) << item.error().message.toStdString();
        EXPECT_TRUE(item && *item) << "the outbox is empty";
        return item && *item ? **item : OutboxItem{};
    }

    bool outboxEmpty()
    {
        auto item = m_sync->nextOutboxItem();
        return item && !*item;
    }

    bool dirty(const QUuid& id)
    {
        QSqlQuery query(m_store->database());
        query.prepare(u"SELECT dirty FROM records WHERE id = ?"_s);
        query.addBindValue(id.toString(QUuid::WithoutBraces));
        return query.exec() && query.next() && query.value(0).toBool();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<SyncStore> m_sync;
    const QUuid m_a = QUuid::createUuid();
    const QUuid m_b = QUuid::createUuid();
    const QJsonObject m_v1{{u"title"_s, u"r1-001"_s}};
    const QJsonObject m_v2{{u"title"_s, u"r1-001"_s}, {u"note"_s, u"second"_s}};
    const QJsonObject m_v3{{u"title"_s, u"r1-001"_s}, {u"note"_s, u"third"_s}};
};

} // namespace

TEST_F(Models_SyncStoreTest, TheDeviceIdIsMadeOncePerDataFolder)
{
    const auto id = m_sync->deviceId();
    ASSERT_TRUE(id);
    EXPECT_FALSE(id->isEmpty());
    EXPECT_EQ(*m_sync->deviceId(), *id);
    m_sync.reset();
    m_store.reset();
    auto reopened = LocalStore::open(m_dir.path());
    ASSERT_TRUE(reopened);
    EXPECT_EQ(*SyncStore(**reopened).deviceId(), *id);

    QTemporaryDir other;
    auto otherStore = LocalStore::open(other.path());
    ASSERT_TRUE(otherStore);
    EXPECT_NE(*SyncStore(**otherStore).deviceId(), *id);
}

TEST_F(Models_SyncStoreTest, TheOutboxGoesOldestFirstWithTheRecordsNewestData)
{
    edit(m_a, m_v1);
    edit(m_b, m_v1);
    edit(m_a, m_v2);
    const OutboxItem item = next();
    EXPECT_EQ(item.record.id, m_a);
    EXPECT_EQ(item.seq, 1);
    EXPECT_EQ(item.lastSeq, 3);
    EXPECT_EQ(item.record.data, m_v2);
    EXPECT_EQ(item.record.rev, 0);
    EXPECT_EQ(m_sync->pendingCount(), 2);
}

TEST_F(Models_SyncStoreTest, AnAcceptedPushClearsTheEditsItCarried)
{
    edit(m_a, m_v1);
    edit(m_b, m_v1);
    edit(m_a, m_v2);
    const OutboxItem item = next();
    ASSERT_TRUE(m_sync->pushAccepted(item, serverVersion(m_a, 1, item.record.data)));
    EXPECT_FALSE(dirty(m_a));
    EXPECT_EQ(m_store->record(m_a)->rev, 1);
    EXPECT_EQ(m_store->record(m_a)->data, m_v2);
    const OutboxItem rest = next();
    EXPECT_EQ(rest.record.id, m_b) << "only the other record is left";
    EXPECT_EQ(m_sync->pendingCount(), 1);
}

TEST_F(Models_SyncStoreTest, AnEditMadeWhileThePushWasOnItsWayStaysQueued)
{
    edit(m_a, m_v1);
    const OutboxItem sent = next();
    edit(m_a, m_v2); // typed while the PUT was in flight
    ASSERT_TRUE(m_sync->pushAccepted(sent, serverVersion(m_a, 1, m_v1)));
    EXPECT_TRUE(dirty(m_a));
    EXPECT_EQ(m_store->record(m_a)->data, m_v2) << "the newer local text is never replaced";
    const OutboxItem again = next();
    EXPECT_EQ(again.record.rev, 1) << "based on the revision the server just made";
    EXPECT_EQ(again.record.data, m_v2);
    EXPECT_GT(again.seq, sent.seq);
}

TEST_F(Models_SyncStoreTest, AReplayedOlderAnswerDoesNotSwallowLaterEdits)
{
    // Mutation 1 reached the server with v1 but its answer was lost; v2 was typed since, and
    // the retry of mutation 1 (now carrying v2) is answered with the stored v1 answer.
    edit(m_a, m_v1);
    edit(m_a, m_v2);
    const OutboxItem retry = next();
    EXPECT_EQ(retry.seq, 1);
    EXPECT_EQ(retry.lastSeq, 2);
    ASSERT_TRUE(m_sync->pushAccepted(retry, serverVersion(m_a, 1, m_v1)));
    EXPECT_TRUE(dirty(m_a));
    const OutboxItem again = next();
    EXPECT_EQ(again.seq, 2);
    EXPECT_EQ(again.record.rev, 1);
    EXPECT_EQ(again.record.data, m_v2);
}

TEST_F(Models_SyncStoreTest, AConflictKeepsBothVersionsUntilTheUserTakesTheServers)
{
    edit(m_a, m_v1);
    const OutboxItem sent = next();
    const Record theirs = serverVersion(m_a, 5, m_v3, u"s1"_s);
    ASSERT_TRUE(m_sync->pushConflict(sent, theirs, u"stale_revision"_s, u"changed"_s));
    EXPECT_TRUE(dirty(m_a));
    EXPECT_EQ(m_store->record(m_a)->data, m_v1) << "the local version is kept";
    EXPECT_TRUE(outboxEmpty()) << "held until the user decides";
    const std::optional<SyncIssue> issue = m_sync->issue(m_a);
    ASSERT_TRUE(issue);
    EXPECT_EQ(issue->kind, SyncIssue::Kind::Conflict);
    EXPECT_EQ(issue->code, u"stale_revision"_s);
    ASSERT_TRUE(issue->serverVersion);
    EXPECT_EQ(issue->serverVersion->rev, 5);
    EXPECT_EQ(issue->serverVersion->data, m_v3);
    EXPECT_EQ(issue->serverVersion->updatedBy, u"s1"_s);
    EXPECT_EQ(m_sync->pendingCount(), 1);

    ASSERT_TRUE(m_sync->takeServerVersion(m_a));
    EXPECT_FALSE(dirty(m_a));
    EXPECT_EQ(m_store->record(m_a)->data, m_v3);
    EXPECT_EQ(m_store->record(m_a)->rev, 5);
    EXPECT_FALSE(m_sync->issue(m_a));
    EXPECT_EQ(m_sync->pendingCount(), 0);
}

TEST_F(Models_SyncStoreTest, KeepingTheLocalVersionSendsItOnTopOfTheServers)
{
    edit(m_a, m_v1);
    const OutboxItem sent = next();
    ASSERT_TRUE(
        m_sync->pushConflict(sent, serverVersion(m_a, 5, m_v3), u"stale_revision"_s, u"changed"_s));
    ASSERT_TRUE(m_sync->keepLocalVersion(m_a, m_v2));
    EXPECT_FALSE(m_sync->issue(m_a));
    const OutboxItem again = next();
    EXPECT_EQ(again.record.rev, 5);
    EXPECT_EQ(again.record.data, m_v2) << "the merged data";
    EXPECT_GT(again.seq, sent.seq) << "a new mutation number: the old one was answered";
    EXPECT_FALSE(m_sync->keepLocalVersion(m_a)) << "no conflict left to resolve";
}

TEST_F(Models_SyncStoreTest, AServerVersionEqualToTheLocalOneIsNoConflict)
{
    edit(m_a, m_v1);
    const OutboxItem sent = next();
    ASSERT_TRUE(
        m_sync->pushConflict(sent, serverVersion(m_a, 2, m_v1), u"stale_revision"_s, u"changed"_s));
    EXPECT_FALSE(m_sync->issue(m_a));
    EXPECT_FALSE(dirty(m_a));
    EXPECT_EQ(m_store->record(m_a)->rev, 2);
    EXPECT_TRUE(outboxEmpty());
}

TEST_F(Models_SyncStoreTest, AConfirmedStudyGoesAsTheNewestChangeAfterThoseThatWentOnWithoutIt)
{
    edit(m_a, m_v1, RecordType::Study);
    edit(m_b, m_v1);
    const OutboxItem study = next();
    ASSERT_EQ(study.record.id, m_a);
    const SyncIssue::HeldSeries series{u"1.2.3"_s, 1, u"US"_s,
                                       SyncIssue::HeldSeries::Reason::Likely};
    ASSERT_TRUE(m_sync->holdForConfirmation(m_a, {series}, u"Look first."_s));
    // The case after it goes on, and the study is edited while it waits.
    const OutboxItem other = next();
    ASSERT_EQ(other.record.id, m_b);
    EXPECT_GT(other.seq, study.seq);
    ASSERT_TRUE(m_sync->pushAccepted(other, serverVersion(m_b, 1, m_v1)));
    edit(m_a, m_v2, RecordType::Study);
    EXPECT_TRUE(outboxEmpty()) << "held until confirmed";

    ASSERT_TRUE(m_sync->confirmBurnedIn(m_a));
    EXPECT_FALSE(m_sync->issue(m_a));
    const OutboxItem confirmed = next();
    EXPECT_EQ(confirmed.record.id, m_a);
    EXPECT_GT(confirmed.seq, other.seq) << "the server takes a device's changes in order";
    EXPECT_EQ(confirmed.lastSeq, confirmed.seq) << "its waiting changes as one";
    EXPECT_EQ(confirmed.record.data, m_v2);
    EXPECT_EQ(confirmed.record.rev, 0) << "still a creation";
}

TEST_F(Models_SyncStoreTest, ARefusedChangeIsKeptWithTheReasonAndAFixCanGoOut)
{
    edit(m_a, m_v1);
    const OutboxItem sent = next();
    ASSERT_TRUE(m_sync->pushRefused(sent, u"locked_closed"_s, u"The case is closed."_s));
    EXPECT_TRUE(dirty(m_a));
    EXPECT_EQ(m_store->record(m_a)->data, m_v1);
    EXPECT_TRUE(outboxEmpty());
    const std::optional<SyncIssue> issue = m_sync->issue(m_a);
    ASSERT_TRUE(issue);
    EXPECT_EQ(issue->kind, SyncIssue::Kind::Refused);
    EXPECT_EQ(issue->code, u"locked_closed"_s);
    EXPECT_EQ(issue->message, u"The case is closed."_s);
    EXPECT_EQ(m_sync->pendingCount(), 1);

    edit(m_a, m_v2);
    const OutboxItem fix = next();
    ASSERT_TRUE(m_sync->pushAccepted(fix, serverVersion(m_a, 1, m_v2)));
    EXPECT_FALSE(m_sync->issue(m_a)) << "accepted: nothing left to show";
    EXPECT_EQ(m_sync->pendingCount(), 0);
}

TEST_F(Models_SyncStoreTest, APulledPageIsStoredWithItsCursor)
{
    EXPECT_EQ(m_sync->cursor(), u"0"_s);
    auto summary =
        m_sync->applyPulled({serverVersion(m_a, 1, m_v1), serverVersion(m_b, 3, m_v2)}, u"17"_s);
    ASSERT_TRUE(summary) << summary.error().message.toStdString();
    EXPECT_EQ(summary->applied, 2);
    EXPECT_EQ(m_sync->cursor(), u"17"_s);
    EXPECT_FALSE(dirty(m_a));
    EXPECT_EQ(m_store->record(m_b)->rev, 3);
    EXPECT_EQ(m_store->outboxSize(), 0) << "pulled records are not local edits";

    // A newer version replaces a clean record; a known one is left alone.
    summary =
        m_sync->applyPulled({serverVersion(m_a, 2, m_v3), serverVersion(m_b, 3, m_v2)}, u"19"_s);
    ASSERT_TRUE(summary);
    EXPECT_EQ(summary->applied, 1);
    EXPECT_EQ(summary->unchanged, 1);
    EXPECT_EQ(m_store->record(m_a)->data, m_v3);
    EXPECT_EQ(m_sync->cursor(), u"19"_s);
}

TEST_F(Models_SyncStoreTest, APulledRecordNeverOverwritesALocalChange)
{
    ASSERT_TRUE(m_sync->applyPulled({serverVersion(m_a, 1, m_v1)}, u"1"_s));
    edit(m_a, m_v2);
    auto summary = m_sync->applyPulled({serverVersion(m_a, 2, m_v3, u"s1"_s)}, u"2"_s);
    ASSERT_TRUE(summary);
    EXPECT_EQ(summary->conflicts, 1);
    EXPECT_EQ(m_store->record(m_a)->data, m_v2);
    EXPECT_EQ(m_store->record(m_a)->rev, 1);
    EXPECT_TRUE(dirty(m_a));
    const std::optional<SyncIssue> issue = m_sync->issue(m_a);
    ASSERT_TRUE(issue && issue->serverVersion);
    EXPECT_EQ(issue->serverVersion->data, m_v3);
    EXPECT_TRUE(outboxEmpty());
    EXPECT_EQ(m_sync->cursor(), u"2"_s);

    // The same server version again is no new conflict; a newer one replaces the kept one.
    summary = m_sync->applyPulled({serverVersion(m_a, 2, m_v3, u"s1"_s)}, u"3"_s);
    ASSERT_TRUE(summary);
    EXPECT_EQ(summary->conflicts, 0);
    EXPECT_EQ(summary->unchanged, 1);
    const QJsonObject v4{{u"title"_s, u"r1-001"_s}, {u"note"_s, u"fourth"_s}};
    summary = m_sync->applyPulled({serverVersion(m_a, 3, v4, u"s1"_s)}, u"4"_s);
    ASSERT_TRUE(summary);
    EXPECT_EQ(summary->conflicts, 0) << "still the one conflict";
    EXPECT_EQ(m_sync->issue(m_a)->serverVersion->data, v4);
    EXPECT_EQ(m_store->record(m_a)->data, m_v2);
}

TEST_F(Models_SyncStoreTest, OurOwnPushComingBackIsNotAConflict)
{
    edit(m_a, m_v1);
    const OutboxItem sent = next();
    ASSERT_TRUE(m_sync->pushAccepted(sent, serverVersion(m_a, 1, m_v1)));
    edit(m_a, m_v2); // edited again before the pull
    auto summary = m_sync->applyPulled({serverVersion(m_a, 1, m_v1)}, u"5"_s);
    ASSERT_TRUE(summary);
    EXPECT_EQ(summary->unchanged, 1);
    EXPECT_EQ(summary->conflicts, 0);
    EXPECT_EQ(m_store->record(m_a)->data, m_v2);
    EXPECT_FALSE(outboxEmpty());
}

TEST_F(Models_SyncStoreTest, SyncStateValuesAreKeptAndRemoved)
{
    EXPECT_TRUE(m_sync->stateValue(u"signin.server"_s).isEmpty());
    ASSERT_TRUE(m_sync->setStateValue(u"signin.server"_s, u"https://a"_s));
    ASSERT_TRUE(m_sync->setStateValue(u"signin.server"_s, u"https://b"_s));
    EXPECT_EQ(m_sync->stateValue(u"signin.server"_s), u"https://b"_s);
    ASSERT_TRUE(m_sync->removeStateValue(u"signin.server"_s));
    EXPECT_TRUE(m_sync->stateValue(u"signin.server"_s).isEmpty());
}

TEST_F(Models_SyncStoreTest, ANewRoomStartsTheChangeFeedAgain)
{
    auto reset = m_sync->noteRooms({u"a"_s});
    ASSERT_TRUE(reset);
    EXPECT_FALSE(*reset) << "nothing pulled yet";
    ASSERT_TRUE(m_sync->applyPulled({serverVersion(m_a, 1, m_v1)}, u"40"_s));
    reset = m_sync->noteRooms({u"a"_s});
    ASSERT_TRUE(reset);
    EXPECT_FALSE(*reset);
    EXPECT_EQ(m_sync->cursor(), u"40"_s);

    reset = m_sync->noteRooms({u"b"_s, u"a"_s});
    ASSERT_TRUE(reset);
    EXPECT_TRUE(*reset) << "room b's older records lie behind the cursor";
    EXPECT_EQ(m_sync->cursor(), u"0"_s);
    // Pulling again from the start finds what is already here unchanged.
    auto summary = m_sync->applyPulled({serverVersion(m_a, 1, m_v1)}, u"41"_s);
    ASSERT_TRUE(summary);
    EXPECT_EQ(summary->unchanged, 1);

    reset = m_sync->noteRooms({u"b"_s});
    ASSERT_TRUE(reset);
    EXPECT_FALSE(*reset) << "losing a room fetches nothing new";
}
