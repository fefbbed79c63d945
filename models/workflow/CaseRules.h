#pragma once

#include "Decision.h"
#include "TransitionContext.h"
#include "WorkflowStates.h"

namespace kenshu {

// Case consultation: open <-> closed. Only a supervisor other than the author closes (that is
// the approval) or reopens; a closed case is read-only.
Decision checkTransition(CaseState from, CaseState to, const Actor& actor,
                         const TransitionContext& context);
// The author edits an open case (note, studies, documents).
Decision checkEdit(CaseState state, const Actor& actor, const RecordParties& parties);

} // namespace kenshu
