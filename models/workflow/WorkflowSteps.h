#pragma once

#include "WorkflowStates.h"

#include <QList>

namespace kenshu {

// Every state of the machine `kind`, in the order the machine moves through them.
QList<WorkflowState> statesOf(WorkflowKind kind);

// The states some member may move a record to from `from`: the steps a screen offers as
// actions. Derived from canTransition itself (a step exists when the rules allow it to at
// least one party with every fact in order), so the rules stay the one source of truth.
QList<WorkflowState> reachableStates(const WorkflowState& from);

// Steps by which the author hands a record on (submit, register, request approval, complete):
// these need a form without problems; saving a draft never does.
bool stepNeedsCompleteForm(const WorkflowState& from, const WorkflowState& to);

} // namespace kenshu
