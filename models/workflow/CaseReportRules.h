#pragma once

#include "Decision.h"
#include "TransitionContext.h"
#include "WorkflowStates.h"

namespace kenshu {

// Case report slot: the author registers it, requests approval from a supervisor (checked by
// checkApprovalRequest, so context.request is needed), withdraws while the request is pending
// and deletes it (back to unregistered) unless a request is pending; the supervisor asked
// approves or rejects. Approved is locked: the only way on is delete and request again. A
// rejected report is fixed and requested again.
Decision checkTransition(CaseReportState from, CaseReportState to, const Actor& actor,
                         const TransitionContext& context);
// The author edits an unregistered, registered or rejected report.
Decision checkEdit(CaseReportState state, const Actor& actor, const RecordParties& parties);

} // namespace kenshu
