// Runs the real kenshu-server for integration tests: a test CA and server certificate made
// with the openssl CLI, an optional throw-away PostgreSQL cluster, server processes on free
// ports, the admin command, and an HTTPS client that trusts only the test CA.
#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <httplib.h>
#include <map>
#include <memory>
#include <optional>

namespace kenshu::test {

// A CA and a certificate for 127.0.0.1/localhost signed by it.
struct TestCertificates
{
    QString caCert;
    QString serverCert;
    QString serverKey;

    // Made once per test run in `dir`; empty paths if openssl failed.
    static TestCertificates create(const QString& dir);
};

// initdb + pg_ctl in a temporary directory, unix socket only. As root it runs them as the
// `postgres` user (initdb refuses root). Started once for the whole test run.
class PostgresCluster final
{
public:
    static PostgresCluster& shared();
    ~PostgresCluster();

    bool available() const { return m_available; }
    QString failure() const { return m_failure; }
    // A new empty database; its postgresql:// URL.
    QString createDatabase();

private:
    PostgresCluster();
    QStringList asPostgres(const QString& program, const QStringList& arguments) const;

    QTemporaryDir m_dir;
    bool m_available = false;
    QString m_failure;
    int m_port = 0;
    int m_databases = 0;
};

// One kenshu-server process.
class ServerProcess final
{
public:
    ServerProcess(QString dataDir, QString dbUrl, const TestCertificates& certificates,
                  QStringList extraArguments = {},
                  std::map<QString, QString> extraEnvironment = {});
    ~ServerProcess();

    // Starts and waits (with a deadline) until it listens; false with the output on failure.
    bool start();
    void stop();
    // SIGKILL: no chance to finish anything.
    void kill();
    int port() const { return m_port; }
    qint64 pid() const { return m_process.processId(); }
    // What it printed up to the start, and all of it once stopped.
    QString output() const { return m_output; }
    QString accessLogPath() const;

private:
    QString m_dataDir;
    QString m_dbUrl;
    TestCertificates m_certificates;
    QStringList m_extra;
    std::map<QString, QString> m_environment;
    QProcess m_process;
    QString m_output;
    int m_port = 0;
};

// `kenshu-server admin …` against a data directory/database; the JSON line it printed.
std::optional<QJsonObject> runAdmin(const QString& dataDir, const QString& dbUrl,
                                    QStringList arguments, const QByteArray& stdinText = {});

// An HTTPS client for one server that verifies the server against the test CA.
std::unique_ptr<httplib::SSLClient> makeClient(int port, const TestCertificates& certificates);

QJsonObject jsonOf(const httplib::Result& result);

} // namespace kenshu::test
