#include "ApprovalRequest.h"
#include "CaseReportRules.h"
#include "QtPrinters.h"
#include "TextLength.h"
#include "WorkflowTestData.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace kenshu;
using namespace kenshu::test;

namespace {

const RecordParties kParties{u"r1"_s, u"s1"_s};

QString codeFor(const ApprovalRequestFacts& facts, const RecordParties& parties = kParties)
{
    return checkApprovalRequest(facts, parties).code();
}

} // namespace

TEST(Models_ApprovalRequestTest, AValidRequestIsAllowed)
{
    EXPECT_EQ(codeFor(validApprovalRequest()), u"allowed"_s);
}

TEST(Models_ApprovalRequestTest, NeedsASupervisorOtherThanTheAuthor)
{
    EXPECT_EQ(codeFor(validApprovalRequest(), {u"r1"_s, QString()}), u"no_reviewer"_s);
    EXPECT_EQ(codeFor(validApprovalRequest(), {u"r1"_s, u"r1"_s}), u"self_request"_s);
}

TEST(Models_ApprovalRequestTest, MessageHoldsAtMost200Characters)
{
    ApprovalRequestFacts facts = validApprovalRequest();
    facts.message = QString(200, u'あ');
    EXPECT_EQ(codeFor(facts), u"allowed"_s);
    facts.message = QString(201, u'あ');
    EXPECT_EQ(codeFor(facts), u"message_too_long"_s);
    facts.message = QString(200, u'a');
    EXPECT_EQ(codeFor(facts), u"allowed"_s);

    // A character outside the BMP (two UTF-16 units) counts once.
    QString emoji;
    for (int i = 0; i < 200; ++i)
        emoji += u"\U0001F600"_s;
    ASSERT_EQ(emoji.size(), 400);
    EXPECT_EQ(characterCount(emoji), 200);
    facts.message = emoji;
    EXPECT_EQ(codeFor(facts), u"allowed"_s);
    facts.message += u"x"_s;
    EXPECT_EQ(codeFor(facts), u"message_too_long"_s);
}

TEST(Models_ApprovalRequestTest, CarePeriodMustBeComplete)
{
    ApprovalRequestFacts facts = validApprovalRequest();
    facts.carePeriod = {QDate(2024, 6, 30), QDate(2024, 5, 1)};
    EXPECT_EQ(codeFor(facts), u"care_period_invalid"_s);
    facts.carePeriod = {QDate(2024, 5, 1), QDate()};
    EXPECT_EQ(codeFor(facts), u"care_period_invalid"_s);
    facts.carePeriod = {QDate(), QDate(2024, 5, 1)};
    EXPECT_EQ(codeFor(facts), u"care_period_invalid"_s);
    facts.carePeriod = {QDate(2024, 5, 1), QDate(2024, 5, 1)}; // one day
    EXPECT_EQ(codeFor(facts), u"allowed"_s);
}

TEST(Models_ApprovalRequestTest, CareDatesLieWithinTheFacilityCertification)
{
    ApprovalRequestFacts facts = validApprovalRequest();
    facts.carePeriod = {QDate(2020, 3, 31), QDate(2020, 6, 30)};
    EXPECT_EQ(codeFor(facts), u"care_outside_facility_period"_s);
    facts.carePeriod = {QDate(2025, 3, 1), QDate(2025, 4, 1)};
    EXPECT_EQ(codeFor(facts), u"care_outside_facility_period"_s);
    // The certification's first and last days count.
    facts.carePeriod = {QDate(2021, 4, 1), QDate(2025, 3, 31)};
    EXPECT_EQ(codeFor(facts), u"allowed"_s);
    // An ended certification (認定終了) is still fine for care inside it.
    facts.facilityCertifications = {{QDate(2018, 4, 1), QDate(2023, 3, 31)}};
    facts.carePeriod = {QDate(2022, 1, 10), QDate(2022, 2, 10)};
    EXPECT_EQ(codeFor(facts), u"allowed"_s);
    // A certification still running has no end.
    facts.facilityCertifications = {{QDate(2023, 4, 1), QDate()}};
    facts.carePeriod = {QDate(2024, 1, 10), QDate(2024, 2, 10)};
    EXPECT_EQ(codeFor(facts), u"allowed"_s);
    // A renewal the day after the end continues the certification across it.
    facts.facilityCertifications = {{QDate(2018, 4, 1), QDate(2023, 3, 31)},
                                    {QDate(2023, 4, 1), QDate(2028, 3, 31)}};
    facts.carePeriod = {QDate(2023, 3, 1), QDate(2023, 5, 31)};
    EXPECT_EQ(codeFor(facts), u"allowed"_s);
    // An unknown facility (no periods) covers nothing.
    facts.facilityCertifications = {};
    EXPECT_EQ(codeFor(facts), u"care_outside_facility_period"_s);
}

TEST(Models_ApprovalRequestTest, SupervisorCertificationCoversTheCarePeriod)
{
    ApprovalRequestFacts facts = validApprovalRequest();
    facts.reviewerCertifications = {{QDate(2024, 5, 2), QDate(2029, 3, 31)}};
    EXPECT_EQ(codeFor(facts), u"reviewer_not_certified_for_period"_s);
    facts.reviewerCertifications = {};
    EXPECT_EQ(codeFor(facts), u"reviewer_not_certified_for_period"_s);
    // A renewal the day after the first period ended joins up.
    facts.reviewerCertifications = {{QDate(2024, 6, 1), QDate(2029, 5, 31)},
                                    {QDate(2019, 6, 1), QDate(2024, 5, 31)}};
    EXPECT_EQ(codeFor(facts), u"allowed"_s);
    // A gap of one day does not.
    facts.reviewerCertifications = {{QDate(2024, 6, 2), QDate(2029, 5, 31)},
                                    {QDate(2019, 6, 1), QDate(2024, 5, 31)}};
    EXPECT_EQ(codeFor(facts), u"reviewer_not_certified_for_period"_s);
}

TEST(Models_ApprovalRequestTest, RequestFactsAreCheckedOnTheTransition)
{
    ApprovalRequestFacts facts = validApprovalRequest();
    facts.message = QString(201, u'x');
    const TransitionContext context{kParties, facts, std::nullopt};
    const Actor author{Role::Resident, u"r1"_s};
    EXPECT_EQ(checkTransition(CaseReportState::Registered, CaseReportState::ApprovalRequested,
                              author, context)
                  .code(),
              u"message_too_long"_s);
    EXPECT_EQ(checkTransition(CaseReportState::Rejected, CaseReportState::ApprovalRequested, author,
                              context)
                  .code(),
              u"message_too_long"_s);
    // Withdrawing needs no request facts.
    EXPECT_TRUE(checkTransition(CaseReportState::ApprovalRequested, CaseReportState::Registered,
                                author, context)
                    .allowed());
}
