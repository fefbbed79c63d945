#include "CaseConsultation.h"

#include "CaseTitle.h"
#include "StateChange.h"

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;

} // namespace

CaseState caseStateOf(const QJsonObject& caseData)
{
    const std::optional<WorkflowState> state =
        workflowStateFromName(WorkflowKind::Case, caseData.value("state"_L1).toString());
    return state ? std::get<CaseState>(*state) : CaseState::Open;
}

Decision canAddToCase(CaseState state)
{
    return require(state == CaseState::Open, Refusal::LockedClosed);
}

QString caseOwnerOf(const QJsonObject& caseData)
{
    const QString author = caseData.value("authorId"_L1).toString();
    if (!author.isEmpty())
        return author;
    const std::optional<CaseTitle> title = parseCaseTitle(caseData.value("title"_L1).toString());
    return title ? title->memberNumber : QString();
}

QJsonObject caseDataWithState(QJsonObject caseData, CaseState state, const QString& actorId,
                              const QDateTime& at)
{
    return withStateChange(std::move(caseData), state, actorId, at);
}

} // namespace kenshu
