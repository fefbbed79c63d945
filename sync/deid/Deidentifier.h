#pragma once

#include "BurnedInText.h"
#include "DatasetDeidentifier.h"
#include "Expected.h"
#include "UidRemapper.h"

#include <QByteArray>
#include <QString>

namespace kenshu::deid {

// What de-identifying one file produced. Holds no patient data: new UIDs and counts only.
struct DeidentifiedFile
{
    QString outputPath;
    QString studyInstanceUid; // remapped
    QString seriesInstanceUid;
    QString sopInstanceUid;
    BurnedInTextRisk burnedInText = BurnedInTextRisk::None; // see BurnedInText.h
    DeidentificationCounts counts;

    bool needsBurnedInTextConfirmation() const { return burnedInText != BurnedInTextRisk::None; }
};

// Makes de-identified copies of DICOM files (PS3.15 Basic Profile, see DatasetDeidentifier.h)
// with UIDs remapped under the site secret (see SiteSecret.h). The original is never modified.
// Blocking file I/O: call it on a worker thread. Const and stateless, so threads may share one.
class Deidentifier final
{
public:
    explicit Deidentifier(QByteArray siteSecret);

    // Writes the de-identified copy of `input` to `output`, or into the folder `output` as
    // "<new SOP Instance UID>.dcm" when `output` is an existing folder (file names taken from
    // the input could hold a patient's name). The copy keeps the input's transfer syntax, so
    // the pixel data is byte for byte the same. Input that is not a complete DICOM image file
    // (not DICOM, truncated, a DICOMDIR) gives an error and creates nothing.
    Expected<DeidentifiedFile> deidentifyFile(const QString& input, const QString& output) const;

private:
    UidRemapper m_uids;
};

} // namespace kenshu::deid
