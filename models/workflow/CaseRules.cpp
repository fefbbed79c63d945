#include "CaseRules.h"

#include "PartyChecks.h"

namespace kenshu {

Decision checkTransition(CaseState from, CaseState to, const Actor& actor,
                         const TransitionContext& context)
{
    if (from == to)
        return Decision::refuse(Refusal::SameState);
    return reviewerOnly(Role::Supervisor, actor, context.parties);
}

Decision checkEdit(CaseState state, const Actor& actor, const RecordParties& parties)
{
    return authorEdit(actor, parties,
                      state == CaseState::Open ? Refusal::None : Refusal::LockedClosed);
}

} // namespace kenshu
