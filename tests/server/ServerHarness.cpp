#include "ServerHarness.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <unistd.h>

namespace kenshu::test {
namespace {

using namespace Qt::Literals::StringLiterals;

constexpr int kStartTimeoutMs = 30000;
const QString kPgBin = u"/usr/lib/postgresql/15/bin/"_s;

bool run(const QString& program, const QStringList& arguments, QString* output = nullptr,
         const QString& workingDir = {})
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (!workingDir.isEmpty())
        process.setWorkingDirectory(workingDir);
    process.start(program, arguments);
    const bool finished = process.waitForFinished(120000);
    if (output)
        *output = QString::fromLocal8Bit(process.readAll());
    return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

} // namespace

TestCertificates TestCertificates::create(const QString& dir)
{
    TestCertificates result{QDir(dir).filePath(u"ca.crt"_s), QDir(dir).filePath(u"server.crt"_s),
                            QDir(dir).filePath(u"server.key"_s)};
    QFile extensions(QDir(dir).filePath(u"san.ext"_s));
    extensions.open(QIODevice::WriteOnly);
    extensions.write("subjectAltName=IP:127.0.0.1,DNS:localhost\n");
    extensions.close();
    const QString openssl = u"openssl"_s;
    const bool ok =
        run(openssl,
            {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
             u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-keyout"_s, u"ca.key"_s, u"-out"_s,
             u"ca.crt"_s, u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=Kenshu Test CA"_s},
            nullptr, dir) &&
        run(openssl,
            {u"req"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s,
             u"-nodes"_s, u"-keyout"_s, u"server.key"_s, u"-out"_s, u"server.csr"_s, u"-subj"_s,
             u"/CN=localhost"_s},
            nullptr, dir) &&
        run(openssl,
            {u"x509"_s, u"-req"_s, u"-in"_s, u"server.csr"_s, u"-CA"_s, u"ca.crt"_s, u"-CAkey"_s,
             u"ca.key"_s, u"-CAcreateserial"_s, u"-out"_s, u"server.crt"_s, u"-days"_s, u"2"_s,
             u"-extfile"_s, u"san.ext"_s},
            nullptr, dir);
    return ok ? result : TestCertificates{};
}

PostgresCluster& PostgresCluster::shared()
{
    static PostgresCluster cluster;
    return cluster;
}

QStringList PostgresCluster::asPostgres(const QString& program, const QStringList& arguments) const
{
    // initdb and postgres refuse to run as root.
    if (::geteuid() == 0)
        return QStringList{u"runuser"_s, u"-u"_s, u"postgres"_s, u"--"_s, program} + arguments;
    return QStringList{program} + arguments;
}

PostgresCluster::PostgresCluster()
{
    if (!QFile::exists(kPgBin + u"initdb"_s)) {
        m_failure = u"PostgreSQL 15 is not installed (/usr/lib/postgresql/15/bin)"_s;
        return;
    }
    m_port = 20000 + QRandomGenerator::global()->bounded(30000);
    const QString data = m_dir.filePath(u"pgdata"_s);
    const QString socket = m_dir.path();
    QString output;
    if (::geteuid() == 0 &&
        !run(u"chown"_s, {u"-R"_s, u"postgres:postgres"_s, m_dir.path()}, &output)) {
        m_failure = u"cannot hand the cluster directory to the postgres user: "_s + output;
        return;
    }
    QStringList initdb =
        asPostgres(kPgBin + u"initdb"_s, {u"-D"_s, data, u"-U"_s, u"postgres"_s, u"--auth=trust"_s,
                                          u"--no-sync"_s, u"-E"_s, u"UTF8"_s});
    if (!run(initdb.takeFirst(), initdb, &output)) {
        m_failure = u"initdb failed: "_s + output;
        return;
    }
    QStringList start = asPostgres(
        kPgBin + u"pg_ctl"_s,
        {u"-D"_s, data, u"-l"_s, m_dir.filePath(u"pg.log"_s), u"-w"_s, u"-o"_s,
         u"-k %1 -p %2 -c listen_addresses='' -c fsync=off"_s.arg(socket).arg(m_port), u"start"_s});
    if (!run(start.takeFirst(), start, &output)) {
        m_failure = u"pg_ctl start failed: "_s + output;
        return;
    }
    m_available = true;
}

PostgresCluster::~PostgresCluster()
{
    if (!m_available)
        return;
    QStringList stop = asPostgres(kPgBin + u"pg_ctl"_s, {u"-D"_s, m_dir.filePath(u"pgdata"_s),
                                                         u"-m"_s, u"immediate"_s, u"stop"_s});
    run(stop.takeFirst(), stop);
}

QString PostgresCluster::createDatabase()
{
    const QString name = u"kenshu_test_%1"_s.arg(++m_databases);
    QString output;
    if (!run(
            kPgBin + u"createdb"_s,
            {u"-h"_s, m_dir.path(), u"-p"_s, QString::number(m_port), u"-U"_s, u"postgres"_s, name},
            &output)) {
        qWarning("createdb failed: %s", qPrintable(output));
        return {};
    }
    return u"postgresql://postgres@localhost:%1/%2?host=%3"_s.arg(m_port).arg(name, m_dir.path());
}

ServerProcess::ServerProcess(QString dataDir, QString dbUrl, const TestCertificates& certificates,
                             QStringList extraArguments,
                             std::map<QString, QString> extraEnvironment)
    : m_dataDir(std::move(dataDir)), m_dbUrl(std::move(dbUrl)), m_certificates(certificates),
      m_extra(std::move(extraArguments)), m_environment(std::move(extraEnvironment))
{
}

ServerProcess::~ServerProcess()
{
    stop();
}

bool ServerProcess::start()
{
    QStringList arguments{u"serve"_s,
                          u"--data"_s,
                          m_dataDir,
                          u"--listen"_s,
                          u"127.0.0.1:0"_s,
                          u"--tls-cert"_s,
                          m_certificates.serverCert,
                          u"--tls-key"_s,
                          m_certificates.serverKey,
                          u"--access-log"_s,
                          accessLogPath(),
                          u"--threads"_s,
                          u"4"_s};
    if (!m_dbUrl.isEmpty())
        arguments << u"--db"_s << m_dbUrl;
    arguments += m_extra;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"KENSHU_SERVER_TEST_PBKDF2_ITERATIONS"_s, u"1000"_s);
    for (const auto& [name, value] : m_environment)
        environment.insert(name, value);
    m_process.setProcessEnvironment(environment);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_output.clear();
    m_process.start(QStringLiteral(KENSHU_SERVER_PATH), arguments);
    static const QRegularExpression listening(u"listening on https?://127\\.0\\.0\\.1:(\\d+)"_s);
    const QDeadlineTimer deadline(kStartTimeoutMs);
    while (!deadline.hasExpired()) {
        if (!m_process.waitForReadyRead(static_cast<int>(deadline.remainingTime())) &&
            m_process.state() == QProcess::NotRunning)
            break;
        m_output += QString::fromLocal8Bit(m_process.readAll());
        const QRegularExpressionMatch match = listening.match(m_output);
        if (match.hasMatch()) {
            m_port = match.captured(1).toInt();
            return true;
        }
    }
    m_output += QString::fromLocal8Bit(m_process.readAll());
    return false;
}

void ServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
    m_output += QString::fromLocal8Bit(m_process.readAll());
}

void ServerProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(10000);
}

QString ServerProcess::accessLogPath() const
{
    return QDir(m_dataDir).filePath(u"access.log"_s);
}

std::optional<QJsonObject> runAdmin(const QString& dataDir, const QString& dbUrl,
                                    QStringList arguments, const QByteArray& stdinText)
{
    arguments.prepend(u"admin"_s);
    arguments << u"--data"_s << dataDir;
    if (!dbUrl.isEmpty())
        arguments << u"--db"_s << dbUrl;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"KENSHU_SERVER_TEST_PBKDF2_ITERATIONS"_s, u"1000"_s);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(KENSHU_SERVER_PATH), arguments);
    process.write(stdinText);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning("admin %s failed: %s", qPrintable(arguments.join(u' ')),
                 process.readAllStandardError().constData());
        return std::nullopt;
    }
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

std::unique_ptr<httplib::SSLClient> makeClient(int port, const TestCertificates& certificates)
{
    auto client = std::make_unique<httplib::SSLClient>("127.0.0.1", port);
    client->set_ca_cert_path(certificates.caCert.toStdString().c_str());
    client->enable_server_certificate_verification(true);
    client->set_connection_timeout(10);
    client->set_tcp_nodelay(true);
    client->set_keep_alive(true);
    client->set_read_timeout(60);
    client->set_write_timeout(60);
    return client;
}

QJsonObject jsonOf(const httplib::Result& result)
{
    if (!result)
        return {};
    return QJsonDocument::fromJson(QByteArray::fromStdString(result->body)).object();
}

} // namespace kenshu::test
