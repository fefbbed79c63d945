#pragma once

#include "WorkflowStates.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace kenshu {

// `data` (a record's data) moved to `state`, stamped with who changed it and when
// ("stateChangedBy", "stateChangedAt"); other keys are kept. The shared write rules count the
// stamps as part of the state change, not as an edit of the content.
QJsonObject withStateChange(QJsonObject data, const WorkflowState& state, const QString& actorId,
                            const QDateTime& at);

} // namespace kenshu
