#include "ServeCommand.h"

#include "AccessLog.h"
#include "ApiRoutes.h"
#include "AuthService.h"
#include "BlobStorage.h"
#include "PasswordHash.h"
#include "RecordService.h"
#include "ServerDatabase.h"
#include "TusUploads.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <arpa/inet.h>
#include <csignal>
#include <cstdio>
#include <memory>
#include <netinet/in.h>
#include <sys/socket.h>

namespace kenshu::server {
namespace {

using namespace Qt::Literals::StringLiterals;

constexpr qint64 kDefaultMaxUpload = qint64(4) << 30;
constexpr int kDefaultThreads = 8;
constexpr qint64 kDefaultAccessLifetime = 15 * 60;
constexpr qint64 kRefreshLifetime = 30 * 24 * 3600;
constexpr int kSocketReceiveBuffer = 8 << 20;

httplib::Server* g_server = nullptr;

extern "C" void stopOnSignal(int)
{
    if (g_server)
        g_server->stop();
}

QString translate(const char* text)
{
    return QCoreApplication::translate("ServeCommand", text);
}

int fail(const QString& message)
{
    std::fprintf(stderr, "kenshu-server: %s\n", qUtf8Printable(message));
    return 1;
}

struct ListenAddress
{
    QString host;
    int port = 0;
};

// "127.0.0.1:8443", "[::1]:8443", "0.0.0.0:0" (port 0: any free port, printed at start).
std::optional<ListenAddress> parseListen(const QString& text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return std::nullopt;
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const int port = text.mid(colon + 1).toInt(&ok);
    if (!ok || port < 0 || port > 65535 || host.isEmpty())
        return std::nullopt;
    return ListenAddress{host, port};
}

// Only literal loopback addresses (127.0.0.0/8, ::1): a name such as "127.example.org" or a
// "localhost" that resolves elsewhere must not open plain HTTP to the network.
bool isLoopback(const QString& host)
{
    const QByteArray text = host.toLatin1();
    in_addr v4{};
    if (inet_pton(AF_INET, text.constData(), &v4) == 1)
        return (ntohl(v4.s_addr) >> 24) == 127;
    in6_addr v6{};
    return inet_pton(AF_INET6, text.constData(), &v6) == 1 && IN6_IS_ADDR_LOOPBACK(&v6);
}

} // namespace

int runServe(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(translate("Serve the Kenshu API over HTTPS."));
    parser.addHelpOption();
    const QCommandLineOption data(u"data"_s, translate("Data directory (database, blobs)."),
                                  u"DIR"_s);
    const QCommandLineOption db(u"db"_s, translate("PostgreSQL URL; SQLite in DIR without it."),
                                u"URL"_s);
    const QCommandLineOption listen(u"listen"_s, translate("Address and port, e.g. 0.0.0.0:8443."),
                                    u"ADDR:PORT"_s);
    const QCommandLineOption cert(u"tls-cert"_s, translate("TLS certificate chain (PEM)."),
                                  u"FILE"_s);
    const QCommandLineOption key(u"tls-key"_s, translate("TLS private key (PEM)."), u"FILE"_s);
    const QCommandLineOption insecure(u"insecure-http"_s,
                                      translate("Plain HTTP, for development on a loopback "
                                                "address only."));
    const QCommandLineOption threads(u"threads"_s, translate("Worker threads."), u"N"_s,
                                     QString::number(kDefaultThreads));
    const QCommandLineOption maxUpload(u"max-upload-bytes"_s,
                                       translate("Largest blob accepted (HTTP 413 past it)."),
                                       u"BYTES"_s, QString::number(kDefaultMaxUpload));
    const QCommandLineOption accessLog(u"access-log"_s,
                                       translate("Access log file (JSON lines); standard "
                                                 "output without it."),
                                       u"FILE"_s);
    const QCommandLineOption adminContact(
        u"admin-contact"_s,
        translate("Whom members ask to reset a password (shown at /password-reset)."), u"TEXT"_s);
    const QCommandLineOption accessLifetime(u"access-token-seconds"_s,
                                            translate("Lifetime of access tokens."), u"SECONDS"_s,
                                            QString::number(kDefaultAccessLifetime));
    parser.addOptions({data, db, listen, cert, key, insecure, threads, maxUpload, accessLog,
                       accessLifetime, adminContact});
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(u"help"_s))
        parser.showHelp(0);

    if (!parser.isSet(data))
        return fail(translate("--data DIR is required (blobs are stored there)."));
    const std::optional<ListenAddress> address = parseListen(parser.value(listen));
    if (!address)
        return fail(translate("--listen needs ADDR:PORT, e.g. 127.0.0.1:8443."));
    const bool plainHttp = parser.isSet(insecure);
    if (plainHttp && !isLoopback(address->host))
        return fail(translate("--insecure-http is only allowed on a loopback address."));
    if (!plainHttp && (!parser.isSet(cert) || !parser.isSet(key)))
        return fail(translate("--tls-cert and --tls-key are required (or --insecure-http on a "
                              "loopback address)."));
    const int threadCount = std::max(1, parser.value(threads).toInt());
    const qint64 maxUploadBytes = parser.value(maxUpload).toLongLong();
    if (maxUploadBytes <= 0)
        return fail(translate("--max-upload-bytes must be a positive number."));

    if (passwordIterationsLoweredForTests())
        std::fprintf(stderr,
                     "kenshu-server: WARNING: KENSHU_SERVER_TEST_PBKDF2_ITERATIONS is set: new "
                     "passwords are hashed with only %d PBKDF2 iterations. For tests only; never "
                     "in production.\n",
                     passwordIterations());

    const QString dataDir = QDir(parser.value(data)).absolutePath();
    QDir().mkpath(dataDir);
    const Expected<DatabaseConfig> config = DatabaseConfig::fromOptions(dataDir, parser.value(db));
    if (!config)
        return fail(config.error().message);
    ServerDatabase database(*config);
    if (const Status migrated = database.migrate(); !migrated)
        return fail(migrated.error().message);

    AuthService auth(database, std::max<qint64>(1, parser.value(accessLifetime).toLongLong()),
                     kRefreshLifetime);
    RecordService records(database);
    BlobStorage blobs(database, dataDir);
    if (qEnvironmentVariableIsSet("KENSHU_SERVER_TEST_BOOT_ID"))
        std::fprintf(stderr, "kenshu-server: WARNING: KENSHU_SERVER_TEST_BOOT_ID is set: upload "
                             "hashes are resumed as if the machine had not restarted. For tests "
                             "only; never in production.\n");
    TusUploads uploads(database, blobs, maxUploadBytes, bootIdentity());
    AccessLog log(parser.value(accessLog));
    ApiServices services{database, auth, records, blobs, uploads, log, parser.value(adminContact)};

    std::unique_ptr<httplib::Server> server;
    if (plainHttp) {
        server = std::make_unique<httplib::Server>();
    } else {
        server =
            std::make_unique<httplib::SSLServer>(QFile::encodeName(parser.value(cert)).constData(),
                                                 QFile::encodeName(parser.value(key)).constData());
        if (!server->is_valid())
            return fail(translate("Cannot load the TLS certificate or key."));
    }
    server->new_task_queue = [threadCount] { return new httplib::ThreadPool(threadCount); };
    // Our routes enforce their own, smaller limits while streaming.
    server->set_payload_max_length(static_cast<std::size_t>(maxUploadBytes) + (1 << 20));
    // Without it each chunk of a tus upload can wait for a delayed ACK.
    server->set_tcp_nodelay(true);
    // A large receive buffer, set on the listening socket so that accepted connections get it
    // and the window scale matches: with the kernel's autotuning alone the buffer of an upload
    // stayed under 1 MiB, the sender waited for window most of the time, and segments were
    // dropped and sent again (`ss -tmi`). The kernel caps it at net.core.rmem_max.
    server->set_socket_options([](socket_t socket) {
        httplib::default_socket_options(socket);
        const int bytes = kSocketReceiveBuffer;
        ::setsockopt(socket, SOL_SOCKET, SO_RCVBUF, &bytes, sizeof bytes);
    });
    // A tus upload is a run of requests on one connection (httplib closes after 5 by default).
    server->set_keep_alive_max_count(100);
    server->set_read_timeout(60);
    server->set_write_timeout(60);
    installApiRoutes(*server, services);

    const std::string host = address->host.toStdString();
    const int port = address->port == 0
                         ? server->bind_to_any_port(host)
                         : (server->bind_to_port(host, address->port) ? address->port : -1);
    if (port <= 0)
        return fail(translate("Cannot listen on %1.").arg(parser.value(listen)));
    g_server = server.get();
    std::signal(SIGINT, stopOnSignal);
    std::signal(SIGTERM, stopOnSignal);
    std::fprintf(stderr, "kenshu-server: listening on %s://%s:%d (%s)\n",
                 plainHttp ? "http" : "https", host.c_str(), port,
                 config->isPostgres() ? "PostgreSQL" : "SQLite");
    std::fflush(stderr);
    const bool ok = server->listen_after_bind();
    g_server = nullptr;
    return ok ? 0 : 1;
}

} // namespace kenshu::server
