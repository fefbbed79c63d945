// Models_ApprovalPlanTest: a case report checked for an approval request with the directory's
// facts, the reasons it cannot be sent, and the report as sent, which the shared write rule
// (what the server enforces) accepts.
#include "ApprovalPlan.h"
#include "ApprovalTestData.h"
#include "DraftStore.h"
#include "LocalStore.h"
#include "RecordWriteRules.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace kenshu {
namespace {

using namespace kenshu::test;

const Actor kResidentActor{Role::Resident, kResident};

QString refusalOf(const ReportDraft& draft, const QString& reviewer,
                  const QString& message = u"ご確認ください"_s)
{
    const RequestCheck check = checkRequest(caseReportForm(), draft, kResidentActor,
                                            approvalDirectory(), {reviewer, message});
    if (!check.formProblems.isEmpty())
        return u"form:"_s + check.formProblems.first().fieldId;
    return check.decision.code();
}

Record asRecord(const ReportDraft& draft, qint64 rev)
{
    Record record;
    record.id = draft.id;
    record.type = RecordType::Report;
    record.rev = rev;
    record.data = draft.toJson();
    return record;
}

TEST(Models_ApprovalPlanTest, ACompleteReportCanBeSentToACertifiedSupervisor)
{
    EXPECT_EQ(refusalOf(registeredReport(1), u"200001"_s), u"allowed"_s);
}

TEST(Models_ApprovalPlanTest, EachRuleGivesItsReason)
{
    EXPECT_EQ(refusalOf(registeredReport(1), QString()), u"no_reviewer"_s);
    EXPECT_EQ(refusalOf(registeredReport(1), kResident), u"self_request"_s);
    EXPECT_EQ(refusalOf(registeredReport(1), u"200001"_s, QString(201, u'あ')),
              u"message_too_long"_s);
    // 200002 is certified from 2025-04-01 only: it does not cover a 2024 care period.
    EXPECT_EQ(refusalOf(registeredReport(1), u"200002"_s), u"reviewer_not_certified_for_period"_s);
    EXPECT_EQ(
        refusalOf(registeredReport(2, u"fac-2"_s, u"2022-04-01"_s, u"2022-06-30"_s), u"200002"_s),
        u"reviewer_not_certified_for_period"_s);
    // The old hospital's certification ended 2023-03-31: the form itself says so first.
    EXPECT_EQ(
        refusalOf(registeredReport(3, u"fac-2"_s, u"2023-03-01"_s, u"2023-04-30"_s), u"200001"_s),
        u"form:care_period"_s);
    // A facility the directory does not know cannot be checked, so cannot be sent.
    EXPECT_EQ(refusalOf(registeredReport(4, u"Unknown Hospital"_s), u"200001"_s),
              u"care_outside_facility_period"_s);
    ReportDraft incomplete = registeredReport(5);
    incomplete.values.remove(u"diagnosis"_s);
    EXPECT_EQ(refusalOf(incomplete, u"200001"_s), u"form:diagnosis"_s);
}

TEST(Models_ApprovalPlanTest, OnlyRegisteredOrRejectedReportsOfTheAuthorAwaitARequest)
{
    const FormSchema& form = caseReportForm();
    ReportDraft draft = registeredReport(1);
    EXPECT_TRUE(awaitsApprovalRequest(form, draft, kResident));
    EXPECT_FALSE(awaitsApprovalRequest(form, draft, u"100002"_s));
    draft.state = u"rejected"_s;
    EXPECT_TRUE(awaitsApprovalRequest(form, draft, kResident));
    for (const QString& state : {u"unregistered"_s, u"approval_requested"_s, u"approved"_s}) {
        draft.state = state;
        EXPECT_FALSE(awaitsApprovalRequest(form, draft, kResident)) << state.toStdString();
    }
}

TEST(Models_ApprovalPlanTest, TheSentReportIsAcceptedByTheSharedWriteRule)
{
    const ReportDraft before = registeredReport(1);
    const QUuid requestId = QUuid::createUuid();
    const ReportDraft sent =
        requestedDraft(before, {u"200001"_s, u"よろしくお願いします"_s}, requestId, kResident,
                       QDateTime(QDate(2026, 5, 1), QTime(9, 0), Qt::UTC));
    EXPECT_EQ(sent.state, u"approval_requested"_s);
    EXPECT_EQ(sent.reviewerId, u"200001"_s);
    const QJsonObject data = sent.toJson();
    EXPECT_EQ(data.value(u"requestMessage"_s).toString(), u"よろしくお願いします"_s);
    EXPECT_EQ(data.value(u"requestId"_s).toString(), requestId.toString(QUuid::WithoutBraces));
    EXPECT_EQ(data.value(u"stateChangedBy"_s).toString(), kResident);
    EXPECT_EQ(data.value(u"values"_s).toObject(), before.values) << "remarks stay in the form";

    const Directory directory = approvalDirectory();
    WriteContext context;
    context.form = &caseReportForm();
    context.reviewerCertifications = directory.member(u"200001"_s)->certifications;
    context.facilityCertifications = directory.facility(u"fac-1"_s)->certifications;
    EXPECT_TRUE(canWriteRecord(asRecord(before, 3), asRecord(sent, 3), kResidentActor, context))
        << canWriteRecord(asRecord(before, 3), asRecord(sent, 3), kResidentActor, context)
               .code()
               .toStdString();
}

TEST(Models_ApprovalPlanTest, SeveralReportsAreSavedTogether)
{
    QTemporaryDir dir;
    auto store = LocalStore::open(dir.path());
    ASSERT_TRUE(store);
    DraftStore drafts(**store, kResident);
    const ReportDraft one = registeredReport(1);
    const ReportDraft two = registeredReport(2);
    ASSERT_TRUE(drafts.saveAll(RecordType::Report, {one, two}));
    EXPECT_EQ(drafts.list(RecordType::Report).size(), 2);
    EXPECT_EQ((*store)->outboxSize(), 2);
}

} // namespace
} // namespace kenshu
