#include "Deidentifier.h"

#include "BurnedInText.h"
#include "DcmtkSetup.h"
#include "DicomFileWriting.h"
#include "DicomImportFormat.h"
#include "DicomPixelCheck.h"
#include "DicomValues.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <utility>

namespace kenshu::deid {
namespace {

// Larger values (pixel data) stay in the input file and are streamed to the output.
constexpr Uint32 kMaxLoadedValueLength = 64 * 1024;

Status checkNotTheInput(const QString& input, const QString& output)
{
    const QFileInfo out(output);
    if (out.exists() && out.canonicalFilePath() == QFileInfo(input).canonicalFilePath())
        return Error{QCoreApplication::translate(
                         "Deidentifier",
                         "%1: the de-identified copy would replace the original; choose another "
                         "output.")
                         .arg(input)};
    return {};
}

Status checkLooksLikeDicom(const QString& input)
{
    QFile file(input);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("Deidentifier", "Cannot read %1: %2")
                         .arg(input, file.errorString())};
    if (!DicomImportFormat::looksLikeDicom(file.read(1024)))
        return Error{
            QCoreApplication::translate("Deidentifier", "%1 is not a DICOM file.").arg(input)};
    return {};
}

} // namespace

Deidentifier::Deidentifier(QByteArray siteSecret) : m_uids(std::move(siteSecret))
{
    ensureDcmtkReady();
}

Expected<DeidentifiedFile> Deidentifier::deidentifyFile(const QString& input,
                                                        const QString& output) const
{
    if (!QFileInfo(input).isFile())
        return Error{QCoreApplication::translate("Deidentifier", "%1 is not a file.").arg(input)};
    if (Status dicom = checkLooksLikeDicom(input); !dicom)
        return dicom.error();

    DcmFileFormat file;
    const OFCondition loaded = file.loadFile(QFile::encodeName(input).constData(), EXS_Unknown,
                                             EGL_noChange, kMaxLoadedValueLength, ERM_autoDetect);
    if (loaded.bad()) {
        return Error{QCoreApplication::translate(
                         "Deidentifier", "%1 is damaged or incomplete (%2); nothing was written.")
                         .arg(input, QString::fromLatin1(loaded.text()))};
    }
    DcmDataset& dataset = *file.getDataset();
    if (dicomText(*file.getMetaInfo(), DCM_MediaStorageSOPClassUID) ==
        QLatin1StringView(UID_MediaStorageDirectoryStorage)) {
        return Error{QCoreApplication::translate(
                         "Deidentifier",
                         "%1 is a DICOMDIR, an index that lists patients; de-identify the image "
                         "files it lists instead.")
                         .arg(input)};
    }
    if (const QString problem = dicomPixelDataProblem(dataset); !problem.isEmpty())
        return Error{QCoreApplication::translate("Deidentifier", "%1: %2 Nothing was written.")
                         .arg(input, problem)};

    DeidentifiedFile result;
    result.burnedInText =
        burnedInTextRisk({dicomText(dataset, DCM_BurnedInAnnotation),
                          dicomText(dataset, DCM_Modality), dicomText(dataset, DCM_SOPClassUID)});
    result.counts = deidentifyDataset(dataset, m_uids);
    result.studyInstanceUid = dicomText(dataset, DCM_StudyInstanceUID);
    result.seriesInstanceUid = dicomText(dataset, DCM_SeriesInstanceUID);
    result.sopInstanceUid = dicomText(dataset, DCM_SOPInstanceUID);
    if (result.sopInstanceUid.isEmpty())
        return Error{QCoreApplication::translate(
                         "Deidentifier", "%1 has no SOP Instance UID; it is not an image file.")
                         .arg(input)};

    result.outputPath =
        QFileInfo(output).isDir() ? QDir(output).filePath(result.sopInstanceUid + u".dcm") : output;
    if (Status target = checkNotTheInput(input, result.outputPath); !target)
        return target.error();
    if (Status saved = saveDicomFileAtomically(file, result.outputPath, DicomFileEncoding::AsRead);
        !saved)
        return saved.error();
    return result;
}

} // namespace kenshu::deid
