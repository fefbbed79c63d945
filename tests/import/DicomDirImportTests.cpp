// Import of a cath-lab CD: a DICOMDIR with several patients, studies and series, files named
// without extension as on a real CD.
#include "CaseImporterFixture.h"
#include "LocalStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace kenshu;
using namespace kenshu::tests;

namespace {

struct CdFile
{
    QString relative;
    testdata::DicomSpec spec;
};

// 2 patients, 3 studies, 5 series, 9 instances; one instance is a 10-frame cine.
QList<CdFile> cdLayout()
{
    const QString studyA = testdata::newUid();
    const QString studyB = testdata::newUid();
    const QString studyC = testdata::newUid();
    const QString seriesA1 = testdata::newUid();
    const QString seriesA2 = testdata::newUid();
    const QString seriesB1 = testdata::newUid();
    const QString seriesC1 = testdata::newUid();
    const QString seriesC2 = testdata::newUid();

    const auto spec = [](const QString& patient, const QString& study, const QString& series,
                         int seriesNumber, int instanceNumber, int frames) {
        testdata::DicomSpec result;
        result.patientId = patient;
        result.patientName = patient == u"P001"_s ? u"Test^One"_s : u"Test^Two"_s;
        result.studyInstanceUid = study;
        result.seriesInstanceUid = series;
        result.sopInstanceUid = testdata::newUid();
        result.seriesNumber = seriesNumber;
        result.instanceNumber = instanceNumber;
        result.frames = frames;
        result.seriesDescription = u"Series %1"_s.arg(seriesNumber);
        return result;
    };

    return {
        {u"DICOM/PAT1/STU1/SER1/IM0001"_s, spec(u"P001"_s, studyA, seriesA1, 1, 1, 1)},
        {u"DICOM/PAT1/STU1/SER1/IM0002"_s, spec(u"P001"_s, studyA, seriesA1, 1, 2, 1)},
        {u"DICOM/PAT1/STU1/SER1/IM0003"_s, spec(u"P001"_s, studyA, seriesA1, 1, 3, 1)},
        {u"DICOM/PAT1/STU1/SER2/IM0001"_s, spec(u"P001"_s, studyA, seriesA2, 2, 1, 10)},
        {u"DICOM/PAT1/STU2/SER1/IM0001"_s, spec(u"P001"_s, studyB, seriesB1, 1, 1, 1)},
        {u"DICOM/PAT1/STU2/SER1/IM0002"_s, spec(u"P001"_s, studyB, seriesB1, 1, 2, 1)},
        {u"DICOM/PAT2/STU1/SER1/IM0001"_s, spec(u"P002"_s, studyC, seriesC1, 1, 1, 1)},
        {u"DICOM/PAT2/STU1/SER1/IM0002"_s, spec(u"P002"_s, studyC, seriesC1, 1, 2, 1)},
        {u"DICOM/PAT2/STU1/SER2/IM0001"_s, spec(u"P002"_s, studyC, seriesC2, 2, 1, 1)},
    };
}

// What the layout holds by construction, to check the independent count against.
DicomContent expectedContent(const QList<CdFile>& files)
{
    DicomContent content;
    for (const CdFile& file : files) {
        SeriesCount& count = content[file.spec.studyInstanceUid][file.spec.seriesInstanceUid];
        ++count.instances;
        count.frames += file.spec.frames;
    }
    return content;
}

// Renames every file and folder under `root` to lower case (deepest first).
void lowerCaseTree(const QString& root)
{
    QStringList entries;
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        entries.append(it.next());
    std::sort(entries.begin(), entries.end(),
              [](const QString& a, const QString& b) { return a.count(u'/') > b.count(u'/'); });
    for (const QString& entry : std::as_const(entries)) {
        const QFileInfo info(entry);
        const QString lower = info.dir().filePath(info.fileName().toLower());
        if (lower != entry) {
            ASSERT_TRUE(QFile::rename(entry, lower)) << entry.toStdString();
        }
    }
}

} // namespace

class Import_CaseImporterDicomDirTest : public CaseImporterFixture
{
protected:
    void SetUp() override
    {
        CaseImporterFixture::SetUp();
        m_root = inputPath(u"CD"_s);
        m_files = cdLayout();
        QStringList relative;
        for (const CdFile& file : std::as_const(m_files)) {
            const QString error =
                testdata::writeDicom(QDir(m_root).filePath(file.relative), file.spec);
            ASSERT_TRUE(error.isEmpty()) << error.toStdString();
            relative.append(file.relative);
        }
        const QString error = testdata::writeDicomDir(m_root, relative);
        ASSERT_TRUE(error.isEmpty()) << error.toStdString();
        ASSERT_TRUE(QFile::exists(QDir(m_root).filePath(u"DICOMDIR"_s)));

        // The files hold what the layout says, counted with DCMTK independently.
        m_expected = countDicomFiles(m_root);
        ASSERT_EQ(m_expected, expectedContent(m_files));
        ASSERT_EQ(m_expected.size(), 3);
    }

    void expectWholeCd(const ImportOutcome& outcome)
    {
        ASSERT_TRUE(outcome.succeeded()) << issuesText(outcome).toStdString();
        EXPECT_TRUE(outcome.caseCreated);
        EXPECT_EQ(outcome.instancesAdded, 9);
        EXPECT_EQ(outcome.instancesAlreadyPresent, 0);
        EXPECT_EQ(outcome.studiesTouched.size(), 3);
        const std::optional<CaseEntry> entry = loadCase(outcome.caseId);
        ASSERT_TRUE(entry.has_value());
        EXPECT_EQ(contentOf(*entry), m_expected);

        int series = 0;
        int instances = 0;
        int frames = 0;
        for (const StudyEntry& study : entry->studies) {
            series += int(study.series.size());
            instances += study.instanceCount();
            frames += study.frameCount();
        }
        EXPECT_EQ(entry->studies.size(), 3);
        EXPECT_EQ(series, 5);
        EXPECT_EQ(instances, 9);
        EXPECT_EQ(frames, 18);
        // Every instance's content is in the blob store, and only the 9 files are.
        EXPECT_EQ(blobFiles().size(), 9);
    }

    QString m_root;
    QList<CdFile> m_files;
    DicomContent m_expected;
};

TEST_F(Import_CaseImporterDicomDirTest, ImportsEveryStudySeriesAndFrameOfTheCd)
{
    const ImportOutcome outcome = runImport({m_root});
    // The DICOMDIR itself is an index: neither imported nor reported.
    EXPECT_TRUE(outcome.issues.isEmpty()) << issuesText(outcome).toStdString();
    expectWholeCd(outcome);

    const std::optional<CaseEntry> entry = loadCase(outcome.caseId);
    ASSERT_TRUE(entry.has_value());
    for (const CdFile& file : std::as_const(m_files)) {
        const QString path = QDir(m_root).filePath(file.relative);
        bool found = false;
        for (const StudyEntry& study : entry->studies) {
            const SeriesEntry* series = study.findSeries(file.spec.seriesInstanceUid);
            if (!series)
                continue;
            EXPECT_EQ(study.studyInstanceUid, file.spec.studyInstanceUid);
            const InstanceEntry* instance = series->findInstance(file.spec.sopInstanceUid);
            ASSERT_NE(instance, nullptr) << file.relative.toStdString();
            EXPECT_EQ(instance->frames, file.spec.frames);
            EXPECT_EQ(instance->instanceNumber, file.spec.instanceNumber);
            EXPECT_EQ(instance->rows, 64);
            EXPECT_EQ(instance->columns, 64);
            EXPECT_EQ(instance->sopClassUid, file.spec.sopClassUid);
            EXPECT_EQ(instance->transferSyntaxUid, u"1.2.840.10008.1.2.1"_s);
            EXPECT_EQ(instance->sha256, sha256OfFile(path));
            EXPECT_EQ(instance->size, QFileInfo(path).size());
            EXPECT_EQ(series->seriesNumber, file.spec.seriesNumber);
            EXPECT_EQ(series->modality, u"XA"_s);
            EXPECT_EQ(series->description, file.spec.seriesDescription);
            found = true;
        }
        EXPECT_TRUE(found) << file.relative.toStdString();
    }
    for (const StudyEntry& study : entry->studies) {
        EXPECT_EQ(study.studyDate, u"20260115"_s);
        EXPECT_EQ(study.studyTime, u"101500"_s);
        EXPECT_EQ(study.description, u"Coronary angiography"_s);
        EXPECT_EQ(study.caseId, outcome.caseId);
    }
}

TEST_F(Import_CaseImporterDicomDirTest, ImportsTheCdThroughItsDicomdirFileAlone)
{
    // Only the DICOMDIR is given: the files are found through its references.
    const ImportOutcome outcome = runImport({QDir(m_root).filePath(u"DICOMDIR"_s)});
    EXPECT_TRUE(outcome.issues.isEmpty()) << issuesText(outcome).toStdString();
    expectWholeCd(outcome);
}

TEST_F(Import_CaseImporterDicomDirTest, ResolvesReferencesOnALowerCaseMount)
{
    lowerCaseTree(m_root);
    ASSERT_TRUE(QFile::exists(QDir(m_root).filePath(u"dicomdir"_s)));
    ASSERT_TRUE(QFile::exists(QDir(m_root).filePath(u"dicom/pat1/stu1/ser2/im0001"_s)));
    ASSERT_FALSE(QFile::exists(QDir(m_root).filePath(u"DICOM"_s)));

    // Through the folder: no reference may be reported missing.
    const ImportOutcome viaFolder = runImport({m_root});
    EXPECT_TRUE(viaFolder.issues.isEmpty()) << issuesText(viaFolder).toStdString();
    expectWholeCd(viaFolder);
}

TEST_F(Import_CaseImporterDicomDirTest, ResolvesReferencesOnALowerCaseMountThroughTheDicomdirAlone)
{
    lowerCaseTree(m_root);
    // Only the (lower-case) dicomdir is given, so every file must be found through it.
    const ImportOutcome outcome = runImport({QDir(m_root).filePath(u"dicomdir"_s)});
    EXPECT_TRUE(outcome.issues.isEmpty()) << issuesText(outcome).toStdString();
    expectWholeCd(outcome);
}

TEST_F(Import_CaseImporterDicomDirTest, ReportsAReferencedFileThatIsMissingAndImportsTheRest)
{
    const CdFile& removed = m_files[8]; // DICOM/PAT2/STU1/SER2/IM0001, a series of its own
    const QString removedPath = QDir(m_root).filePath(removed.relative);
    ASSERT_TRUE(QFile::remove(removedPath));

    const ImportOutcome outcome = runImport({m_root});
    ASSERT_TRUE(outcome.succeeded()) << issuesText(outcome).toStdString();
    ASSERT_EQ(outcome.issues.size(), 1) << issuesText(outcome).toStdString();
    const ImportIssue& issue = outcome.issues.first();
    EXPECT_EQ(issue.kind, ImportIssue::Kind::Rejected);
    EXPECT_EQ(QDir::cleanPath(issue.path), QDir::cleanPath(removedPath));
    EXPECT_TRUE(issue.reason.contains(u"missing"_s)) << issue.reason.toStdString();
    EXPECT_EQ(outcome.rejectedCount(), 1);
    EXPECT_TRUE(outcome.hasRejections());

    EXPECT_EQ(outcome.instancesAdded, 8);
    const std::optional<CaseEntry> entry = loadCase(outcome.caseId);
    ASSERT_TRUE(entry.has_value());
    DicomContent expected = m_expected;
    expected[removed.spec.studyInstanceUid].remove(removed.spec.seriesInstanceUid);
    EXPECT_EQ(contentOf(*entry), expected);
    EXPECT_EQ(contentOf(*entry), countDicomFiles(m_root));
    EXPECT_EQ(blobFiles().size(), 8);
}

TEST_F(Import_CaseImporterDicomDirTest, StoresAThumbnailForEachNewSeries)
{
    const ImportOutcome outcome = runImport({m_root});
    ASSERT_TRUE(outcome.succeeded()) << issuesText(outcome).toStdString();
    const std::unique_ptr<LocalStore> store = openStore();
    ASSERT_TRUE(store);
    int thumbnails = 0;
    for (const auto& study : m_expected) {
        for (auto it = study.cbegin(); it != study.cend(); ++it) {
            const QByteArray png = store->thumbnail(it.key());
            ASSERT_FALSE(png.isEmpty()) << it.key().toStdString();
            EXPECT_TRUE(png.startsWith("\x89PNG\r\n\x1a\n"));
            QImage image;
            ASSERT_TRUE(image.loadFromData(png, "PNG"));
            // 64x64 images are not enlarged.
            EXPECT_EQ(image.size(), QSize(64, 64));
            EXPECT_LE(std::max(image.width(), image.height()), 160);
            ++thumbnails;
        }
    }
    EXPECT_EQ(thumbnails, 5);
}

TEST_F(Import_CaseImporterDicomDirTest, ImportsTheFilesByContentWhenTheDicomdirIsBroken)
{
    const QString dicomdir = QDir(m_root).filePath(u"DICOMDIR"_s);
    QFile file(dicomdir);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QByteArray(300, '\x7f'));
    file.close();

    const ImportOutcome outcome = runImport({m_root});
    ASSERT_FALSE(outcome.issues.isEmpty());
    for (const ImportIssue& issue : outcome.issues)
        EXPECT_EQ(QDir::cleanPath(issue.path), QDir::cleanPath(dicomdir))
            << issue.path.toStdString();
    ASSERT_TRUE(outcome.succeeded()) << issuesText(outcome).toStdString();
    EXPECT_EQ(outcome.instancesAdded, 9);
    const std::optional<CaseEntry> entry = loadCase(outcome.caseId);
    ASSERT_TRUE(entry.has_value());
    EXPECT_EQ(contentOf(*entry), m_expected);
}
