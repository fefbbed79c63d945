// bench_upload: blob upload throughput over loopback HTTPS (DESIGN.md target: tus >= 70 % of
// curl uploading the same bytes to the same server). Starts a real kenshu-server with a test
// CA, uploads one DICOM-like file with tus in PATCH chunks (each with an Upload-Checksum
// sha256 computed with OpenSSL, as the client sends them), then with `curl -T` (one streamed PUT to
// /api/v1/blobs/{sha}), alternately, and prints one JSON line with the best time of each and
// their ratio. Figures are recorded in docs/performance.md.
//
//   bench_upload [--size-mb N] [--chunk-mib M] [--runs R]
#include "Crypto.h"
#include "ServerHarness.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <future>
#include <limits>

using namespace Qt::Literals::StringLiterals;
using namespace kenshu::test;

namespace {

// 128 zero bytes, "DICM", then noise (incompressible, like pixel data): `size` bytes.
QByteArray writeFile(const QString& path, qint64 size)
{
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (qint64 written = 0; written < size; written += block.size()) {
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(block.data()),
                                              block.size() / 4);
        if (written == 0) {
            block.fill('\0', 128);
            block.replace(128, 4, "DICM");
        }
        const QByteArray piece =
            block.left(static_cast<qsizetype>(std::min<qint64>(block.size(), size - written)));
        file.write(piece);
        hash.addData(piece);
    }
    return hash.result().toHex();
}

struct PreparedChunk
{
    QByteArray bytes;
    std::string checksum;
};

bool uploadWithTus(httplib::SSLClient& client, const std::string& token, const QString& path,
                   qint64 size, const std::string& sha, qint64 chunk)
{
    const httplib::Headers base{{"Authorization", "Bearer " + token}, {"Tus-Resumable", "1.0.0"}};
    httplib::Headers create = base;
    create.emplace("Upload-Length", std::to_string(size));
    create.emplace("Upload-Metadata",
                   "sha256 " + QByteArray::fromStdString(sha).toBase64().toStdString());
    const httplib::Result created = client.Post("/api/v1/uploads", create, "", "text/plain");
    if (!created || created->status != 201)
        return false;
    const std::string location = created->get_header_value("Location");
    // Like a good client, the next chunk is read and hashed while the current one is sent.
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    const auto prepare = [&file, chunk] {
        PreparedChunk next;
        next.bytes = file.read(chunk);
        // OpenSSL, as a client should: QCryptographicHash's SHA-256 runs at ~75 MB/s here.
        kenshu::Digest digest(kenshu::Digest::Algorithm::Sha256);
        digest.add(next.bytes.constData(), static_cast<std::size_t>(next.bytes.size()));
        next.checksum = "sha256 " + digest.result().toBase64().toStdString();
        return next;
    };
    std::future<PreparedChunk> pending = std::async(std::launch::async, prepare);
    for (qint64 offset = 0; offset < size;) {
        const PreparedChunk current = pending.get();
        if (offset + current.bytes.size() < size)
            pending = std::async(std::launch::async, prepare);
        httplib::Headers headers = base;
        headers.emplace("Upload-Offset", std::to_string(offset));
        headers.emplace("Upload-Checksum", current.checksum);
        const httplib::Result result = client.Patch(
            location.c_str(), headers, current.bytes.constData(),
            static_cast<std::size_t>(current.bytes.size()), "application/offset+octet-stream");
        if (!result || result->status != 204)
            return false;
        offset += current.bytes.size();
    }
    return true;
}

bool uploadWithCurl(const TestCertificates& certificates, int port, const std::string& token,
                    const QString& path, const std::string& sha)
{
    QProcess curl;
    curl.start(
        u"curl"_s,
        {u"-sS"_s, u"--fail"_s, u"-o"_s, u"/dev/null"_s, u"--cacert"_s, certificates.caCert,
         u"-H"_s, QString::fromStdString("Authorization: Bearer " + token), u"-H"_s, u"Expect:"_s,
         u"-T"_s, path,
         u"https://127.0.0.1:%1/api/v1/blobs/%2"_s.arg(port).arg(QString::fromStdString(sha))});
    return curl.waitForFinished(600000) && curl.exitCode() == 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption sizeOption(u"size-mb"_s, u"File size in MB (10^6 bytes)."_s, u"N"_s,
                                        u"500"_s);
    const QCommandLineOption chunkOption(u"chunk-mib"_s, u"tus PATCH size in MiB."_s, u"M"_s,
                                         u"8"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Uploads of each kind."_s, u"R"_s, u"2"_s);
    parser.addOptions({sizeOption, chunkOption, runsOption});
    parser.process(app);
    const qint64 size = parser.value(sizeOption).toLongLong() * 1000 * 1000;
    const qint64 chunk = parser.value(chunkOption).toLongLong() << 20;
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QTemporaryDir work;
    const TestCertificates certificates = TestCertificates::create(work.path());
    const QString data = work.filePath(u"data"_s);
    const QString file = work.filePath(u"upload.dcm"_s);
    const std::string sha = writeFile(file, size).toStdString();
    const bool seeded =
        runAdmin(data, {}, {u"create-program"_s, u"--id"_s, u"p"_s, u"--name"_s, u"P"_s}) &&
        runAdmin(data, {},
                 {u"create-member"_s, u"--member"_s, u"m1"_s, u"--name"_s, u"M"_s, u"--kana"_s,
                  u"M"_s, u"--email"_s, u"m1@example.org"_s, u"--password-stdin"_s},
                 "bench-password\n");
    ServerProcess server(data, {}, certificates,
                         {u"--max-upload-bytes"_s, QString::number(size + 1)});
    if (certificates.caCert.isEmpty() || !seeded || !server.start()) {
        QTextStream(stderr) << "cannot start the server: " << server.output() << "\n";
        return 1;
    }
    auto client = makeClient(server.port(), certificates);
    const httplib::Result login = client->Post(
        "/api/v1/auth/login", R"({"email":"m1@example.org","password":"bench-password"})",
        "application/json");
    const std::string token = jsonOf(login).value(u"accessToken"_s).toString().toStdString();

    double bestTus = std::numeric_limits<double>::max();
    double bestCurl = std::numeric_limits<double>::max();
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        if (!uploadWithCurl(certificates, server.port(), token, file, sha)) {
            QTextStream(stderr) << "curl upload failed\n";
            return 1;
        }
        bestCurl = std::min(bestCurl, timer.nsecsElapsed() / 1e9);
        timer.restart();
        if (!uploadWithTus(*client, token, file, size, sha, chunk)) {
            QTextStream(stderr) << "tus upload failed\n";
            return 1;
        }
        bestTus = std::min(bestTus, timer.nsecsElapsed() / 1e9);
    }
    const QJsonObject result{
        {u"bench"_s, u"upload"_s},
        {u"bytes"_s, size},
        {u"chunkBytes"_s, chunk},
        {u"runs"_s, runs},
        {u"tusSeconds"_s, bestTus},
        {u"curlSeconds"_s, bestCurl},
        {u"tusMBps"_s, size / 1e6 / bestTus},
        {u"curlMBps"_s, size / 1e6 / bestCurl},
        {u"ratio"_s, bestCurl / bestTus},
    };
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << "\n";
    return 0;
}
