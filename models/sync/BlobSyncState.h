#pragma once

#include "Expected.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace kenshu {

class LocalStore;

// What a local file leaves the workstation as: its de-identified copy (DICOM) or itself.
struct OutgoingBlob
{
    QString sha256;
    qint64 size = 0;
};

// Outgoing blobs by the SHA-256 of the local file they stand for.
using OutgoingBlobs = QHash<QString, OutgoingBlob>;

// The sync side of the local blob index: what each local file left the workstation as (its
// de-identified copy, or itself), whether the server has it, and which series of a study the user
// has confirmed to show no burned-in patient data. Synchronous; the caller's transaction, if any.
class BlobSyncState final
{
public:
    explicit BlobSyncState(LocalStore& store);

    // The given local files that the server has, with what they went up as.
    OutgoingBlobs onServer(const QStringList& localSha256s) const;
    // The server has `outgoingSha256` for the local file (uploaded, or downloaded from there).
    Status noteOnServer(const QString& localSha256, qint64 localSize, const QString& kind,
                        const QString& outgoingSha256, qint64 outgoingSize);

    QSet<QString> confirmedSeries(const QUuid& studyId) const;
    // The user looked at every image of these series: no patient data is burned in.
    Status confirmSeries(const QUuid& studyId, const QStringList& seriesInstanceUids);

private:
    LocalStore& m_store;
};

} // namespace kenshu
