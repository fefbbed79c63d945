// Who may edit a record's content in each state, as tables (cast: WorkflowTestData.h).
#include "CredentialRules.h"
#include "QtPrinters.h"
#include "WorkflowRules.h"
#include "WorkflowTestData.h"

#include <gtest/gtest.h>
#include <utility>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace kenshu;
using namespace kenshu::test;

namespace {

void checkEditTable(const std::vector<std::pair<WorkflowState, Outcomes>>& rows)
{
    const RecordParties parties{u"r1"_s, u"s1"_s};
    for (const auto& [state, outcomes] : rows) {
        for (std::size_t i = 0; i < kCast.size(); ++i) {
            EXPECT_EQ(canEditContent(state, kCast[i], parties).code(),
                      QString::fromLatin1(outcomes[i]))
                << "edit " << workflowStateName(state).toStdString() << " by " << kCastNames[i];
        }
    }
}

} // namespace

TEST(Models_WorkflowEditTest, OnlyTheAuthorEditsAndOnlyWhileUnlocked)
{
    checkEditTable({
        {CaseState::Open, kAuthor},
        {CaseState::Closed, authorRefused("locked_closed")},
        {TrainingReportState::Draft, kAuthor},
        {TrainingReportState::Submitted, authorRefused("locked_submitted")},
        {TrainingReportState::Closed, authorRefused("locked_closed")},
        {TrainingReportState::Reopened, kAuthor},
        {CaseReportState::Unregistered, kAuthor},
        {CaseReportState::Registered, kAuthor},
        {CaseReportState::ApprovalRequested, authorRefused("request_pending")},
        {CaseReportState::Approved, authorRefused("locked_approved")},
        {CaseReportState::Rejected, kAuthor},
        {EvaluationState::InTraining, kAuthor},
        {EvaluationState::Completed, authorRefused("resident_locked_completed")},
        {CredentialState::NotSubmitted, kAuthor},
        {CredentialState::Waiting, authorRefused("request_pending")},
        {CredentialState::Approved, authorRefused("locked_approved")},
    });
}

TEST(Models_WorkflowEditTest, ResidentsRegisterRecordsOnlyWithAnApprovedCredential)
{
    struct Row
    {
        Role role;
        CredentialState credential;
        const char* expected;
    };
    const std::vector<Row> rows{
        {Role::Resident, CredentialState::NotSubmitted, "credential_not_approved"},
        {Role::Resident, CredentialState::Waiting, "credential_not_approved"},
        {Role::Resident, CredentialState::Approved, "allowed"},
        {Role::Supervisor, CredentialState::NotSubmitted, "allowed"},
        {Role::Director, CredentialState::NotSubmitted, "allowed"},
        {Role::Admin, CredentialState::NotSubmitted, "allowed"},
    };
    for (const Row& row : rows) {
        EXPECT_EQ(canRegisterRecords({row.role, u"m1"_s}, row.credential).code(),
                  QString::fromLatin1(row.expected))
            << roleName(row.role).toStdString() << " with credential "
            << workflowStateName(row.credential).toStdString();
    }
}
