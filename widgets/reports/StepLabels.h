#pragma once

#include "WorkflowStates.h"

#include <QString>

namespace kenshu {

// The words for a workflow step on a button ("Submit", "Approve", "Withdraw request", ...)
// and a one-line explanation for its tooltip, in the seeds' terms.
QString stepLabel(const WorkflowState& from, const WorkflowState& to);
QString stepHelp(const WorkflowState& from, const WorkflowState& to);

} // namespace kenshu
