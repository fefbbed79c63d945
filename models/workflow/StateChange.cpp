#include "StateChange.h"

#include "UtcTimestamp.h"

namespace kenshu {

using namespace Qt::Literals::StringLiterals;

QJsonObject withStateChange(QJsonObject data, const WorkflowState& state, const QString& actorId,
                            const QDateTime& at)
{
    data.insert("state"_L1, workflowStateName(state));
    data.insert("stateChangedAt"_L1, formatUtcTimestamp(at));
    data.insert("stateChangedBy"_L1, actorId);
    return data;
}

} // namespace kenshu
