#include "CredentialRules.h"

#include "PartyChecks.h"

namespace kenshu {
namespace {

using State = CredentialState;

// Why the author cannot edit in `state`, or Refusal::None.
Refusal editLock(CredentialState state)
{
    switch (state) {
    case State::NotSubmitted:
        return Refusal::None;
    case State::Waiting:
        return Refusal::RequestPending;
    case State::Approved:
        return Refusal::LockedApproved;
    }
    return Refusal::InvalidTransition;
}

} // namespace

Decision checkTransition(CredentialState from, CredentialState to, const Actor& actor,
                         const TransitionContext& context)
{
    if (from == to)
        return Decision::refuse(Refusal::SameState);
    if (from == State::Approved)
        return Decision::refuse(Refusal::LockedApproved);
    if (from == State::Waiting && to == State::Approved)
        return reviewerOnly(Role::Director, actor, context.parties);
    if ((from == State::NotSubmitted && to == State::Waiting) ||
        (from == State::Waiting && to == State::NotSubmitted))
        return authorOnly(actor, context.parties);
    return Decision::refuse(Refusal::InvalidTransition);
}

Decision checkEdit(CredentialState state, const Actor& actor, const RecordParties& parties)
{
    return authorEdit(actor, parties, editLock(state));
}

Decision canRegisterRecords(const Actor& actor, CredentialState credential)
{
    if (actor.role != Role::Resident)
        return Decision::allow();
    return require(credential == State::Approved, Refusal::CredentialNotApproved);
}

} // namespace kenshu
