#include "TestData.h"

#include <QColor>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRect>
#include <QtGlobal>

// osconfig.h must come before any other DCMTK header.
#include <algorithm>
#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcddirif.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmdata/dcxfer.h>
#include <dcmtk/oflog/oflog.h>
#include <dcmtk/ofstd/ofcond.h>
#include <vector>

namespace kenshu::testdata {

namespace {

OFFilename toOFFilename(const QString& path)
{
    return OFFilename(QFile::encodeName(path).constData());
}

QString conditionText(const QString& what, const OFCondition& cond)
{
    return QStringLiteral("%1: %2").arg(what, QString::fromLocal8Bit(cond.text()));
}

// Raises the "dcmtk.dcmdata" logger to WARN for its lifetime, so DicomDirInterface's per-file
// INFO lines do not flood the test output; warnings and errors still reach stderr.
class QuietDcmdataInfo
{
public:
    QuietDcmdataInfo()
        : logger_(OFLog::getLogger("dcmtk.dcmdata")), previous_(logger_.getLogLevel())
    {
        if (logger_.getChainedLogLevel() < OFLogger::WARN_LOG_LEVEL)
            logger_.setLogLevel(OFLogger::WARN_LOG_LEVEL);
    }
    ~QuietDcmdataInfo() { logger_.setLogLevel(previous_); }
    QuietDcmdataInfo(const QuietDcmdataInfo&) = delete;
    QuietDcmdataInfo& operator=(const QuietDcmdataInfo&) = delete;

private:
    OFLogger logger_;
    dcmtk::log4cplus::LogLevel previous_;
};

int maxValue(const DicomSpec& spec)
{
    return spec.bitsAllocated == 16 ? 4095 : 255;
}

QString validateSpec(const DicomSpec& spec)
{
    if (spec.studyInstanceUid.isEmpty())
        return QStringLiteral("DicomSpec.studyInstanceUid is required");
    if (spec.seriesInstanceUid.isEmpty())
        return QStringLiteral("DicomSpec.seriesInstanceUid is required");
    if (spec.sopInstanceUid.isEmpty())
        return QStringLiteral("DicomSpec.sopInstanceUid is required");
    if (spec.sopClassUid.isEmpty())
        return QStringLiteral("DicomSpec.sopClassUid is required");
    if (spec.rows <= 0 || spec.columns <= 0 || spec.frames <= 0)
        return QStringLiteral("DicomSpec rows/columns/frames must be > 0 (got %1x%2x%3)")
            .arg(spec.rows)
            .arg(spec.columns)
            .arg(spec.frames);
    if (spec.rows > 65535 || spec.columns > 65535)
        return QStringLiteral("DicomSpec rows/columns must be <= 65535");
    if (spec.bitsAllocated != 8 && spec.bitsAllocated != 16)
        return QStringLiteral("DicomSpec.bitsAllocated must be 8 or 16 (got %1)")
            .arg(spec.bitsAllocated);
    if (spec.samplesPerPixel != 1 && spec.samplesPerPixel != 3)
        return QStringLiteral("DicomSpec.samplesPerPixel must be 1 or 3 (got %1)")
            .arg(spec.samplesPerPixel);
    if (spec.samplesPerPixel == 3 && spec.bitsAllocated != 8)
        return QStringLiteral("DicomSpec: RGB (samplesPerPixel 3) is only supported with 8 bits");
    if (pixelDataBytes(spec) > qint64(0xFFFFFFF0))
        return QStringLiteral("DicomSpec: pixel data too large for one PixelData element");
    return {};
}

// Builds the complete dataset; the PixelData element gets only `pixelBytesToWrite` bytes
// (== pixelDataBytes(spec) for a valid file).
QString buildAndSave(const QString& path, const DicomSpec& spec, qint64 pixelBytesToWrite)
{
    if (const QString err = validateSpec(spec); !err.isEmpty())
        return err;
    if (path.isEmpty())
        return QStringLiteral("empty output path");

    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return QStringLiteral("cannot create directory %1").arg(info.absolutePath());

    DcmFileFormat fileFormat;
    DcmDataset* ds = fileFormat.getDataset();
    OFCondition cond = EC_Normal;
    QString failedTag;

    auto putString = [&](const DcmTagKey& tag, const QString& value) {
        if (cond.good()) {
            cond = ds->putAndInsertString(tag, value.toUtf8().constData());
            if (cond.bad())
                failedTag = QString::fromLatin1(DcmTag(tag).getTagName());
        }
    };
    auto putUint16 = [&](const DcmTagKey& tag, int value) {
        if (cond.good()) {
            cond = ds->putAndInsertUint16(tag, static_cast<Uint16>(value));
            if (cond.bad())
                failedTag = QString::fromLatin1(DcmTag(tag).getTagName());
        }
    };

    const bool isRgb = spec.samplesPerPixel == 3;
    const bool is16 = spec.bitsAllocated == 16;

    putString(DCM_SpecificCharacterSet, QStringLiteral("ISO_IR 192"));
    putString(DCM_ImageType, QStringLiteral("ORIGINAL\\PRIMARY\\SINGLE PLANE"));
    putString(DCM_SOPClassUID, spec.sopClassUid);
    putString(DCM_SOPInstanceUID, spec.sopInstanceUid);
    putString(DCM_StudyDate, spec.studyDate);
    putString(DCM_ContentDate, spec.studyDate);
    putString(DCM_StudyTime, spec.studyTime);
    putString(DCM_ContentTime, spec.studyTime);
    putString(DCM_AccessionNumber, QString());
    putString(DCM_Modality, spec.modality);
    putString(DCM_Manufacturer, QStringLiteral("Kenshu Test"));
    putString(DCM_ReferringPhysicianName, QString());
    putString(DCM_StudyDescription, spec.studyDescription);
    putString(DCM_SeriesDescription, spec.seriesDescription);
    putString(DCM_PatientName, spec.patientName);
    putString(DCM_PatientID, spec.patientId);
    putString(DCM_PatientBirthDate, QString());
    putString(DCM_PatientSex, QStringLiteral("O"));
    putString(DCM_StudyInstanceUID, spec.studyInstanceUid);
    putString(DCM_SeriesInstanceUID, spec.seriesInstanceUid);
    putString(DCM_StudyID, QStringLiteral("1"));
    putString(DCM_SeriesNumber, QString::number(spec.seriesNumber));
    putString(DCM_InstanceNumber, QString::number(spec.instanceNumber));
    if (spec.frameTimeMs > 0) {
        putString(DCM_FrameTime, QString::number(spec.frameTimeMs, 'g', 12));
        putString(DCM_CineRate, QString::number(qMax(1, qRound(1000.0 / spec.frameTimeMs))));
    }

    putUint16(DCM_SamplesPerPixel, spec.samplesPerPixel);
    putString(DCM_PhotometricInterpretation,
              isRgb ? QStringLiteral("RGB") : QStringLiteral("MONOCHROME2"));
    if (isRgb)
        putUint16(DCM_PlanarConfiguration, 0);
    if (spec.frames > 1) {
        putString(DCM_NumberOfFrames, QString::number(spec.frames));
        if (cond.good() && spec.frameTimeMs > 0) {
            cond = ds->putAndInsertTagKey(DCM_FrameIncrementPointer, DCM_FrameTime);
            if (cond.bad())
                failedTag = QStringLiteral("FrameIncrementPointer");
        }
    }
    putUint16(DCM_Rows, spec.rows);
    putUint16(DCM_Columns, spec.columns);
    putUint16(DCM_BitsAllocated, spec.bitsAllocated);
    putUint16(DCM_BitsStored, is16 ? 12 : 8);
    putUint16(DCM_HighBit, is16 ? 11 : 7);
    putUint16(DCM_PixelRepresentation, 0);

    if (cond.bad())
        return conditionText(QStringLiteral("cannot set %1").arg(failedTag), cond);

    // Pixel data: samples interleaved (R,G,B per pixel), frames one after the other.
    const qint64 fullBytes = pixelDataBytes(spec);
    const qint64 bytes = qBound<qint64>(0, pixelBytesToWrite, fullBytes);
    const int bytesPerSample = is16 ? 2 : 1;
    const qint64 samplesToWrite = bytes / bytesPerSample;
    const qint64 samplesPerFrame = qint64(spec.rows) * spec.columns * spec.samplesPerPixel;

    auto sampleAt = [&](qint64 index) {
        const int frame = int(index / samplesPerFrame);
        const qint64 inFrame = index % samplesPerFrame;
        const qint64 pixel = inFrame / spec.samplesPerPixel;
        const int sample = int(inFrame % spec.samplesPerPixel);
        return expectedPixel(spec, frame, int(pixel / spec.columns), int(pixel % spec.columns),
                             sample);
    };

    if (is16) {
        std::vector<Uint16> pixels(static_cast<size_t>(samplesToWrite));
        for (qint64 i = 0; i < samplesToWrite; ++i)
            pixels[size_t(i)] = static_cast<Uint16>(sampleAt(i));
        cond = ds->putAndInsertUint16Array(DCM_PixelData, pixels.data(),
                                           static_cast<unsigned long>(pixels.size()));
    } else {
        std::vector<Uint8> pixels(static_cast<size_t>(samplesToWrite));
        for (qint64 i = 0; i < samplesToWrite; ++i)
            pixels[size_t(i)] = static_cast<Uint8>(sampleAt(i));
        cond = ds->putAndInsertUint8Array(DCM_PixelData, pixels.data(),
                                          static_cast<unsigned long>(pixels.size()));
    }
    if (cond.bad())
        return conditionText(QStringLiteral("cannot set PixelData"), cond);

    const E_TransferSyntax xfer =
        spec.explicitLittleEndian ? EXS_LittleEndianExplicit : EXS_LittleEndianImplicit;
    cond = fileFormat.saveFile(toOFFilename(path), xfer, EET_ExplicitLength, EGL_withoutGL,
                               EPD_noChange, 0, 0, EWM_createNewMeta);
    if (cond.bad())
        return conditionText(QStringLiteral("cannot write %1").arg(path), cond);
    return {};
}

} // namespace

qint64 pixelDataBytes(const DicomSpec& spec)
{
    return qint64(spec.rows) * spec.columns * spec.frames * spec.samplesPerPixel *
           (spec.bitsAllocated / 8);
}

int expectedPixel(const DicomSpec& spec, int frame, int row, int column, int sample)
{
    const int max = maxValue(spec);
    const int step = spec.bitsAllocated == 16 ? 592 : 37;
    const qint64 gx = qint64(column) * max / qMax(1, spec.columns - 1);
    const qint64 gy = qint64(row) * max / qMax(1, spec.rows - 1);
    const int g = int((gx + gy) / 2);
    const int v = int((g + qint64(frame) * step) % (max + 1));
    if (spec.samplesPerPixel == 3) {
        switch (sample) {
        case 1:
            return 255 - v;
        case 2:
            return (v + 128) % 256;
        default:
            return v;
        }
    }
    return v;
}

QString writeDicom(const QString& path, const DicomSpec& spec)
{
    return buildAndSave(path, spec, pixelDataBytes(spec));
}

QString writeTruncatedDicom(const QString& path, const DicomSpec& spec)
{
    if (const QString err = writeDicom(path, spec); !err.isEmpty())
        return err;

    const qint64 size = QFileInfo(path).size();
    const qint64 full = pixelDataBytes(spec);
    const qint64 paddedPixelBytes = full + (full & 1); // DCMTK pads odd values to even length
    const qint64 pixelValueStart = size - paddedPixelBytes;
    if (pixelValueStart <= 0 || paddedPixelBytes < 2)
        return QStringLiteral("cannot truncate %1: unexpected layout").arg(path);

    qint64 target = size * 6 / 10;
    if (target <= pixelValueStart) // keep the header intact, cut inside the pixel data
        target = pixelValueStart + paddedPixelBytes / 2;
    target = qMin(target, size - 1);

    QFile file(path);
    if (!file.resize(target))
        return QStringLiteral("cannot truncate %1: %2").arg(path, file.errorString());
    return {};
}

QString writeShortPixelDataDicom(const QString& path, const DicomSpec& spec)
{
    const qint64 full = pixelDataBytes(spec);
    // About half the declared bytes, kept even so that no padding byte is added.
    const qint64 shortBytes = (full / 2) & ~qint64(1);
    if (shortBytes < 2 || shortBytes >= full)
        return QStringLiteral("image of %1 bytes too small for a short-pixel-data file").arg(full);
    return buildAndSave(path, spec, shortBytes);
}

QString writeDicomDir(const QString& root, const QStringList& relativeFiles)
{
    const QDir rootDir(root);
    if (root.isEmpty() || !rootDir.exists())
        return QStringLiteral("DICOMDIR root %1 does not exist").arg(root);
    if (relativeFiles.isEmpty())
        return QStringLiteral("no files given for DICOMDIR in %1").arg(root);
    for (const QString& rel : relativeFiles) {
        if (QDir::isAbsolutePath(rel) || rel.contains(QLatin1String("..")))
            return QStringLiteral("DICOMDIR file %1 must be relative to %2").arg(rel, root);
        if (!QFileInfo(rootDir.filePath(rel)).isFile())
            return QStringLiteral("DICOMDIR file %1 not found under %2").arg(rel, root);
    }

    const QString dicomDirPath = rootDir.filePath(QStringLiteral("DICOMDIR"));
    const QuietDcmdataInfo quiet;
    DicomDirInterface ddir;
    ddir.disableBackupMode();          // no DICOMDIR.BAK left behind
    ddir.disableTransferSyntaxCheck(); // allow implicit-VR test files as well
    OFCondition cond = ddir.createNewDicomDir(DicomDirInterface::AP_GeneralPurpose,
                                              toOFFilename(dicomDirPath), "KENSHU_TEST");
    if (cond.bad())
        return conditionText(QStringLiteral("cannot create %1").arg(dicomDirPath), cond);

    for (const QString& rel : relativeFiles) {
        cond = ddir.addDicomFile(toOFFilename(QDir::fromNativeSeparators(rel)),
                                 toOFFilename(rootDir.absolutePath()));
        if (cond.bad())
            return conditionText(QStringLiteral("cannot add %1 to %2").arg(rel, dicomDirPath),
                                 cond);
    }

    cond = ddir.writeDicomDir();
    if (cond.bad())
        return conditionText(QStringLiteral("cannot write %1").arg(dicomDirPath), cond);
    return {};
}

QString writePdf(const QString& path, int pages)
{
    if (pages < 1)
        return QStringLiteral("writePdf: pages must be >= 1 (got %1)").arg(pages);
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return QStringLiteral("writePdf needs a QGuiApplication (or QApplication) instance");

    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return QStringLiteral("cannot create directory %1").arg(info.absolutePath());

    {
        QPdfWriter writer(path);
        writer.setTitle(QStringLiteral("Kenshu test document"));
        writer.setCreator(QStringLiteral("kenshu::testdata::writePdf"));
        writer.setResolution(300);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);

        QPainter painter;
        if (!painter.begin(&writer))
            return QStringLiteral("cannot open %1 for writing a PDF").arg(path);
        QFont font = painter.font();
        font.setPointSize(24);
        painter.setFont(font);
        painter.setPen(QColor(Qt::black));
        for (int page = 1; page <= pages; ++page) {
            if (page > 1 && !writer.newPage()) {
                painter.end();
                return QStringLiteral("cannot add page %1 to %2").arg(page).arg(path);
            }
            const QRect area(0, 0, writer.width(), writer.height() / 4);
            painter.drawText(area, Qt::AlignLeft | Qt::AlignTop,
                             QStringLiteral("Page %1").arg(page));
        }
        if (!painter.end())
            return QStringLiteral("cannot finish PDF %1").arg(path);
    }

    if (QFileInfo(path).size() <= 0)
        return QStringLiteral("PDF %1 is empty").arg(path);
    return {};
}

QString newUid()
{
    char uid[100] = {};
    dcmGenerateUniqueIdentifier(uid, SITE_INSTANCE_UID_ROOT);
    return QString::fromLatin1(uid);
}

DicomSpec specWithNewUids(DicomSpec spec)
{
    spec.studyInstanceUid = newUid();
    spec.seriesInstanceUid = newUid();
    spec.sopInstanceUid = newUid();
    return spec;
}

} // namespace kenshu::testdata
