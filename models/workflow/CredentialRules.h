#pragma once

#include "Decision.h"
#include "TransitionContext.h"
#include "WorkflowStates.h"

namespace kenshu {

// Credential (証票): the author submits it for review and may withdraw it while it waits (to
// replace the file); the training director approves it. Approved is final.
Decision checkTransition(CredentialState from, CredentialState to, const Actor& actor,
                         const TransitionContext& context);
// The author replaces the file of a credential that is not submitted.
Decision checkEdit(CredentialState state, const Actor& actor, const RecordParties& parties);

// Whether `actor` may register cases and reports: a resident only once the director has
// approved their credential (`credential` is theirs). Other roles need no credential.
Decision canRegisterRecords(const Actor& actor, CredentialState credential);

} // namespace kenshu
