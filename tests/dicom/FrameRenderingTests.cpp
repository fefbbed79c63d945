// Dicom_FrameRenderingTest: Kenshu renders frames exactly as DCMTK's dcm2pnm does (the VOI
// rule of the viewer issue), for 8/12/16-bit, signed, rescaled, MONOCHROME1 and RGB images.
#include "DicomFrameDecoder.h"
#include "FrameRendering.h"
#include "QtPrinters.h"
#include "TestData.h"
#include "WindowPresets.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <functional>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace kenshu;

namespace {

class Dicom_FrameRenderingTest : public ::testing::Test
{
protected:
    QString makeFile(const QString& name, int bits, int samples, int frames,
                     const std::function<void(DcmDataset&)>& edit = {},
                     const QString& sopClass = {})
    {
        testdata::DicomSpec spec;
        if (!sopClass.isEmpty())
            spec.sopClassUid = sopClass;
        spec.studyInstanceUid = testdata::newUid();
        spec.seriesInstanceUid = testdata::newUid();
        spec.sopInstanceUid = testdata::newUid();
        spec.rows = 37;
        spec.columns = 53;
        spec.bitsAllocated = bits;
        spec.samplesPerPixel = samples;
        spec.frames = frames;
        const QString path = m_dir.filePath(name);
        EXPECT_EQ(testdata::writeDicom(path, spec), QString());
        if (edit) {
            DcmFileFormat file;
            EXPECT_TRUE(file.loadFile(QFile::encodeName(path).constData()).good());
            // Saving over the file it was read from: load the lazily read pixel data first.
            EXPECT_TRUE(file.loadAllDataIntoMemory().good());
            edit(*file.getDataset());
            EXPECT_TRUE(file.saveFile(QFile::encodeName(path).constData(), EXS_LittleEndianExplicit)
                            .good());
        }
        return path;
    }

    // What dcm2pnm makes of frame `frame` (0-based) with the given window options.
    QImage dcm2pnm(const QString& path, int frame, const QStringList& windowOptions)
    {
        const QString out = m_dir.filePath(u"reference-%1.pnm"_s).arg(m_references++);
        QProcess process;
        process.start(u"dcm2pnm"_s, QStringList{u"+F"_s, QString::number(frame + 1)} +
                                        windowOptions + QStringList{path, out});
        EXPECT_TRUE(process.waitForFinished(30000));
        EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
        QImage image(out);
        EXPECT_FALSE(image.isNull()) << "dcm2pnm wrote no readable image";
        return image;
    }

    QImage kenshu(const QString& path, int frame, std::optional<VoiWindow> window = {},
                  bool invert = false)
    {
        Expected<std::unique_ptr<DicomFrameDecoder>> decoder = DicomFrameDecoder::open(path);
        EXPECT_TRUE(decoder) << decoder.error().message.toStdString();
        if (!decoder)
            return {};
        Expected<QByteArray> pixels = (*decoder)->decodeFrame(frame);
        EXPECT_TRUE(pixels);
        const FrameFormat& format = (*decoder)->format();
        Expected<QImage> image =
            renderFrame(*pixels, format, window.value_or(defaultWindow(*pixels, format)), invert);
        EXPECT_TRUE(image) << image.error().message.toStdString();
        return image ? *image : QImage();
    }

    static void expectSamePixels(const QImage& ours, const QImage& reference)
    {
        ASSERT_EQ(ours.size(), reference.size());
        const bool grey = ours.format() == QImage::Format_Grayscale8;
        const QImage a =
            ours.convertToFormat(grey ? QImage::Format_Grayscale8 : QImage::Format_RGB888);
        const QImage b =
            reference.convertToFormat(grey ? QImage::Format_Grayscale8 : QImage::Format_RGB888);
        int differing = 0;
        for (int y = 0; y < a.height(); ++y) {
            for (int x = 0; x < a.width(); ++x) {
                if (a.pixel(x, y) != b.pixel(x, y)) {
                    if (differing++ < 3) {
                        ADD_FAILURE() << "pixel (" << x << ", " << y << "): ours " << std::hex
                                      << a.pixel(x, y) << ", dcm2pnm " << b.pixel(x, y);
                    }
                }
            }
        }
        EXPECT_EQ(differing, 0);
    }

    QTemporaryDir m_dir;
    int m_references = 0;
};

} // namespace

TEST_F(Dicom_FrameRenderingTest, EightBitWithoutWindowUsesMinMaxOfTheFrame)
{
    const QString path = makeFile(u"mono8.dcm"_s, 8, 1, 4);
    expectSamePixels(kenshu(path, 2), dcm2pnm(path, 2, {u"+Wm"_s}));
}

TEST_F(Dicom_FrameRenderingTest, TwelveBitUsesTheFirstWindowOfTheFile)
{
    const QString path = makeFile(u"mono12.dcm"_s, 16, 1, 2, [](DcmDataset& dataset) {
        dataset.putAndInsertString(DCM_WindowCenter, "1500\\600");
        dataset.putAndInsertString(DCM_WindowWidth, "1200\\300");
    });
    expectSamePixels(kenshu(path, 1), dcm2pnm(path, 1, {u"+Wi"_s, u"1"_s}));
}

TEST_F(Dicom_FrameRenderingTest, SignedRescaledValuesWithAnExplicitWindow)
{
    const auto signedRescaled = [](DcmDataset& dataset) {
        dataset.putAndInsertUint16(DCM_PixelRepresentation, 1);
        dataset.putAndInsertString(DCM_RescaleSlope, "2");
        dataset.putAndInsertString(DCM_RescaleIntercept, "-1024");
    };
    const QString ct =
        makeFile(u"ct.dcm"_s, 16, 1, 1, signedRescaled, u"1.2.840.10008.5.1.4.1.1.2"_s);
    expectSamePixels(kenshu(ct, 0), dcm2pnm(ct, 0, {u"+Wm"_s}));
    expectSamePixels(kenshu(ct, 0, VoiWindow{40, 400}),
                     dcm2pnm(ct, 0, {u"+Ww"_s, u"40"_s, u"400"_s}));

    // XA has no modality rescale: the same attributes are ignored there.
    const QString xa = makeFile(u"xa.dcm"_s, 16, 1, 1, signedRescaled);
    expectSamePixels(kenshu(xa, 0, VoiWindow{40, 400}),
                     dcm2pnm(xa, 0, {u"+Ww"_s, u"40"_s, u"400"_s}));
}

TEST_F(Dicom_FrameRenderingTest, Monochrome1IsInverted)
{
    const QString path = makeFile(u"mono1.dcm"_s, 8, 1, 1, [](DcmDataset& dataset) {
        dataset.putAndInsertString(DCM_PhotometricInterpretation, "MONOCHROME1");
    });
    const QImage ours = kenshu(path, 0);
    expectSamePixels(ours, dcm2pnm(path, 0, {u"+Wm"_s}));
    // The user's "invert" undoes it.
    const QImage flipped = kenshu(path, 0, std::nullopt, true);
    EXPECT_EQ(qGray(flipped.pixel(0, 0)), 255 - qGray(ours.pixel(0, 0)));
}

TEST_F(Dicom_FrameRenderingTest, RgbIsShownAsStored)
{
    const QString path = makeFile(u"rgb.dcm"_s, 8, 3, 2);
    expectSamePixels(kenshu(path, 1), dcm2pnm(path, 1, {}));
}

TEST(Dicom_WindowPresetsTest, CtHasTheClassicPresetsAndXaNone)
{
    const QList<WindowPreset> ct = windowPresets(u"CT"_s);
    ASSERT_EQ(ct.size(), 5);
    const auto lung = std::find_if(
        ct.begin(), ct.end(), [](const WindowPreset& preset) { return preset.name == u"Lung"_s; });
    ASSERT_NE(lung, ct.end());
    EXPECT_DOUBLE_EQ(lung->window.center, -600);
    EXPECT_DOUBLE_EQ(lung->window.width, 1500);
    EXPECT_TRUE(windowPresets(u"XA"_s).isEmpty());
}

TEST_F(Dicom_FrameRenderingTest, YbrFullIsConvertedToRgbAsDcmtkDoes)
{
    // The generated RGB values re-encoded as YBR_FULL (PS3.3 C.7.6.3.1.2).
    const QString path = makeFile(u"ybr.dcm"_s, 8, 3, 1, [](DcmDataset& dataset) {
        const Uint8* rgb = nullptr;
        unsigned long count = 0;
        ASSERT_TRUE(dataset.findAndGetUint8Array(DCM_PixelData, rgb, &count).good());
        std::vector<Uint8> ybr(count);
        for (unsigned long i = 0; i + 2 < count; i += 3) {
            const double r = rgb[i];
            const double g = rgb[i + 1];
            const double b = rgb[i + 2];
            const auto clampByte = [](double v) { return Uint8(std::clamp(int(v + 0.5), 0, 255)); };
            ybr[i] = clampByte(0.299 * r + 0.587 * g + 0.114 * b);
            ybr[i + 1] = clampByte(-0.168736 * r - 0.331264 * g + 0.5 * b + 128);
            ybr[i + 2] = clampByte(0.5 * r - 0.418688 * g - 0.081312 * b + 128);
        }
        ASSERT_TRUE(dataset.putAndInsertUint8Array(DCM_PixelData, ybr.data(), count).good());
        ASSERT_TRUE(dataset.putAndInsertString(DCM_PhotometricInterpretation, "YBR_FULL").good());
    });
    expectSamePixels(kenshu(path, 0), dcm2pnm(path, 0, {}));
}

TEST_F(Dicom_FrameRenderingTest, PaletteColourIsRefusedNotShownAsGrey)
{
    const QString path = makeFile(u"palette.dcm"_s, 8, 1, 1, [](DcmDataset& dataset) {
        dataset.putAndInsertString(DCM_PhotometricInterpretation, "PALETTE COLOR");
    });
    const Expected<QImage> image = renderFileFrame(path, 0);
    ASSERT_FALSE(image);
    EXPECT_TRUE(image.error().message.contains(u"Palette"_s))
        << image.error().message.toStdString();
}
