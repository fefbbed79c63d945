#include "ServerTestFixture.h"

#include <QJsonDocument>

namespace kenshu::test {

using namespace Qt::Literals::StringLiterals;

std::string backendName(const ::testing::TestParamInfo<Backend>& info)
{
    return info.param == Backend::Sqlite ? "Sqlite" : "Postgres";
}

const TestCertificates& ServerTest::certificates()
{
    static QTemporaryDir dir;
    static const TestCertificates made = TestCertificates::create(dir.path());
    return made;
}

void ServerTest::SetUp()
{
    ASSERT_FALSE(certificates().caCert.isEmpty()) << "openssl could not make the test CA";
    if (GetParam() == Backend::Postgres) {
        PostgresCluster& cluster = PostgresCluster::shared();
        if (!cluster.available()) {
            // scripts/test.sh (and so CI) requires PostgreSQL: there a missing cluster fails.
            if (qEnvironmentVariable("KENSHU_REQUIRE_POSTGRESQL") == "1"_L1)
                FAIL() << "no throw-away PostgreSQL cluster: " << cluster.failure().toStdString();
            GTEST_SKIP() << "SKIPPED LOUDLY: no throw-away PostgreSQL cluster: "
                         << cluster.failure().toStdString();
        }
        m_dbUrl = cluster.createDatabase();
        ASSERT_FALSE(m_dbUrl.isEmpty());
    }
    const QString data = m_data.path();
    ASSERT_TRUE(runAdmin(data, m_dbUrl,
                         {u"create-program"_s, u"--id"_s, u"cvit"_s, u"--name"_s, u"CVIT"_s}));
    const auto roomA = runAdmin(data, m_dbUrl,
                                {u"create-room"_s, u"--program"_s, u"cvit"_s, u"--fiscal-year"_s,
                                 u"2024"_s, u"--name"_s, u"A"_s});
    const auto roomB = runAdmin(data, m_dbUrl,
                                {u"create-room"_s, u"--program"_s, u"cvit"_s, u"--fiscal-year"_s,
                                 u"2024"_s, u"--name"_s, u"B"_s});
    ASSERT_TRUE(roomA && roomB);
    m_roomA = roomA->value(u"id"_s).toString();
    m_roomB = roomB->value(u"id"_s).toString();
    // r1: resident in A; r2: resident in B; s1: supervisor of the program (every room, certified
    // since 2020); s2: supervisor in A; d1: director of the program.
    struct Cast
    {
        QString id;
        QString role;
        QString room;
        QString certified;
    };
    const std::vector<Cast> cast{{u"r1"_s, u"resident"_s, m_roomA, {}},
                                 {u"r2"_s, u"resident"_s, m_roomB, {}},
                                 {u"s1"_s, u"supervisor"_s, {}, u"2020-04-01:"_s},
                                 {u"s2"_s, u"supervisor"_s, m_roomA, u"2023-04-01:2023-12-31"_s},
                                 {u"d1"_s, u"director"_s, {}, {}}};
    for (const Cast& member : cast) {
        QStringList create{u"create-member"_s,
                           u"--member"_s,
                           member.id,
                           u"--name"_s,
                           u"Member "_s + member.id,
                           u"--kana"_s,
                           u"メンバー"_s,
                           u"--email"_s,
                           member.id + u"@example.org"_s,
                           u"--password-stdin"_s};
        if (!member.certified.isEmpty())
            create << u"--certified"_s << member.certified;
        ASSERT_TRUE(
            runAdmin(data, m_dbUrl, create, QString(u"password-"_s + member.id + u'\n').toUtf8()));
        QStringList assign{u"assign-role"_s, u"--member"_s,  member.id, u"--role"_s,
                           member.role,      u"--program"_s, u"cvit"_s};
        if (!member.room.isEmpty())
            assign << u"--room"_s << member.room;
        ASSERT_TRUE(runAdmin(data, m_dbUrl, assign));
    }
    m_server = startServer();
    ASSERT_TRUE(m_server && m_server->port() > 0);
    m_client = makeClient(m_server->port(), certificates());
}

std::unique_ptr<ServerProcess> ServerTest::startServer(QStringList extraArguments,
                                                       std::map<QString, QString> environment)
{
    auto server = std::make_unique<ServerProcess>(
        m_data.path(), m_dbUrl, certificates(), std::move(extraArguments), std::move(environment));
    if (!server->start()) {
        ADD_FAILURE() << "kenshu-server did not start: " << server->output().toStdString();
        return nullptr;
    }
    return server;
}

std::string ServerTest::login(const QString& member, httplib::SSLClient* client)
{
    const QJsonObject body{{u"email"_s, QString(member + u"@example.org"_s)},
                           {u"password"_s, QString(u"password-"_s + member)}};
    const httplib::Result result =
        (client ? client : m_client.get())
            ->Post("/api/v1/auth/login", QJsonDocument(body).toJson().toStdString(),
                   "application/json");
    EXPECT_TRUE(result && result->status == 200) << "login " << member.toStdString();
    return jsonOf(result).value(u"accessToken"_s).toString().toStdString();
}

httplib::Headers ServerTest::auth(const std::string& token, httplib::Headers extra) const
{
    extra.emplace("Authorization", "Bearer " + token);
    return extra;
}

httplib::Result ServerTest::putRecord(const std::string& token, const QString& type,
                                      const QUuid& id, const QJsonObject& body, qint64 ifMatch,
                                      const std::string& idempotencyKey)
{
    httplib::Headers headers = auth(token);
    if (ifMatch > 0)
        headers.emplace("If-Match", "\"" + std::to_string(ifMatch) + "\"");
    else
        headers.emplace("If-None-Match", "*");
    if (!idempotencyKey.empty())
        headers.emplace("Idempotency-Key", idempotencyKey);
    const std::string path = "/api/v1/records/" + type.toStdString() + "/" +
                             id.toString(QUuid::WithoutBraces).toStdString();
    return m_client->Put(path.c_str(), headers, QJsonDocument(body).toJson().toStdString(),
                         "application/json");
}

QJsonObject ServerTest::caseBody(const QString& room, const QString& author,
                                 const QString& state) const
{
    return {{u"data"_s, QJsonObject{{u"roomId"_s, room},
                                    {u"authorId"_s, author},
                                    {u"title"_s, QString(author + u"-001"_s)},
                                    {u"state"_s, state}}}};
}

} // namespace kenshu::test
