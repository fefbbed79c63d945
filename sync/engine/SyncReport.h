#pragma once

#include "ApiError.h"
#include "SyncIssue.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <optional>

namespace kenshu::sync {

// What one sync run did, and what is left.
struct SyncReport
{
    int pushed = 0;       // local changes the server took
    int pulled = 0;       // records from the server written here
    int conflicts = 0;    // new conflicts (both versions kept)
    int refused = 0;      // local changes the server refused (kept, marked)
    int held = 0;         // studies held for the user's burned-in text confirmation
    int pending = 0;      // queued changes and records waiting for the user after the run
    QStringList uploaded; // SHA-256 of the blobs sent before their records
    qint64 uploadedBytes = 0;
    std::optional<ApiError> error; // the run stopped early (offline, signed out, TLS, …)
    QString storeError;            // the local library failed
    QList<SyncIssue> issues;       // conflicts, refusals and held studies waiting for the user

    bool upToDate() const { return !error && storeError.isEmpty() && pending == 0; }
};

} // namespace kenshu::sync

Q_DECLARE_METATYPE(kenshu::sync::SyncReport)
