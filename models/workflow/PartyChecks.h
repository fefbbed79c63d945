#pragma once

#include "Actor.h"
#include "Decision.h"

namespace kenshu {

// The two kinds of actor a workflow step needs: the record's author, or a reviewer acting on
// someone else's record. Shared by every state machine so that "who" is decided one way.

// The actor wrote the record (an empty member id is nobody).
bool isAuthor(const Actor& actor, const RecordParties& parties);

// Refused with NotAuthor unless the actor is the author.
Decision authorOnly(const Actor& actor, const RecordParties& parties);

// The author edits content unless the state locks it: NotAuthor for anyone else, then `lock`
// (Refusal::None when the state allows edits).
Decision authorEdit(const Actor& actor, const RecordParties& parties, Refusal lock);

// A member in `role` acting on someone else's record: refused with SupervisorOnly or
// DirectorOnly for another role, SelfApproval on one's own record, and NotAssignedReviewer
// when the record names a different reviewer.
Decision reviewerOnly(Role role, const Actor& actor, const RecordParties& parties);

} // namespace kenshu
