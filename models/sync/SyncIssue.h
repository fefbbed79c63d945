#pragma once

#include "Record.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>
#include <optional>

namespace kenshu {

// A local change that sync could not deliver as it is. The local version stays in the store
// (dirty); nothing is overwritten until the user decides.
struct SyncIssue
{
    enum class Kind {
        Conflict, // the server has another version: both are kept, the user picks or merges
        Refused,  // the server's rules refused the change (403/409/4xx); `message` says why
        // Held here until the user confirms: the study's images may show patient data burned
        // into the pixels (`heldSeries` says which and why). Not sent, nothing uploaded.
        NeedsConfirmation,
    };

    // A series whose images the user must look at before they leave the workstation.
    struct HeldSeries
    {
        enum class Reason {
            Declared, // Burned In Annotation is YES
            Likely,   // not declared, and this kind of image often carries text (US, SC, ...)
        };
        QString seriesInstanceUid; // the local (original) UID: this stays on the workstation
        int seriesNumber = 0;
        QString modality;
        Reason reason = Reason::Likely;
    };

    QUuid recordId;
    Kind kind = Kind::Conflict;
    QString code;                        // the server's error code, e.g. "stale_revision"
    QString message;                     // for the user
    std::optional<Record> serverVersion; // Conflict: the server's record; nullopt: not there
    QList<HeldSeries> heldSeries;        // NeedsConfirmation
    QDateTime detectedAt;
};

} // namespace kenshu
