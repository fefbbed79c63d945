#pragma once

#include "BurnedInText.h"
#include "Expected.h"

#include <QString>

namespace kenshu::sync {

class PreparedBlob;

// Turns a local file into what may be uploaded: a DICOM file into its de-identified copy
// (PS3.15 Basic Profile with UIDs remapped under the data folder's site key, sync/deid), written
// under <data>/outgoing/ and named by its new SOP Instance UID; a PDF or PNG as it is. The
// original is never changed and never sent. Blocking file I/O: call it on a worker thread.
Expected<PreparedBlob> prepareBlob(const QString& dataDir, const QString& path);

// The file that may leave the workstation in place of a local one. Only prepareBlob makes one,
// and TusUploader takes nothing else: no caller can upload a DICOM file that was not
// de-identified.
class PreparedBlob final
{
public:
    const QString& path() const { return m_path; }       // what to upload
    bool deidentified() const { return m_deidentified; } // a de-identified copy of DICOM
    // The image may show patient data burned into its pixels: the user must look first.
    bool needsBurnedInTextConfirmation() const
    {
        return m_burnedInText != deid::BurnedInTextRisk::None;
    }
    deid::BurnedInTextRisk burnedInText() const { return m_burnedInText; }

private:
    friend Expected<PreparedBlob> prepareBlob(const QString& dataDir, const QString& path);
    PreparedBlob(QString path, bool deidentified, deid::BurnedInTextRisk burnedInText)
        : m_path(std::move(path)), m_deidentified(deidentified), m_burnedInText(burnedInText)
    {
    }

    QString m_path;
    bool m_deidentified = false;
    deid::BurnedInTextRisk m_burnedInText = deid::BurnedInTextRisk::None;
};

} // namespace kenshu::sync
