#pragma once

#include "Actor.h"
#include "ApprovalRequest.h"
#include "EvaluationSheet.h"

#include <optional>

namespace kenshu {

// What the rules need to know about a record besides its state: its parties, and for the
// steps that depend on content, that content. A step whose content is missing is refused
// (FactsMissing) rather than allowed unchecked.
struct TransitionContext
{
    RecordParties parties;
    // Case report: needed to request approval (registered or rejected -> approval_requested).
    std::optional<ApprovalRequestFacts> request;
    // Evaluation sheet: needed to mark it completed.
    std::optional<EvaluationSheet> sheet;
};

} // namespace kenshu
