// Dicom_FrameRenderingTest: Kenshu renders frames exactly as DCMTK's dcm2pnm does (the VOI
// rule of the viewer issue), for 8/12/16-bit, signed, rescaled, MONOCHROME1 and RGB images.
#include "DicomFrameDecoder.h"
#include "FrameRendering.h"
#include "LookupTable.h"
#include "QtPrinters.h"
#include "TestData.h"
#include "WindowPresets.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <array>
#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcvrobow.h>
#include <dcmtk/dcmdata/dcvrus.h>
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

TEST_F(Dicom_FrameRenderingTest, SixteenBitStoredUsesTheWholeWord)
{
    // Bits Stored 16: the generated 12-bit values spread over all 16 bits.
    const QString path = makeFile(u"mono16.dcm"_s, 16, 1, 3, [](DcmDataset& dataset) {
        const Uint16* pixels = nullptr;
        unsigned long count = 0;
        ASSERT_TRUE(dataset.findAndGetUint16Array(DCM_PixelData, pixels, &count).good());
        std::vector<Uint16> wide(pixels, pixels + count);
        for (Uint16& value : wide)
            value = Uint16(value * 16 + 15);
        ASSERT_TRUE(dataset.putAndInsertUint16Array(DCM_PixelData, wide.data(), count).good());
        dataset.putAndInsertUint16(DCM_BitsStored, 16);
        dataset.putAndInsertUint16(DCM_HighBit, 15);
    });
    expectSamePixels(kenshu(path, 2), dcm2pnm(path, 2, {u"+Wm"_s}));
    expectSamePixels(kenshu(path, 0, VoiWindow{40000, 20000}),
                     dcm2pnm(path, 0, {u"+Ww"_s, u"40000"_s, u"20000"_s}));
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

TEST_F(Dicom_FrameRenderingTest, PaletteWithoutTablesIsRefusedNotShownAsGrey)
{
    const QString path = makeFile(u"palette.dcm"_s, 8, 1, 1, [](DcmDataset& dataset) {
        dataset.putAndInsertString(DCM_PhotometricInterpretation, "PALETTE COLOR");
    });
    const Expected<QImage> image = renderFileFrame(path, 0);
    ASSERT_FALSE(image);
    EXPECT_TRUE(image.error().message.contains(u"palette"_s))
        << image.error().message.toStdString();
}

namespace {

// Inserts a LUT Descriptor (US) and LUT Data (OW) into `item`.
void putLookupTable(DcmItem& item, const DcmTagKey& descriptorTag, const DcmTagKey& dataTag,
                    const std::array<Uint16, 3>& descriptor, const std::vector<Uint16>& data)
{
    auto* descriptorElement = new DcmUnsignedShort(DcmTag(descriptorTag, EVR_US));
    ASSERT_TRUE(descriptorElement->putUint16Array(descriptor.data(), 3).good());
    ASSERT_TRUE(item.insert(descriptorElement, true).good());
    auto* dataElement = new DcmOtherByteOtherWord(DcmTag(dataTag, EVR_OW));
    ASSERT_TRUE(dataElement->putUint16Array(data.data(), data.size()).good());
    ASSERT_TRUE(item.insert(dataElement, true).good());
}

void putSequenceLookupTable(DcmDataset& dataset, const DcmTagKey& sequence,
                            const std::array<Uint16, 3>& descriptor,
                            const std::vector<Uint16>& data)
{
    DcmItem* item = nullptr;
    ASSERT_TRUE(dataset.findOrCreateSequenceItem(sequence, item, -2).good());
    putLookupTable(*item, DCM_LUTDescriptor, DCM_LUTData, descriptor, data);
}

// A VOI LUT over stored values 1000..3047 with a smooth S-curve into 12-bit output.
std::vector<Uint16> sCurve(int entries, int outputMax)
{
    std::vector<Uint16> data(static_cast<size_t>(entries));
    for (int i = 0; i < entries; ++i) {
        const double t = double(i) / (entries - 1);
        data[size_t(i)] = Uint16(outputMax * t * t * (3 - 2 * t));
    }
    return data;
}

} // namespace

TEST_F(Dicom_FrameRenderingTest, VoiLutSequenceIsAppliedAsDcm2pnmDoes)
{
    const auto withVoiLut = [](DcmDataset& dataset) {
        putSequenceLookupTable(dataset, DCM_VOILUTSequence, {2048, 1000, 12}, sCurve(2048, 4095));
    };
    const QString path = makeFile(u"voilut.dcm"_s, 16, 1, 2, withVoiLut);
    expectSamePixels(kenshu(path, 1), dcm2pnm(path, 1, {u"+Wl"_s, u"1"_s}));

    // Inverted by MONOCHROME1, DCMTK's scaling of the LUT output still holds.
    const QString mono1 = makeFile(u"voilut1.dcm"_s, 16, 1, 1, [&](DcmDataset& dataset) {
        withVoiLut(dataset);
        dataset.putAndInsertString(DCM_PhotometricInterpretation, "MONOCHROME1");
    });
    expectSamePixels(kenshu(mono1, 0), dcm2pnm(mono1, 0, {u"+Wl"_s, u"1"_s}));

    // A window in the file comes first; an explicit window replaces the LUT.
    Expected<std::unique_ptr<DicomFrameDecoder>> decoder = DicomFrameDecoder::open(path);
    ASSERT_TRUE(decoder);
    const Expected<QByteArray> pixels = (*decoder)->decodeFrame(0);
    ASSERT_TRUE(pixels);
    EXPECT_TRUE(defaultWindow(*pixels, (*decoder)->format()).fileLut);
    expectSamePixels(kenshu(path, 0, VoiWindow{2000, 1000}),
                     dcm2pnm(path, 0, {u"+Ww"_s, u"2000"_s, u"1000"_s}));
}

TEST_F(Dicom_FrameRenderingTest, ModalityLutSequenceReplacesRescale)
{
    // A non-linear modality LUT over all 12-bit stored values (CT: XA would ignore it).
    std::vector<Uint16> lut(4096);
    for (size_t i = 0; i < lut.size(); ++i)
        lut[i] = Uint16((i * i) >> 10);
    const QString path = makeFile(
        u"modalitylut.dcm"_s, 16, 1, 1,
        [&](DcmDataset& dataset) {
            putSequenceLookupTable(dataset, DCM_ModalityLUTSequence, {4096, 0, 16}, lut);
            dataset.putAndInsertString(DCM_RescaleSlope, "3");
            dataset.putAndInsertString(DCM_RescaleIntercept, "-100");
        },
        u"1.2.840.10008.5.1.4.1.1.2"_s);
    expectSamePixels(kenshu(path, 0), dcm2pnm(path, 0, {u"+Wm"_s}));
    expectSamePixels(kenshu(path, 0, VoiWindow{3000, 2000}),
                     dcm2pnm(path, 0, {u"+Ww"_s, u"3000"_s, u"2000"_s}));
}

TEST_F(Dicom_FrameRenderingTest, PaletteColourIsShownThroughItsTables)
{
    // 16-bit palette entries, and 8-bit entries packed two per word.
    std::array<std::vector<Uint16>, 3> wide{std::vector<Uint16>(256), std::vector<Uint16>(256),
                                            std::vector<Uint16>(256)};
    std::array<std::vector<Uint16>, 3> packed{std::vector<Uint16>(128), std::vector<Uint16>(128),
                                              std::vector<Uint16>(128)};
    for (int i = 0; i < 256; ++i) {
        const std::array<int, 3> colour{i, 255 - i, (i * 7) % 256};
        for (size_t c = 0; c < 3; ++c) {
            wide[c][size_t(i)] = Uint16(colour[c] * 256 + (c == 1 ? 17 : 0));
            packed[c][size_t(i / 2)] |= Uint16(colour[c] << (8 * (i % 2)));
        }
    }
    const auto palette = [](const std::array<std::vector<Uint16>, 3>& tables, Uint16 bits) {
        return [&tables, bits](DcmDataset& dataset) {
            dataset.putAndInsertString(DCM_PhotometricInterpretation, "PALETTE COLOR");
            putLookupTable(dataset, DCM_RedPaletteColorLookupTableDescriptor,
                           DCM_RedPaletteColorLookupTableData, {256, 0, bits}, tables[0]);
            putLookupTable(dataset, DCM_GreenPaletteColorLookupTableDescriptor,
                           DCM_GreenPaletteColorLookupTableData, {256, 0, bits}, tables[1]);
            putLookupTable(dataset, DCM_BluePaletteColorLookupTableDescriptor,
                           DCM_BluePaletteColorLookupTableData, {256, 0, bits}, tables[2]);
        };
    };
    const QString sixteen = makeFile(u"palette16.dcm"_s, 8, 1, 2, palette(wide, 16));
    const QImage ours = kenshu(sixteen, 1);
    EXPECT_EQ(ours.format(), QImage::Format_RGB888);
    expectSamePixels(ours, dcm2pnm(sixteen, 1, {}));
    const QString eight = makeFile(u"palette8.dcm"_s, 8, 1, 1, palette(packed, 8));
    expectSamePixels(kenshu(eight, 0), dcm2pnm(eight, 0, {}));
    // The colours are the tables' own, not grey indices.
    EXPECT_EQ(kenshu(eight, 0).pixel(0, 0), qRgb(0, 255, 0));
}

TEST(Dicom_LookupTableTest, ClampsOutsideItsRangeAndUnpacksEightBitEntries)
{
    const std::vector<quint16> words{0x0201, 0x0403, 0x0005};
    const LookupTable packed = LookupTable::fromDescriptor(5, -2, 8, words.data(), 3);
    EXPECT_EQ(packed.bits(), 8);
    EXPECT_EQ(packed.lastMapped(), 2);
    EXPECT_EQ(packed.at(-100), 1);
    EXPECT_EQ(packed.at(-2), 1);
    EXPECT_EQ(packed.at(0), 3);
    EXPECT_EQ(packed.at(2), 5);
    EXPECT_EQ(packed.at(100), 5);

    // A bit depth outside 8..16 is derived from the data; entries are masked to it.
    const std::vector<quint16> wide{10, 300, 5000};
    const LookupTable derived = LookupTable::fromDescriptor(3, 0, 1, wide.data(), 3);
    EXPECT_EQ(derived.bits(), 13);
    EXPECT_EQ(derived.maximum(), 5000);
    const LookupTable masked = LookupTable::fromDescriptor(3, 0, 8, wide.data(), 3);
    EXPECT_EQ(masked.at(1), 300 & 0xff);
    EXPECT_EQ(masked.at(2), 5000 & 0xff);
    EXPECT_TRUE(LookupTable::fromDescriptor(3, 0, 8, nullptr, 0).isEmpty());
}
