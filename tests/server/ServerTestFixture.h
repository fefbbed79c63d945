// A running kenshu-server with two rooms and a cast of members, for one backend (SQLite file
// or a database in the shared throw-away PostgreSQL cluster).
#pragma once

#include "ServerHarness.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QUuid>
#include <gtest/gtest.h>
#include <map>

namespace kenshu::test {

enum class Backend { Sqlite, Postgres };

std::string backendName(const ::testing::TestParamInfo<Backend>& info);

class ServerTest : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override;

    static const TestCertificates& certificates();
    // Starts another server on the same data directory and database.
    std::unique_ptr<ServerProcess> startServer(QStringList extraArguments = {},
                                               std::map<QString, QString> environment = {});

    // Signs `member` in (password "password-<member>"); the access token.
    std::string login(const QString& member, httplib::SSLClient* client = nullptr);
    httplib::Headers auth(const std::string& token, httplib::Headers extra = {}) const;

    // PUT a record. ifMatch 0 creates (If-None-Match: *); idempotencyKey empty sends none.
    httplib::Result putRecord(const std::string& token, const QString& type, const QUuid& id,
                              const QJsonObject& body, qint64 ifMatch = 0,
                              const std::string& idempotencyKey = {});
    QJsonObject caseBody(const QString& room, const QString& author,
                         const QString& state = QStringLiteral("open")) const;

    QTemporaryDir m_data;
    QString m_dbUrl;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<httplib::SSLClient> m_client;
    QString m_roomA;
    QString m_roomB;
};

} // namespace kenshu::test
