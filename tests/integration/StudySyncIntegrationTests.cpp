// Integration_StudySyncTest: a resident's study goes to the real kenshu-server de-identified —
// the server's database and blob files hold none of its patient data, original UIDs, dates or
// descriptions — and comes to a supervisor as files that are byte for byte the resident's
// de-identified copies and render as the originals; the supervisor's comment on a frame reaches
// the resident on the resident's original UIDs. A download resumes from its part file; a study
// whose images may show burned-in text waits until the resident confirms it.
#include "../cli/KenshuctlRunner.h"
#include "AnnotationLayerId.h"
#include "AnnotationRepository.h"
#include "BlobPreparer.h"
#include "BlobStore.h"
#include "CaseLibrary.h"
#include "CommentStore.h"
#include "Downloader.h"
#include "FrameRendering.h"
#include "PhiTestData.h"
#include "QtPrinters.h"
#include "ServerTestFixture.h"
#include "StudyFetcher.h"
#include "SyncStore.h"
#include "SyncTestClient.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QProcess>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace kenshu;
using kenshu::sync::SignInResult;
using kenshu::sync::SyncReport;
using kenshu::test::Backend;
using kenshu::test::describe;
using kenshu::test::SyncTestClient;

namespace {

const QString kStudyUid = u"1.2.392.200036.9116.2.5.1.37.4711"_s;

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// One series of cine images full of patient data (PhiTestData.h), with dates and descriptions
// of its own to look for.
testdata::DicomSpec phiSpec(int instance, const QString& modality = u"XA"_s)
{
    testdata::DicomSpec spec;
    spec.studyInstanceUid = kStudyUid;
    spec.seriesInstanceUid = kStudyUid + u".1"_s;
    spec.sopInstanceUid = kStudyUid + u".1.%1"_s.arg(instance);
    spec.instanceNumber = instance;
    spec.studyDate = u"19990317"_s;
    spec.studyTime = u"134159"_s;
    spec.studyDescription = u"PHI-STUDY-DESCRIPTION"_s;
    spec.seriesDescription = u"PHI-SERIES-DESCRIPTION"_s;
    spec.rows = 48;
    spec.columns = 64;
    spec.frames = 3;
    spec.frameTimeMs = 66.7;
    spec.modality = modality;
    if (modality == "US"_L1)
        spec.sopClassUid = u"1.2.840.10008.5.1.4.1.1.3.1"_s;
    return spec;
}

// What must never reach the server.
QList<QByteArray> secretsOf(const QList<testdata::DicomSpec>& specs)
{
    QList<QByteArray> secrets;
    for (const QString& marker : testdata::phiMarkers())
        secrets.append(marker.toUtf8());
    for (const testdata::DicomSpec& spec : specs) {
        secrets << spec.studyInstanceUid.toLatin1() << spec.seriesInstanceUid.toLatin1()
                << spec.sopInstanceUid.toLatin1() << spec.studyDate.toLatin1()
                << spec.studyTime.toLatin1() << spec.studyDescription.toUtf8()
                << spec.seriesDescription.toUtf8();
    }
    return secrets;
}

QByteArray pngBytes()
{
    QImage image(16, 8, QImage::Format_RGB32);
    image.fill(Qt::red);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return buffer.data();
}

class Integration_StudySyncTest : public kenshu::test::ServerTest
{
protected:
    void SetUp() override
    {
        ServerTest::SetUp();
        if (HasFatalFailure() || IsSkipped())
            return;
        ASSERT_TRUE(m_folders.isValid());
        m_service = kenshu::test::uniqueKeychainService();
    }

    QUrl serverUrl() const { return QUrl(u"https://127.0.0.1:%1"_s.arg(m_server->port())); }

    std::unique_ptr<SyncTestClient> client(const QString& folder)
    {
        return std::make_unique<SyncTestClient>(m_folders.filePath(folder), serverUrl(),
                                                certificates().caCert, m_service);
    }

    // Writes the files and imports them into a new case of `client`'s library, as a user does.
    QStringList importStudy(SyncTestClient& client, const QList<testdata::DicomSpec>& specs)
    {
        QStringList paths;
        for (const testdata::DicomSpec& spec : specs) {
            const QString path = m_folders.filePath(u"cd/IM%1"_s.arg(paths.size() + 1));
            QDir().mkpath(QFileInfo(path).absolutePath());
            EXPECT_EQ(testdata::writeDicomWithPhi(path, spec), QString());
            paths.append(path);
        }
        const kenshu::testing::CtlRun run = kenshu::testing::runKenshuctl(
            QStringList{u"--data-dir"_s, client.dataDir(), u"import"_s, u"--case"_s,
                        u"r1-%1"_s.arg(++m_cases, 3, 10, QChar(u'0'))} +
                paths,
            kenshu::testing::kenshuctlEnvironment(m_folders.filePath(u"home"_s)));
        EXPECT_EQ(run.exitCode, 0) << ::testing::PrintToString(run);
        return paths;
    }

    Record onlyStudy(SyncTestClient& client)
    {
        const QList<Record> studies = client.store().records(RecordType::Study);
        EXPECT_EQ(studies.size(), 1);
        return studies.isEmpty() ? Record{} : studies.first();
    }

    // The server's database as text: the SQLite files are in its data directory, PostgreSQL's
    // rows come from pg_dump.
    QByteArray serverDatabaseText()
    {
        if (GetParam() == Backend::Sqlite)
            return {};
        QDirIterator bins(u"/usr/lib/postgresql"_s, {u"pg_dump"_s}, QDir::Files,
                          QDirIterator::Subdirectories);
        if (!bins.hasNext()) {
            ADD_FAILURE() << "no pg_dump";
            return {};
        }
        QProcess dump;
        dump.start(bins.next(), {u"--data-only"_s, u"--dbname"_s, m_dbUrl});
        EXPECT_TRUE(dump.waitForFinished(60000));
        EXPECT_EQ(dump.exitCode(), 0) << dump.readAllStandardError().toStdString();
        const QByteArray text = dump.readAllStandardOutput();
        EXPECT_TRUE(text.contains("r1-")) << "the dump holds the records";
        return text;
    }

    QByteArray blobOnServer(const QString& sha256)
    {
        const httplib::Result result =
            m_client->Get(("/api/v1/blobs/" + sha256.toStdString()).c_str(), auth(login(u"s1"_s)));
        EXPECT_TRUE(result && result->status == 200);
        return result ? QByteArray::fromStdString(result->body) : QByteArray();
    }

    sync::StudyFetchResult fetch(SyncTestClient& client, const QUuid& studyId)
    {
        sync::StudyFetcher fetcher(client.api(), client.dataDir());
        std::optional<sync::StudyFetchResult> result;
        QObject context;
        fetcher.fetch(studyId, &context,
                      [&](const sync::StudyFetchResult& done) { result = done; });
        if (!kenshu::test::waitFor([&] { return result.has_value(); }))
            return {};
        return *result;
    }

    sync::DownloadResult download(sync::Downloader& downloader, const QString& sha256)
    {
        std::optional<sync::DownloadResult> result;
        QObject context;
        downloader.download(sha256, &context,
                            [&](const sync::DownloadResult& done) { result = done; });
        if (!kenshu::test::waitFor([&] { return result.has_value(); }))
            return {};
        return *result;
    }

    // A resident's study of one large image, synced to a supervisor who has not fetched it.
    struct Published
    {
        std::unique_ptr<SyncTestClient> resident;
        std::unique_ptr<SyncTestClient> supervisor;
        QString sha256; // of the image's de-identified file
        QByteArray bytes;
    };

    Published publishLargeStudy()
    {
        Published published{client(u"resident"_s), client(u"supervisor"_s), {}, {}};
        testdata::DicomSpec spec = phiSpec(1);
        spec.rows = 256;
        spec.columns = 256;
        spec.frames = 32;
        spec.bitsAllocated = 16;
        importStudy(*published.resident, {spec});
        if (published.resident->signIn(u"r1"_s).status != SignInResult::Status::SignedIn ||
            !published.resident->sync().upToDate() ||
            published.supervisor->signIn(u"s1"_s).status != SignInResult::Status::SignedIn ||
            !published.supervisor->sync().upToDate()) {
            ADD_FAILURE() << "the study did not reach the supervisor";
            return published;
        }
        const Record study = onlyStudy(*published.supervisor);
        published.sha256 =
            studyFromJson(study.id, study.parentId, study.data).series[0].instances[0].sha256;
        published.bytes = blobOnServer(published.sha256);
        return published;
    }

    QTemporaryDir m_folders;
    QString m_service;
    int m_cases = 0;
};

} // namespace

TEST_P(Integration_StudySyncTest, AStudyGoesDeidentifiedAndComesToTheSupervisorAsFiles)
{
    auto resident = client(u"resident"_s);
    const QList<testdata::DicomSpec> specs{phiSpec(1), phiSpec(2)};
    const QStringList originals = importStudy(*resident, specs);
    const Record local = onlyStudy(*resident);
    ASSERT_EQ(resident->signIn(u"r1"_s).status, SignInResult::Status::SignedIn);
    const SyncReport pushed = resident->sync();
    ASSERT_TRUE(pushed.upToDate()) << describe(pushed);
    EXPECT_EQ(pushed.pushed, 2) << describe(pushed);
    EXPECT_EQ(pushed.uploaded.size(), 2) << describe(pushed);
    EXPECT_EQ(resident->store().record(local.id)->data, local.data)
        << "the resident's record keeps the original UIDs, date and descriptions";
    EXPECT_TRUE(QDir(resident->dataDir() + u"/outgoing"_s).isEmpty(QDir::Files))
        << "de-identified copies go once the server has them";

    // Nothing of the patient on the server: not in its database, not in its files.
    const QList<QByteArray> secrets = secretsOf(specs);
    EXPECT_EQ(kenshu::test::filesHolding(m_data.path(), secrets), QStringList());
    const QByteArray database = serverDatabaseText();
    for (const QByteArray& secret : secrets)
        EXPECT_FALSE(database.contains(secret)) << secret.toStdString();

    auto supervisor = client(u"supervisor"_s);
    ASSERT_EQ(supervisor->signIn(u"s1"_s).status, SignInResult::Status::SignedIn);
    const SyncReport pulled = supervisor->sync();
    ASSERT_TRUE(pulled.upToDate()) << describe(pulled);
    const StudyEntry study =
        studyFromJson(local.id, local.parentId, supervisor->store().record(local.id)->data);
    EXPECT_TRUE(study.deidentified);
    EXPECT_TRUE(study.studyDate.isEmpty());
    ASSERT_EQ(study.series.size(), 1);
    ASSERT_EQ(study.series[0].instances.size(), 2);

    const sync::StudyFetchResult fetched = fetch(*supervisor, local.id);
    ASSERT_TRUE(fetched.ok()) << (fetched.error ? fetched.error->message.toStdString()
                                                : fetched.localError.toStdString());
    EXPECT_EQ(fetched.fetched, 2);
    const BlobStore blobs(supervisor->dataDir());
    for (int i = 0; i < 2; ++i) {
        const InstanceEntry& instance = study.series[0].instances[i];
        const QString downloaded = blobs.pathFor(instance.sha256);
        const Expected<sync::PreparedBlob> copy =
            sync::prepareBlob(resident->dataDir(), originals[instance.instanceNumber - 1]);
        ASSERT_TRUE(copy);
        EXPECT_EQ(fileBytes(downloaded), fileBytes(copy->path()))
            << "the resident's de-identified copy, byte for byte";
        for (int frame = 0; frame < 3; ++frame) {
            const Expected<QImage> shown = renderFileFrame(downloaded, frame);
            const Expected<QImage> original =
                renderFileFrame(originals[instance.instanceNumber - 1], frame);
            ASSERT_TRUE(shown && original);
            EXPECT_EQ(*shown, *original) << "frame " << frame;
        }
    }
    EXPECT_EQ(fetch(*supervisor, local.id).alreadyHere, 2) << "nothing fetched twice";

    // The supervisor comments on a frame of the study as it has it.
    const QByteArray png = pngBytes();
    const Expected<StoredBlob> snapshot = BlobStore(supervisor->dataDir()).ingestData(png);
    ASSERT_TRUE(snapshot);
    ASSERT_TRUE(supervisor->store().putBlob(snapshot->sha256, snapshot->size, u"png"_s));
    const InstanceEntry& frameOf = study.series[0].instances[1];
    CommentAttachment attachment;
    attachment.snapshotSha256 = snapshot->sha256;
    attachment.location = {study.studyInstanceUid, study.series[0].seriesInstanceUid,
                           frameOf.sopInstanceUid, 2};
    attachment.layer = {{u"version"_s, 1},
                        {u"seriesInstanceUid"_s, study.series[0].seriesInstanceUid},
                        {u"sopInstanceUid"_s, frameOf.sopInstanceUid},
                        {u"frame"_s, 2},
                        {u"items"_s, QJsonArray()}};
    CommentStore comments(supervisor->store(), Actor{Role::Supervisor, u"s1"_s}, u"Member s1"_s);
    const Expected<Comment> posted =
        comments.post(local.parentId, u"Look at frame 3."_s, attachment);
    ASSERT_TRUE(posted);
    const SyncReport commented = supervisor->sync();
    ASSERT_TRUE(commented.upToDate()) << describe(commented);
    EXPECT_EQ(commented.uploaded, QStringList{snapshot->sha256}) << describe(commented);
    EXPECT_EQ(blobOnServer(snapshot->sha256), png);

    const SyncReport seen = resident->sync();
    ASSERT_TRUE(seen.upToDate()) << describe(seen);
    const Expected<Comment> received =
        Comment::fromJson(posted->id, local.parentId, resident->store().record(posted->id)->data);
    ASSERT_TRUE(received && received->attachment);
    EXPECT_EQ(received->attachment->location.studyInstanceUid, specs[1].studyInstanceUid);
    EXPECT_EQ(received->attachment->location.seriesInstanceUid, specs[1].seriesInstanceUid);
    EXPECT_EQ(received->attachment->location.sopInstanceUid, specs[1].sopInstanceUid)
        << "on the resident's own frame";
    EXPECT_EQ(received->attachment->location.frame, 2);
    EXPECT_EQ(received->attachment->layer.value(u"sopInstanceUid"_s).toString(),
              specs[1].sopInstanceUid);
    EXPECT_EQ(resident->store().record(local.id)->data, local.data);
}

TEST_P(Integration_StudySyncTest, ResidentAndSupervisorDrawOnOneLayerOfAFrame)
{
    auto resident = client(u"resident"_s);
    const testdata::DicomSpec spec = phiSpec(1);
    importStudy(*resident, {spec});
    const Record local = onlyStudy(*resident);
    const QUuid caseId = local.parentId;
    ASSERT_EQ(resident->signIn(u"r1"_s).status, SignInResult::Status::SignedIn);

    AnnotationItem arrow;
    arrow.id = QUuid::createUuid();
    arrow.from = {10, 10};
    arrow.to = {40, 40};
    AnnotationLayer layer;
    layer.seriesInstanceUid = spec.seriesInstanceUid;
    layer.target = {spec.sopInstanceUid, 2};
    layer.items = {arrow};
    ASSERT_TRUE(AnnotationRepository::writeLayer(resident->store(), caseId, layer, u"r1"_s));
    const QUuid residentsId = AnnotationRepository::recordId(layer.seriesInstanceUid, layer.target);
    const SyncReport pushed = resident->sync();
    ASSERT_TRUE(pushed.upToDate()) << describe(pushed);

    // On the server the layer is named from the de-identified UIDs only.
    const std::string token = login(u"s1"_s);
    const httplib::Result byOriginal = m_client->Get(
        ("/api/v1/records/annotation/" + residentsId.toString(QUuid::WithoutBraces).toStdString())
            .c_str(),
        auth(token));
    ASSERT_TRUE(byOriginal);
    EXPECT_EQ(byOriginal->status, 404) << "no id derived from an original UID";

    auto supervisor = client(u"supervisor"_s);
    ASSERT_EQ(supervisor->signIn(u"s1"_s).status, SignInResult::Status::SignedIn);
    ASSERT_TRUE(supervisor->sync().upToDate());
    const StudyEntry study =
        studyFromJson(local.id, caseId, supervisor->store().record(local.id)->data);
    ASSERT_EQ(study.series.size(), 1);
    const QString wireSeries = study.series[0].seriesInstanceUid;
    const QString wireSop = study.series[0].instances[0].sopInstanceUid;
    const QUuid supervisorsId = annotationLayerId(wireSeries, wireSop, 2);
    ASSERT_TRUE(supervisor->store().record(supervisorsId))
        << "the layer the supervisor's viewer writes when drawing on that frame";
    const Expected<QList<AnnotationLayer>> seen =
        AnnotationRepository::readLayers(supervisor->store(), caseId, wireSeries);
    ASSERT_TRUE(seen);
    ASSERT_EQ(seen->size(), 1);

    // The supervisor adds a text to the same frame: the same record, a new revision.
    AnnotationLayer added = seen->first();
    AnnotationItem text;
    text.kind = AnnotationItem::Kind::Text;
    text.id = QUuid::createUuid();
    text.at = {50, 50};
    text.text = u"Stenosis"_s;
    added.items.append(text);
    ASSERT_TRUE(AnnotationRepository::writeLayer(supervisor->store(), caseId, added, u"s1"_s));
    const SyncReport drawn = supervisor->sync();
    ASSERT_TRUE(drawn.upToDate()) << describe(drawn);
    EXPECT_EQ(drawn.pushed, 1);
    EXPECT_EQ(drawn.conflicts, 0);

    const SyncReport back = resident->sync();
    ASSERT_TRUE(back.upToDate()) << describe(back);
    EXPECT_EQ(resident->store().records(RecordType::Annotation, caseId).size(), 1)
        << "one layer for the frame, not one per reviewer";
    const Expected<QList<AnnotationLayer>> both =
        AnnotationRepository::readLayers(resident->store(), caseId, spec.seriesInstanceUid);
    ASSERT_TRUE(both);
    ASSERT_EQ(both->size(), 1);
    EXPECT_EQ(both->first().items.size(), 2);
    EXPECT_EQ(both->first().target.sopInstanceUid, spec.sopInstanceUid);
    EXPECT_EQ(resident->store().record(residentsId)->rev, 2);
}

TEST_P(Integration_StudySyncTest, ADownloadContinuesFromItsPartFileAndChecksWhatCame)
{
    const Published published = publishLargeStudy();
    ASSERT_FALSE(published.sha256.isEmpty());
    SyncTestClient& supervisor = *published.supervisor;
    const QString& sha = published.sha256;
    const QByteArray& whole = published.bytes;
    ASSERT_GT(whole.size(), 3 * 1024 * 1024);
    const QString part = sync::Downloader::partPath(supervisor.dataDir(), sha);
    QDir().mkpath(QFileInfo(part).absolutePath());
    sync::Downloader downloader(supervisor.api(), supervisor.dataDir());

    // What an interrupted download left: the first part of the file.
    const qint64 half = whole.size() / 2;
    {
        QFile file(part);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(whole.left(half));
    }
    QList<qint64> received;
    QObject::connect(&downloader, &sync::Downloader::progress,
                     [&](const QString&, qint64 bytes, qint64) { received.append(bytes); });
    const sync::DownloadResult resumed = download(downloader, sha);
    ASSERT_TRUE(resumed.ok()) << (resumed.error ? resumed.error->message.toStdString()
                                                : resumed.localError.toStdString());
    EXPECT_EQ(resumed.resumedFrom, half);
    EXPECT_EQ(resumed.fetched, whole.size() - half) << "only the rest came";
    ASSERT_FALSE(received.isEmpty());
    EXPECT_GT(received.first(), half);
    EXPECT_EQ(received.last(), whole.size());
    EXPECT_EQ(fileBytes(BlobStore(supervisor.dataDir()).pathFor(sha)), whole);
    EXPECT_FALSE(QFile::exists(part));
    EXPECT_TRUE(download(downloader, sha).alreadyHere);
}

TEST_P(Integration_StudySyncTest, ACancelledDownloadResumesAndADamagedPartIsFetchedAgain)
{
    const Published published = publishLargeStudy();
    ASSERT_FALSE(published.sha256.isEmpty());
    SyncTestClient& supervisor = *published.supervisor;
    const QString& sha = published.sha256;
    const QByteArray& whole = published.bytes;
    const QString part = sync::Downloader::partPath(supervisor.dataDir(), sha);

    // A part file whose bytes are not the blob's: dropped, and the next download starts over.
    QDir().mkpath(QFileInfo(part).absolutePath());
    {
        QFile file(part);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(1000, 'x'));
    }
    {
        sync::Downloader downloader(supervisor.api(), supervisor.dataDir());
        const sync::DownloadResult damaged = download(downloader, sha);
        EXPECT_FALSE(damaged.ok());
        EXPECT_FALSE(damaged.localError.isEmpty());
        EXPECT_FALSE(QFile::exists(part));
        EXPECT_FALSE(BlobStore(supervisor.dataDir()).contains(sha));
    }

    // Cancelled on its way: what came stays, and the next download asks for the rest only.
    sync::Downloader downloader(supervisor.api(), supervisor.dataDir());
    QMetaObject::Connection cancelling =
        QObject::connect(&downloader, &sync::Downloader::progress, [&] { downloader.cancel(); });
    const sync::DownloadResult cancelled = download(downloader, sha);
    QObject::disconnect(cancelling);
    ASSERT_TRUE(cancelled.cancelled);
    const qint64 kept = QFileInfo(part).size();
    EXPECT_EQ(kept, cancelled.fetched);
    const sync::DownloadResult resumed = download(downloader, sha);
    ASSERT_TRUE(resumed.ok()) << (resumed.error ? resumed.error->message.toStdString()
                                                : resumed.localError.toStdString());
    EXPECT_EQ(resumed.resumedFrom, kept);
    EXPECT_EQ(resumed.fetched, whole.size() - kept);
    EXPECT_EQ(fileBytes(BlobStore(supervisor.dataDir()).pathFor(sha)), whole);
}

TEST_P(Integration_StudySyncTest, AStudyThatMayShowBurnedInTextWaitsUntilConfirmed)
{
    auto resident = client(u"resident"_s);
    importStudy(*resident, {phiSpec(1, u"US"_s)});
    const Record local = onlyStudy(*resident);
    ASSERT_EQ(resident->signIn(u"r1"_s).status, SignInResult::Status::SignedIn);

    const SyncReport held = resident->sync();
    EXPECT_FALSE(held.upToDate()) << describe(held);
    EXPECT_EQ(held.held, 1) << describe(held);
    EXPECT_EQ(held.pushed, 1) << "the case goes; the study waits";
    EXPECT_TRUE(held.uploaded.isEmpty()) << "no image leaves before the user looked";
    const std::optional<SyncIssue> issue = SyncStore(resident->store()).issue(local.id);
    ASSERT_TRUE(issue);
    EXPECT_EQ(issue->kind, SyncIssue::Kind::NeedsConfirmation);
    ASSERT_EQ(issue->heldSeries.size(), 1);
    EXPECT_EQ(issue->heldSeries[0].seriesInstanceUid, phiSpec(1).seriesInstanceUid);
    EXPECT_EQ(issue->heldSeries[0].modality, u"US"_s);
    EXPECT_EQ(issue->heldSeries[0].reason, SyncIssue::HeldSeries::Reason::Likely);
    const httplib::Result onServer = m_client->Get(
        ("/api/v1/records/study/" + local.id.toString(QUuid::WithoutBraces).toStdString()).c_str(),
        auth(login(u"s1"_s)));
    ASSERT_TRUE(onServer);
    EXPECT_EQ(onServer->status, 404);
    const SyncReport still = resident->sync();
    EXPECT_EQ(still.held + still.pushed, 0) << "held until the user decides";

    // The resident paints on a frame and comments: the discussion goes on, but the painted
    // snapshot (the frame's pixels) stays here while the frame's image has not left.
    const testdata::DicomSpec spec = phiSpec(1, u"US"_s);
    const QByteArray png = pngBytes();
    const Expected<StoredBlob> snapshot = BlobStore(resident->dataDir()).ingestData(png);
    ASSERT_TRUE(snapshot);
    ASSERT_TRUE(resident->store().putBlob(snapshot->sha256, snapshot->size, u"png"_s));
    CommentAttachment attachment;
    attachment.snapshotSha256 = snapshot->sha256;
    attachment.location = {spec.studyInstanceUid, spec.seriesInstanceUid, spec.sopInstanceUid, 1};
    attachment.layer = {{u"version"_s, 1},
                        {u"seriesInstanceUid"_s, spec.seriesInstanceUid},
                        {u"sopInstanceUid"_s, spec.sopInstanceUid},
                        {u"frame"_s, 1},
                        {u"items"_s, QJsonArray()}};
    CommentStore comments(resident->store(), Actor{Role::Resident, u"r1"_s}, u"Member r1"_s);
    const Expected<Comment> posted = comments.post(local.parentId, u"Frame 2?"_s, attachment);
    ASSERT_TRUE(posted);
    const SyncReport commented = resident->sync();
    EXPECT_EQ(commented.pushed, 1) << describe(commented);
    EXPECT_TRUE(commented.uploaded.isEmpty()) << "no snapshot of an unchecked frame";
    const QJsonObject serverComment = kenshu::test::jsonOf(m_client->Get(
        ("/api/v1/records/comment/" + posted->id.toString(QUuid::WithoutBraces).toStdString())
            .c_str(),
        auth(login(u"s1"_s))));
    const QJsonObject sentAttachment =
        serverComment.value(u"data"_s).toObject().value(u"attachment"_s).toObject();
    EXPECT_FALSE(sentAttachment.isEmpty()) << "the drawing and the frame it is on go";
    EXPECT_FALSE(sentAttachment.contains(u"snapshotSha256"_s));
    const httplib::Result blob = m_client->Get(
        ("/api/v1/blobs/" + snapshot->sha256.toStdString()).c_str(), auth(login(u"s1"_s)));
    ASSERT_TRUE(blob);
    EXPECT_EQ(blob->status, 404);
    const Expected<Comment> kept =
        Comment::fromJson(posted->id, local.parentId, resident->store().record(posted->id)->data);
    ASSERT_TRUE(kept && kept->attachment);
    EXPECT_EQ(kept->attachment->snapshotSha256, snapshot->sha256) << "still named here";

    std::optional<Status> confirmed;
    QObject context;
    resident->engine().confirmBurnedIn(local.id, {}, &context,
                                       [&](const Status& done) { confirmed = done; });
    ASSERT_TRUE(kenshu::test::waitFor([&] { return confirmed.has_value(); }));
    ASSERT_TRUE(*confirmed);
    const SyncReport sent = resident->sync();
    EXPECT_TRUE(sent.upToDate()) << describe(sent);
    EXPECT_EQ(sent.pushed, 1) << describe(sent);
    EXPECT_EQ(sent.uploaded.size(), 1) << describe(sent);
}

INSTANTIATE_TEST_SUITE_P(Backends, Integration_StudySyncTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         kenshu::test::backendName);
