#pragma once

#include "BlobSyncState.h"
#include "Expected.h"
#include "Record.h"
#include "WireUids.h"

#include <QHash>
#include <QString>
#include <optional>

namespace kenshu::sync {

// The form in which a record goes to the server, and back (DESIGN.md, "Sync protocol": patient
// data never leaves the workstation). Pure functions.
//
// A study goes with every UID remapped (WireUids), without study date, time and descriptions
// (PS3.15 Basic Profile removes them; only the listed keys go, so a field added later leaks
// nothing), with each instance's SHA-256 and size those of its de-identified file, and marked
// "deidentified". Comments and annotation layers go with the study, series and SOP UIDs they
// point at remapped, a comment's painted snapshot named only when it is in `outgoing` (it went
// up); an annotation layer named from its UIDs is renamed from the remapped ones
// (so that the server never sees an id derived from an original UID, and every reviewer's
// drawings on a frame meet in one record); a report without its private values (PrivateFields.h),
// which it keeps when it comes back. A study that came from the server goes as it is;
// other records too.
//
// Fails when a study instance has no outgoing blob: its original hash must not go instead.
Expected<Record> recordToWire(const Record& local, const WireUids& uids,
                              const OutgoingBlobs& outgoing);

// A record from the server as this library stores it. `local` is this library's version of the
// same record, if any. UIDs map back to the originals (WireUids::toLocal). The library's own
// study keeps what only it has (date, time, descriptions, the original files' hashes); a study
// that is only on the server is stored as it came. For any record that went up and came back
// unchanged, the result equals the local record.
Record recordFromWire(const Record& wire, const WireUids& uids, const std::optional<Record>& local);

// The id this library keeps a record from the server under, to find its local version. The same
// id, except for an annotation layer: named from UIDs (annotationLayerId), it goes to the server
// named from the de-identified ones, and is named from the originals here.
QUuid localRecordId(const Record& wire, const WireUids& uids);

} // namespace kenshu::sync
