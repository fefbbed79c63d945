#include "DicomFrameDecoder.h"

#include "DcmtkSetup.h"
#include "DicomCineTags.h"
#include "DicomLookupTables.h"
#include "DicomValues.h"

#include <QCoreApplication>
#include <QFile>
#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dccodec.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfcache.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcpixel.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmdata/dcxfer.h>

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;

// Values above this size stay on disk until a frame needs them.
constexpr Uint32 kMaxLoadedValueLength = 4096;

bool hasNoModalityRescale(const OFString& sopClass)
{
    return sopClass == UID_XRayAngiographicImageStorage || sopClass == UID_EnhancedXAImageStorage ||
           sopClass == UID_XRayRadiofluoroscopicImageStorage ||
           sopClass == UID_EnhancedXRFImageStorage;
}

} // namespace

qsizetype FrameFormat::frameBytes() const
{
    return qsizetype(rows) * columns * samplesPerPixel * ((bitsAllocated + 7) / 8);
}

struct DicomFrameDecoder::State
{
    DcmFileFormat file;
    DcmFileCache cache; // keeps the file open between frames
    Uint32 nextFragment = 0;
    int nextFrame = -1;
};

DicomFrameDecoder::DicomFrameDecoder(std::unique_ptr<State> state) : m_state(std::move(state)) {}

DicomFrameDecoder::~DicomFrameDecoder() = default;

Expected<std::unique_ptr<DicomFrameDecoder>> DicomFrameDecoder::open(const QString& path)
{
    ensureDcmtkReady();
    auto state = std::make_unique<State>();
    const OFCondition loaded =
        state->file.loadFile(QFile::encodeName(path).constData(), EXS_Unknown, EGL_noChange,
                             kMaxLoadedValueLength, ERM_autoDetect);
    if (loaded.bad()) {
        return Error{
            QCoreApplication::translate("DicomFrameDecoder", "The DICOM file cannot be read (%1).")
                .arg(QString::fromLatin1(loaded.text()))};
    }
    DcmDataset& dataset = *state->file.getDataset();
    if (!dataset.tagExists(DCM_PixelData))
        return Error{
            QCoreApplication::translate("DicomFrameDecoder", "The DICOM file holds no image.")};

    const E_TransferSyntax xfer = dataset.getOriginalXfer();
    const DcmXfer transferSyntax(xfer);
    if (transferSyntax.isEncapsulated() &&
        !DcmCodecList::canChangeCoding(xfer, EXS_LittleEndianExplicit)) {
        return Error{QCoreApplication::translate(
                         "DicomFrameDecoder", "Kenshu cannot decode images compressed as %1 (%2).")
                         .arg(QString::fromLatin1(transferSyntax.getXferName()),
                              QString::fromLatin1(transferSyntax.getXferID()))};
    }

    std::unique_ptr<DicomFrameDecoder> decoder(new DicomFrameDecoder(std::move(state)));
    FrameFormat& format = decoder->m_format;
    format.rows = dicomInt(dataset, DCM_Rows, 0);
    format.columns = dicomInt(dataset, DCM_Columns, 0);
    format.samplesPerPixel = dicomInt(dataset, DCM_SamplesPerPixel, 1);
    format.bitsAllocated = dicomInt(dataset, DCM_BitsAllocated, 8);
    format.bitsStored = dicomInt(dataset, DCM_BitsStored, format.bitsAllocated);
    format.isSigned = dicomInt(dataset, DCM_PixelRepresentation, 0) == 1;
    format.planar = dicomInt(dataset, DCM_PlanarConfiguration, 0) == 1;
    OFString photometric;
    dataset.findAndGetOFString(DCM_PhotometricInterpretation, photometric);
    format.photometric = QString::fromLatin1(photometric.c_str()).trimmed();
    Float64 slope = 1;
    Float64 intercept = 0;
    // X-ray angiography and fluoroscopy images have no modality rescale (PS3.3 C.8.7.1.1.2);
    // stray Rescale attributes in them are ignored, as DCMTK does.
    OFString sopClass;
    dataset.findAndGetOFString(DCM_SOPClassUID, sopClass);
    if (!hasNoModalityRescale(sopClass)) {
        format.modalityLut =
            readSequenceLookupTable(dataset, DCM_ModalityLUTSequence, format.isSigned);
        if (!format.modalityLut && dataset.findAndGetFloat64(DCM_RescaleSlope, slope).good() &&
            slope != 0.0)
            format.rescaleSlope = slope;
        if (!format.modalityLut &&
            dataset.findAndGetFloat64(DCM_RescaleIntercept, intercept).good())
            format.rescaleIntercept = intercept;
    }
    // VOI LUT inputs are modality values, which are negative only for signed or offset data.
    const bool signedModalityValues =
        format.modalityLut
            ? false
            : format.isSigned || format.rescaleIntercept < 0 || format.rescaleSlope < 0;
    format.voiLut = readSequenceLookupTable(dataset, DCM_VOILUTSequence, signedModalityValues);
    if (format.photometric == "PALETTE COLOR"_L1)
        format.palette = readPalette(dataset, format.isSigned);
    DcmElement* centers = nullptr;
    DcmElement* widths = nullptr;
    if (dataset.findAndGetElement(DCM_WindowCenter, centers).good() &&
        dataset.findAndGetElement(DCM_WindowWidth, widths).good() && centers && widths) {
        const unsigned long count = std::min(centers->getVM(), widths->getVM());
        for (unsigned long i = 0; i < count; ++i) {
            Float64 center = 0;
            Float64 width = 0;
            if (centers->getFloat64(center, i).good() && widths->getFloat64(width, i).good() &&
                width >= 1)
                format.windows.emplace_back(center, width);
        }
    }
    decoder->m_frames = std::max(dicomInt(dataset, DCM_NumberOfFrames, 1), 1);
    decoder->m_cineTags = readCineTimingTags(dataset);
    const QStringList characterSet = dicomCharacterSet(dataset);
    const auto text = [&](const DcmTagKey& tag) { return dicomText(dataset, tag, characterSet); };
    decoder->m_labels = ImageLabels{text(DCM_PatientName), text(DCM_PatientID), text(DCM_StudyDate),
                                    text(DCM_Modality), text(DCM_SeriesDescription)};
    decoder->m_identity = InstanceIdentity{dicomText(dataset, DCM_SeriesInstanceUID),
                                           dicomText(dataset, DCM_SOPInstanceUID)};
    decoder->m_transferSyntaxUid = QString::fromLatin1(transferSyntax.getXferID());
    if (format.rows <= 0 || format.columns <= 0 || format.bitsAllocated <= 0)
        return Error{QCoreApplication::translate("DicomFrameDecoder",
                                                 "The DICOM file declares no image size.")};
    return decoder;
}

Expected<QByteArray> DicomFrameDecoder::decodeFrame(int index)
{
    if (index < 0 || index >= m_frames)
        return Error{QCoreApplication::translate("DicomFrameDecoder",
                                                 "Frame %1 does not exist (the image has %2).")
                         .arg(index + 1)
                         .arg(m_frames)};
    DcmDataset& dataset = *m_state->file.getDataset();
    DcmElement* element = nullptr;
    if (dataset.findAndGetElement(DCM_PixelData, element).bad() || !element)
        return Error{
            QCoreApplication::translate("DicomFrameDecoder", "The DICOM file holds no image.")};
    auto* pixelData = dynamic_cast<DcmPixelData*>(element);
    if (!pixelData)
        return Error{
            QCoreApplication::translate("DicomFrameDecoder", "The DICOM file holds no image.")};

    Uint32 frameSize = 0;
    if (pixelData->getUncompressedFrameSize(&dataset, frameSize).bad() || frameSize == 0)
        return Error{QCoreApplication::translate("DicomFrameDecoder",
                                                 "The size of a frame cannot be determined.")};
    // DCMTK loads a frame into a buffer padded to even size.
    const Uint32 bufferSize = frameSize + (frameSize & 1u);
    QByteArray buffer(qsizetype(bufferSize), Qt::Uninitialized);
    // Sequential decoding continues from the fragment where the last frame ended.
    Uint32 startFragment = index == m_state->nextFrame ? m_state->nextFragment : 0;
    OFString colorModel;
    const OFCondition decoded =
        pixelData->getUncompressedFrame(&dataset, Uint32(index), startFragment, buffer.data(),
                                        bufferSize, colorModel, &m_state->cache);
    if (decoded.bad()) {
        m_state->nextFrame = -1;
        return Error{
            QCoreApplication::translate(
                "DicomFrameDecoder", "Frame %1 cannot be decoded (%2); the file may be incomplete.")
                .arg(index + 1)
                .arg(QString::fromLatin1(decoded.text()))};
    }
    m_state->nextFrame = index + 1;
    m_state->nextFragment = startFragment;
    if (!colorModel.empty())
        m_format.photometric = QString::fromLatin1(colorModel.c_str());
    buffer.truncate(m_format.frameBytes());
    return buffer;
}

} // namespace kenshu
