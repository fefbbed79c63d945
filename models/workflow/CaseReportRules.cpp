#include "CaseReportRules.h"

#include "PartyChecks.h"

namespace kenshu {
namespace {

using State = CaseReportState;

Decision requestApproval(const Actor& actor, const TransitionContext& context)
{
    if (const Decision author = authorOnly(actor, context.parties); !author)
        return author;
    if (!context.request)
        return Decision::refuse(Refusal::FactsMissing);
    return checkApprovalRequest(*context.request, context.parties);
}

Decision review(const Actor& actor, const RecordParties& parties)
{
    // A request always names its supervisor; only that one answers it.
    if (parties.reviewerId.isEmpty() && actor.role == Role::Supervisor)
        return Decision::refuse(Refusal::NoReviewer);
    return reviewerOnly(Role::Supervisor, actor, parties);
}

// Why the author cannot edit in `state`, or Refusal::None.
Refusal editLock(CaseReportState state)
{
    switch (state) {
    case State::Unregistered:
    case State::Registered:
    case State::Rejected:
        return Refusal::None;
    case State::ApprovalRequested:
        return Refusal::RequestPending;
    case State::Approved:
        return Refusal::LockedApproved;
    }
    return Refusal::InvalidTransition;
}

} // namespace

Decision checkTransition(CaseReportState from, CaseReportState to, const Actor& actor,
                         const TransitionContext& context)
{
    if (from == to)
        return Decision::refuse(Refusal::SameState);
    if (from == State::Approved && to != State::Unregistered)
        return Decision::refuse(Refusal::LockedApproved);
    switch (to) {
    case State::Unregistered: // delete
        if (from == State::ApprovalRequested)
            return Decision::refuse(Refusal::RequestPending);
        return authorOnly(actor, context.parties);
    case State::Registered: // register, or withdraw a pending request
        if (from == State::Unregistered || from == State::ApprovalRequested)
            return authorOnly(actor, context.parties);
        break;
    case State::ApprovalRequested:
        if (from == State::Registered || from == State::Rejected)
            return requestApproval(actor, context);
        break;
    case State::Approved:
    case State::Rejected:
        if (from == State::ApprovalRequested)
            return review(actor, context.parties);
        break;
    }
    return Decision::refuse(Refusal::InvalidTransition);
}

Decision checkEdit(CaseReportState state, const Actor& actor, const RecordParties& parties)
{
    return authorEdit(actor, parties, editLock(state));
}

} // namespace kenshu
