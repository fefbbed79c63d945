#include "WorkflowStates.h"

#include "NameTable.h"

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;

constexpr NameTable<WorkflowKind, 5> kKindNames{{
    {WorkflowKind::Case, "case"_L1},
    {WorkflowKind::TrainingReport, "training_report"_L1},
    {WorkflowKind::CaseReport, "case_report"_L1},
    {WorkflowKind::EvaluationSheet, "evaluation_sheet"_L1},
    {WorkflowKind::Credential, "credential"_L1},
}};

constexpr NameTable<CaseState, 2> kCaseStateNames{{
    {CaseState::Open, "open"_L1},
    {CaseState::Closed, "closed"_L1},
}};

constexpr NameTable<TrainingReportState, 4> kTrainingReportStateNames{{
    {TrainingReportState::Draft, "draft"_L1},
    {TrainingReportState::Submitted, "submitted"_L1},
    {TrainingReportState::Closed, "closed"_L1},
    {TrainingReportState::Reopened, "reopened"_L1},
}};

constexpr NameTable<CaseReportState, 5> kCaseReportStateNames{{
    {CaseReportState::Unregistered, "unregistered"_L1},
    {CaseReportState::Registered, "registered"_L1},
    {CaseReportState::ApprovalRequested, "approval_requested"_L1},
    {CaseReportState::Approved, "approved"_L1},
    {CaseReportState::Rejected, "rejected"_L1},
}};

constexpr NameTable<EvaluationState, 2> kEvaluationStateNames{{
    {EvaluationState::InTraining, "in_training"_L1},
    {EvaluationState::Completed, "completed"_L1},
}};

constexpr NameTable<CredentialState, 3> kCredentialStateNames{{
    {CredentialState::NotSubmitted, "not_submitted"_L1},
    {CredentialState::Waiting, "waiting"_L1},
    {CredentialState::Approved, "approved"_L1},
}};

template <typename State, std::size_t N>
std::optional<WorkflowState> stateFrom(const NameTable<State, N>& table, const QString& name)
{
    if (const std::optional<State> state = valueFromTable(table, name))
        return WorkflowState{*state};
    return std::nullopt;
}

struct StateNamer
{
    QString operator()(CaseState state) const { return nameFromTable(kCaseStateNames, state); }
    QString operator()(TrainingReportState state) const
    {
        return nameFromTable(kTrainingReportStateNames, state);
    }
    QString operator()(CaseReportState state) const
    {
        return nameFromTable(kCaseReportStateNames, state);
    }
    QString operator()(EvaluationState state) const
    {
        return nameFromTable(kEvaluationStateNames, state);
    }
    QString operator()(CredentialState state) const
    {
        return nameFromTable(kCredentialStateNames, state);
    }
};

} // namespace

QString workflowKindName(WorkflowKind kind)
{
    return nameFromTable(kKindNames, kind);
}

std::optional<WorkflowKind> workflowKindFromName(const QString& name)
{
    return valueFromTable(kKindNames, name);
}

WorkflowKind workflowKindOf(const WorkflowState& state)
{
    // The variant's alternatives are listed in WorkflowKind order.
    return static_cast<WorkflowKind>(state.index());
}

QString workflowStateName(const WorkflowState& state)
{
    return std::visit(StateNamer{}, state);
}

std::optional<WorkflowState> workflowStateFromName(WorkflowKind kind, const QString& name)
{
    switch (kind) {
    case WorkflowKind::Case:
        return stateFrom(kCaseStateNames, name);
    case WorkflowKind::TrainingReport:
        return stateFrom(kTrainingReportStateNames, name);
    case WorkflowKind::CaseReport:
        return stateFrom(kCaseReportStateNames, name);
    case WorkflowKind::EvaluationSheet:
        return stateFrom(kEvaluationStateNames, name);
    case WorkflowKind::Credential:
        return stateFrom(kCredentialStateNames, name);
    }
    return std::nullopt;
}

WorkflowState initialWorkflowState(WorkflowKind kind)
{
    switch (kind) {
    case WorkflowKind::Case:
        return CaseState::Open;
    case WorkflowKind::TrainingReport:
        return TrainingReportState::Draft;
    case WorkflowKind::CaseReport:
        return CaseReportState::Unregistered;
    case WorkflowKind::EvaluationSheet:
        return EvaluationState::InTraining;
    case WorkflowKind::Credential:
        return CredentialState::NotSubmitted;
    }
    return CaseState::Open;
}

} // namespace kenshu
