// The import formats on their own: what DicomImportFormat and PdfImportFormat make of a file.
#include "DicomDirectory.h"
#include "DicomImportFormat.h"
#include "PdfImportFormat.h"
#include "QtPrinters.h"
#include "TestData.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace kenshu;

namespace {

QByteArray headOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(1024) : QByteArray();
}

testdata::DicomSpec freshSpec()
{
    testdata::DicomSpec spec;
    spec.studyInstanceUid = testdata::newUid();
    spec.seriesInstanceUid = testdata::newUid();
    spec.sopInstanceUid = testdata::newUid();
    return spec;
}

class FormatFixture : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    QString path(const QString& name) const { return QDir(m_dir.path()).filePath(name); }

    QTemporaryDir m_dir;
};

class Import_DicomImportFormatTest : public FormatFixture
{
protected:
    FileInspection inspect(const QString& file) const
    {
        return m_format.inspect(file, headOf(file));
    }

    DicomImportFormat m_format;
};

class Import_PdfImportFormatTest : public FormatFixture
{
protected:
    FileInspection inspect(const QString& file) const { return m_pdf.inspect(file, headOf(file)); }

    PdfImportFormat m_pdf;
};

} // namespace

TEST_F(Import_DicomImportFormatTest, ReadsWhereAnInstanceBelongs)
{
    testdata::DicomSpec spec = freshSpec();
    spec.frames = 12;
    spec.rows = 48;
    spec.columns = 40;
    spec.bitsAllocated = 16;
    spec.seriesNumber = 7;
    spec.instanceNumber = 3;
    spec.modality = u"XA"_s;
    spec.studyDate = u"20251231"_s;
    spec.studyTime = u"235959"_s;
    spec.frameTimeMs = 66.7;
    const QString file = path(u"IM0001"_s);
    ASSERT_EQ(testdata::writeDicom(file, spec), QString());

    const FileInspection inspection = inspect(file);
    ASSERT_EQ(inspection.kind, FileInspection::Kind::DicomInstance)
        << inspection.reason.toStdString();
    const DicomInstanceMeta& meta = inspection.dicom;
    EXPECT_EQ(meta.studyInstanceUid, spec.studyInstanceUid);
    EXPECT_EQ(meta.seriesInstanceUid, spec.seriesInstanceUid);
    EXPECT_EQ(meta.instance.sopInstanceUid, spec.sopInstanceUid);
    EXPECT_EQ(meta.instance.sopClassUid, spec.sopClassUid);
    EXPECT_EQ(meta.instance.transferSyntaxUid, u"1.2.840.10008.1.2.1"_s);
    EXPECT_EQ(meta.instance.frames, 12);
    EXPECT_EQ(meta.instance.rows, 48);
    EXPECT_EQ(meta.instance.columns, 40);
    EXPECT_EQ(meta.instance.instanceNumber, 3);
    EXPECT_EQ(meta.seriesNumber, 7);
    EXPECT_EQ(meta.modality, u"XA"_s);
    EXPECT_EQ(meta.studyDate, u"20251231"_s);
    EXPECT_EQ(meta.studyTime, u"235959"_s);
    EXPECT_EQ(meta.studyDescription, spec.studyDescription);
    EXPECT_EQ(meta.seriesDescription, spec.seriesDescription);
}

TEST_F(Import_DicomImportFormatTest, ReadsImplicitVrFilesAndBareDatasets)
{
    testdata::DicomSpec spec = freshSpec();
    spec.explicitLittleEndian = false;
    const QString implicitFile = path(u"implicit"_s);
    ASSERT_EQ(testdata::writeDicom(implicitFile, spec), QString());
    FileInspection inspection = inspect(implicitFile);
    ASSERT_EQ(inspection.kind, FileInspection::Kind::DicomInstance)
        << inspection.reason.toStdString();
    EXPECT_EQ(inspection.dicom.instance.transferSyntaxUid, u"1.2.840.10008.1.2"_s);

    // An old CD: the dataset alone, no preamble, no "DICM", no meta header.
    DcmFileFormat file;
    ASSERT_TRUE(file.loadFile(QFile::encodeName(implicitFile).constData()).good());
    const QString bare = path(u"bare"_s);
    ASSERT_TRUE(file.getDataset()
                    ->saveFile(QFile::encodeName(bare).constData(), EXS_LittleEndianImplicit)
                    .good());
    EXPECT_NE(headOf(bare).mid(128, 4), QByteArray("DICM"));
    EXPECT_TRUE(DicomImportFormat::looksLikeDicom(headOf(bare)));
    inspection = inspect(bare);
    ASSERT_EQ(inspection.kind, FileInspection::Kind::DicomInstance)
        << inspection.reason.toStdString();
    EXPECT_EQ(inspection.dicom.instance.sopInstanceUid, spec.sopInstanceUid);
    EXPECT_EQ(inspection.dicom.instance.frames, 1);
}

TEST_F(Import_DicomImportFormatTest, RejectsIncompletePixelData)
{
    testdata::DicomSpec spec = freshSpec();
    spec.frames = 4;
    const QString truncated = path(u"truncated"_s);
    ASSERT_EQ(testdata::writeTruncatedDicom(truncated, spec), QString());
    FileInspection inspection = inspect(truncated);
    EXPECT_EQ(inspection.kind, FileInspection::Kind::Rejected);
    EXPECT_FALSE(inspection.reason.isEmpty());

    const QString shortPixels = path(u"short"_s);
    ASSERT_EQ(testdata::writeShortPixelDataDicom(shortPixels, spec), QString());
    inspection = inspect(shortPixels);
    EXPECT_EQ(inspection.kind, FileInspection::Kind::Rejected);
    const qint64 declared = testdata::pixelDataBytes(spec);
    EXPECT_TRUE(inspection.reason.contains(QString::number(declared)))
        << inspection.reason.toStdString();
    EXPECT_TRUE(inspection.reason.contains(QString::number((declared / 2) & ~qint64(1))))
        << inspection.reason.toStdString();
}

TEST_F(Import_DicomImportFormatTest, LeavesOtherFilesToOtherFormats)
{
    const QString text = path(u"notes.txt"_s);
    QFile file(text);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("This is a plain text file that is long enough to have a head.\n");
    file.close();
    EXPECT_EQ(inspect(text).kind, FileInspection::Kind::NotRecognised);
    EXPECT_FALSE(DicomImportFormat::looksLikeDicom(QByteArray("%PDF-1.7")));
    EXPECT_FALSE(DicomImportFormat::looksLikeDicom(QByteArray()));

    const QString pdf = path(u"a.pdf"_s);
    ASSERT_EQ(testdata::writePdf(pdf, 1), QString());
    EXPECT_EQ(inspect(pdf).kind, FileInspection::Kind::NotRecognised);
}

TEST_F(Import_DicomImportFormatTest, RecognisesADicomdirAsAnIndex)
{
    const testdata::DicomSpec spec = freshSpec();
    ASSERT_EQ(testdata::writeDicom(path(u"DICOM/IM0001"_s), spec), QString());
    ASSERT_EQ(testdata::writeDicomDir(m_dir.path(), {u"DICOM/IM0001"_s}), QString());

    const QString dicomdir = path(u"DICOMDIR"_s);
    EXPECT_EQ(inspect(dicomdir).kind, FileInspection::Kind::Index);
    const Expected<QStringList> listed = m_format.indexedFiles(dicomdir);
    ASSERT_TRUE(listed.hasValue()) << listed.error().message.toStdString();
    EXPECT_EQ(*listed, QStringList{QDir::cleanPath(path(u"DICOM/IM0001"_s))});
}

TEST_F(Import_DicomImportFormatTest, AMissingDicomdirIsAnErrorAndABrokenOneListsNothing)
{
    const Expected<QStringList> missing = readDicomDirectory(path(u"DICOMDIR"_s));
    ASSERT_FALSE(missing.hasValue());
    EXPECT_FALSE(missing.error().message.isEmpty());

    QFile file(path(u"broken/DICOMDIR"_s));
    ASSERT_TRUE(QDir().mkpath(path(u"broken"_s)));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(200, '\x7f'));
    file.close();
    const Expected<QStringList> broken = readDicomDirectory(path(u"broken/DICOMDIR"_s));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArray(200, '\x7f')) << "a DICOMDIR is never written";
    file.close();
    EXPECT_EQ(QDir(path(u"broken"_s)).entryList(QDir::Files), QStringList{u"DICOMDIR"_s});
    // DCMTK starts an empty directory when the file is not one; either way nothing is listed.
    if (broken.hasValue())
        EXPECT_TRUE(broken->isEmpty()) << broken->join(u", "_s).toStdString();
    else
        EXPECT_FALSE(broken.error().message.isEmpty());
}

TEST_F(Import_DicomImportFormatTest, ThumbnailIsAPngOfAtMostMaxSide)
{
    testdata::DicomSpec spec = freshSpec();
    spec.rows = 100;
    spec.columns = 50;
    const QString file = path(u"IM0001"_s);
    ASSERT_EQ(testdata::writeDicom(file, spec), QString());
    QImage image;
    ASSERT_TRUE(image.loadFromData(m_format.thumbnailPng(file, 40), "PNG"));
    EXPECT_EQ(image.size(), QSize(20, 40));

    const QString text = path(u"notes.txt"_s);
    QFile notes(text);
    ASSERT_TRUE(notes.open(QIODevice::WriteOnly));
    notes.write("no pixels here");
    notes.close();
    EXPECT_TRUE(m_format.thumbnailPng(text, 40).isEmpty());
}

TEST_F(Import_PdfImportFormatTest, CountsPages)
{
    for (int pages : {1, 3}) {
        const QString file = path(u"doc%1.pdf"_s.arg(pages));
        ASSERT_EQ(testdata::writePdf(file, pages), QString());
        const FileInspection inspection = inspect(file);
        ASSERT_EQ(inspection.kind, FileInspection::Kind::PdfDocument)
            << inspection.reason.toStdString();
        EXPECT_EQ(inspection.pdfPages, pages);
    }
}

TEST_F(Import_PdfImportFormatTest, RejectsAPdfHeaderFollowedByGarbage)
{
    const QString file = path(u"broken.pdf"_s);
    QFile out(file);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write("%PDF-1.4\n");
    out.write(QByteArray(4096, '\x13'));
    out.close();
    const FileInspection inspection = inspect(file);
    EXPECT_EQ(inspection.kind, FileInspection::Kind::Rejected);
    EXPECT_TRUE(inspection.reason.contains(u"PDF"_s)) << inspection.reason.toStdString();
}

TEST_F(Import_PdfImportFormatTest, LeavesOtherFilesToOtherFormats)
{
    const QString file = path(u"IM0001"_s);
    ASSERT_EQ(testdata::writeDicom(file, freshSpec()), QString());
    EXPECT_EQ(inspect(file).kind, FileInspection::Kind::NotRecognised);
    EXPECT_TRUE(PdfImportFormat::looksLikePdf(QByteArray("%PDF-1.7\n")));
    EXPECT_TRUE(PdfImportFormat::looksLikePdf(QByteArray("\r\n  %PDF-1.7\n")));
    EXPECT_FALSE(PdfImportFormat::looksLikePdf(QByteArray("PDF-1.7")));
}

namespace {

// Rewrites a generated file with a raw (undecoded) description in another character set.
void recode(const QString& file, const char* characterSet, const QByteArray& description)
{
    DcmFileFormat format;
    ASSERT_TRUE(format.loadFile(QFile::encodeName(file).constData()).good());
    ASSERT_TRUE(format.loadAllDataIntoMemory().good()); // saved over the file it came from
    DcmDataset* dataset = format.getDataset();
    ASSERT_TRUE(dataset->putAndInsertString(DCM_SpecificCharacterSet, characterSet).good());
    ASSERT_TRUE(dataset
                    ->putAndInsertString(DCM_StudyDescription, description.constData(),
                                         Uint32(description.size()))
                    .good());
    ASSERT_TRUE(
        format.saveFile(QFile::encodeName(file).constData(), EXS_LittleEndianExplicit).good());
}

} // namespace

TEST_F(Import_DicomImportFormatTest, DecodesJapaneseIso2022Descriptions)
{
    // 冠動脈造影 in JIS X 0208, as Japanese cath-lab systems write it (ISO 2022 IR 87).
    const QString file = path(u"ir87.dcm"_s);
    ASSERT_EQ(testdata::writeDicom(file, freshSpec()), QString());
    recode(file, "\\ISO 2022 IR 87", QByteArray("\x1b$B4'F0L.B$1F\x1b(B LAD"));
    const FileInspection inspection = inspect(file);
    ASSERT_EQ(inspection.kind, FileInspection::Kind::DicomInstance)
        << inspection.reason.toStdString();
    EXPECT_EQ(inspection.dicom.studyDescription, u"冠動脈造影 LAD"_s);
}

TEST_F(Import_DicomImportFormatTest, DecodesHalfWidthKatakana)
{
    const QString file = path(u"ir13.dcm"_s);
    ASSERT_EQ(testdata::writeDicom(file, freshSpec()), QString());
    recode(file, "ISO_IR 13", QByteArray("\xba\xdd\xc4\xde\xb3"));
    EXPECT_EQ(inspect(file).dicom.studyDescription, u"ｺﾝﾄﾞｳ"_s);
}
