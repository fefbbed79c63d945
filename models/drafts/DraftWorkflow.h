#pragma once

#include "EvaluationSheet.h"
#include "FormSchema.h"
#include "ReportDraft.h"
#include "TransitionContext.h"
#include "WorkflowStates.h"

#include <optional>

namespace kenshu {

// What the workflow rules need to know about a draft, read from the draft and its schema.
// The screens and (later) the sync engine ask the rules through these, never by hand.

// A new, empty draft of `schema` (its current version) by `authorId`, in the machine's first
// state, for the case `caseId` (null: none).
ReportDraft newDraft(const FormSchema& schema, const QUuid& caseId, const QString& authorId);

// The draft's state in its form's machine: the stored state when it names one, else the
// machine's first state; nullopt for a form without a workflow (a plain log).
std::optional<WorkflowState> draftWorkflowState(const FormSchema& schema, const ReportDraft& draft);

RecordParties draftParties(const ReportDraft& draft);

// The evaluation sheet a draft of an evaluation-sheet form holds: its items in schema order.
EvaluationSheet draftEvaluationSheet(const FormSchema& schema, const ReportDraft& draft);

// The draft after the step to `to`, taken by `actorId` at `at`: the new state with who took
// the step and when (withStateChange). Nothing else changes, so the step is not an edit.
ReportDraft draftAfterStep(const ReportDraft& draft, const WorkflowState& to,
                           const QString& actorId, const QDateTime& at);

// Parties, the sheet (for evaluation sheets) and `request` (for an approval request).
TransitionContext draftTransitionContext(const FormSchema& schema, const ReportDraft& draft,
                                         std::optional<ApprovalRequestFacts> request = {});

} // namespace kenshu
