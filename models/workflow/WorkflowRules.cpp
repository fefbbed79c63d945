#include "WorkflowRules.h"

#include "CaseReportRules.h"
#include "CaseRules.h"
#include "CredentialRules.h"
#include "EvaluationSheetRules.h"
#include "TrainingReportRules.h"

#include <type_traits>

namespace kenshu {

Decision canTransition(const WorkflowState& before, const WorkflowState& after, const Actor& actor,
                       const TransitionContext& context)
{
    return std::visit(
        [&](auto from, auto to) {
            if constexpr (std::is_same_v<decltype(from), decltype(to)>)
                return checkTransition(from, to, actor, context);
            else
                return Decision::refuse(Refusal::MachineMismatch);
        },
        before, after);
}

Decision canEditContent(const WorkflowState& state, const Actor& actor,
                        const RecordParties& parties)
{
    return std::visit([&](auto current) { return checkEdit(current, actor, parties); }, state);
}

} // namespace kenshu
