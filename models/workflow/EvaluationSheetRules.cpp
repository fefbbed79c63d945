#include "EvaluationSheetRules.h"

#include "PartyChecks.h"

#include <algorithm>

namespace kenshu {

bool residentRatedAll(const EvaluationSheet& sheet)
{
    return std::all_of(sheet.items.begin(), sheet.items.end(),
                       [](const EvaluationItem& item) { return item.resident != Rating::Unrated; });
}

Decision evaluationCanComplete(const EvaluationSheet& sheet)
{
    if (sheet.items.empty())
        return Decision::refuse(Refusal::NoItems);
    const bool allAchieved =
        std::all_of(sheet.items.begin(), sheet.items.end(), [](const EvaluationItem& item) {
            return item.resident == Rating::Achieved && item.supervisor == Rating::Achieved;
        });
    return require(allAchieved, Refusal::NotAllAchieved);
}

Decision canRate(const EvaluationSheet& sheet, RatingSide side, const Actor& actor,
                 const RecordParties& parties)
{
    if (side == RatingSide::Resident)
        return checkEdit(sheet.state, actor, parties);
    return firstRefusal(
        {reviewerOnly(Role::Supervisor, actor, parties),
         require(sheet.state == EvaluationState::InTraining, Refusal::LockedCompleted),
         require(residentRatedAll(sheet), Refusal::ResidentNotRatedAll)});
}

Decision checkTransition(EvaluationState from, EvaluationState to, const Actor& actor,
                         const TransitionContext& context)
{
    if (from == to)
        return Decision::refuse(Refusal::SameState);
    if (const Decision reviewer = reviewerOnly(Role::Supervisor, actor, context.parties); !reviewer)
        return reviewer;
    if (to == EvaluationState::InTraining)
        return Decision::allow();
    if (!context.sheet)
        return Decision::refuse(Refusal::FactsMissing);
    return evaluationCanComplete(*context.sheet);
}

Decision checkEdit(EvaluationState state, const Actor& actor, const RecordParties& parties)
{
    return authorEdit(actor, parties,
                      state == EvaluationState::InTraining ? Refusal::None
                                                           : Refusal::ResidentLockedCompleted);
}

} // namespace kenshu
