#pragma once

#include <QString>
#include <optional>
#include <variant>

namespace kenshu {

// The state machines of GLOSSARY.md. Each state has a stable name, stored in a record's data
// as "state" and sent to the server; the names below are the wire format.

// Case consultation: closing it is the supervisor's approval.
enum class CaseState { Open, Closed };

// Training report (inter-facility visit guidance, case conference / workshop report).
enum class TrainingReportState { Draft, Submitted, Closed, Reopened };

// Case report for a specialist application (one numbered slot).
enum class CaseReportState { Unregistered, Registered, ApprovalRequested, Approved, Rejected };

// Curriculum achievement evaluation sheet.
enum class EvaluationState { InTraining, Completed };

// Base-specialty credential reviewed by the training director.
enum class CredentialState { NotSubmitted, Waiting, Approved };

// Which state machine governs a record.
enum class WorkflowKind { Case, TrainingReport, CaseReport, EvaluationSheet, Credential };

using WorkflowState =
    std::variant<CaseState, TrainingReportState, CaseReportState, EvaluationState, CredentialState>;

QString workflowKindName(WorkflowKind kind);
std::optional<WorkflowKind> workflowKindFromName(const QString& name);
WorkflowKind workflowKindOf(const WorkflowState& state);

QString workflowStateName(const WorkflowState& state);
std::optional<WorkflowState> workflowStateFromName(WorkflowKind kind, const QString& name);

// The state a new record of `kind` starts in.
WorkflowState initialWorkflowState(WorkflowKind kind);

} // namespace kenshu
