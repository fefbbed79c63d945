#pragma once

#include "Expected.h"

#include <QString>

namespace kenshu::sync {

// The file that may leave the workstation in place of a local one.
struct PreparedBlob
{
    QString path;              // what to upload
    bool deidentified = false; // a de-identified copy of a DICOM file
    // The image may show patient data burned into its pixels: the user must look first.
    bool needsBurnedInTextConfirmation = false;
};

// Turns a local file into what may be uploaded: a DICOM file into its de-identified copy
// (PS3.15 Basic Profile with UIDs remapped under the data folder's site key, sync/deid), written
// under <data>/outgoing/ and named by its new SOP Instance UID; a PDF or PNG as it is. The
// original is never changed and never sent. Blocking file I/O: call it on a worker thread.
Expected<PreparedBlob> prepareBlob(const QString& dataDir, const QString& path);

} // namespace kenshu::sync
