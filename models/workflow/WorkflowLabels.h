#pragma once

#include "WorkflowStates.h"

#include <QString>

namespace kenshu {

// The state as users see it (seed wording: 未承認, 承認依頼中, 研修継続中, ...), translated.
QString workflowStateLabel(const WorkflowState& state);

} // namespace kenshu
