// Sync_DeidentifierTest: a file holding patient data at the top level, two levels deep in
// sequences and in private attributes comes out with none of it, with consistent UIDs, and with
// pixel data and rendering unchanged; input that is not a complete DICOM file creates nothing.
#include "BasicProfile.h"
#include "Deidentifier.h"
#include "DicomWalk.h"
#include "FrameRendering.h"
#include "PhiTestData.h"
#include "QtPrinters.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcelem.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcsequen.h>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
namespace testdata = kenshu::testdata;
using kenshu::deid::DeidentifiedFile;
using kenshu::deid::Deidentifier;
using kenshu::deid::DeidOperation;
using namespace kenshu::testing;

namespace {

const QByteArray kSecret(32, 'k');

testdata::DicomSpec cineSpec(bool explicitLittleEndian = true)
{
    testdata::DicomSpec spec = testdata::specWithNewUids();
    spec.rows = 24;
    spec.columns = 32;
    spec.frames = 3;
    spec.bitsAllocated = 16;
    spec.frameTimeMs = 66.7;
    spec.explicitLittleEndian = explicitLittleEndian;
    return spec;
}

// Every element the profile lists must show its operation's result, wherever it is.
void expectProfileApplied(DcmItem& dataset)
{
    forEachElement(dataset, [](DcmElement& element) {
        DcmTag tag = element.getTag();
        const QString name = QString::fromLatin1(tag.getTagName());
        EXPECT_FALSE(tag.isPrivate()) << "private attribute left: " << name.toStdString();
        const auto rule = kenshu::deid::basicProfileRule(tag.getGroup(), tag.getElement());
        if (!rule)
            return;
        const bool isSequence = element.ident() == EVR_SQ;
        switch (kenshu::deid::operationFor(rule->action, element.ident() == EVR_UI, isSequence)) {
        case DeidOperation::Remove:
            ADD_FAILURE() << "attribute the profile removes is still there: " << rule->keyword;
            break;
        case DeidOperation::Empty:
            if (isSequence)
                EXPECT_EQ(static_cast<DcmSequenceOfItems&>(element).card(), 0u) << rule->keyword;
            else
                EXPECT_EQ(element.getLength(), 0u) << rule->keyword;
            break;
        case DeidOperation::Dummy: {
            OFString value;
            element.getOFStringArray(value);
            EXPECT_TRUE(value == "ANONYMIZED" || value == "19000101" || value == "000000" ||
                        value == "19000101000000")
                << rule->keyword << " = " << value.c_str();
            break;
        }
        case DeidOperation::RemapUids:
            EXPECT_TRUE(textOf(*element.getParentItem(), tag).startsWith(u"2.25."_s))
                << rule->keyword;
            break;
        case DeidOperation::CleanItems:
            break;
        }
    });
}

QString pythonWithPydicom()
{
    for (const QString& python : {u"python3"_s, u"/usr/bin/python3"_s}) {
        QProcess probe;
        probe.start(python, {u"-c"_s, u"import pydicom"_s});
        if (probe.waitForFinished(30000) && probe.exitStatus() == QProcess::NormalExit &&
            probe.exitCode() == 0)
            return python;
    }
    return {};
}

class Sync_DeidentifierTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    QString path(const QString& name) const { return m_dir.filePath(name); }

    DeidentifiedFile deidentify(const QString& input, const QString& output,
                                const QByteArray& secret = kSecret)
    {
        const kenshu::Expected<DeidentifiedFile> result =
            Deidentifier(secret).deidentifyFile(input, output);
        EXPECT_TRUE(result.hasValue()) << (result ? "" : result.error().message.toStdString());
        return result ? *result : DeidentifiedFile{};
    }

    QTemporaryDir m_dir;
};

class Sync_DeidentifierEncodingTest : public Sync_DeidentifierTest,
                                      public ::testing::WithParamInterface<bool>
{
};

} // namespace

TEST_P(Sync_DeidentifierEncodingTest, LeavesNoPatientDataAnywhere)
{
    const testdata::DicomSpec spec = cineSpec(GetParam());
    const QString input = path(u"in.dcm"_s);
    ASSERT_EQ(testdata::writeDicomWithPhi(input, spec, testdata::newUid()), QString());
    const QByteArray original = fileBytes(input);
    for (const QString& marker : testdata::phiMarkers())
        ASSERT_TRUE(original.contains(marker.toLatin1())) << marker.toStdString();

    const DeidentifiedFile result = deidentify(input, path(u"out.dcm"_s));
    EXPECT_GT(result.counts.removed, 0);
    EXPECT_GT(result.counts.emptied, 0);
    EXPECT_GT(result.counts.replaced, 0);
    EXPECT_GT(result.counts.uidsRemapped, 0);

    const QByteArray bytes = fileBytes(path(u"out.dcm"_s));
    ASSERT_FALSE(bytes.isEmpty());
    for (const QString& marker : testdata::phiMarkers())
        EXPECT_FALSE(bytes.contains(marker.toLatin1())) << marker.toStdString();
    for (const QString& value :
         {spec.studyInstanceUid, spec.seriesInstanceUid, spec.sopInstanceUid,
          testdata::phiFrameOfReferenceUid(spec), u"19450817"_s, u"20260114"_s, u"20260115"_s})
        EXPECT_FALSE(bytes.contains(value.toLatin1())) << value.toStdString();

    const auto file = loadDicom(path(u"out.dcm"_s));
    ASSERT_TRUE(file);
    DcmDataset& dataset = *file->getDataset();
    expectProfileApplied(dataset);

    EXPECT_EQ(textOf(dataset, DCM_PatientName), QString());
    EXPECT_EQ(textOf(dataset, DCM_PatientID), u"ANONYMIZED"_s);
    EXPECT_EQ(textOf(dataset, DCM_StudyDate), QString());
    EXPECT_EQ(textOf(dataset, DCM_ContentDate), u"19000101"_s);
    EXPECT_FALSE(dataset.tagExists(DCM_PatientAge));
    EXPECT_FALSE(dataset.tagExists(DCM_ImageComments));
    EXPECT_EQ(textOf(dataset, DCM_EvaluatorName), QString()); // not in the table: Kenshu's rule
    EXPECT_EQ(textOf(dataset, DCM_Modality), u"XA"_s);        // kept
    EXPECT_EQ(textOf(dataset, DCM_StudyInstanceUID), result.studyInstanceUid);
    EXPECT_EQ(textOf(*file->getMetaInfo(), DCM_MediaStorageSOPInstanceUID), result.sopInstanceUid);

    // Two levels down, in a sequence the profile does not list.
    DcmItem* series = nullptr;
    ASSERT_TRUE(dataset.findAndGetSequenceItem(DCM_RelatedSeriesSequence, series).good());
    EXPECT_EQ(textOf(*series, DCM_StudyInstanceUID), result.studyInstanceUid);
    DcmItem* purpose = nullptr;
    ASSERT_TRUE(series->findAndGetSequenceItem(DCM_PurposeOfReferenceCodeSequence, purpose).good());
    EXPECT_EQ(textOf(*purpose, DCM_CodeValue), u"121311"_s);
    EXPECT_EQ(textOf(*purpose, DCM_PersonName), u"ANONYMIZED"_s);

    EXPECT_EQ(textOf(dataset, DCM_PatientIdentityRemoved), u"YES"_s);
    EXPECT_EQ(textOf(dataset, DCM_DeidentificationMethod),
              u"DICOM PS3.15 Basic Profile; UIDs remapped (Kenshu)"_s);
    DcmSequenceOfItems* codes = nullptr;
    ASSERT_TRUE(dataset.findAndGetSequence(DCM_DeidentificationMethodCodeSequence, codes).good());
    ASSERT_EQ(codes->card(), 1u);
    EXPECT_EQ(textOf(*codes->getItem(0), DCM_CodeValue), u"113100"_s);
    EXPECT_EQ(textOf(*codes->getItem(0), DCM_CodingSchemeDesignator), u"DCM"_s);
}

TEST_P(Sync_DeidentifierEncodingTest, KeepsThePixelsAndTheImage)
{
    const testdata::DicomSpec spec = cineSpec(GetParam());
    const QString input = path(u"in.dcm"_s);
    ASSERT_EQ(testdata::writeDicomWithPhi(input, spec), QString());
    deidentify(input, path(u"out.dcm"_s));

    const auto before = loadDicom(input);
    const auto after = loadDicom(path(u"out.dcm"_s));
    ASSERT_TRUE(before && after);
    EXPECT_EQ(after->getDataset()->getOriginalXfer(), before->getDataset()->getOriginalXfer());
    const QByteArray pixels = pixelBytes(*before);
    ASSERT_EQ(pixels.size(), testdata::pixelDataBytes(spec));
    EXPECT_TRUE(pixelBytes(*after) == pixels);

    for (int frame = 0; frame < spec.frames; ++frame) {
        const kenshu::Expected<QImage> original = kenshu::renderFileFrame(input, frame);
        const kenshu::Expected<QImage> copy = kenshu::renderFileFrame(path(u"out.dcm"_s), frame);
        ASSERT_TRUE(original && copy) << (copy ? "" : copy.error().message.toStdString());
        EXPECT_EQ(*copy, *original) << "frame " << frame;
    }
}

INSTANTIATE_TEST_SUITE_P(ExplicitAndImplicitVr, Sync_DeidentifierEncodingTest, ::testing::Bool());

TEST_F(Sync_DeidentifierTest, TheSameFileTwiceGivesTheSameBytes)
{
    const QString input = path(u"in.dcm"_s);
    ASSERT_EQ(testdata::writeDicomWithPhi(input, cineSpec()), QString());
    const DeidentifiedFile first = deidentify(input, path(u"first.dcm"_s));
    const DeidentifiedFile second = deidentify(input, path(u"second.dcm"_s));
    EXPECT_EQ(second.sopInstanceUid, first.sopInstanceUid);
    EXPECT_EQ(second.studyInstanceUid, first.studyInstanceUid);
    // Same bytes, so the content-addressed blob store and the server deduplicate a re-import.
    EXPECT_TRUE(fileBytes(path(u"second.dcm"_s)) == fileBytes(path(u"first.dcm"_s)));
}

TEST_F(Sync_DeidentifierTest, UidsAndReferencesStayConsistentAcrossAStudy)
{
    testdata::DicomSpec first = cineSpec();
    testdata::DicomSpec second = first;
    second.sopInstanceUid = testdata::newUid();
    second.instanceNumber = 2;
    ASSERT_EQ(testdata::writeDicomWithPhi(path(u"a.dcm"_s), first), QString());
    ASSERT_EQ(testdata::writeDicomWithPhi(path(u"b.dcm"_s), second, first.sopInstanceUid),
              QString());
    const DeidentifiedFile a = deidentify(path(u"a.dcm"_s), path(u"a-out.dcm"_s));
    const DeidentifiedFile b = deidentify(path(u"b.dcm"_s), path(u"b-out.dcm"_s));

    EXPECT_EQ(b.studyInstanceUid, a.studyInstanceUid);
    EXPECT_EQ(b.seriesInstanceUid, a.seriesInstanceUid);
    EXPECT_NE(b.sopInstanceUid, a.sopInstanceUid);
    const auto fileA = loadDicom(path(u"a-out.dcm"_s));
    const auto fileB = loadDicom(path(u"b-out.dcm"_s));
    ASSERT_TRUE(fileA && fileB);
    EXPECT_EQ(textOf(*fileB->getDataset(), DCM_FrameOfReferenceUID),
              textOf(*fileA->getDataset(), DCM_FrameOfReferenceUID));
    DcmItem* reference = nullptr;
    ASSERT_TRUE(
        fileB->getDataset()->findAndGetSequenceItem(DCM_ReferencedImageSequence, reference).good());
    EXPECT_EQ(textOf(*reference, DCM_ReferencedSOPInstanceUID), a.sopInstanceUid);
    EXPECT_EQ(textOf(*reference, DCM_ReferencedSOPClassUID), first.sopClassUid);
}

TEST_F(Sync_DeidentifierTest, AnotherSiteSecretGivesOtherUids)
{
    const QString input = path(u"in.dcm"_s);
    ASSERT_EQ(testdata::writeDicomWithPhi(input, cineSpec()), QString());
    const DeidentifiedFile ours = deidentify(input, path(u"ours.dcm"_s));
    const DeidentifiedFile theirs = deidentify(input, path(u"theirs.dcm"_s), QByteArray(32, 'x'));
    EXPECT_NE(theirs.studyInstanceUid, ours.studyInstanceUid);
    EXPECT_NE(theirs.sopInstanceUid, ours.sopInstanceUid);
}

TEST_F(Sync_DeidentifierTest, WritesIntoAFolderUnderTheNewUid)
{
    const QString input = path(u"Yamada Taro.dcm"_s);
    ASSERT_EQ(testdata::writeDicomWithPhi(input, cineSpec()), QString());
    ASSERT_TRUE(QDir().mkpath(path(u"out"_s)));
    const DeidentifiedFile result = deidentify(input, path(u"out"_s));
    EXPECT_EQ(result.outputPath, QDir(path(u"out"_s)).filePath(result.sopInstanceUid + u".dcm"));
    EXPECT_EQ(QDir(path(u"out"_s)).entryList(QDir::Files),
              QStringList{result.sopInstanceUid + u".dcm"});
}

TEST_F(Sync_DeidentifierTest, BadInputGivesAReasonAndCreatesNothing)
{
    const testdata::DicomSpec spec = cineSpec();
    QFile text(path(u"notes.txt"_s));
    ASSERT_TRUE(text.open(QIODevice::WriteOnly));
    text.write("Patient PHI-NAME came in on Monday.\n");
    text.close();
    ASSERT_EQ(testdata::writeTruncatedDicom(path(u"truncated.dcm"_s), spec), QString());
    ASSERT_EQ(testdata::writeShortPixelDataDicom(path(u"short.dcm"_s), spec), QString());
    const QStringList inputs = {path(u"notes.txt"_s), path(u"truncated.dcm"_s),
                                path(u"short.dcm"_s), path(u"missing.dcm"_s)};
    ASSERT_TRUE(QDir().mkpath(path(u"out"_s)));
    for (const QString& input : inputs) {
        const QString output = path(u"out/result.dcm"_s);
        const auto result = Deidentifier(kSecret).deidentifyFile(input, output);
        ASSERT_FALSE(result.hasValue()) << input.toStdString();
        EXPECT_TRUE(result.error().message.contains(input)) << result.error().message.toStdString();
        EXPECT_EQ(QDir(path(u"out"_s)).entryList(QDir::Files | QDir::Hidden), QStringList())
            << input.toStdString();
    }
}

TEST_F(Sync_DeidentifierTest, NeverReplacesTheOriginal)
{
    const QString input = path(u"in.dcm"_s);
    ASSERT_EQ(testdata::writeDicomWithPhi(input, cineSpec()), QString());
    const QByteArray before = fileBytes(input);
    const auto result = Deidentifier(kSecret).deidentifyFile(input, input);
    ASSERT_FALSE(result.hasValue());
    EXPECT_TRUE(fileBytes(input) == before);
}

TEST_F(Sync_DeidentifierTest, RefusesADicomDirectory)
{
    ASSERT_EQ(testdata::writeDicom(path(u"cd/DICOM/IM1"_s), cineSpec()), QString());
    ASSERT_EQ(testdata::writeDicomDir(path(u"cd"_s), {u"DICOM/IM1"_s}), QString());
    const auto result =
        Deidentifier(kSecret).deidentifyFile(path(u"cd/DICOMDIR"_s), path(u"out.dcm"_s));
    ASSERT_FALSE(result.hasValue());
    EXPECT_TRUE(result.error().message.contains(u"DICOMDIR"_s));
    EXPECT_FALSE(QFile::exists(path(u"out.dcm"_s)));
}

TEST_F(Sync_DeidentifierTest, ADeidentifiedFileCanBeDeidentifiedAgain)
{
    ASSERT_EQ(testdata::writeDicomWithPhi(path(u"in.dcm"_s), cineSpec()), QString());
    deidentify(path(u"in.dcm"_s), path(u"once.dcm"_s));
    deidentify(path(u"once.dcm"_s), path(u"twice.dcm"_s));
    const auto twice = loadDicom(path(u"twice.dcm"_s));
    ASSERT_TRUE(twice);
    EXPECT_EQ(textOf(*twice->getDataset(), DCM_DeidentificationMethod),
              u"DICOM PS3.15 Basic Profile; UIDs remapped (Kenshu)"_s);
    DcmSequenceOfItems* codes = nullptr;
    ASSERT_TRUE(twice->getDataset()
                    ->findAndGetSequence(DCM_DeidentificationMethodCodeSequence, codes)
                    .good());
    EXPECT_EQ(codes->card(), 1u);
}

TEST_F(Sync_DeidentifierTest, FlagsImagesThatMayShowBurnedInText)
{
    testdata::DicomSpec ultrasound = testdata::specWithNewUids();
    ultrasound.modality = u"US"_s;
    ultrasound.sopClassUid = u"1.2.840.10008.5.1.4.1.1.6.1"_s;
    ASSERT_EQ(testdata::writeDicom(path(u"us.dcm"_s), ultrasound), QString());
    ASSERT_EQ(testdata::writeDicom(path(u"xa.dcm"_s), testdata::specWithNewUids()), QString());
    EXPECT_TRUE(
        deidentify(path(u"us.dcm"_s), path(u"us-out.dcm"_s)).needsBurnedInTextConfirmation());
    EXPECT_FALSE(
        deidentify(path(u"xa.dcm"_s), path(u"xa-out.dcm"_s)).needsBurnedInTextConfirmation());
}

TEST_F(Sync_DeidentifierTest, PydicomReadsTheResultAndFindsNoPrivateAttributes)
{
    const QString python = pythonWithPydicom();
    ASSERT_FALSE(python.isEmpty()) << "python3 with pydicom is needed (scripts/install-deps.sh)";
    ASSERT_EQ(testdata::writeDicomWithPhi(path(u"in.dcm"_s), cineSpec()), QString());
    const DeidentifiedFile result = deidentify(path(u"in.dcm"_s), path(u"out.dcm"_s));

    const QString script = uR"(
import sys, pydicom
ds = pydicom.dcmread(sys.argv[1])
private = [str(e.tag) for e in ds.iterall() if e.tag.is_private]
print("private", len(private))
print("removed", ds.PatientIdentityRemoved)
print("sop", ds.SOPInstanceUID)
print("frames", len(ds.pixel_array))
)"_s;
    QProcess process;
    process.start(python, {u"-c"_s, script, result.outputPath});
    ASSERT_TRUE(process.waitForFinished(60000));
    const QString output = QString::fromUtf8(process.readAllStandardOutput());
    ASSERT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    EXPECT_EQ(output.split(u'\n', Qt::SkipEmptyParts),
              (QStringList{u"private 0"_s, u"removed YES"_s, u"sop "_s + result.sopInstanceUid,
                           u"frames 3"_s}));
}
