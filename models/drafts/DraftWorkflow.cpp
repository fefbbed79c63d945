#include "DraftWorkflow.h"

#include "StateChange.h"

namespace kenshu {

using namespace Qt::Literals::StringLiterals;

ReportDraft newDraft(const FormSchema& schema, const QUuid& caseId, const QString& authorId)
{
    ReportDraft draft;
    draft.id = QUuid::createUuid();
    draft.formId = schema.id;
    draft.formVersion = schema.version;
    if (schema.workflow)
        draft.state = workflowStateName(initialWorkflowState(*schema.workflow));
    draft.caseId = caseId;
    draft.authorId = authorId;
    return draft;
}

std::optional<WorkflowState> draftWorkflowState(const FormSchema& schema, const ReportDraft& draft)
{
    if (!schema.workflow)
        return std::nullopt;
    if (std::optional<WorkflowState> stored = workflowStateFromName(*schema.workflow, draft.state))
        return stored;
    return initialWorkflowState(*schema.workflow);
}

RecordParties draftParties(const ReportDraft& draft)
{
    return {draft.authorId, draft.reviewerId};
}

EvaluationSheet draftEvaluationSheet(const FormSchema& schema, const ReportDraft& draft)
{
    EvaluationSheet sheet;
    if (const std::optional<WorkflowState> state = draftWorkflowState(schema, draft)) {
        if (const auto* evaluation = std::get_if<EvaluationState>(&*state))
            sheet.state = *evaluation;
    }
    sheet.items = ratingsFromJson(schema.ratingFieldIds(), draft.values);
    return sheet;
}

ReportDraft draftAfterStep(const ReportDraft& draft, const WorkflowState& to,
                           const QString& actorId, const QDateTime& at)
{
    ReportDraft next = draft;
    next.unknownKeys = withStateChange(draft.unknownKeys, to, actorId, at);
    next.state = next.unknownKeys.take(u"state"_s).toString();
    return next;
}

TransitionContext draftTransitionContext(const FormSchema& schema, const ReportDraft& draft,
                                         std::optional<ApprovalRequestFacts> request)
{
    TransitionContext context;
    context.parties = draftParties(draft);
    if (schema.workflow == WorkflowKind::EvaluationSheet)
        context.sheet = draftEvaluationSheet(schema, draft);
    context.request = std::move(request);
    return context;
}

} // namespace kenshu
