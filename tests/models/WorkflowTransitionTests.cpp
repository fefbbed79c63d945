// The transition rules as tables: every (from, to) pair of every state machine, for every
// member of the cast (WorkflowTestData.h), with the expected refusal code.
#include "QtPrinters.h"
#include "WorkflowRules.h"
#include "WorkflowTestData.h"

#include <gtest/gtest.h>
#include <set>
#include <utility>

using namespace Qt::Literals::StringLiterals;
using namespace kenshu;
using namespace kenshu::test;

namespace {

struct Row
{
    WorkflowState from;
    WorkflowState to;
    Outcomes outcomes;
};

EvaluationSheet allAchievedSheet()
{
    return {2024,
            EvaluationState::InTraining,
            {{u"cag_indication"_s, Rating::Achieved, Rating::Achieved},
             {u"radiation_safety"_s, Rating::Achieved, Rating::Achieved}}};
}

TransitionContext contextWithReviewer(const QString& reviewerId)
{
    return {{u"r1"_s, reviewerId}, validApprovalRequest(), allAchievedSheet()};
}

// Checks every row for every cast member, and that the rows cover each (from, to) pair of
// `kind` exactly once.
void checkTable(WorkflowKind kind, int stateCount, const std::vector<Row>& rows,
                const TransitionContext& context)
{
    std::set<std::pair<QString, QString>> pairs;
    for (const Row& row : rows) {
        ASSERT_EQ(workflowKindOf(row.from), kind);
        ASSERT_EQ(workflowKindOf(row.to), kind);
        const QString from = workflowStateName(row.from);
        const QString to = workflowStateName(row.to);
        EXPECT_TRUE(pairs.insert({from, to}).second) << "duplicate row " << from.toStdString();
        for (std::size_t i = 0; i < kCast.size(); ++i) {
            const Decision decision = canTransition(row.from, row.to, kCast[i], context);
            EXPECT_EQ(decision.code(), QString::fromLatin1(row.outcomes[i]))
                << from.toStdString() << " -> " << to.toStdString() << " by " << kCastNames[i];
            EXPECT_EQ(decision.allowed(), decision.code() == "allowed"_L1);
        }
    }
    EXPECT_EQ(pairs.size(), static_cast<std::size_t>(stateCount * stateCount));
}

} // namespace

TEST(Models_WorkflowTransitionTest, CaseOpensAndClosesOnlyBySupervisor)
{
    using S = CaseState;
    checkTable(WorkflowKind::Case, 2,
               {
                   {S::Open, S::Open, everyone("same_state")},
                   {S::Open, S::Closed, kSupervisor},
                   {S::Closed, S::Open, kSupervisor},
                   {S::Closed, S::Closed, everyone("same_state")},
               },
               contextWithReviewer(u"s1"_s));
}

TEST(Models_WorkflowTransitionTest, TrainingReportTable)
{
    using S = TrainingReportState;
    const Outcomes invalid = everyone("invalid_transition");
    const Outcomes same = everyone("same_state");
    const Outcomes locked = everyone("locked_closed");
    checkTable(WorkflowKind::TrainingReport, 4,
               {
                   {S::Draft, S::Draft, same},
                   {S::Draft, S::Submitted, kAuthor},
                   {S::Draft, S::Closed, invalid},
                   {S::Draft, S::Reopened, invalid},
                   {S::Submitted, S::Draft, kAuthor}, // withdraw
                   {S::Submitted, S::Submitted, same},
                   {S::Submitted, S::Closed, kSupervisor}, // approve
                   {S::Submitted, S::Reopened, invalid},
                   {S::Closed, S::Draft, locked},
                   {S::Closed, S::Submitted, locked},
                   {S::Closed, S::Closed, same},
                   {S::Closed, S::Reopened, kSupervisor},
                   {S::Reopened, S::Draft, invalid},
                   {S::Reopened, S::Submitted, kAuthor},
                   {S::Reopened, S::Closed, kSupervisor},
                   {S::Reopened, S::Reopened, same},
               },
               contextWithReviewer(u"s1"_s));
}

TEST(Models_WorkflowTransitionTest, CaseReportTable)
{
    using S = CaseReportState;
    const Outcomes invalid = everyone("invalid_transition");
    const Outcomes same = everyone("same_state");
    const Outcomes locked = everyone("locked_approved");
    checkTable(WorkflowKind::CaseReport, 5,
               {
                   {S::Unregistered, S::Unregistered, same},
                   {S::Unregistered, S::Registered, kAuthor},
                   {S::Unregistered, S::ApprovalRequested, invalid},
                   {S::Unregistered, S::Approved, invalid},
                   {S::Unregistered, S::Rejected, invalid},
                   {S::Registered, S::Unregistered, kAuthor}, // delete
                   {S::Registered, S::Registered, same},
                   {S::Registered, S::ApprovalRequested, kAuthor},
                   {S::Registered, S::Approved, invalid},
                   {S::Registered, S::Rejected, invalid},
                   {S::ApprovalRequested, S::Unregistered, everyone("request_pending")},
                   {S::ApprovalRequested, S::Registered, kAuthor}, // withdraw
                   {S::ApprovalRequested, S::ApprovalRequested, same},
                   {S::ApprovalRequested, S::Approved, kSupervisor},
                   {S::ApprovalRequested, S::Rejected, kSupervisor},
                   {S::Approved, S::Unregistered, kAuthor}, // delete, to request again
                   {S::Approved, S::Registered, locked},
                   {S::Approved, S::ApprovalRequested, locked},
                   {S::Approved, S::Approved, same},
                   {S::Approved, S::Rejected, locked},
                   {S::Rejected, S::Unregistered, kAuthor},
                   {S::Rejected, S::Registered, invalid},
                   {S::Rejected, S::ApprovalRequested, kAuthor}, // fixed, request again
                   {S::Rejected, S::Approved, invalid},
                   {S::Rejected, S::Rejected, same},
               },
               contextWithReviewer(u"s1"_s));
}

TEST(Models_WorkflowTransitionTest, EvaluationSheetTable)
{
    using S = EvaluationState;
    checkTable(WorkflowKind::EvaluationSheet, 2,
               {
                   {S::InTraining, S::InTraining, everyone("same_state")},
                   {S::InTraining, S::Completed, kSupervisor},
                   {S::Completed, S::InTraining, kSupervisor},
                   {S::Completed, S::Completed, everyone("same_state")},
               },
               contextWithReviewer(u"s1"_s));
}

TEST(Models_WorkflowTransitionTest, CredentialTable)
{
    using S = CredentialState;
    const Outcomes locked = everyone("locked_approved");
    checkTable(WorkflowKind::Credential, 3,
               {
                   {S::NotSubmitted, S::NotSubmitted, everyone("same_state")},
                   {S::NotSubmitted, S::Waiting, kAuthor},
                   {S::NotSubmitted, S::Approved, everyone("invalid_transition")},
                   {S::Waiting, S::NotSubmitted, kAuthor}, // withdraw to replace the file
                   {S::Waiting, S::Waiting, everyone("same_state")},
                   {S::Waiting, S::Approved, kDirector},
                   {S::Approved, S::NotSubmitted, locked},
                   {S::Approved, S::Waiting, locked},
                   {S::Approved, S::Approved, everyone("same_state")},
               },
               contextWithReviewer(u"d1"_s));
}

TEST(Models_WorkflowTransitionTest, WithoutNamedReviewerAnySupervisorClosesButNotOwnRecord)
{
    const TransitionContext anyReviewer = contextWithReviewer({});
    const Actor otherSupervisor{Role::Supervisor, u"s2"_s};
    EXPECT_EQ(
        canTransition(CaseState::Open, CaseState::Closed, otherSupervisor, anyReviewer).code(),
        u"allowed"_s);
    EXPECT_EQ(canTransition(TrainingReportState::Submitted, TrainingReportState::Closed,
                            otherSupervisor, anyReviewer)
                  .code(),
              u"allowed"_s);

    // A supervisor's own case or report needs another supervisor.
    const TransitionContext ownRecord{{u"s2"_s, {}}, std::nullopt, std::nullopt};
    EXPECT_EQ(canTransition(CaseState::Open, CaseState::Closed, otherSupervisor, ownRecord).code(),
              u"self_approval"_s);
    EXPECT_EQ(canTransition(TrainingReportState::Submitted, TrainingReportState::Closed,
                            otherSupervisor, ownRecord)
                  .code(),
              u"self_approval"_s);
    const TransitionContext ownCredential{{u"d1"_s, {}}, std::nullopt, std::nullopt};
    EXPECT_EQ(canTransition(CredentialState::Waiting, CredentialState::Approved,
                            {Role::Director, u"d1"_s}, ownCredential)
                  .code(),
              u"self_approval"_s);
}

TEST(Models_WorkflowTransitionTest, CaseReportAnswerNeedsTheSupervisorTheRequestNamed)
{
    const TransitionContext unnamed = contextWithReviewer({});
    EXPECT_EQ(canTransition(CaseReportState::ApprovalRequested, CaseReportState::Approved,
                            {Role::Supervisor, u"s2"_s}, unnamed)
                  .code(),
              u"no_reviewer"_s);
    EXPECT_EQ(canTransition(CaseReportState::ApprovalRequested, CaseReportState::Rejected,
                            {Role::Resident, u"r1"_s}, unnamed)
                  .code(),
              u"supervisor_only"_s);
}

TEST(Models_WorkflowTransitionTest, ContentStepsWithoutContentAreRefused)
{
    const TransitionContext bare{{u"r1"_s, u"s1"_s}, std::nullopt, std::nullopt};
    EXPECT_EQ(canTransition(CaseReportState::Registered, CaseReportState::ApprovalRequested,
                            {Role::Resident, u"r1"_s}, bare)
                  .code(),
              u"facts_missing"_s);
    EXPECT_EQ(canTransition(EvaluationState::InTraining, EvaluationState::Completed,
                            {Role::Supervisor, u"s1"_s}, bare)
                  .code(),
              u"facts_missing"_s);
    // Who comes before what: a resident is told it is not theirs to do.
    EXPECT_EQ(canTransition(EvaluationState::InTraining, EvaluationState::Completed,
                            {Role::Resident, u"r1"_s}, bare)
                  .code(),
              u"supervisor_only"_s);
    // Steps that need no content do not ask for it.
    EXPECT_TRUE(canTransition(EvaluationState::Completed, EvaluationState::InTraining,
                              {Role::Supervisor, u"s1"_s}, bare)
                    .allowed());
}

TEST(Models_WorkflowTransitionTest, StatesOfDifferentMachinesAreRefused)
{
    const TransitionContext context = contextWithReviewer(u"s1"_s);
    const Actor supervisor{Role::Supervisor, u"s1"_s};
    EXPECT_EQ(
        canTransition(CaseState::Open, TrainingReportState::Closed, supervisor, context).code(),
        u"machine_mismatch"_s);
    EXPECT_EQ(
        canTransition(CaseReportState::Approved, CredentialState::Approved, supervisor, context)
            .code(),
        u"machine_mismatch"_s);
}

TEST(Models_WorkflowTransitionTest, AnEmptyMemberIdIsNobody)
{
    const TransitionContext noAuthor{{QString(), QString()}, std::nullopt, std::nullopt};
    EXPECT_EQ(canTransition(TrainingReportState::Draft, TrainingReportState::Submitted,
                            {Role::Resident, QString()}, noAuthor)
                  .code(),
              u"not_author"_s);
}
