#pragma once

#include "Expected.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace kenshu {

// A report or evaluation sheet as stored in its record's `data` (docs/forms.md, "Drafts"):
//   {"form", "formVersion", "state", "caseId": uuid|null, "title", "values": {fieldId: value},
//    "authorId", "reviewerId": id|null, "savedAt": ISO UTC}
// The record id is not part of `data`. A draft keeps the schema version it was written with.
struct ReportDraft
{
    QUuid id; // the record's id
    QString formId;
    int formVersion = 0;
    QString state; // a workflow state name (WorkflowStates.h)
    QUuid caseId;  // null: not tied to a case
    QString title;
    QJsonObject values; // field id -> value, as validateForm reads them
    QString authorId;
    QString reviewerId; // empty: nobody asked yet
    QDateTime savedAt;
    // Keys this version does not know (written by a newer client), kept on a round trip.
    QJsonObject unknownKeys;

    QJsonObject toJson() const;
    // Fails only when the form id or version is missing: without them no schema fits.
    static Expected<ReportDraft> fromJson(const QUuid& id, const QJsonObject& data);
};

} // namespace kenshu
