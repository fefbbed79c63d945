#pragma once

#include "Record.h"

#include <QDateTime>
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
    };

    QUuid recordId;
    Kind kind = Kind::Conflict;
    QString code;                        // the server's error code, e.g. "stale_revision"
    QString message;                     // for the user
    std::optional<Record> serverVersion; // Conflict: the server's record; nullopt: not there
    QDateTime detectedAt;
};

} // namespace kenshu
