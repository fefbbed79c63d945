#pragma once

#include "CineTiming.h"
#include "Expected.h"
#include "LookupTable.h"

#include <QByteArray>
#include <QString>
#include <memory>
#include <utility>
#include <vector>

namespace kenshu {

// How the stored pixel values of a frame are laid out after decompression.
struct FrameFormat
{
    int rows = 0;
    int columns = 0;
    int samplesPerPixel = 1;
    int bitsAllocated = 8;
    int bitsStored = 8;
    bool isSigned = false;
    bool planar = false;     // colour planes one after another (R...G...B...)
    QString photometric;     // after decompression, e.g. MONOCHROME2, RGB, YBR_FULL
    double rescaleSlope = 1; // modality transform: stored * slope + intercept
    double rescaleIntercept = 0;
    std::vector<std::pair<double, double>> windows; // VOI windows (centre, width) in the file
    // Modality LUT Sequence (replaces rescale; never for XA/XRF), first VOI LUT Sequence item,
    // and the tables of a PALETTE COLOR image. Shared: a format is copied with every frame.
    std::shared_ptr<const LookupTable> modalityLut;
    std::shared_ptr<const LookupTable> voiLut;
    std::shared_ptr<const Palette> palette;
    qsizetype frameBytes() const; // rows * columns * samples * bytes per sample
};

// What the viewer shows in its corners, decoded to Unicode. Stays on this workstation.
struct ImageLabels
{
    QString patientName;
    QString patientId;
    QString studyDate;
    QString modality;
    QString seriesDescription;
};

// Which image a file holds.
struct InstanceIdentity
{
    QString seriesInstanceUid;
    QString sopInstanceUid;
};

// Decodes single frames of a DICOM file, uncompressed or compressed with any codec DCMTK has
// registered (JPEG baseline/extended/lossless, JPEG-LS, RLE), returning stored values in
// native byte order. Only the requested frame is read and decompressed. One instance is not
// thread-safe: each decoding thread opens its own.
class DicomFrameDecoder final
{
public:
    static Expected<std::unique_ptr<DicomFrameDecoder>> open(const QString& path);
    ~DicomFrameDecoder();
    DicomFrameDecoder(const DicomFrameDecoder&) = delete;
    DicomFrameDecoder& operator=(const DicomFrameDecoder&) = delete;

    const FrameFormat& format() const { return m_format; }
    int frameCount() const { return m_frames; }
    QString transferSyntaxUid() const { return m_transferSyntaxUid; }
    const CineTimingTags& cineTimingTags() const { return m_cineTags; }
    const ImageLabels& labels() const { return m_labels; }
    const InstanceIdentity& identity() const { return m_identity; }

    Expected<QByteArray> decodeFrame(int index);

private:
    struct State;
    explicit DicomFrameDecoder(std::unique_ptr<State> state);

    std::unique_ptr<State> m_state;
    FrameFormat m_format;
    int m_frames = 0;
    QString m_transferSyntaxUid;
    CineTimingTags m_cineTags;
    ImageLabels m_labels;
    InstanceIdentity m_identity;
};

} // namespace kenshu
