// Dicom_DicomFrameDecoderTest: single frames come back with exactly the stored values, from
// uncompressed files and from every lossless codec, and bad files give clear errors.
#include "DicomFrameDecoder.h"
#include "QtPrinters.h"
#include "TestData.h"

#include <QFile>
#include <QTemporaryDir>
#include <cstring>
#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcrleerg.h>
#include <dcmtk/dcmjpeg/djencode.h>
#include <dcmtk/dcmjpeg/djrplol.h>
#include <dcmtk/dcmjpls/djencode.h>
#include <dcmtk/dcmjpls/djrparam.h>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace kenshu;

namespace {

class Dicom_DicomFrameDecoderTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        DJEncoderRegistration::registerCodecs();
        DJLSEncoderRegistration::registerCodecs();
        DcmRLEEncoderRegistration::registerCodecs();
    }

    testdata::DicomSpec spec(int bits, int frames) const
    {
        testdata::DicomSpec result = testdata::specWithNewUids();
        result.rows = 48;
        result.columns = 40;
        result.frames = frames;
        result.bitsAllocated = bits;
        return result;
    }

    QString write(const testdata::DicomSpec& spec, const QString& name)
    {
        const QString path = m_dir.filePath(name);
        EXPECT_EQ(testdata::writeDicom(path, spec), QString());
        return path;
    }

    // Re-encodes a file in a compressed transfer syntax with DCMTK's encoders.
    static void compress(const QString& path, E_TransferSyntax syntax,
                         const DcmRepresentationParameter* parameters)
    {
        DcmFileFormat file;
        ASSERT_TRUE(file.loadFile(QFile::encodeName(path).constData()).good());
        ASSERT_TRUE(file.loadAllDataIntoMemory().good()); // saved over the file it came from
        ASSERT_TRUE(file.getDataset()->chooseRepresentation(syntax, parameters).good());
        ASSERT_TRUE(file.saveFile(QFile::encodeName(path).constData(), syntax).good());
    }

    // Every stored value of every frame equals the generator's pattern.
    static void expectFramesMatch(const QString& path, const testdata::DicomSpec& spec)
    {
        Expected<std::unique_ptr<DicomFrameDecoder>> decoder = DicomFrameDecoder::open(path);
        ASSERT_TRUE(decoder) << decoder.error().message.toStdString();
        const FrameFormat& format = (*decoder)->format();
        ASSERT_EQ((*decoder)->frameCount(), spec.frames);
        ASSERT_EQ(format.rows, spec.rows);
        ASSERT_EQ(format.columns, spec.columns);
        for (int frame = 0; frame < spec.frames; ++frame) {
            Expected<QByteArray> pixels = (*decoder)->decodeFrame(frame);
            ASSERT_TRUE(pixels) << pixels.error().message.toStdString();
            ASSERT_EQ(pixels->size(), format.frameBytes());
            for (int row = 0; row < spec.rows; ++row) {
                for (int column = 0; column < spec.columns; ++column) {
                    const qsizetype index = qsizetype(row) * spec.columns + column;
                    int value = 0;
                    if (spec.bitsAllocated == 8) {
                        value = static_cast<unsigned char>(pixels->at(index));
                    } else {
                        quint16 word = 0;
                        std::memcpy(&word, pixels->constData() + 2 * index, 2);
                        value = word;
                    }
                    ASSERT_EQ(value, testdata::expectedPixel(spec, frame, row, column))
                        << "frame " << frame << " row " << row << " column " << column;
                }
            }
        }
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(Dicom_DicomFrameDecoderTest, UncompressedFramesHoldTheStoredValues)
{
    const testdata::DicomSpec eight = spec(8, 4);
    expectFramesMatch(write(eight, u"8bit.dcm"_s), eight);
    const testdata::DicomSpec sixteen = spec(16, 3);
    expectFramesMatch(write(sixteen, u"16bit.dcm"_s), sixteen);
}

TEST_F(Dicom_DicomFrameDecoderTest, JpegLosslessFramesDecodeExactly)
{
    const testdata::DicomSpec eight = spec(8, 5);
    const QString path = write(eight, u"jpeg.dcm"_s);
    const DJ_RPLossless parameters;
    compress(path, EXS_JPEGProcess14SV1, &parameters);
    expectFramesMatch(path, eight);
}

TEST_F(Dicom_DicomFrameDecoderTest, JpegLsLosslessFramesDecodeExactly)
{
    const testdata::DicomSpec sixteen = spec(16, 3);
    const QString path = write(sixteen, u"jpegls.dcm"_s);
    const DJLSRepresentationParameter parameters(0, OFTrue);
    compress(path, EXS_JPEGLSLossless, &parameters);
    expectFramesMatch(path, sixteen);
}

TEST_F(Dicom_DicomFrameDecoderTest, RleFramesDecodeExactly)
{
    const testdata::DicomSpec eight = spec(8, 3);
    const QString path = write(eight, u"rle.dcm"_s);
    compress(path, EXS_RLELossless, nullptr);
    expectFramesMatch(path, eight);
}

TEST_F(Dicom_DicomFrameDecoderTest, FramesDecodeInAnyOrder)
{
    const testdata::DicomSpec eight = spec(8, 6);
    const QString path = write(eight, u"order.dcm"_s);
    const DJ_RPLossless parameters;
    compress(path, EXS_JPEGProcess14SV1, &parameters);
    Expected<std::unique_ptr<DicomFrameDecoder>> decoder = DicomFrameDecoder::open(path);
    ASSERT_TRUE(decoder);
    for (int frame : {5, 2, 3, 0}) {
        Expected<QByteArray> pixels = (*decoder)->decodeFrame(frame);
        ASSERT_TRUE(pixels) << pixels.error().message.toStdString();
        EXPECT_EQ(static_cast<unsigned char>(pixels->at(7 * eight.columns + 3)),
                  testdata::expectedPixel(eight, frame, 7, 3));
    }
    EXPECT_FALSE((*decoder)->decodeFrame(6));
}

TEST_F(Dicom_DicomFrameDecoderTest, UnsupportedCompressionIsNamed)
{
    // A JPEG-LS file relabelled as JPEG 2000 (same UID length, so the header stays valid).
    const QString path = write(spec(8, 1), u"j2k.dcm"_s);
    const DJLSRepresentationParameter parameters(0, OFTrue);
    compress(path, EXS_JPEGLSLossless, &parameters);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    const qsizetype at = bytes.indexOf("1.2.840.10008.1.2.4.80");
    ASSERT_GE(at, 0);
    bytes.replace(at, 22, "1.2.840.10008.1.2.4.90");
    file.seek(0);
    file.write(bytes);
    file.close();

    Expected<std::unique_ptr<DicomFrameDecoder>> decoder = DicomFrameDecoder::open(path);
    ASSERT_FALSE(decoder);
    EXPECT_TRUE(decoder.error().message.contains(u"1.2.840.10008.1.2.4.90"_s))
        << decoder.error().message.toStdString();
    EXPECT_TRUE(decoder.error().message.contains(u"JPEG 2000"_s))
        << decoder.error().message.toStdString();
}

TEST_F(Dicom_DicomFrameDecoderTest, TruncatedFileGivesAnErrorNotACrash)
{
    const testdata::DicomSpec eight = spec(8, 10);
    const QString path = m_dir.filePath(u"cut.dcm"_s);
    ASSERT_EQ(testdata::writeTruncatedDicom(path, eight), QString());
    Expected<std::unique_ptr<DicomFrameDecoder>> decoder = DicomFrameDecoder::open(path);
    if (!decoder) {
        EXPECT_FALSE(decoder.error().message.isEmpty());
        return;
    }
    Expected<QByteArray> last = (*decoder)->decodeFrame(9);
    ASSERT_FALSE(last);
    EXPECT_FALSE(last.error().message.isEmpty());
}
