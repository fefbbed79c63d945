#pragma once

#include "Actor.h"
#include "Decision.h"
#include "TransitionContext.h"
#include "WorkflowStates.h"

namespace kenshu {

// The one place that decides whether `actor` may turn a record from `before` into `after`.
// The GUI asks it to enable actions; the server asks it, with its own current record, to
// enforce them. States of different machines are refused (MachineMismatch).
Decision canTransition(const WorkflowState& before, const WorkflowState& after, const Actor& actor,
                       const TransitionContext& context);

// Whether `actor` may edit the content of a record in `state` (for an evaluation sheet: the
// resident's column; the supervisor's column is canRate).
Decision canEditContent(const WorkflowState& state, const Actor& actor,
                        const RecordParties& parties);

} // namespace kenshu
