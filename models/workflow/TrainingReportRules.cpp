#include "TrainingReportRules.h"

#include "PartyChecks.h"

namespace kenshu {
namespace {

using State = TrainingReportState;

bool isAuthorStep(State from, State to)
{
    return (from == State::Draft && to == State::Submitted) ||
           (from == State::Submitted && to == State::Draft) ||
           (from == State::Reopened && to == State::Submitted);
}

bool isReviewerStep(State from, State to)
{
    return (from == State::Submitted && to == State::Closed) ||
           (from == State::Closed && to == State::Reopened) ||
           (from == State::Reopened && to == State::Closed);
}

// Why the author cannot edit in `state`, or Refusal::None.
Refusal editLock(TrainingReportState state)
{
    switch (state) {
    case State::Draft:
    case State::Reopened:
        return Refusal::None;
    case State::Submitted:
        return Refusal::LockedSubmitted;
    case State::Closed:
        return Refusal::LockedClosed;
    }
    return Refusal::InvalidTransition;
}

} // namespace

Decision checkTransition(TrainingReportState from, TrainingReportState to, const Actor& actor,
                         const TransitionContext& context)
{
    if (from == to)
        return Decision::refuse(Refusal::SameState);
    if (isAuthorStep(from, to))
        return authorOnly(actor, context.parties);
    if (isReviewerStep(from, to))
        return reviewerOnly(Role::Supervisor, actor, context.parties);
    if (from == State::Closed)
        return Decision::refuse(Refusal::LockedClosed);
    return Decision::refuse(Refusal::InvalidTransition);
}

Decision checkEdit(TrainingReportState state, const Actor& actor, const RecordParties& parties)
{
    return authorEdit(actor, parties, editLock(state));
}

} // namespace kenshu
