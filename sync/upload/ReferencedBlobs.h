#pragma once

#include "Record.h"

#include <QList>
#include <QString>

namespace kenshu::sync {

// A local file that a record names and that must be on the server before the record is.
struct ReferencedBlob
{
    enum class Kind { Dicom, Pdf, Png };
    QString sha256; // of the local file
    qint64 size = 0;
    Kind kind = Kind::Dicom;
    // Dicom: the series the image belongs to (local UID), for the burned-in text confirmation.
    QString seriesInstanceUid;
    int seriesNumber = 0;
    QString modality;

    QString kindName() const;
};

// The files a record names: a study's images (not for another member's study, which is on the
// server already, nor for a deletion), a document's PDF, a comment's painted snapshot.
QList<ReferencedBlob> referencedBlobs(const Record& record);

} // namespace kenshu::sync
