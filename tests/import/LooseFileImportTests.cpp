// Import of loose files and folders without a DICOMDIR: grouping by UID, duplicates, files
// that are not DICOM or PDF, PDFs, thumbnails and non-ASCII text.
#include "CaseImporterFixture.h"
#include "LocalStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;
using namespace kenshu;
using namespace kenshu::tests;

using Import_CaseImporterTest = CaseImporterFixture;

TEST_F(Import_CaseImporterTest, GroupsLooseFilesByStudyAndSeriesInAcquisitionOrder)
{
    const QString study = testdata::newUid();
    const QString seriesOne = testdata::newUid();
    const QString seriesTwo = testdata::newUid();
    // File names sort differently from the instance numbers, and are given in mixed order.
    const QString a = writeDicomFile(u"a.dcm"_s, makeSpec(study, seriesTwo, 2, 2));
    const QString b = writeDicomFile(u"b.dcm"_s, makeSpec(study, seriesOne, 1, 3));
    const QString c = writeDicomFile(u"c.dcm"_s, makeSpec(study, seriesTwo, 2, 1));
    const QString d = writeDicomFile(u"d.dcm"_s, makeSpec(study, seriesOne, 1, 1));
    const QString e = writeDicomFile(u"e.dcm"_s, makeSpec(study, seriesOne, 1, 2, 5));

    const ImportOutcome outcome = runImport({e, a, d, c, b}, u"123456-001"_s, u"LAD"_s);
    ASSERT_TRUE(outcome.succeeded()) << issuesText(outcome).toStdString();
    EXPECT_TRUE(outcome.issues.isEmpty()) << issuesText(outcome).toStdString();
    EXPECT_TRUE(outcome.caseCreated);
    EXPECT_EQ(outcome.caseTitle, u"123456-001"_s);
    EXPECT_EQ(outcome.instancesAdded, 5);
    EXPECT_EQ(outcome.studiesTouched, QStringList{study});

    const std::unique_ptr<LocalStore> store = openStore();
    ASSERT_TRUE(store);
    ASSERT_EQ(store->records(RecordType::Study).size(), 1);
    ASSERT_EQ(store->records(RecordType::Case).size(), 1);
    EXPECT_EQ(store->records(RecordType::Study).first().parentId, outcome.caseId);

    const std::optional<CaseEntry> entry = loadCase(outcome.caseId);
    ASSERT_TRUE(entry.has_value());
    EXPECT_EQ(entry->title, u"123456-001"_s);
    EXPECT_EQ(entry->note, u"LAD"_s);
    ASSERT_EQ(entry->studies.size(), 1);
    const StudyEntry& stored = entry->studies.first();
    EXPECT_EQ(stored.studyInstanceUid, study);
    ASSERT_EQ(stored.series.size(), 2);
    EXPECT_EQ(stored.series[0].seriesInstanceUid, seriesOne);
    EXPECT_EQ(stored.series[1].seriesInstanceUid, seriesTwo);
    ASSERT_EQ(stored.series[0].instances.size(), 3);
    ASSERT_EQ(stored.series[1].instances.size(), 2);
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(stored.series[0].instances[i].instanceNumber, i + 1);
    for (int i = 0; i < 2; ++i)
        EXPECT_EQ(stored.series[1].instances[i].instanceNumber, i + 1);
    EXPECT_EQ(stored.series[0].instances[0].sha256, sha256OfFile(d));
    EXPECT_EQ(stored.series[0].instances[1].sha256, sha256OfFile(e));
    EXPECT_EQ(stored.series[0].instances[2].sha256, sha256OfFile(b));
    EXPECT_EQ(stored.series[1].instances[0].sha256, sha256OfFile(c));
    EXPECT_EQ(stored.series[1].instances[1].sha256, sha256OfFile(a));
    EXPECT_EQ(stored.series[0].frameCount(), 7);
    EXPECT_EQ(contentOf(*entry), countDicomFiles(inputDir()));

    // Every instance is a blob with an index entry of kind "dicom".
    EXPECT_EQ(blobFiles().size(), 5);
    for (const QString& path : {a, b, c, d, e}) {
        const QString sha = sha256OfFile(path);
        EXPECT_TRUE(store->hasBlob(sha)) << path.toStdString();
        QSqlQuery query(store->database());
        query.prepare(u"SELECT kind, size FROM blobs WHERE sha256 = ?"_s);
        query.addBindValue(sha);
        ASSERT_TRUE(query.exec() && query.next());
        EXPECT_EQ(query.value(0).toString(), u"dicom"_s);
        EXPECT_EQ(query.value(1).toLongLong(), QFileInfo(path).size());
    }
    // The new case, its study: local edits waiting for sync.
    EXPECT_EQ(store->outboxSize(), 2);
}

TEST_F(Import_CaseImporterTest, ImportsAFolderWithNestedSubfolders)
{
    const QString studyOne = testdata::newUid();
    const QString studyTwo = testdata::newUid();
    const QString series = testdata::newUid();
    writeDicomFile(u"export/x/1.dcm"_s, makeSpec(studyOne, series, 1, 1));
    writeDicomFile(u"export/x/y/z/2"_s, makeSpec(studyOne, series, 1, 2));
    writeDicomFile(u"export/deep/er/still/3.DCM"_s, makeSpec(studyTwo, {}, 1, 1, 3));
    writeDicomFile(u"export/other/4.dcm"_s, makeSpec(studyTwo, {}, 2, 1));

    const ImportOutcome outcome = runImport({inputPath(u"export"_s)});
    ASSERT_TRUE(outcome.succeeded()) << issuesText(outcome).toStdString();
    EXPECT_TRUE(outcome.issues.isEmpty()) << issuesText(outcome).toStdString();
    EXPECT_EQ(outcome.instancesAdded, 4);
    const std::optional<CaseEntry> entry = loadCase(outcome.caseId);
    ASSERT_TRUE(entry.has_value());
    EXPECT_EQ(entry->studies.size(), 2);
    EXPECT_EQ(contentOf(*entry), countDicomFiles(inputPath(u"export"_s)));
}

TEST_F(Import_CaseImporterTest, SecondImportOfTheSameFilesAddsNothing)
{
    const QString study = testdata::newUid();
    const QString series = testdata::newUid();
    QStringList files;
    for (int i = 1; i <= 4; ++i)
        files.append(writeDicomFile(u"in/%1.dcm"_s.arg(i), makeSpec(study, series, 1, i)));

    const ImportOutcome first = runImport({inputPath(u"in"_s)});
    ASSERT_TRUE(first.succeeded()) << issuesText(first).toStdString();
    ASSERT_EQ(first.instancesAdded, 4);
    const LibrarySnapshot before = snapshot();
    ASSERT_EQ(before.blobFiles.size(), 4);

    // Same folder again, and then the same files one by one.
    for (const QStringList& paths : {QStringList{inputPath(u"in"_s)}, files}) {
        const ImportOutcome again = runImport(paths);
        ASSERT_TRUE(again.succeeded()) << issuesText(again).toStdString();
        EXPECT_FALSE(again.caseCreated);
        EXPECT_EQ(again.caseId, first.caseId);
        EXPECT_EQ(again.instancesAdded, 0);
        EXPECT_EQ(again.instancesAlreadyPresent, 4);
        EXPECT_TRUE(again.studiesTouched.isEmpty());
        EXPECT_TRUE(again.issues.isEmpty()) << issuesText(again).toStdString();
        EXPECT_EQ(snapshot(), before);
    }

    // One new file next to the known ones: only that one is added, to the same study.
    const QString extra = writeDicomFile(u"in/5.dcm"_s, makeSpec(study, series, 1, 5));
    const ImportOutcome more = runImport({inputPath(u"in"_s)});
    ASSERT_TRUE(more.succeeded()) << issuesText(more).toStdString();
    EXPECT_EQ(more.instancesAdded, 1);
    EXPECT_EQ(more.instancesAlreadyPresent, 4);
    const std::optional<CaseEntry> entry = loadCase(first.caseId);
    ASSERT_TRUE(entry.has_value());
    ASSERT_EQ(entry->studies.size(), 1);
    ASSERT_EQ(entry->studies.first().series.size(), 1);
    EXPECT_EQ(entry->studies.first().series.first().instances.size(), 5);
    EXPECT_EQ(entry->studies.first().series.first().instances.last().sha256, sha256OfFile(extra));
    EXPECT_EQ(blobFiles().size(), 5);
    EXPECT_EQ(summaries().size(), 1);
}

TEST_F(Import_CaseImporterTest, TheSameFileTwiceInOneRequestIsStoredOnce)
{
    const QString file = writeDicomFile(u"dup/one.dcm"_s, makeSpec({}, {}));
    // A byte-identical copy under another name: the same SOP instance.
    const QString copy = inputPath(u"dup/copy.dcm"_s);
    ASSERT_TRUE(QFile::copy(file, copy));

    const ImportOutcome outcome =
        runImport({file, file, inputPath(u"dup"_s), inputPath(u"dup/../dup/one.dcm"_s), copy});
    ASSERT_TRUE(outcome.succeeded()) << issuesText(outcome).toStdString();
    EXPECT_TRUE(outcome.issues.isEmpty()) << issuesText(outcome).toStdString();
    EXPECT_EQ(outcome.instancesAdded, 1);
    const std::optional<CaseEntry> entry = loadCase(outcome.caseId);
    ASSERT_TRUE(entry.has_value());
    ASSERT_EQ(entry->studies.size(), 1);
    EXPECT_EQ(entry->studies.first().instanceCount(), 1);
    EXPECT_EQ(blobFiles().size(), 1);
}

TEST_F(Import_CaseImporterTest, SkipsFilesThatAreNotDicomOrPdf)
{
    const QString good = writeDicomFile(u"mixed/IM0001"_s, makeSpec({}, {}));
    const QString text = writeTextFile(u"mixed/notes.txt"_s, "Patient came in on Monday.\n");
    const QString fakeDicom = writeTextFile(u"mixed/fake.dcm"_s, QByteArray(300, 'x'));
    QImage image(32, 32, QImage::Format_RGB32);
    image.fill(Qt::red);
    const QString png = inputPath(u"mixed/screen.png"_s);
    ASSERT_TRUE(image.save(png, "PNG"));

    const ImportOutcome outcome = runImport({inputPath(u"mixed"_s)});
    ASSERT_TRUE(outcome.succeeded()) << issuesText(outcome).toStdString();
    EXPECT_EQ(outcome.instancesAdded, 1);
    EXPECT_EQ(outcome.skippedCount(), 3) << issuesText(outcome).toStdString();
    EXPECT_EQ(outcome.rejectedCount(), 0);
    EXPECT_FALSE(outcome.hasRejections());
    for (const QString& path : {text, fakeDicom, png}) {
        const ImportIssue* issue = findIssue(outcome, path);
        ASSERT_NE(issue, nullptr) << path.toStdString();
        EXPECT_EQ(issue->kind, ImportIssue::Kind::Skipped);
        EXPECT_TRUE(issue->reason.contains(u"Not a DICOM or PDF"_s)) << issue->reason.toStdString();
    }
    EXPECT_EQ(findIssue(outcome, good), nullptr);
    EXPECT_EQ(blobFiles().size(), 1);
}

TEST_F(Import_CaseImporterTest, SkipsAnEmptyFile)
{
    const QString good = writeDicomFile(u"in/IM0001"_s, makeSpec({}, {}));
    const QString empty = writeTextFile(u"in/IM0002"_s, {});

    const ImportOutcome outcome = runImport({good, empty});
    ASSERT_TRUE(outcome.succeeded()) << issuesText(outcome).toStdString();
    EXPECT_EQ(outcome.instancesAdded, 1);
    ASSERT_EQ(outcome.issues.size(), 1) << issuesText(outcome).toStdString();
    EXPECT_EQ(outcome.issues.first().kind, ImportIssue::Kind::Skipped);
    EXPECT_EQ(outcome.issues.first().path, empty);
    EXPECT_TRUE(outcome.issues.first().reason.contains(u"empty"_s))
        << outcome.issues.first().reason.toStdString();
}

TEST_F(Import_CaseImporterTest, ReportsAPathThatDoesNotExist)
{
    const QString good = writeDicomFile(u"in/IM0001"_s, makeSpec({}, {}));
    const QString missing = inputPath(u"in/nothing-here"_s);
    const ImportOutcome outcome = runImport({good, missing});
    ASSERT_TRUE(outcome.succeeded()) << issuesText(outcome).toStdString();
    EXPECT_EQ(outcome.instancesAdded, 1);
    const ImportIssue* issue = findIssue(outcome, missing);
    ASSERT_NE(issue, nullptr) << issuesText(outcome).toStdString();
    EXPECT_EQ(issue->kind, ImportIssue::Kind::Rejected);
    EXPECT_TRUE(issue->reason.contains(u"does not exist"_s)) << issue->reason.toStdString();
}

TEST_F(Import_CaseImporterTest, ImportsAPdfWithItsPageCount)
{
    const QString pdf = inputPath(u"docs/紹介状.pdf"_s);
    const QString error = testdata::writePdf(pdf, 3);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    const QString dicom = writeDicomFile(u"docs/IM0001"_s, makeSpec({}, {}));

    const ImportOutcome outcome = runImport({inputPath(u"docs"_s)});
    ASSERT_TRUE(outcome.succeeded()) << issuesText(outcome).toStdString();
    EXPECT_TRUE(outcome.issues.isEmpty()) << issuesText(outcome).toStdString();
    EXPECT_EQ(outcome.documentsAdded, 1);
    EXPECT_EQ(outcome.documentsAlreadyPresent, 0);
    EXPECT_EQ(outcome.instancesAdded, 1);

    const std::optional<CaseEntry> entry = loadCase(outcome.caseId);
    ASSERT_TRUE(entry.has_value());
    ASSERT_EQ(entry->documents.size(), 1);
    const DocumentEntry& document = entry->documents.first();
    EXPECT_EQ(document.name, u"紹介状.pdf"_s);
    EXPECT_EQ(document.pages, 3);
    EXPECT_EQ(document.sha256, sha256OfFile(pdf));
    EXPECT_EQ(document.size, QFileInfo(pdf).size());
    EXPECT_EQ(document.caseId, outcome.caseId);
    EXPECT_TRUE(document.addedAt.isValid());

    const std::unique_ptr<LocalStore> store = openStore();
    ASSERT_TRUE(store);
    QSqlQuery query(store->database());
    query.prepare(u"SELECT kind FROM blobs WHERE sha256 = ?"_s);
    query.addBindValue(document.sha256);
    ASSERT_TRUE(query.exec() && query.next());
    EXPECT_EQ(query.value(0).toString(), u"pdf"_s);
    EXPECT_EQ(blobFiles().size(), 2);

    // The same PDF again (under another name too) is already present.
    const QString copy = inputPath(u"copy.pdf"_s);
    ASSERT_TRUE(QFile::copy(pdf, copy));
    const LibrarySnapshot before = snapshot();
    const ImportOutcome again = runImport({pdf, copy});
    ASSERT_TRUE(again.succeeded()) << issuesText(again).toStdString();
    EXPECT_EQ(again.documentsAdded, 0);
    EXPECT_EQ(again.documentsAlreadyPresent, 2);
    EXPECT_EQ(snapshot(), before);
}

TEST_F(Import_CaseImporterTest, TwoCopiesOfANewPdfInOneRequestMakeOneDocument)
{
    const QString pdf = inputPath(u"a.pdf"_s);
    ASSERT_TRUE(testdata::writePdf(pdf, 2).isEmpty());
    const QString copy = inputPath(u"b.pdf"_s);
    ASSERT_TRUE(QFile::copy(pdf, copy));

    const ImportOutcome outcome = runImport({pdf, copy});
    ASSERT_TRUE(outcome.succeeded()) << issuesText(outcome).toStdString();
    EXPECT_EQ(outcome.documentsAdded, 1);
    EXPECT_EQ(outcome.documentsAlreadyPresent, 1);
    const std::optional<CaseEntry> entry = loadCase(outcome.caseId);
    ASSERT_TRUE(entry.has_value());
    ASSERT_EQ(entry->documents.size(), 1);
    EXPECT_EQ(entry->documents.first().pages, 2);
    EXPECT_EQ(blobFiles().size(), 1);
}

TEST_F(Import_CaseImporterTest, RejectsADamagedPdf)
{
    const QString good = inputPath(u"good.pdf"_s);
    ASSERT_TRUE(testdata::writePdf(good, 1).isEmpty());
    QByteArray garbage("%PDF-1.7\n");
    for (int i = 0; i < 2000; ++i)
        garbage.append(char('!' + (i * 31) % 90));
    const QString damaged = writeTextFile(u"damaged.pdf"_s, garbage);

    const ImportOutcome outcome = runImport({good, damaged});
    ASSERT_TRUE(outcome.succeeded()) << issuesText(outcome).toStdString();
    EXPECT_EQ(outcome.documentsAdded, 1);
    ASSERT_EQ(outcome.issues.size(), 1) << issuesText(outcome).toStdString();
    const ImportIssue& issue = outcome.issues.first();
    EXPECT_EQ(issue.kind, ImportIssue::Kind::Rejected);
    EXPECT_EQ(issue.path, damaged);
    EXPECT_TRUE(issue.reason.contains(u"PDF"_s)) << issue.reason.toStdString();
    EXPECT_TRUE(issue.reason.contains(u"damaged"_s) || issue.reason.contains(u"no pages"_s))
        << issue.reason.toStdString();
    const std::optional<CaseEntry> entry = loadCase(outcome.caseId);
    ASSERT_TRUE(entry.has_value());
    ASSERT_EQ(entry->documents.size(), 1);
    EXPECT_EQ(entry->documents.first().name, u"good.pdf"_s);
    EXPECT_EQ(blobFiles().size(), 1);
}

TEST_F(Import_CaseImporterTest, KeepsJapaneseDescriptionsIntact)
{
    testdata::DicomSpec spec = makeSpec({}, {});
    spec.studyDescription = u"冠動脈造影"_s;
    spec.seriesDescription = u"左冠動脈 RAO 30°"_s;
    spec.patientName = u"山田^太郎"_s;
    const QString file = writeDicomFile(u"jp/IM0001"_s, spec);

    const ImportOutcome outcome = runImport({file}, u"123456-001"_s, u"日本語のメモ"_s);
    ASSERT_TRUE(outcome.succeeded()) << issuesText(outcome).toStdString();
    ASSERT_EQ(outcome.instancesAdded, 1);
    const std::optional<CaseEntry> entry = loadCase(outcome.caseId);
    ASSERT_TRUE(entry.has_value());
    EXPECT_EQ(entry->note, u"日本語のメモ"_s);
    ASSERT_EQ(entry->studies.size(), 1);
    EXPECT_EQ(entry->studies.first().description, u"冠動脈造影"_s);
    ASSERT_EQ(entry->studies.first().series.size(), 1);
    EXPECT_EQ(entry->studies.first().series.first().description, u"左冠動脈 RAO 30°"_s);
}

TEST_F(Import_CaseImporterTest, StoresAThumbnailNoLargerThan160)
{
    testdata::DicomSpec large = makeSpec({}, {});
    large.rows = 192;
    large.columns = 256;
    writeDicomFile(u"thumb/large"_s, large);
    testdata::DicomSpec cine = makeSpec(large.studyInstanceUid, {}, 2, 1, 8);
    cine.bitsAllocated = 16;
    writeDicomFile(u"thumb/cine"_s, cine);
    testdata::DicomSpec rgb = makeSpec(large.studyInstanceUid, {}, 3, 1);
    rgb.samplesPerPixel = 3;
    writeDicomFile(u"thumb/rgb"_s, rgb);

    const ImportOutcome outcome = runImport({inputPath(u"thumb"_s)});
    ASSERT_TRUE(outcome.succeeded()) << issuesText(outcome).toStdString();
    ASSERT_EQ(outcome.instancesAdded, 3);
    const std::unique_ptr<LocalStore> store = openStore();
    ASSERT_TRUE(store);

    QImage image;
    ASSERT_TRUE(image.loadFromData(store->thumbnail(large.seriesInstanceUid), "PNG"));
    EXPECT_EQ(image.size(), QSize(160, 120)) << "scaled to 160 on the longer side, aspect kept";
    // The gradient runs from dark (top left) to bright (bottom right).
    EXPECT_LT(qGray(image.pixel(0, 0)), qGray(image.pixel(159, 119)));

    ASSERT_TRUE(image.loadFromData(store->thumbnail(cine.seriesInstanceUid), "PNG"));
    EXPECT_EQ(image.size(), QSize(64, 64));
    ASSERT_TRUE(image.loadFromData(store->thumbnail(rgb.seriesInstanceUid), "PNG"));
    EXPECT_EQ(image.size(), QSize(64, 64));
    EXPECT_FALSE(image.isGrayscale());
}
