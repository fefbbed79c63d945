#include "DicomImportFormat.h"

#include "DcmtkSetup.h"
#include "DicomDirectory.h"
#include "DicomPixelCheck.h"
#include "DicomThumbnail.h"
#include "DicomValues.h"

#include <QCoreApplication>
#include <QFile>
#include <algorithm>
#include <cctype>
#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmdata/dcxfer.h>

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;

// Values above this size stay on disk while the header is read; pixel data is never loaded.
constexpr Uint32 kMaxLoadedValueLength = 4096;

FileInspection rejected(const QString& reason)
{
    FileInspection result;
    result.kind = FileInspection::Kind::Rejected;
    result.reason = reason;
    return result;
}

} // namespace

DicomImportFormat::DicomImportFormat()
{
    ensureDcmtkReady();
}

bool DicomImportFormat::looksLikeDicom(const QByteArray& head)
{
    if (head.size() >= 132 && head.mid(128, 4) == "DICM")
        return true;
    // A bare dataset (old CDs): starts with a group 0002 or 0008 tag, little endian.
    if (head.size() < 8)
        return false;
    const auto byte = [&](int i) { return static_cast<unsigned char>(head[i]); };
    const bool knownGroup = (byte(0) == 0x08 || byte(0) == 0x02) && byte(1) == 0x00;
    const bool explicitVr = std::isupper(byte(4)) && std::isupper(byte(5));
    const bool smallImplicitLength = byte(6) == 0 && byte(7) == 0;
    return knownGroup && byte(3) == 0x00 && (explicitVr || smallImplicitLength);
}

FileInspection DicomImportFormat::inspect(const QString& path, const QByteArray& head) const
{
    if (!looksLikeDicom(head))
        return {};

    DcmFileFormat file;
    const OFCondition loaded = file.loadFile(QFile::encodeName(path).constData(), EXS_Unknown,
                                             EGL_noChange, kMaxLoadedValueLength, ERM_autoDetect);
    if (loaded.bad()) {
        return rejected(QCoreApplication::translate("DicomImportFormat",
                                                    "The DICOM file is damaged or incomplete (%1).")
                            .arg(QString::fromLatin1(loaded.text())));
    }
    DcmDataset& dataset = *file.getDataset();
    const QString mediaStorageClass = dicomText(*file.getMetaInfo(), DCM_MediaStorageSOPClassUID);
    if (mediaStorageClass == QLatin1StringView(UID_MediaStorageDirectoryStorage)) {
        FileInspection index;
        index.kind = FileInspection::Kind::Index;
        return index;
    }
    // Descriptions may be in any DICOM character set (Japanese CDs often use ISO 2022 IR 87).
    const QStringList characterSet = dicomCharacterSet(dataset);

    FileInspection result;
    result.kind = FileInspection::Kind::DicomInstance;
    DicomInstanceMeta& meta = result.dicom;
    meta.studyInstanceUid = dicomText(dataset, DCM_StudyInstanceUID);
    meta.seriesInstanceUid = dicomText(dataset, DCM_SeriesInstanceUID);
    meta.instance.sopInstanceUid = dicomText(dataset, DCM_SOPInstanceUID);
    if (meta.studyInstanceUid.isEmpty() || meta.seriesInstanceUid.isEmpty() ||
        meta.instance.sopInstanceUid.isEmpty()) {
        return rejected(QCoreApplication::translate(
            "DicomImportFormat", "The DICOM file has no study, series or instance UID."));
    }
    meta.studyDate = dicomText(dataset, DCM_StudyDate);
    meta.studyTime = dicomText(dataset, DCM_StudyTime);
    meta.studyDescription = dicomText(dataset, DCM_StudyDescription, characterSet);
    meta.modality = dicomText(dataset, DCM_Modality);
    meta.seriesDescription = dicomText(dataset, DCM_SeriesDescription, characterSet);
    meta.seriesNumber = dicomInt(dataset, DCM_SeriesNumber, 0);
    meta.instance.sopClassUid = dicomText(dataset, DCM_SOPClassUID);
    meta.instance.instanceNumber = dicomInt(dataset, DCM_InstanceNumber, 0);
    meta.instance.rows = dicomInt(dataset, DCM_Rows, 0);
    meta.instance.columns = dicomInt(dataset, DCM_Columns, 0);

    const E_TransferSyntax transferSyntax = dataset.getOriginalXfer();
    meta.instance.transferSyntaxUid = QString::fromLatin1(DcmXfer(transferSyntax).getXferID());
    const bool hasPixels = dataset.tagExists(DCM_PixelData);
    meta.instance.frames = hasPixels ? std::max(dicomInt(dataset, DCM_NumberOfFrames, 1), 1) : 0;
    if (hasPixels) {
        const QString problem = dicomPixelDataProblem(dataset);
        if (!problem.isEmpty())
            return rejected(problem);
    }
    return result;
}

Expected<QStringList> DicomImportFormat::indexedFiles(const QString& indexPath) const
{
    return readDicomDirectory(indexPath);
}

QByteArray DicomImportFormat::thumbnailPng(const QString& path, int maxSide) const
{
    return renderDicomThumbnailPng(path, maxSide);
}

} // namespace kenshu
