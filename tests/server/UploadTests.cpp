// Blob uploads over HTTPS: tus in pieces across a server restart, checksums, size limits and
// the content check; downloads with Range.
#include "ServerTestFixture.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <map>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace kenshu::test;

namespace {

using Server_UploadTest = ServerTest;

// 128-byte preamble + "DICM" + noise: what the server's content check accepts as DICOM.
std::string dicomLike(int size)
{
    std::string bytes(static_cast<std::size_t>(size), '\0');
    bytes.replace(128, 4, "DICM");
    for (std::size_t i = 132; i < bytes.size(); ++i)
        bytes[i] = static_cast<char>(QRandomGenerator::global()->bounded(256));
    return bytes;
}

std::string hashHex(const std::string& bytes)
{
    return QCryptographicHash::hash(QByteArray::fromStdString(bytes), QCryptographicHash::Sha256)
        .toHex()
        .toStdString();
}

std::string checksum(const std::string& bytes, QCryptographicHash::Algorithm algorithm,
                     const char* name)
{
    return std::string(name) + " " +
           QCryptographicHash::hash(QByteArray::fromStdString(bytes), algorithm)
               .toBase64()
               .toStdString();
}

httplib::Headers tus(httplib::Headers headers)
{
    headers.emplace("Tus-Resumable", "1.0.0");
    return headers;
}

// POST /api/v1/uploads; the upload's path, or empty.
std::string createUpload(httplib::SSLClient& client, const httplib::Headers& auth,
                         std::size_t length, const std::string& sha256Hex)
{
    httplib::Headers headers = tus(auth);
    headers.emplace("Upload-Length", std::to_string(length));
    headers.emplace("Upload-Metadata",
                    "sha256 " + QByteArray::fromStdString(sha256Hex).toBase64().toStdString() +
                        ",filename " + QByteArray("xa.dcm").toBase64().toStdString());
    const httplib::Result result = client.Post("/api/v1/uploads", headers, "", "text/plain");
    if (!result || result->status != 201)
        return {};
    return result->get_header_value("Location");
}

httplib::Result patch(httplib::SSLClient& client, const httplib::Headers& auth,
                      const std::string& path, std::size_t offset, const std::string& chunk,
                      const std::string& checksumHeader = {})
{
    httplib::Headers headers = tus(auth);
    headers.emplace("Upload-Offset", std::to_string(offset));
    if (!checksumHeader.empty())
        headers.emplace("Upload-Checksum", checksumHeader);
    return client.Patch(path.c_str(), headers, chunk, "application/offset+octet-stream");
}

std::string offsetOf(httplib::SSLClient& client, const httplib::Headers& auth,
                     const std::string& path)
{
    const httplib::Result head = client.Head(path.c_str(), tus(auth));
    return head && head->status == 200 ? head->get_header_value("Upload-Offset") : "none";
}

} // namespace

TEST_P(Server_UploadTest, UploadInPiecesSurvivesARestart)
{
    const httplib::Headers r1 = auth(login(u"r1"_s));
    const httplib::Result options = m_client->Options("/api/v1/uploads");
    ASSERT_TRUE(options);
    EXPECT_EQ(options->get_header_value("Tus-Version"), "1.0.0");
    EXPECT_EQ(options->get_header_value("Tus-Extension"), "creation,checksum,termination");
    EXPECT_EQ(options->get_header_value("Tus-Checksum-Algorithm"), "sha1,sha256");
    EXPECT_FALSE(options->get_header_value("Tus-Max-Size").empty());

    const std::string file = dicomLike(300 * 1024);
    const std::string sha = hashHex(file);
    const std::string blobPath = "/api/v1/blobs/" + sha;
    EXPECT_EQ(m_client->Head(blobPath.c_str(), r1)->status, 404);
    const std::string upload = createUpload(*m_client, r1, file.size(), sha);
    ASSERT_FALSE(upload.empty());

    const std::string first = file.substr(0, 100 * 1024);
    const httplib::Result piece = patch(*m_client, r1, upload, 0, first,
                                        checksum(first, QCryptographicHash::Sha256, "sha256"));
    ASSERT_TRUE(piece);
    ASSERT_EQ(piece->status, 204) << piece->body;
    EXPECT_EQ(piece->get_header_value("Upload-Offset"), std::to_string(first.size()));
    // A client that lost track sends the old offset: 409, and the connection stays usable.
    EXPECT_EQ(patch(*m_client, r1, upload, 0, first)->status, 409);
    EXPECT_EQ(offsetOf(*m_client, r1, upload), std::to_string(first.size()));
    EXPECT_EQ(m_client->Head(blobPath.c_str(), r1)->status, 404) << "not visible while partial";

    m_server->stop();
    m_server = startServer();
    ASSERT_TRUE(m_server);
    m_client = makeClient(m_server->port(), certificates());
    ASSERT_EQ(offsetOf(*m_client, r1, upload), std::to_string(first.size()));
    const std::string rest = file.substr(first.size());
    const httplib::Result last = patch(*m_client, r1, upload, first.size(), rest,
                                       checksum(rest, QCryptographicHash::Sha1, "sha1"));
    ASSERT_EQ(last->status, 204) << last->body;

    const httplib::Result head = m_client->Head(blobPath.c_str(), r1);
    ASSERT_EQ(head->status, 200);
    EXPECT_EQ(head->get_header_value("Content-Length"), std::to_string(file.size()));
    httplib::Headers range = r1;
    range.emplace("Range", "bytes=1000-1999");
    const httplib::Result part = m_client->Get(blobPath.c_str(), range);
    ASSERT_EQ(part->status, 206);
    EXPECT_EQ(part->body, file.substr(1000, 1000));
    EXPECT_EQ(m_client->Get(blobPath.c_str(), r1)->body, file);
}

TEST_P(Server_UploadTest, WholeFileHashResumesAcrossRestarts)
{
    // The running whole-file SHA-256 is stored with each chunk's offset; a server restarted on
    // the same boot goes on from it. The chunks end inside SHA-256's 64-byte blocks and their
    // checksums alternate between sha256 and sha1.
    const std::map<QString, QString> boot{{u"KENSHU_SERVER_TEST_BOOT_ID"_s, u"boot-a"_s}};
    m_server = startServer({}, boot);
    ASSERT_TRUE(m_server);
    m_client = makeClient(m_server->port(), certificates());
    const httplib::Headers r1 = auth(login(u"r1"_s));
    const std::string file = dicomLike(250 * 1024 + 37);
    const std::string sha = hashHex(file);
    const std::string upload = createUpload(*m_client, r1, file.size(), sha);
    ASSERT_FALSE(upload.empty());

    const std::vector<std::size_t> pieces{100001, 63, 65, 1, file.size() - 100130};
    std::size_t offset = 0;
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        if (i > 0) {
            m_client.reset(); // an open keep-alive connection would hold up the stop
            m_server->stop();
            // It went on from the stored state: the file was not read again.
            EXPECT_FALSE(m_server->output().contains(u"again from the disk"_s))
                << m_server->output().toStdString();
            m_server = startServer({}, boot);
            ASSERT_TRUE(m_server);
            m_client = makeClient(m_server->port(), certificates());
            ASSERT_EQ(offsetOf(*m_client, r1, upload), std::to_string(offset));
        }
        const std::string piece = file.substr(offset, pieces[i]);
        const httplib::Result sent =
            patch(*m_client, r1, upload, offset, piece,
                  i % 2 == 0 ? checksum(piece, QCryptographicHash::Sha256, "sha256")
                             : checksum(piece, QCryptographicHash::Sha1, "sha1"));
        ASSERT_TRUE(sent);
        ASSERT_EQ(sent->status, 204) << "piece " << i << ": " << sent->body;
        offset += piece.size();
        EXPECT_EQ(sent->get_header_value("Upload-Offset"), std::to_string(offset));
    }
    const std::string blobPath = "/api/v1/blobs/" + sha;
    ASSERT_EQ(m_client->Head(blobPath.c_str(), r1)->status, 200);
    EXPECT_EQ(m_client->Get(blobPath.c_str(), r1)->body, file);
}

TEST_P(Server_UploadTest, AfterARebootTheReceivedBytesAreHashedAgain)
{
    // A power cut may lose bytes that were acknowledged but not synced: a hash state stored
    // during another boot is not trusted, the part file is hashed again from the disk, and a
    // part file that no longer holds what was received never becomes a blob.
    m_server = startServer({}, {{u"KENSHU_SERVER_TEST_BOOT_ID"_s, u"boot-a"_s}});
    ASSERT_TRUE(m_server);
    m_client = makeClient(m_server->port(), certificates());
    const httplib::Headers r1 = auth(login(u"r1"_s));
    const std::string damaged = dicomLike(120 * 1024 + 5);
    const std::string intact = dicomLike(120 * 1024 + 5);
    const std::string damagedUpload = createUpload(*m_client, r1, damaged.size(), hashHex(damaged));
    const std::string intactUpload = createUpload(*m_client, r1, intact.size(), hashHex(intact));
    ASSERT_FALSE(damagedUpload.empty());
    ASSERT_FALSE(intactUpload.empty());
    const std::size_t half = 60 * 1024 + 3;
    ASSERT_EQ(patch(*m_client, r1, damagedUpload, 0, damaged.substr(0, half))->status, 204);
    ASSERT_EQ(patch(*m_client, r1, intactUpload, 0, intact.substr(0, half))->status, 204);
    m_client.reset();
    m_server->stop();

    // What the disk gave back after the "power cut": one byte of the first chunk differs.
    const QString partPath = m_data.filePath(
        u"uploads/"_s + QString::fromStdString(damagedUpload.substr(damagedUpload.rfind('/') + 1)) +
        u".part"_s);
    QFile part(partPath);
    ASSERT_TRUE(part.open(QIODevice::ReadWrite)) << partPath.toStdString();
    ASSERT_TRUE(part.seek(5000));
    const char flipped = static_cast<char>(damaged[5000] ^ 0x5a);
    ASSERT_EQ(part.write(&flipped, 1), 1);
    part.close();

    m_server = startServer({}, {{u"KENSHU_SERVER_TEST_BOOT_ID"_s, u"boot-b"_s}});
    ASSERT_TRUE(m_server);
    m_client = makeClient(m_server->port(), certificates());
    const httplib::Result refused =
        patch(*m_client, r1, damagedUpload, half, damaged.substr(half),
              checksum(damaged.substr(half), QCryptographicHash::Sha256, "sha256"));
    ASSERT_TRUE(refused);
    EXPECT_EQ(refused->status, 460);
    EXPECT_EQ(jsonOf(refused)[u"error"_s].toString(), u"sha256_mismatch"_s);
    EXPECT_EQ(m_client->Head(("/api/v1/blobs/" + hashHex(damaged)).c_str(), r1)->status, 404);
    EXPECT_EQ(offsetOf(*m_client, r1, damagedUpload), "none");

    // The file that kept its bytes is hashed again to the same digest and completes.
    const httplib::Result completed = patch(*m_client, r1, intactUpload, half, intact.substr(half));
    ASSERT_TRUE(completed);
    EXPECT_EQ(completed->status, 204) << completed->body;
    const std::string intactPath = "/api/v1/blobs/" + hashHex(intact);
    ASSERT_EQ(m_client->Head(intactPath.c_str(), r1)->status, 200);
    EXPECT_EQ(m_client->Get(intactPath.c_str(), r1)->body, intact);

    m_client.reset();
    m_server->stop();
    for (const std::string& upload : {damagedUpload, intactUpload})
        EXPECT_TRUE(m_server->output().contains(
            u"upload %1: hashing its first %2 bytes again from the disk"_s
                .arg(QString::fromStdString(upload.substr(upload.rfind('/') + 1)))
                .arg(half)))
            << m_server->output().toStdString();
}

TEST_P(Server_UploadTest, WrongChecksumsAreRefused)
{
    const httplib::Headers r1 = auth(login(u"r1"_s));
    const std::string file = dicomLike(64 * 1024);
    const std::string upload = createUpload(*m_client, r1, file.size(), hashHex(file));
    ASSERT_FALSE(upload.empty());
    const httplib::Result corrupted = patch(
        *m_client, r1, upload, 0, file, checksum("other", QCryptographicHash::Sha256, "sha256"));
    EXPECT_EQ(corrupted->status, 460);
    EXPECT_EQ(offsetOf(*m_client, r1, upload), "0");
    EXPECT_EQ(patch(*m_client, r1, upload, 0, file, "md5 AAAA")->status, 400);

    // A refused chunk leaves no trace in the running whole-file hash: sent again with its
    // right checksum, it completes the upload.
    const std::string retried = dicomLike(64 * 1024);
    const std::string retry = createUpload(*m_client, r1, retried.size(), hashHex(retried));
    const std::string head = retried.substr(0, 1000);
    const std::string tail = retried.substr(head.size());
    ASSERT_EQ(patch(*m_client, r1, retry, 0, head)->status, 204);
    std::string garbled = tail;
    garbled[10] = static_cast<char>(garbled[10] ^ 1);
    EXPECT_EQ(patch(*m_client, r1, retry, head.size(), garbled,
                    checksum(tail, QCryptographicHash::Sha256, "sha256"))
                  ->status,
              460);
    EXPECT_EQ(offsetOf(*m_client, r1, retry), std::to_string(head.size()));
    EXPECT_EQ(patch(*m_client, r1, retry, head.size(), tail,
                    checksum(tail, QCryptographicHash::Sha256, "sha256"))
                  ->status,
              204);
    EXPECT_EQ(m_client->Get(("/api/v1/blobs/" + hashHex(retried)).c_str(), r1)->body, retried);

    // The whole file does not hash to the SHA-256 it was announced with: never visible.
    const std::string other = dicomLike(64 * 1024);
    const std::string lying = createUpload(*m_client, r1, other.size(), hashHex(file));
    const httplib::Result finished = patch(*m_client, r1, lying, 0, other);
    EXPECT_EQ(finished->status, 460);
    EXPECT_EQ(jsonOf(finished)[u"error"_s].toString(), u"sha256_mismatch"_s);
    EXPECT_EQ(m_client->Head(("/api/v1/blobs/" + hashHex(other)).c_str(), r1)->status, 404);
    EXPECT_EQ(m_client->Head(("/api/v1/blobs/" + hashHex(file)).c_str(), r1)->status, 404);

    // Termination removes an upload.
    EXPECT_EQ(m_client->Delete(upload.c_str(), tus(r1))->status, 204);
    EXPECT_EQ(offsetOf(*m_client, r1, upload), "none");
}

TEST_P(Server_UploadTest, OversizeAndForeignContentAreRefused)
{
    m_server = startServer({u"--max-upload-bytes"_s, u"65536"_s});
    ASSERT_TRUE(m_server);
    m_client = makeClient(m_server->port(), certificates());
    const httplib::Headers r1 = auth(login(u"r1"_s));

    const std::string big = dicomLike(70000);
    EXPECT_TRUE(createUpload(*m_client, r1, big.size(), hashHex(big)).empty());
    httplib::Headers create = tus(r1);
    create.emplace("Upload-Length", std::to_string(big.size()));
    create.emplace("Upload-Metadata",
                   "sha256 " + QByteArray::fromStdString(hashHex(big)).toBase64().toStdString());
    EXPECT_EQ(m_client->Post("/api/v1/uploads", create, "", "text/plain")->status, 413);
    EXPECT_EQ(
        m_client
            ->Put(("/api/v1/blobs/" + hashHex(big)).c_str(), r1, big, "application/octet-stream")
            ->status,
        413);
    // A PATCH past the announced length.
    const std::string small = dicomLike(1000);
    const std::string upload = createUpload(*m_client, r1, small.size(), hashHex(small));
    EXPECT_EQ(patch(*m_client, r1, upload, 0, small + "extra")->status, 413);
    // A JSON body past 1 MiB.
    const std::string hugeJson = "{\"data\":{\"note\":\"" + std::string(2 << 20, 'x') + "\"}}";
    httplib::Headers put = r1;
    put.emplace("If-None-Match", "*");
    EXPECT_EQ(m_client
                  ->Put(("/api/v1/records/case/" +
                         QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString())
                            .c_str(),
                        put, hugeJson, "application/json")
                  ->status,
              413);

    // Neither DICOM, PDF nor PNG.
    const std::string text(4000, 't');
    const std::string textUpload = createUpload(*m_client, r1, text.size(), hashHex(text));
    const httplib::Result refused = patch(*m_client, r1, textUpload, 0, text);
    EXPECT_EQ(refused->status, 415);
    EXPECT_EQ(jsonOf(refused)[u"error"_s].toString(), u"unsupported_content"_s);
    EXPECT_EQ(
        m_client
            ->Put(("/api/v1/blobs/" + hashHex(text)).c_str(), r1, text, "application/octet-stream")
            ->status,
        415);
    // A PNG in one request; stored once.
    const std::string png = std::string("\x89PNG\r\n\x1a\n", 8) + std::string(500, 'p');
    const std::string pngPath = "/api/v1/blobs/" + hashHex(png);
    EXPECT_EQ(m_client->Put(pngPath.c_str(), r1, png, "image/png")->status, 201);
    EXPECT_EQ(m_client->Put(pngPath.c_str(), r1, png, "image/png")->status, 200);
    EXPECT_EQ(
        m_client->Put(("/api/v1/blobs/" + hashHex(small)).c_str(), r1, png, "image/png")->status,
        460);
    EXPECT_EQ(m_client->Get(pngPath.c_str(), r1)->body, png);
}

INSTANTIATE_TEST_SUITE_P(Backends, Server_UploadTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgres), backendName);
