#include "WorkflowSteps.h"

#include "WorkflowRules.h"

#include <QDate>

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;

template <typename State> QList<WorkflowState> listOf(std::initializer_list<State> states)
{
    QList<WorkflowState> list;
    for (State state : states)
        list.append(WorkflowState{state});
    return list;
}

// A context in which every content check passes, so that only the roles decide.
TransitionContext contextWithEveryFact()
{
    const DateRange span{QDate(2000, 1, 1), QDate(2000, 12, 31)};
    TransitionContext context;
    context.parties = {u"author"_s, u"reviewer"_s};
    context.request = ApprovalRequestFacts{QString(), span, {span}, {span}};
    EvaluationSheet sheet;
    sheet.items = {{u"item"_s, Rating::Achieved, Rating::Achieved}};
    context.sheet = sheet;
    return context;
}

// The parties that can act on a record: its author, its reviewer, a director.
const Actor kAuthor{Role::Resident, u"author"_s};
const Actor kReviewer{Role::Supervisor, u"reviewer"_s};
const Actor kDirector{Role::Director, u"director"_s};

} // namespace

QList<WorkflowState> statesOf(WorkflowKind kind)
{
    switch (kind) {
    case WorkflowKind::Case:
        return listOf({CaseState::Open, CaseState::Closed});
    case WorkflowKind::TrainingReport:
        return listOf({TrainingReportState::Draft, TrainingReportState::Submitted,
                       TrainingReportState::Closed, TrainingReportState::Reopened});
    case WorkflowKind::CaseReport:
        return listOf({CaseReportState::Unregistered, CaseReportState::Registered,
                       CaseReportState::ApprovalRequested, CaseReportState::Approved,
                       CaseReportState::Rejected});
    case WorkflowKind::EvaluationSheet:
        return listOf({EvaluationState::InTraining, EvaluationState::Completed});
    case WorkflowKind::Credential:
        return listOf(
            {CredentialState::NotSubmitted, CredentialState::Waiting, CredentialState::Approved});
    }
    return {};
}

QList<WorkflowState> reachableStates(const WorkflowState& from)
{
    const TransitionContext context = contextWithEveryFact();
    QList<WorkflowState> reachable;
    for (const WorkflowState& to : statesOf(workflowKindOf(from))) {
        for (const Actor& actor : {kAuthor, kReviewer, kDirector}) {
            if (canTransition(from, to, actor, context)) {
                reachable.append(to);
                break;
            }
        }
    }
    return reachable;
}

bool stepNeedsCompleteForm(const WorkflowState& from, const WorkflowState& to)
{
    if (const auto* target = std::get_if<TrainingReportState>(&to))
        return *target == TrainingReportState::Submitted;
    if (const auto* target = std::get_if<CaseReportState>(&to)) {
        const auto* source = std::get_if<CaseReportState>(&from);
        const bool withdraw = source && *source == CaseReportState::ApprovalRequested;
        return (*target == CaseReportState::Registered && !withdraw) ||
               *target == CaseReportState::ApprovalRequested;
    }
    if (const auto* target = std::get_if<EvaluationState>(&to))
        return *target == EvaluationState::Completed;
    if (const auto* target = std::get_if<CredentialState>(&to))
        return *target == CredentialState::Waiting;
    return false;
}

} // namespace kenshu
