#pragma once

#include "Decision.h"
#include "WorkflowStates.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace kenshu {

// A case's consultation state as its record data holds it: "state" ("open" or "closed",
// missing = open), with "stateChangedAt"/"stateChangedBy" for the last close or reopen.
CaseState caseStateOf(const QJsonObject& caseData);

// Whether studies and PDFs may be added to a case in `state`: not once it is closed (the
// supervisor approved it as it was) until it is reopened.
Decision canAddToCase(CaseState state);

// The resident a case belongs to: "authorId" when the data names one, else the member number
// the case title starts with ("123456-001"); empty when neither says.
QString caseOwnerOf(const QJsonObject& caseData);

// `caseData` with `state`, stamped with who changed it and when; other keys are kept.
QJsonObject caseDataWithState(QJsonObject caseData, CaseState state, const QString& actorId,
                              const QDateTime& at);

} // namespace kenshu
