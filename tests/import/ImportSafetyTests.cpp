// An import either adds what it reports or leaves the library exactly as it was: rejected
// files, failures half way, cancellation, invalid titles; and "Add study" to an existing case.
#include "AppSetup.h"
#include "BlobStore.h"
#include "CaseConsultation.h"
#include "CaseImporterFixture.h"
#include "DicomImportFormat.h"
#include "LocalStore.h"

#include <QDir>
#include <QFile>
#include <QMutex>
#include <algorithm>
#include <atomic>
#include <functional>
#include <mutex>

using namespace Qt::Literals::StringLiterals;
using namespace kenshu;
using namespace kenshu::tests;

using Import_CaseImporterTest = CaseImporterFixture;

namespace {

// Wraps the DICOM format and deletes one file right after inspecting it, so that the file is
// accepted but cannot be copied: the import fails in its copy phase.
class DeletingAfterInspectFormat final : public ImportFormat
{
public:
    DeletingAfterInspectFormat(std::shared_ptr<const ImportFormat> inner, QString victim)
        : m_inner(std::move(inner)), m_victim(std::move(victim))
    {
    }

    FileInspection inspect(const QString& path, const QByteArray& head) const override
    {
        FileInspection result = m_inner->inspect(path, head);
        if (QDir::cleanPath(path) == QDir::cleanPath(m_victim)) {
            EXPECT_EQ(result.kind, FileInspection::Kind::DicomInstance);
            EXPECT_TRUE(QFile::remove(path));
            m_deleted = true;
        }
        return result;
    }
    Expected<QStringList> indexedFiles(const QString& indexPath) const override
    {
        return m_inner->indexedFiles(indexPath);
    }
    QByteArray thumbnailPng(const QString& path, int maxSide) const override
    {
        return m_inner->thumbnailPng(path, maxSide);
    }

    bool deleted() const { return m_deleted; }

private:
    std::shared_ptr<const ImportFormat> m_inner;
    QString m_victim;
    mutable std::atomic_bool m_deleted{false};
};

// Wraps the DICOM format and runs `hook` once, in the middle of an import (while the files are
// read): a stand-in for a second import running at the same time (kenshuctl beside the GUI).
class HookDuringInspectFormat final : public ImportFormat
{
public:
    HookDuringInspectFormat(std::shared_ptr<const ImportFormat> inner, std::function<void()> hook)
        : m_inner(std::move(inner)), m_hook(std::move(hook))
    {
    }

    FileInspection inspect(const QString& path, const QByteArray& head) const override
    {
        FileInspection result = m_inner->inspect(path, head);
        std::call_once(m_once, m_hook);
        return result;
    }
    Expected<QStringList> indexedFiles(const QString& indexPath) const override
    {
        return m_inner->indexedFiles(indexPath);
    }
    QByteArray thumbnailPng(const QString& path, int maxSide) const override
    {
        return m_inner->thumbnailPng(path, maxSide);
    }

private:
    std::shared_ptr<const ImportFormat> m_inner;
    std::function<void()> m_hook;
    mutable std::once_flag m_once;
};

} // namespace

TEST_F(Import_CaseImporterTest, RejectsIncompleteDicomFilesAndImportsTheRest)
{
    const QString good = writeDicomFile(u"in/IM0001"_s, makeSpec({}, {}));
    const QString truncated = inputPath(u"in/IM0002"_s);
    ASSERT_EQ(testdata::writeTruncatedDicom(truncated, makeSpec({}, {}, 1, 2, 4)), QString());
    const QString shortPixels = inputPath(u"in/IM0003"_s);
    ASSERT_EQ(testdata::writeShortPixelDataDicom(shortPixels, makeSpec({}, {}, 1, 3)), QString());

    const ImportOutcome outcome = runImport({inputPath(u"in"_s)});
    ASSERT_TRUE(outcome.succeeded()) << issuesText(outcome).toStdString();
    EXPECT_EQ(outcome.instancesAdded, 1);
    EXPECT_EQ(outcome.rejectedCount(), 2) << issuesText(outcome).toStdString();
    EXPECT_EQ(outcome.skippedCount(), 0);
    for (const QString& path : {truncated, shortPixels}) {
        const ImportIssue* issue = findIssue(outcome, path);
        ASSERT_NE(issue, nullptr) << path.toStdString();
        EXPECT_EQ(issue->kind, ImportIssue::Kind::Rejected);
        EXPECT_FALSE(issue->reason.isEmpty());
    }
    EXPECT_TRUE(findIssue(outcome, shortPixels)->reason.contains(u"shorter"_s))
        << findIssue(outcome, shortPixels)->reason.toStdString();
    EXPECT_EQ(blobFiles().size(), 1);
    const std::optional<CaseEntry> entry = loadCase(outcome.caseId);
    ASSERT_TRUE(entry.has_value());
    ASSERT_EQ(entry->studies.size(), 1);
    EXPECT_EQ(entry->studies.first().instanceCount(), 1);
    EXPECT_EQ(entry->studies.first().series.first().instances.first().sha256, sha256OfFile(good));
}

TEST_F(Import_CaseImporterTest, OnlyBadFilesCreateNoCaseAndChangeNothing)
{
    // An existing library with one case.
    const QString existing = writeDicomFile(u"old/IM0001"_s, makeSpec({}, {}));
    ASSERT_TRUE(runImport({existing}, u"123456-001"_s).succeeded());
    const LibrarySnapshot before = snapshot();

    const QString truncated = inputPath(u"bad/IM0001"_s);
    ASSERT_EQ(testdata::writeTruncatedDicom(truncated, makeSpec({}, {})), QString());
    const QString shortPixels = inputPath(u"bad/IM0002"_s);
    ASSERT_EQ(testdata::writeShortPixelDataDicom(shortPixels, makeSpec({}, {})), QString());
    writeTextFile(u"bad/readme.txt"_s, "not an image");
    writeTextFile(u"bad/empty"_s, {});

    const ImportOutcome outcome = runImport({inputPath(u"bad"_s)}, u"123456-002"_s);
    ASSERT_TRUE(outcome.succeeded()) << issuesText(outcome).toStdString();
    EXPECT_FALSE(outcome.caseCreated);
    EXPECT_TRUE(outcome.caseId.isNull());
    EXPECT_EQ(outcome.instancesAdded, 0);
    EXPECT_EQ(outcome.rejectedCount(), 2) << issuesText(outcome).toStdString();
    EXPECT_EQ(outcome.skippedCount(), 2) << issuesText(outcome).toStdString();
    EXPECT_EQ(snapshot(), before);
    ASSERT_EQ(summaries().size(), 1);
    EXPECT_EQ(summaries().first().title, u"123456-001"_s);
}

TEST_F(Import_CaseImporterTest, AFailureHalfWayLeavesTheLibraryAsItWas)
{
    // Case X holds file A.
    const testdata::DicomSpec specA = makeSpec({}, {});
    const QString fileA = writeDicomFile(u"x/A"_s, specA);
    ASSERT_TRUE(runImport({fileA}, u"123456-001"_s).succeeded());
    const LibrarySnapshot before = snapshot();
    ASSERT_EQ(before.blobFiles.size(), 1);

    // Case Y: a copy of A (its blob exists already), two new files, and a file that
    // disappears between reading and copying (sorted last, so the others are copied first).
    const QString study = testdata::newUid();
    const QString series = testdata::newUid();
    ASSERT_TRUE(QDir().mkpath(inputPath(u"y"_s)));
    ASSERT_TRUE(QFile::copy(fileA, inputPath(u"y/1-copy-of-A"_s)));
    writeDicomFile(u"y/2"_s, makeSpec(study, series, 1, 1));
    writeDicomFile(u"y/3"_s, makeSpec(study, series, 1, 2, 6));
    const QString victim = writeDicomFile(u"y/9-vanishes"_s, makeSpec(study, series, 1, 3));

    const auto deleting =
        std::make_shared<DeletingAfterInspectFormat>(std::make_shared<DicomImportFormat>(), victim);
    CaseImporter::Formats formats = defaultImportFormats();
    formats[0] = deleting;
    int copied = 0;
    const auto progress = [&copied](const ImportProgress& step) {
        if (step.phase == ImportProgress::Phase::Copying)
            copied = std::max(copied, step.done);
    };
    const ImportOutcome outcome =
        runImportWith(formats, request({inputPath(u"y"_s)}, u"123456-002"_s), progress);

    ASSERT_TRUE(deleting->deleted()) << "the wrapper never saw the file";
    ASSERT_EQ(copied, 3) << "the other files were not copied before the failure";
    ASSERT_TRUE(outcome.failure.has_value()) << issuesText(outcome).toStdString();
    EXPECT_FALSE(outcome.succeeded());
    EXPECT_TRUE(outcome.failure->message.contains(u"Nothing was imported"_s))
        << outcome.failure->message.toStdString();
    EXPECT_TRUE(outcome.failure->message.contains(u"9-vanishes"_s))
        << outcome.failure->message.toStdString();

    // No case Y, no study, no blob files left behind; A's blob (shared) is still there.
    EXPECT_EQ(snapshot(), before);
    EXPECT_EQ(summaries().size(), 1);
}

TEST_F(Import_CaseImporterTest, AFailureHalfWayIntoAnExistingCaseLeavesItAsItWas)
{
    const QString study = testdata::newUid();
    const QString series = testdata::newUid();
    const QString first = writeDicomFile(u"a/1"_s, makeSpec(study, series, 1, 1));
    const ImportOutcome created = runImport({first}, u"123456-001"_s, u"note"_s);
    ASSERT_TRUE(created.succeeded());
    const LibrarySnapshot before = snapshot();

    writeDicomFile(u"b/2"_s, makeSpec(study, series, 1, 2));
    const QString victim = writeDicomFile(u"b/3"_s, makeSpec(study, series, 1, 3));
    CaseImporter::Formats formats = defaultImportFormats();
    formats[0] =
        std::make_shared<DeletingAfterInspectFormat>(std::make_shared<DicomImportFormat>(), victim);
    ImportRequest addStudy = request({inputPath(u"b"_s)}, {});
    addStudy.caseId = created.caseId;
    const ImportOutcome outcome = runImportWith(formats, addStudy);
    ASSERT_TRUE(outcome.failure.has_value()) << issuesText(outcome).toStdString();
    EXPECT_EQ(snapshot(), before);
}

TEST_F(Import_CaseImporterTest, AddStudyToAnExistingCaseKeepsItsTitleAndNote)
{
    const QString first = writeDicomFile(u"first/IM0001"_s, makeSpec({}, {}));
    const ImportOutcome created = runImport({first}, u"123456-007"_s, u"RCA CTO"_s);
    ASSERT_TRUE(created.succeeded()) << issuesText(created).toStdString();
    ASSERT_TRUE(created.caseCreated);

    const testdata::DicomSpec secondSpec = makeSpec({}, {});
    const QString second = writeDicomFile(u"second/IM0001"_s, secondSpec);
    const QString pdf = inputPath(u"second/report.pdf"_s);
    ASSERT_EQ(testdata::writePdf(pdf, 1), QString());
    ImportRequest addStudy = request({inputPath(u"second"_s)}, {}, u"ignored"_s);
    addStudy.caseId = created.caseId;
    const ImportOutcome added = runImport(addStudy);
    ASSERT_TRUE(added.succeeded()) << issuesText(added).toStdString();
    EXPECT_FALSE(added.caseCreated);
    EXPECT_EQ(added.caseId, created.caseId);
    EXPECT_EQ(added.caseTitle, u"123456-007"_s);
    EXPECT_EQ(added.instancesAdded, 1);
    EXPECT_EQ(added.documentsAdded, 1);
    EXPECT_EQ(added.studiesTouched, QStringList{secondSpec.studyInstanceUid});

    const QList<CaseSummary> cases = summaries();
    ASSERT_EQ(cases.size(), 1);
    EXPECT_EQ(cases.first().title, u"123456-007"_s);
    EXPECT_EQ(cases.first().note, u"RCA CTO"_s);
    EXPECT_EQ(cases.first().studyCount, 2);
    EXPECT_EQ(cases.first().documentCount, 1);

    // By title too: the existing case is reused, its note is not replaced.
    const QString third = writeDicomFile(u"third/IM0001"_s, makeSpec({}, {}));
    const ImportOutcome byTitle = runImport({third}, u"123456-007"_s, u"other note"_s);
    ASSERT_TRUE(byTitle.succeeded()) << issuesText(byTitle).toStdString();
    EXPECT_FALSE(byTitle.caseCreated);
    EXPECT_EQ(byTitle.caseId, created.caseId);
    const std::optional<CaseEntry> entry = loadCase(created.caseId);
    ASSERT_TRUE(entry.has_value());
    EXPECT_EQ(entry->note, u"RCA CTO"_s);
    EXPECT_EQ(entry->studies.size(), 3);
    EXPECT_EQ(summaries().size(), 1);
}

TEST_F(Import_CaseImporterTest, NothingIsAddedToAClosedCase)
{
    const QString first = writeDicomFile(u"first/IM0001"_s, makeSpec({}, {}));
    const ImportOutcome created = runImport({first}, u"123456-008"_s, QString());
    ASSERT_TRUE(created.succeeded()) << issuesText(created).toStdString();
    {
        const std::unique_ptr<LocalStore> store = openStore();
        std::optional<Record> record = store->record(created.caseId);
        ASSERT_TRUE(record.has_value());
        record->data = caseDataWithState(record->data, CaseState::Closed, u"200001"_s,
                                         QDateTime::currentDateTimeUtc());
        ASSERT_TRUE(store->putRecord(*record));
    }
    ASSERT_TRUE(summaries().first().closed);
    const LibrarySnapshot before = snapshot();

    const QString second = writeDicomFile(u"second/IM0001"_s, makeSpec({}, {}));
    ImportRequest addStudy = request({second}, {});
    addStudy.caseId = created.caseId;
    const ImportOutcome byId = runImport(addStudy);
    ASSERT_TRUE(byId.failure.has_value());
    EXPECT_TRUE(byId.failure->message.contains(u"closed"_s)) << byId.failure->message.toStdString();
    const ImportOutcome byTitle = runImport({second}, u"123456-008"_s, QString());
    ASSERT_TRUE(byTitle.failure.has_value());
    EXPECT_EQ(snapshot(), before);
}

TEST_F(Import_CaseImporterTest, AddStudyToACaseThatNoLongerExistsFails)
{
    const QString file = writeDicomFile(u"IM0001"_s, makeSpec({}, {}));
    const LibrarySnapshot before = snapshot();
    ImportRequest addStudy = request({file}, {});
    addStudy.caseId = QUuid::createUuid();
    const ImportOutcome outcome = runImport(addStudy);
    ASSERT_TRUE(outcome.failure.has_value());
    EXPECT_TRUE(outcome.failure->message.contains(u"no longer exists"_s))
        << outcome.failure->message.toStdString();
    EXPECT_EQ(snapshot(), before);
}

TEST_F(Import_CaseImporterTest, RefusesAnInvalidTitleBeforeTouchingAnything)
{
    const QString file = writeDicomFile(u"IM0001"_s, makeSpec({}, {}));
    const LibrarySnapshot before = snapshot();
    for (const QString& title : {u"123456-000"_s, u"case one"_s, u""_s, u"   "_s}) {
        const ImportOutcome outcome = runImport({file}, title);
        ASSERT_TRUE(outcome.failure.has_value()) << title.toStdString();
        EXPECT_FALSE(outcome.failure->message.isEmpty());
        EXPECT_FALSE(outcome.caseCreated);
        EXPECT_EQ(outcome.instancesAdded, 0);
        EXPECT_EQ(snapshot(), before) << title.toStdString();
    }
    EXPECT_TRUE(summaries().isEmpty());

    // Blanks around a valid title are not part of it.
    const ImportOutcome trimmed = runImport({file}, u"  123456-001 "_s);
    ASSERT_TRUE(trimmed.succeeded()) << issuesText(trimmed).toStdString();
    EXPECT_EQ(trimmed.caseTitle, u"123456-001"_s);
    ASSERT_EQ(summaries().size(), 1);
    EXPECT_EQ(summaries().first().title, u"123456-001"_s);
}

TEST_F(Import_CaseImporterTest, CancellingWhileCopyingLeavesTheLibraryAsItWas)
{
    const QString existing = writeDicomFile(u"old/IM0001"_s, makeSpec({}, {}));
    ASSERT_TRUE(runImport({existing}).succeeded());
    const LibrarySnapshot before = snapshot();

    const QString study = testdata::newUid();
    for (int i = 1; i <= 5; ++i)
        writeDicomFile(u"new/IM%1"_s.arg(i, 4, 10, QLatin1Char('0')), makeSpec(study, {}, i, 1));

    std::atomic_bool cancel{false};
    int copiedWhenCancelled = -1;
    const auto progress = [&](const ImportProgress& step) {
        if (step.phase == ImportProgress::Phase::Copying && step.done == 2 && !cancel) {
            copiedWhenCancelled = step.done;
            cancel = true;
        }
    };
    const ImportOutcome outcome = runImport(request({inputPath(u"new"_s)}), progress, &cancel);
    ASSERT_EQ(copiedWhenCancelled, 2) << "the copy phase was never reached";
    EXPECT_TRUE(outcome.cancelled);
    EXPECT_FALSE(outcome.failure.has_value());
    EXPECT_FALSE(outcome.succeeded());
    EXPECT_EQ(snapshot(), before);
}

TEST_F(Import_CaseImporterTest, CancellingWhileReadingLeavesTheLibraryAsItWas)
{
    const LibrarySnapshot before = snapshot();
    const QString study = testdata::newUid();
    for (int i = 1; i <= 6; ++i)
        writeDicomFile(u"new/IM%1"_s.arg(i, 4, 10, QLatin1Char('0')), makeSpec(study, {}, i, 1));

    std::atomic_bool cancel{false};
    const auto progress = [&](const ImportProgress& step) {
        if (step.phase == ImportProgress::Phase::Reading)
            cancel = true;
    };
    const ImportOutcome outcome = runImport(request({inputPath(u"new"_s)}), progress, &cancel);
    EXPECT_TRUE(outcome.cancelled);
    EXPECT_EQ(outcome.instancesAdded, 0);
    EXPECT_EQ(snapshot(), before);
    EXPECT_TRUE(summaries().isEmpty());

    // Cancelled before it starts.
    std::atomic_bool already{true};
    const ImportOutcome never = runImport(request({inputPath(u"new"_s)}), {}, &already);
    EXPECT_TRUE(never.cancelled);
    EXPECT_EQ(snapshot(), before);
}

TEST_F(Import_CaseImporterTest, ReportsProgressThroughEveryPhase)
{
    const QString study = testdata::newUid();
    for (int i = 1; i <= 4; ++i)
        writeDicomFile(u"in/IM%1"_s.arg(i), makeSpec(study, {}, 1, i));
    writeTextFile(u"in/notes.txt"_s, "text");

    QMutex mutex;
    QList<ImportProgress> steps;
    const auto progress = [&](const ImportProgress& step) {
        QMutexLocker lock(&mutex);
        steps.append(step);
    };
    const ImportOutcome outcome = runImport(request({inputPath(u"in"_s)}), progress);
    ASSERT_TRUE(outcome.succeeded()) << issuesText(outcome).toStdString();

    int reading = 0;
    int maxRead = 0;
    bool copiedAll = false;
    bool saved = false;
    for (const ImportProgress& step : std::as_const(steps)) {
        switch (step.phase) {
        case ImportProgress::Phase::Scanning:
            break;
        case ImportProgress::Phase::Reading:
            ++reading;
            EXPECT_EQ(step.total, 5);
            maxRead = std::max(maxRead, step.done);
            break;
        case ImportProgress::Phase::Copying:
            EXPECT_EQ(step.total, 4);
            copiedAll = copiedAll || step.done == 4;
            break;
        case ImportProgress::Phase::Saving:
            saved = saved || (step.done == 1 && step.total == 1);
            break;
        }
    }
    ASSERT_FALSE(steps.isEmpty());
    EXPECT_EQ(steps.first().phase, ImportProgress::Phase::Scanning);
    EXPECT_EQ(reading, 5);
    EXPECT_EQ(maxRead, 5);
    EXPECT_TRUE(copiedAll);
    EXPECT_TRUE(saved);
    EXPECT_EQ(steps.last().phase, ImportProgress::Phase::Saving);
}

TEST_F(Import_CaseImporterTest, TwoImportsIntoOneStudyAtOnceKeepBothInstances)
{
    const QString study = testdata::newUid();
    const QString series = testdata::newUid();
    const QString first = writeDicomFile(u"a/1"_s, makeSpec(study, series, 1, 1));
    const ImportOutcome created = runImport({first});
    ASSERT_TRUE(created.succeeded()) << issuesText(created).toStdString();
    const QString second = writeDicomFile(u"b/2"_s, makeSpec(study, series, 1, 2));
    const QString third = writeDicomFile(u"c/3"_s, makeSpec(study, series, 1, 3));

    // While this import reads `third`, another one adds `second` to the same study.
    CaseImporter::Formats formats = defaultImportFormats();
    formats[0] =
        std::make_shared<HookDuringInspectFormat>(std::make_shared<DicomImportFormat>(), [&] {
            const ImportOutcome other = runImport({second});
            EXPECT_TRUE(other.succeeded());
            EXPECT_EQ(other.instancesAdded, 1);
        });
    const ImportOutcome outcome = runImportWith(formats, request({third}));
    ASSERT_TRUE(outcome.succeeded()) << issuesText(outcome).toStdString();
    EXPECT_EQ(outcome.caseId, created.caseId);
    EXPECT_EQ(outcome.instancesAdded, 1);

    const std::optional<CaseEntry> entry = loadCase(created.caseId);
    ASSERT_TRUE(entry.has_value());
    ASSERT_EQ(entry->studies.size(), 1);
    ASSERT_EQ(entry->studies.first().series.size(), 1);
    const QList<InstanceEntry>& instances = entry->studies.first().series.first().instances;
    ASSERT_EQ(instances.size(), 3) << "an instance of the other import was dropped";
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(instances[i].instanceNumber, i + 1);
    EXPECT_EQ(blobFiles().size(), 3);
}

TEST_F(Import_CaseImporterTest, TwoImportsCreatingTheSameTitleAtOnceMakeOneCase)
{
    const QString mine = writeDicomFile(u"a/1"_s, makeSpec({}, {}));
    const QString theirs = writeDicomFile(u"b/1"_s, makeSpec({}, {}));
    CaseImporter::Formats formats = defaultImportFormats();
    formats[0] =
        std::make_shared<HookDuringInspectFormat>(std::make_shared<DicomImportFormat>(), [&] {
            EXPECT_TRUE(runImport({theirs}, u"123456-001"_s, u"theirs"_s).caseCreated);
        });
    const ImportOutcome outcome =
        runImportWith(formats, request({mine}, u"123456-001"_s, u"mine"_s));
    ASSERT_TRUE(outcome.succeeded()) << issuesText(outcome).toStdString();
    EXPECT_FALSE(outcome.caseCreated);
    EXPECT_EQ(outcome.instancesAdded, 1);

    const QList<CaseSummary> cases = summaries();
    ASSERT_EQ(cases.size(), 1);
    EXPECT_EQ(cases.first().id, outcome.caseId);
    EXPECT_EQ(cases.first().note, u"theirs"_s);
    EXPECT_EQ(cases.first().studyCount, 2);
}

TEST_F(Import_CaseImporterTest, AConcurrentImportOfTheSameContentKeepsTheSharedBlob)
{
    const QString study = testdata::newUid();
    const QString first = writeDicomFile(u"a/1"_s, makeSpec(study, {}, 1, 1));
    const ImportOutcome created = runImport({first});
    ASSERT_TRUE(created.succeeded()) << issuesText(created).toStdString();

    // This import copies `file`; before it records it, another import records the same
    // content (a copy of the file) in the same case.
    const QString file = writeDicomFile(u"b/2"_s, makeSpec(study, {}, 2, 1));
    const QString copy = inputPath(u"c/2-copy"_s);
    ASSERT_TRUE(QDir().mkpath(inputPath(u"c"_s)));
    ASSERT_TRUE(QFile::copy(file, copy));
    bool otherRan = false;
    const auto progress = [&](const ImportProgress& step) {
        if (step.phase == ImportProgress::Phase::Copying && step.done == 1 && !otherRan) {
            otherRan = true;
            const ImportOutcome other = runImport({copy});
            EXPECT_EQ(other.instancesAdded, 1) << issuesText(other).toStdString();
        }
    };
    const ImportOutcome outcome = runImport(request({file}), progress);
    ASSERT_TRUE(otherRan);
    ASSERT_TRUE(outcome.succeeded()) << issuesText(outcome).toStdString();
    EXPECT_EQ(outcome.instancesAdded, 0);
    EXPECT_EQ(outcome.instancesAlreadyPresent, 1);

    // The record the other import wrote points at a file that is still there.
    const std::optional<CaseEntry> entry = loadCase(created.caseId);
    ASSERT_TRUE(entry.has_value());
    ASSERT_EQ(entry->studies.size(), 1);
    EXPECT_EQ(entry->studies.first().instanceCount(), 2);
    const std::unique_ptr<LocalStore> store = openStore();
    ASSERT_TRUE(store);
    for (const SeriesEntry& series : entry->studies.first().series) {
        for (const InstanceEntry& instance : series.instances) {
            EXPECT_TRUE(store->hasBlob(instance.sha256));
            EXPECT_TRUE(BlobStore(dataDir()).contains(instance.sha256))
                << "blob of instance " << instance.instanceNumber << " was deleted";
        }
    }
    EXPECT_EQ(blobFiles().size(), 2);
}
