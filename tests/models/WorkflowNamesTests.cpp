// The stable names of roles, states and refusal codes: they are the JSON wire format.
#include "EvaluationSheet.h"
#include "QtPrinters.h"
#include "WorkflowRules.h"

#include <gtest/gtest.h>
#include <set>

using namespace Qt::Literals::StringLiterals;
using namespace kenshu;

TEST(Models_WorkflowNamesTest, StatesHaveTheirWireNames)
{
    const std::vector<std::pair<WorkflowState, const char*>> expected{
        {CaseState::Open, "open"},
        {CaseState::Closed, "closed"},
        {TrainingReportState::Draft, "draft"},
        {TrainingReportState::Submitted, "submitted"},
        {TrainingReportState::Closed, "closed"},
        {TrainingReportState::Reopened, "reopened"},
        {CaseReportState::Unregistered, "unregistered"},
        {CaseReportState::Registered, "registered"},
        {CaseReportState::ApprovalRequested, "approval_requested"},
        {CaseReportState::Approved, "approved"},
        {CaseReportState::Rejected, "rejected"},
        {EvaluationState::InTraining, "in_training"},
        {EvaluationState::Completed, "completed"},
        {CredentialState::NotSubmitted, "not_submitted"},
        {CredentialState::Waiting, "waiting"},
        {CredentialState::Approved, "approved"},
    };
    for (const auto& [state, name] : expected) {
        EXPECT_EQ(workflowStateName(state), QString::fromLatin1(name));
        const std::optional<WorkflowState> parsed =
            workflowStateFromName(workflowKindOf(state), QString::fromLatin1(name));
        ASSERT_TRUE(parsed.has_value()) << name;
        EXPECT_EQ(*parsed, state) << name;
    }
    EXPECT_FALSE(workflowStateFromName(WorkflowKind::Case, u"approved"_s).has_value());
    EXPECT_FALSE(workflowStateFromName(WorkflowKind::CaseReport, u"Approved"_s).has_value());
    EXPECT_FALSE(workflowStateFromName(WorkflowKind::Credential, QString()).has_value());
}

TEST(Models_WorkflowNamesTest, KindsRolesAndInitialStates)
{
    const std::vector<std::tuple<WorkflowKind, const char*, const char*>> kinds{
        {WorkflowKind::Case, "case", "open"},
        {WorkflowKind::TrainingReport, "training_report", "draft"},
        {WorkflowKind::CaseReport, "case_report", "unregistered"},
        {WorkflowKind::EvaluationSheet, "evaluation_sheet", "in_training"},
        {WorkflowKind::Credential, "credential", "not_submitted"},
    };
    for (const auto& [kind, name, initial] : kinds) {
        EXPECT_EQ(workflowKindName(kind), QString::fromLatin1(name));
        EXPECT_EQ(workflowKindFromName(QString::fromLatin1(name)), kind);
        EXPECT_EQ(workflowKindOf(initialWorkflowState(kind)), kind);
        EXPECT_EQ(workflowStateName(initialWorkflowState(kind)), QString::fromLatin1(initial));
    }
    EXPECT_FALSE(workflowKindFromName(u"report"_s).has_value());

    for (const auto& [role, name] :
         {std::pair{Role::Resident, "resident"}, std::pair{Role::Supervisor, "supervisor"},
          std::pair{Role::Director, "director"}, std::pair{Role::Admin, "admin"}}) {
        EXPECT_EQ(roleName(role), QString::fromLatin1(name));
        EXPECT_EQ(roleFromName(QString::fromLatin1(name)), role);
    }
    EXPECT_FALSE(roleFromName(u"trainee"_s).has_value());

    EXPECT_EQ(ratingName(Rating::Achieved), u"achieved"_s);
    EXPECT_EQ(ratingFromName(u"not_achieved"_s), Rating::NotAchieved);
    EXPECT_EQ(ratingSideFromName(u"supervisor"_s), RatingSide::Supervisor);
}

TEST(Models_WorkflowNamesTest, EveryRefusalHasAUniqueCodeAndAMessage)
{
    std::set<QString> codes;
    for (int i = static_cast<int>(Refusal::None); i <= static_cast<int>(Refusal::ServerManaged);
         ++i) {
        const auto refusal = static_cast<Refusal>(i);
        const QString code = refusalCode(refusal);
        ASSERT_FALSE(code.isEmpty()) << "refusal " << i;
        EXPECT_TRUE(codes.insert(code).second) << code.toStdString();
        EXPECT_EQ(refusalFromCode(code), refusal) << code.toStdString();
        EXPECT_EQ(refusalMessage(refusal).isEmpty(), refusal == Refusal::None)
            << code.toStdString();
    }
    EXPECT_EQ(codes.size(), 27u);
    EXPECT_FALSE(refusalFromCode(u"nope"_s).has_value());
    EXPECT_EQ(refusalMessage(Refusal::MessageTooLong),
              u"The message to the supervisor can be at most 200 characters."_s);
    EXPECT_EQ(Decision::refuse(Refusal::NotAuthor).message(),
              u"Only the author of this record can do this."_s);
}
