// The record data layout of a draft (docs/forms.md, "Drafts").
#include "QtPrinters.h"
#include "ReportDraft.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace kenshu;

namespace {

ReportDraft sampleDraft()
{
    ReportDraft draft;
    draft.id = QUuid::fromString(u"6f1c2b1e-0d7a-4c55-9a0e-0b6f3d1a2c4e"_s);
    draft.formId = u"specialist_case_report"_s;
    draft.formVersion = 1;
    draft.state = u"unregistered"_s;
    draft.caseId = QUuid::fromString(u"0b6f3d1a-2c4e-4c55-9a0e-6f1c2b1e0d7a"_s);
    draft.title = u"症例 3"_s;
    draft.values = QJsonObject{{"slot"_L1, 3}, {"narrative"_L1, u"症例は70歳男性。"_s}};
    draft.authorId = u"123456"_s;
    draft.savedAt = QDateTime(QDate(2026, 1, 15), QTime(10, 15), Qt::UTC);
    return draft;
}

} // namespace

TEST(Models_ReportDraftTest, WritesTheDocumentedLayout)
{
    const QJsonObject expected{
        {"form"_L1, u"specialist_case_report"_s},
        {"formVersion"_L1, 1},
        {"state"_L1, u"unregistered"_s},
        {"caseId"_L1, u"0b6f3d1a-2c4e-4c55-9a0e-6f1c2b1e0d7a"_s},
        {"title"_L1, u"症例 3"_s},
        {"values"_L1, QJsonObject{{"slot"_L1, 3}, {"narrative"_L1, u"症例は70歳男性。"_s}}},
        {"authorId"_L1, u"123456"_s},
        {"reviewerId"_L1, QJsonValue::Null},
        {"savedAt"_L1, u"2026-01-15T10:15:00.000Z"_s},
    };
    EXPECT_EQ(QJsonDocument(sampleDraft().toJson()).toJson(), QJsonDocument(expected).toJson());
}

TEST(Models_ReportDraftTest, ARoundTripKeepsEveryFieldAndUnknownKeys)
{
    QJsonObject data = sampleDraft().toJson();
    data.insert("reviewerId"_L1, u"654321"_s);
    data.insert("futureKey"_L1, QJsonArray{1, 2});
    const Expected<ReportDraft> draft = ReportDraft::fromJson(sampleDraft().id, data);
    ASSERT_TRUE(draft) << draft.error().message.toStdString();
    EXPECT_EQ(draft->id, sampleDraft().id);
    EXPECT_EQ(draft->formId, u"specialist_case_report"_s);
    EXPECT_EQ(draft->formVersion, 1);
    EXPECT_EQ(draft->caseId, sampleDraft().caseId);
    EXPECT_EQ(draft->reviewerId, u"654321"_s);
    EXPECT_EQ(draft->savedAt, sampleDraft().savedAt);
    EXPECT_EQ(draft->unknownKeys, (QJsonObject{{"futureKey"_L1, QJsonArray{1, 2}}}));
    EXPECT_EQ(draft->toJson(), data);
}

TEST(Models_ReportDraftTest, NoCaseAndNoReviewerAreNull)
{
    ReportDraft draft = sampleDraft();
    draft.caseId = QUuid();
    const QJsonObject data = draft.toJson();
    EXPECT_TRUE(data.value("caseId"_L1).isNull());
    EXPECT_TRUE(data.value("reviewerId"_L1).isNull());
    const Expected<ReportDraft> read = ReportDraft::fromJson(draft.id, data);
    ASSERT_TRUE(read);
    EXPECT_TRUE(read->caseId.isNull());
    EXPECT_EQ(read->reviewerId, QString());
}

TEST(Models_ReportDraftTest, DataWithoutItsFormIsRefused)
{
    QJsonObject data = sampleDraft().toJson();
    data.remove("formVersion"_L1);
    const Expected<ReportDraft> draft = ReportDraft::fromJson(sampleDraft().id, data);
    ASSERT_FALSE(draft);
    EXPECT_EQ(draft.error().message,
              u"The record 6f1c2b1e-0d7a-4c55-9a0e-0b6f3d1a2c4e does not say which form it was "
              "written with."_s);
}
