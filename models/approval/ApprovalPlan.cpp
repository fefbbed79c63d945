#include "ApprovalPlan.h"

#include "CaseReportFields.h"
#include "DraftWorkflow.h"
#include "FacilityBounds.h"
#include "FormValidator.h"
#include "WorkflowRules.h"

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;

// Keys of the record data that carry the request (read by canWriteRecord on both sides).
constexpr QLatin1StringView kRequestMessage = "requestMessage"_L1;
constexpr QLatin1StringView kRequestId = "requestId"_L1;

ReportDraft askingReviewer(ReportDraft draft, const ApprovalChoice& choice)
{
    draft.reviewerId = choice.reviewerId;
    return draft;
}

} // namespace

bool awaitsApprovalRequest(const FormSchema& schema, const ReportDraft& draft,
                           const QString& authorId)
{
    if (schema.workflow != WorkflowKind::CaseReport || draft.authorId != authorId)
        return false;
    const std::optional<WorkflowState> state = draftWorkflowState(schema, draft);
    return state == WorkflowState{CaseReportState::Registered} ||
           state == WorkflowState{CaseReportState::Rejected};
}

ApprovalRequestFacts approvalRequestFacts(const FormSchema& schema, const ReportDraft& draft,
                                          const Directory& directory, const ApprovalChoice& choice)
{
    ApprovalRequestFacts facts;
    facts.message = choice.message;
    facts.carePeriod = carePeriodOf(schema, draft.values);
    if (const DirectoryFacility* facility = directory.facility(facilityIdOf(schema, draft.values)))
        facts.facilityCertifications = facility->certifications;
    if (const DirectoryMember* reviewer = directory.member(choice.reviewerId))
        facts.reviewerCertifications = reviewer->certifications;
    return facts;
}

RequestCheck checkRequest(const FormSchema& schema, const ReportDraft& draft, const Actor& actor,
                          const Directory& directory, const ApprovalChoice& choice)
{
    RequestCheck check;
    check.formProblems = validateForm(schema, draft.values,
                                      facilityValidationContext(schema, draft.values, directory));
    const std::optional<WorkflowState> from = draftWorkflowState(schema, draft);
    if (!from) {
        check.decision = Decision::refuse(Refusal::MachineMismatch);
        return check;
    }
    const ReportDraft asked = askingReviewer(draft, choice);
    check.decision =
        canTransition(*from, CaseReportState::ApprovalRequested, actor,
                      draftTransitionContext(
                          schema, asked, approvalRequestFacts(schema, draft, directory, choice)));
    return check;
}

ReportDraft requestedDraft(const ReportDraft& draft, const ApprovalChoice& choice,
                           const QUuid& requestId, const QString& actorId, const QDateTime& at)
{
    ReportDraft asked = askingReviewer(draft, choice);
    asked.unknownKeys.insert(kRequestMessage, choice.message);
    asked.unknownKeys.insert(kRequestId, requestId.toString(QUuid::WithoutBraces));
    return draftAfterStep(asked, CaseReportState::ApprovalRequested, actorId, at);
}

} // namespace kenshu
