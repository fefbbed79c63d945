// bench_upload: blob upload throughput over loopback HTTPS (DESIGN.md target: tus >= 70 % of
// curl uploading the same bytes to the same server). Starts a real kenshu-server with a test
// CA, uploads one DICOM-like file with tus in PATCH chunks (each with an Upload-Checksum
// computed with OpenSSL, as the client sends them), then with `curl -T` (one streamed PUT to
// /api/v1/blobs/{sha}), alternately, and prints one JSON line with the best time of each,
// their ratio, every run's time, the CPU seconds the server, curl and the tus client spent,
// and the load average before and after. Figures are recorded in docs/performance.md.
//
//   bench_upload [--size-mb N] [--chunk-mib M] [--runs R] [--checksum sha256|sha1|none]
#include "Crypto.h"
#include "ServerHarness.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cmath>
#include <future>
#include <limits>
#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using namespace kenshu::test;

namespace {

// 128 zero bytes, "DICM", then noise (incompressible, like pixel data): `size` bytes.
QByteArray writeFile(const QString& path, qint64 size)
{
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    kenshu::Digest hash(kenshu::Digest::Algorithm::Sha256);
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
        hash.add(piece.constData(), static_cast<std::size_t>(piece.size()));
    }
    return hash.result().toHex();
}

// CPU seconds (user + system) a process has used so far, from /proc/<pid>/stat.
double processCpuSeconds(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    // Fields after the command name in parentheses: state is field 3, utime 14, stime 15.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    return (fields[11].toDouble() + fields[12].toDouble()) /
           static_cast<double>(::sysconf(_SC_CLK_TCK));
}

double rusageSeconds(int who)
{
    rusage usage{};
    ::getrusage(who, &usage);
    const auto seconds = [](const timeval& time) {
        return static_cast<double>(time.tv_sec) + static_cast<double>(time.tv_usec) / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

QString loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    return file.open(QIODevice::ReadOnly)
               ? QString::fromLatin1(file.readAll().split(' ').mid(0, 3).join(' '))
               : QString();
}

std::string chunkChecksum(const char* data, std::size_t size, const QString& algorithm)
{
    const bool sha1 = algorithm == "sha1"_L1;
    kenshu::Digest digest(sha1 ? kenshu::Digest::Algorithm::Sha1
                               : kenshu::Digest::Algorithm::Sha256);
    digest.add(data, size);
    return (sha1 ? "sha1 " : "sha256 ") + digest.result().toBase64().toStdString();
}

// The file is mapped, not read: the chunk's checksum and the TLS layer read the page cache
// directly, and httplib's content provider sends it without copying it into a request body.
bool uploadWithTus(httplib::SSLClient& client, const std::string& token, const uchar* file,
                   qint64 size, const std::string& sha, qint64 chunk, const QString& checksum)
{
    const httplib::Headers base{{"Authorization", "Bearer " + token}, {"Tus-Resumable", "1.0.0"}};
    httplib::Headers create = base;
    create.emplace("Upload-Length", std::to_string(size));
    create.emplace("Upload-Metadata",
                   "sha256 " + QByteArray::fromStdString(sha).toBase64().toStdString());
    const httplib::Result created = client.Post("/api/v1/uploads", create, "", "text/plain");
    if (!created || created->status != 201) {
        QTextStream(stderr) << "tus creation: "
                            << (created
                                    ? QString::number(created->status)
                                    : QString::fromStdString(httplib::to_string(created.error())))
                            << "\n";
        return false;
    }
    const std::string location = created->get_header_value("Location");
    const auto data = reinterpret_cast<const char*>(file);
    const auto lengthAt = [size, chunk](qint64 offset) {
        return static_cast<std::size_t>(std::min(chunk, size - offset));
    };
    // Like a good client, the next chunk's checksum is computed while the current one is sent.
    const auto prepare = [&](qint64 offset) {
        return checksum == "none"_L1 ? std::string()
                                     : chunkChecksum(data + offset, lengthAt(offset), checksum);
    };
    std::future<std::string> pending = std::async(std::launch::async, prepare, 0);
    for (qint64 offset = 0; offset < size;) {
        const std::size_t length = lengthAt(offset);
        const std::string current = pending.get();
        if (offset + static_cast<qint64>(length) < size)
            pending = std::async(std::launch::async, prepare, offset + length);
        httplib::Headers headers = base;
        headers.emplace("Upload-Offset", std::to_string(offset));
        if (!current.empty())
            headers.emplace("Upload-Checksum", current);
        const char* begin = data + offset;
        const httplib::Result result = client.Patch(
            location, headers, length,
            [begin](std::size_t at, std::size_t count, httplib::DataSink& sink) {
                return sink.write(begin + at, count);
            },
            "application/offset+octet-stream");
        if (!result || result->status != 204) {
            QTextStream(stderr) << "tus PATCH at " << offset << ": "
                                << (result ? QString::number(result->status) + u' ' +
                                                 QString::fromStdString(result->body)
                                           : QString::fromStdString(
                                                 httplib::to_string(result.error())))
                                << "\n";
            return false;
        }
        offset += static_cast<qint64>(length);
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
    const QCommandLineOption checksumOption(
        u"checksum"_s, u"Upload-Checksum of each PATCH: sha256, sha1 or none."_s, u"ALGORITHM"_s,
        u"sha256"_s);
    parser.addOptions({sizeOption, chunkOption, runsOption, checksumOption});
    parser.process(app);
    const qint64 size = parser.value(sizeOption).toLongLong() * 1000 * 1000;
    const qint64 chunk = parser.value(chunkOption).toLongLong() << 20;
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const QString checksum = parser.value(checksumOption);
    if (size <= 0 || chunk <= 0 ||
        !QStringList{u"sha256"_s, u"sha1"_s, u"none"_s}.contains(checksum)) {
        QTextStream(stderr) << "bad arguments\n";
        return 1;
    }
    const QString loadBefore = loadAverage();

    QTemporaryDir work;
    const TestCertificates certificates = TestCertificates::create(work.path());
    const QString data = work.filePath(u"data"_s);
    const QString path = work.filePath(u"upload.dcm"_s);
    const std::string sha = writeFile(path, size).toStdString();
    QFile file(path);
    const uchar* mapped = file.open(QIODevice::ReadOnly) ? file.map(0, size) : nullptr;
    const bool seeded =
        runAdmin(data, {}, {u"create-program"_s, u"--id"_s, u"p"_s, u"--name"_s, u"P"_s}) &&
        runAdmin(data, {},
                 {u"create-member"_s, u"--member"_s, u"m1"_s, u"--name"_s, u"M"_s, u"--kana"_s,
                  u"M"_s, u"--email"_s, u"m1@example.org"_s, u"--password-stdin"_s},
                 "bench-password\n");
    ServerProcess server(data, {}, certificates,
                         {u"--max-upload-bytes"_s, QString::number(size + 1)});
    if (!mapped || certificates.caCert.isEmpty() || !seeded || !server.start()) {
        QTextStream(stderr) << "cannot start the server: " << server.output() << "\n";
        return 1;
    }
    auto client = makeClient(server.port(), certificates);
    const httplib::Result login = client->Post(
        "/api/v1/auth/login", R"({"email":"m1@example.org","password":"bench-password"})",
        "application/json");
    const std::string token = jsonOf(login).value(u"accessToken"_s).toString().toStdString();

    struct Measured
    {
        double seconds = 0;
        double serverCpu = 0;
        double clientCpu = 0; // curl, or this process for tus
    };
    const auto measure = [&](bool tus) {
        const double serverBefore = processCpuSeconds(server.pid());
        const double clientBefore = rusageSeconds(tus ? RUSAGE_SELF : RUSAGE_CHILDREN);
        QElapsedTimer timer;
        timer.start();
        // A new connection for each upload, as curl makes one: an idle keep-alive connection
        // is closed by the server after 5 s (and curl can take longer than that).
        const bool ok = tus ? uploadWithTus(*makeClient(server.port(), certificates), token, mapped,
                                            size, sha, chunk, checksum)
                            : uploadWithCurl(certificates, server.port(), token, path, sha);
        Measured measured{timer.nsecsElapsed() / 1e9,
                          processCpuSeconds(server.pid()) - serverBefore,
                          rusageSeconds(tus ? RUSAGE_SELF : RUSAGE_CHILDREN) - clientBefore};
        if (!ok)
            measured.seconds = -1;
        return measured;
    };
    std::vector<Measured> tusRuns;
    std::vector<Measured> curlRuns;
    for (int run = 0; run < runs; ++run) {
        // Alternate which goes first, so neither always finds the other's writeback going on.
        for (const bool tus :
             run % 2 == 0 ? std::vector<bool>{false, true} : std::vector<bool>{true, false}) {
            const Measured measured = measure(tus);
            if (measured.seconds < 0) {
                QTextStream(stderr) << (tus ? "tus" : "curl") << " upload failed\n";
                return 1;
            }
            (tus ? tusRuns : curlRuns).push_back(measured);
        }
    }
    const auto best = [](const std::vector<Measured>& all) {
        return std::min_element(
                   all.begin(), all.end(),
                   [](const Measured& a, const Measured& b) { return a.seconds < b.seconds; })
            ->seconds;
    };
    const auto list = [](const std::vector<Measured>& all, double Measured::*field) {
        QJsonArray values;
        for (const Measured& measured : all)
            values.append(std::round(measured.*field * 1000) / 1000);
        return values;
    };
    const double bestTus = best(tusRuns);
    const double bestCurl = best(curlRuns);
    const QJsonObject result{
        {u"bench"_s, u"upload"_s},
        {u"bytes"_s, size},
        {u"chunkBytes"_s, chunk},
        {u"checksum"_s, checksum},
        {u"runs"_s, runs},
        {u"tusSeconds"_s, bestTus},
        {u"curlSeconds"_s, bestCurl},
        {u"tusMBps"_s, size / 1e6 / bestTus},
        {u"curlMBps"_s, size / 1e6 / bestCurl},
        {u"ratio"_s, bestCurl / bestTus},
        {u"tusRunSeconds"_s, list(tusRuns, &Measured::seconds)},
        {u"curlRunSeconds"_s, list(curlRuns, &Measured::seconds)},
        {u"tusServerCpu"_s, list(tusRuns, &Measured::serverCpu)},
        {u"curlServerCpu"_s, list(curlRuns, &Measured::serverCpu)},
        {u"tusClientCpu"_s, list(tusRuns, &Measured::clientCpu)},
        {u"curlClientCpu"_s, list(curlRuns, &Measured::clientCpu)},
        {u"loadBefore"_s, loadBefore},
        {u"loadAfter"_s, loadAverage()},
    };
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << "\n";
    return 0;
}
