// Integration_UploadTest: blobs go to the real kenshu-server with tus — in chunks, each with its
// checksum, never twice; an upload interrupted by killing the server resumes after its restart
// from the offset the server had acknowledged; a DICOM file leaves the workstation only as its
// de-identified copy, and the original stays as it was.
#include "BlobPreparer.h"
#include "PhiTestData.h"
#include "QtPrinters.h"
#include "ServerTestFixture.h"
#include "SyncTestClient.h"
#include "TusUploader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace kenshu;
using kenshu::sync::ApiError;
using kenshu::sync::SignInResult;
using kenshu::sync::TusUploader;
using kenshu::sync::UploadResult;
using kenshu::test::Backend;
using kenshu::test::SyncTestClient;

namespace {

constexpr qint64 kMiB = qint64(1) << 20;

// 128 zero bytes, "DICM", then noise: what the server takes for DICOM. Its SHA-256 (hex).
// Random bytes behind a PNG signature: a blob the server takes and prepareBlob passes as it is.
QString writePngLike(const QString& path, qint64 size)
{
    QByteArray bytes(static_cast<qsizetype>(size), Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(bytes.data()),
                                          bytes.size() / 4);
    bytes.replace(0, 8, "\x89PNG\r\n\x1a\n");
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class Integration_UploadTest : public kenshu::test::ServerTest
{
protected:
    void SetUp() override
    {
        ServerTest::SetUp();
        if (HasFatalFailure() || IsSkipped())
            return;
        m_service = kenshu::test::uniqueKeychainService();
        m_user = std::make_unique<SyncTestClient>(m_folders.filePath(u"data"_s), serverUrl(),
                                                  certificates().caCert, m_service);
        ASSERT_EQ(m_user->signIn(u"r1"_s).status, SignInResult::Status::SignedIn);
    }

    QUrl serverUrl() const { return QUrl(u"https://127.0.0.1:%1"_s.arg(m_server->port())); }

    // Prepares the file as every caller must (a DICOM file is de-identified), then uploads it.
    UploadResult upload(TusUploader& uploader, const QString& path)
    {
        const Expected<sync::PreparedBlob> prepared = sync::prepareBlob(m_user->dataDir(), path);
        EXPECT_TRUE(prepared) << prepared.error().message.toStdString();
        if (!prepared)
            return {};
        std::optional<UploadResult> result;
        QObject context;
        uploader.upload(*prepared, &context, [&](const UploadResult& done) { result = done; });
        if (!kenshu::test::waitFor([&] { return result.has_value(); }))
            return {};
        return *result;
    }

    QByteArray blobOnServer(const QString& sha256)
    {
        const httplib::Result result =
            m_client->Get(("/api/v1/blobs/" + sha256.toStdString()).c_str(), auth(login(u"s1"_s)));
        EXPECT_TRUE(result && result->status == 200);
        return result ? QByteArray::fromStdString(result->body) : QByteArray();
    }

    // PATCH requests the server has logged (the access log survives restarts).
    int patchesLogged() const
    {
        return int(fileBytes(m_server->accessLogPath()).count("\"PATCH\""));
    }

    QTemporaryDir m_folders;
    QString m_service;
    std::unique_ptr<SyncTestClient> m_user;
};

} // namespace

TEST_P(Integration_UploadTest, AFileGoesUpInChecksummedChunksAndOnlyOnce)
{
    const QString path = m_folders.filePath(u"run.png"_s);
    const QString sha = writePngLike(path, 3 * kMiB + kMiB / 2);
    TusUploader uploader(m_user->api(), m_user->dataDir());
    uploader.setChunkSize(kMiB);
    QList<qint64> acknowledged;
    QObject::connect(&uploader, &TusUploader::progress,
                     [&](const QString&, qint64 bytes, qint64) { acknowledged.append(bytes); });

    const UploadResult first = upload(uploader, path);
    ASSERT_TRUE(first.ok()) << (first.error ? first.error->message.toStdString()
                                            : first.localError.toStdString());
    EXPECT_EQ(first.sha256, sha);
    EXPECT_FALSE(first.alreadyStored);
    EXPECT_EQ(first.resumedFrom, 0);
    EXPECT_EQ(acknowledged, (QList<qint64>{0, kMiB, 2 * kMiB, 3 * kMiB, 3 * kMiB + kMiB / 2}));
    EXPECT_EQ(patchesLogged(), 4);
    EXPECT_EQ(blobOnServer(sha), fileBytes(path));

    const UploadResult again = upload(uploader, path);
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again.alreadyStored);
    EXPECT_EQ(patchesLogged(), 4) << "the server had it: nothing sent again";
}

TEST_P(Integration_UploadTest, AnUploadResumesWhereTheKilledServerStopped)
{
    const QString path = m_folders.filePath(u"long.png"_s);
    const QString sha = writePngLike(path, 6 * kMiB);
    qint64 acknowledgedAtKill = -1;
    {
        TusUploader uploader(m_user->api(), m_user->dataDir());
        uploader.setChunkSize(kMiB);
        QObject::connect(&uploader, &TusUploader::progress,
                         [&](const QString&, qint64 bytes, qint64) {
                             if (bytes >= 2 * kMiB && acknowledgedAtKill < 0) {
                                 acknowledgedAtKill = bytes;
                                 m_server->kill();
                             }
                         });
        const UploadResult interrupted = upload(uploader, path);
        ASSERT_FALSE(interrupted.ok());
        ASSERT_TRUE(interrupted.error);
        EXPECT_TRUE(interrupted.error->isTransient()) << interrupted.error->message.toStdString();
    }
    ASSERT_EQ(acknowledgedAtKill, 2 * kMiB);
    const int patchesBefore = patchesLogged();

    // The server comes back (on another port); the client starts again too.
    m_server = startServer();
    ASSERT_TRUE(m_server);
    m_client = kenshu::test::makeClient(m_server->port(), certificates());
    ASSERT_TRUE(m_user->api().setServer(serverUrl()));
    TusUploader uploader(m_user->api(), m_user->dataDir());
    uploader.setChunkSize(kMiB);
    const UploadResult resumed = upload(uploader, path);
    ASSERT_TRUE(resumed.ok()) << (resumed.error ? resumed.error->message.toStdString()
                                                : resumed.localError.toStdString());
    EXPECT_EQ(resumed.resumedFrom, 2 * kMiB);
    EXPECT_EQ(patchesLogged() - patchesBefore, 4) << "only the chunks the server did not have";
    EXPECT_EQ(blobOnServer(sha), fileBytes(path));
}

TEST_P(Integration_UploadTest, ADicomFileLeavesTheWorkstationOnlyDeidentified)
{
    const QString original = m_folders.filePath(u"patient.dcm"_s);
    testdata::DicomSpec spec;
    spec.studyInstanceUid = u"1.2.392.200036.9116.2.5.1.1"_s;
    spec.seriesInstanceUid = u"1.2.392.200036.9116.2.5.1.1.1"_s;
    spec.sopInstanceUid = u"1.2.392.200036.9116.2.5.1.1.1.1"_s;
    ASSERT_EQ(testdata::writeDicomWithPhi(original, spec), QString());
    const QByteArray before = fileBytes(original);
    for (const QString& marker : testdata::phiMarkers())
        ASSERT_TRUE(before.contains(marker.toUtf8())) << marker.toStdString();

    const Expected<sync::PreparedBlob> prepared = sync::prepareBlob(m_user->dataDir(), original);
    ASSERT_TRUE(prepared) << prepared.error().message.toStdString();
    EXPECT_TRUE(prepared->deidentified());
    EXPECT_TRUE(prepared->path().startsWith(m_user->dataDir() + u"/outgoing/"_s));
    EXPECT_FALSE(prepared->path().contains(u"patient"_s));

    TusUploader uploader(m_user->api(), m_user->dataDir());
    const UploadResult result = upload(uploader, original); // de-identified on the way
    ASSERT_TRUE(result.ok()) << (result.error ? result.error->message.toStdString()
                                              : result.localError.toStdString());
    const QByteArray sent = blobOnServer(result.sha256);
    ASSERT_FALSE(sent.isEmpty());
    for (const QString& marker : testdata::phiMarkers())
        EXPECT_FALSE(sent.contains(marker.toUtf8())) << marker.toStdString();
    EXPECT_FALSE(sent.contains(spec.sopInstanceUid.toLatin1())) << "UIDs are remapped";
    EXPECT_EQ(fileBytes(original), before) << "the original is never changed";

    // A PDF goes as it is.
    const QString pdf = m_folders.filePath(u"report.pdf"_s);
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("%PDF-1.4\n%%EOF\n");
    file.close();
    const Expected<sync::PreparedBlob> asItIs = sync::prepareBlob(m_user->dataDir(), pdf);
    ASSERT_TRUE(asItIs);
    EXPECT_FALSE(asItIs->deidentified());
    EXPECT_EQ(asItIs->path(), pdf);
}

INSTANTIATE_TEST_SUITE_P(Backends, Integration_UploadTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         kenshu::test::backendName);
