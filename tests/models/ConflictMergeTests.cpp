// Models_ConflictMergeTest: the rows of a conflict (form values field by field, a state with
// its stamps, the save time left out), and the merged version built from per-row choices,
// resolved through SyncStore as a new local version on top of the server's revision.
#include "ConflictMerge.h"
#include "LocalStore.h"
#include "SyncStore.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;

QJsonObject localReport()
{
    return {{u"form"_s, u"specialist_case_report"_s},
            {u"formVersion"_s, 1},
            {u"title"_s, u"Case 1"_s},
            {u"state"_s, u"registered"_s},
            {u"stateChangedBy"_s, u"100001"_s},
            {u"stateChangedAt"_s, u"2026-05-01T09:00:00Z"_s},
            {u"savedAt"_s, u"2026-05-02T10:00:00Z"_s},
            {u"values"_s, QJsonObject{{u"diagnosis"_s, u"Mine"_s},
                                      {u"slot"_s, 1},
                                      {u"remarks"_s, u"note"_s},
                                      {u"category"_s, u"pain"_s}}}};
}

QJsonObject serverReport()
{
    QJsonObject data = localReport();
    data.insert(u"title"_s, u"Case 1 (edited on the laptop)"_s);
    data.insert(u"state"_s, u"unregistered"_s);
    data.insert(u"stateChangedAt"_s, u"2026-05-02T08:00:00Z"_s);
    data.insert(u"savedAt"_s, u"2026-05-02T08:00:00Z"_s);
    data.insert(u"values"_s, QJsonObject{{u"diagnosis"_s, u"Theirs"_s},
                                         {u"slot"_s, 1},
                                         {u"category"_s, u"pain"_s},
                                         {u"outcome"_s, u"Recovered"_s}});
    return data;
}

QStringList keys(const QList<ConflictField>& rows, bool onlyDiffering)
{
    QStringList result;
    for (const ConflictField& row : rows) {
        if (!onlyDiffering || row.differs())
            result.append(row.key);
    }
    return result;
}

TEST(Models_ConflictMergeTest, RowsAreFormValuesInFormOrderThenTheRecordsKeys)
{
    const QList<ConflictField> rows =
        conflictFields(localReport(), serverReport(),
                       {u"slot"_s, u"category"_s, u"diagnosis"_s, u"outcome"_s, u"remarks"_s});
    EXPECT_EQ(keys(rows, false),
              (QStringList{u"values/slot"_s, u"values/category"_s, u"values/diagnosis"_s,
                           u"values/outcome"_s, u"values/remarks"_s, u"title"_s, u"state"_s,
                           u"form"_s, u"formVersion"_s}))
        << "no savedAt, no state stamps, no 'values' row of its own";
    EXPECT_EQ(keys(rows, true), (QStringList{u"values/diagnosis"_s, u"values/outcome"_s,
                                             u"values/remarks"_s, u"title"_s, u"state"_s}));
    EXPECT_EQ(rows[3].formFieldId, u"outcome"_s);
    EXPECT_TRUE(rows[3].local.isUndefined()) << "not on this side";
    EXPECT_EQ(rows[3].server.toString(), u"Recovered"_s);
}

TEST(Models_ConflictMergeTest, RecordsWithoutFormValuesCompareTheirKeys)
{
    const QJsonObject local{{u"text"_s, u"a"_s}, {u"authorId"_s, u"1"_s}};
    const QJsonObject server{
        {u"text"_s, u"b"_s}, {u"authorId"_s, u"1"_s}, {u"values"_s, QJsonArray{1, 2}}};
    EXPECT_EQ(keys(conflictFields(local, server), true), (QStringList{u"text"_s, u"values"_s}));
}

TEST(Models_ConflictMergeTest, TheMergeIsTheServersVersionWithTheChosenRowsFromHere)
{
    const QJsonObject merged = mergedData(localReport(), serverReport(),
                                          {{u"values/diagnosis"_s, MergeSide::Local},
                                           {u"values/outcome"_s, MergeSide::Local},
                                           {u"values/remarks"_s, MergeSide::Server},
                                           {u"title"_s, MergeSide::Server},
                                           {u"state"_s, MergeSide::Local}});
    const QJsonObject values = merged.value(u"values"_s).toObject();
    EXPECT_EQ(values.value(u"diagnosis"_s).toString(), u"Mine"_s);
    EXPECT_FALSE(values.contains(u"outcome"_s)) << "taken from a side that does not have it";
    EXPECT_FALSE(values.contains(u"remarks"_s)) << "the server's: absent";
    EXPECT_EQ(values.value(u"slot"_s).toInt(), 1);
    EXPECT_EQ(merged.value(u"title"_s).toString(), u"Case 1 (edited on the laptop)"_s);
    EXPECT_EQ(merged.value(u"state"_s).toString(), u"registered"_s);
    EXPECT_EQ(merged.value(u"stateChangedAt"_s).toString(), u"2026-05-01T09:00:00Z"_s)
        << "the stamps go with the state chosen";
    EXPECT_EQ(merged.value(u"savedAt"_s).toString(), u"2026-05-02T10:00:00Z"_s);
}

TEST(Models_ConflictMergeTest, AllServerChoicesGiveTheServersContent)
{
    QHash<QString, MergeSide> choices;
    for (const ConflictField& row : conflictFields(localReport(), serverReport())) {
        if (row.differs())
            choices.insert(row.key, MergeSide::Server);
    }
    QJsonObject merged = mergedData(localReport(), serverReport(), choices);
    QJsonObject server = serverReport();
    merged.remove(u"savedAt"_s);
    server.remove(u"savedAt"_s);
    EXPECT_EQ(merged, server);
}

TEST(Models_ConflictMergeTest, TheMergeGoesOutOnTopOfTheServersRevision)
{
    QTemporaryDir dir;
    auto store = LocalStore::open(dir.path());
    ASSERT_TRUE(store);
    SyncStore sync(**store);
    Record local;
    local.id = QUuid::createUuid();
    local.type = RecordType::Report;
    local.rev = 2;
    local.updatedAt = QDateTime::currentDateTimeUtc();
    local.updatedBy = u"100001"_s;
    local.data = localReport();
    ASSERT_TRUE((*store)->putRecord(local));
    auto sent = sync.nextOutboxItem();
    ASSERT_TRUE(sent && *sent);
    Record server = local;
    server.rev = 4;
    server.data = serverReport();
    ASSERT_TRUE(sync.pushConflict(**sent, server, u"stale_revision"_s, u"changed"_s));

    const QJsonObject merged =
        mergedData(local.data, server.data,
                   {{u"values/diagnosis"_s, MergeSide::Local}, {u"state"_s, MergeSide::Server}});
    ASSERT_TRUE(sync.keepLocalVersion(local.id, merged));
    EXPECT_FALSE(sync.issue(local.id));
    auto next = sync.nextOutboxItem();
    ASSERT_TRUE(next && *next);
    EXPECT_EQ((*next)->record.rev, 4) << "based on the server's revision";
    EXPECT_EQ((*next)->record.data, merged);
}

} // namespace
} // namespace kenshu
