#pragma once

#include "Actor.h"
#include "DateRange.h"
#include "Decision.h"
#include "Record.h"
#include "WorkflowStates.h"

#include <optional>
#include <vector>

namespace kenshu {

struct FormSchema;

// What canWriteRecord needs besides the two versions of the record. The deciding side (the
// client before queuing an edit, the server before storing it) looks these up in its own store.
struct WriteContext
{
    // The schema a report or evaluation sheet was written with (data.form, data.formVersion).
    // Without it a report's state machine and a sheet's items are unknown (FactsMissing).
    const FormSchema* form = nullptr;
    // The stored parent of a study or document: its case.
    std::optional<Record> parent;
    // For a case report's approval request: the certification periods of the supervisor asked
    // (data.reviewerId) and of the facility chosen on the report (empty: not known).
    std::vector<DateRange> reviewerCertifications;
    std::vector<DateRange> facilityCertifications;
    // Where the room's program requires an approved credential before residents register cases
    // and reports: the state of the writer's credential (NotSubmitted when they have none).
    std::optional<CredentialState> registrationCredential;
};

// The members named in a record's data: "authorId" and "reviewerId".
RecordParties recordParties(const Record& record);

// The state machine that governs `record` (a report's comes from its form); nullopt for records
// without one (comments, studies, a report whose form has no workflow).
std::optional<WorkflowKind> recordWorkflowKind(const Record& record, const FormSchema* form);

// Whether `actor` may turn `current` (the version the deciding side stores; nullopt or a
// tombstone when the record does not exist yet) into `proposed` (a deletion when
// proposed.deleted). Maps the record's data to the workflow rules:
// - case, report, evaluation_sheet, credential: created by their author in the initial state
//   (or a state the author may step to from it); a changed "state" is checked by canTransition
//   against the current state; other changed content by canEditContent (for a sheet: each
//   rating column by canRate); deletion is an edit by the author. A new case or report also
//   needs canRegisterRecords where the context names a registration credential.
// - the author ("authorId") of a stored record never changes, whatever its type.
// - study, document: the author of their (open) case edits them.
// - comment: only its author writes it; annotation layers: anyone who sees the case.
// - approval_request: written by its author, addressed to somebody else.
// - program, room, member, notification: managed by the server (ServerManaged).
Decision canWriteRecord(const std::optional<Record>& current, const Record& proposed,
                        const Actor& actor, const WriteContext& context);

} // namespace kenshu
