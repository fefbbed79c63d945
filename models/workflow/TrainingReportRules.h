#pragma once

#include "Decision.h"
#include "TransitionContext.h"
#include "WorkflowStates.h"

namespace kenshu {

// Training report: the author submits a draft (and may withdraw it back to draft); a
// supervisor other than the author closes it (= approval) and may reopen it; the author edits
// a reopened report and submits it again, or the supervisor closes it again.
Decision checkTransition(TrainingReportState from, TrainingReportState to, const Actor& actor,
                         const TransitionContext& context);
// The author edits a draft or a reopened report.
Decision checkEdit(TrainingReportState state, const Actor& actor, const RecordParties& parties);

} // namespace kenshu
