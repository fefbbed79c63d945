// Sign-in, token refresh with rotation, reuse detection and logout, against the real server.
#include "ServerDatabase.h"
#include "ServerTestFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <atomic>
#include <thread>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace kenshu;
using namespace kenshu::server;
using namespace kenshu::test;

namespace {

std::string body(const QJsonObject& object)
{
    return QJsonDocument(object).toJson().toStdString();
}

using Server_AuthTest = ServerTest;

} // namespace

TEST_P(Server_AuthTest, LoginRefreshAndLogoutRevokeTokens)
{
    const httplib::Result wrong =
        m_client->Post("/api/v1/auth/login",
                       body({{u"email"_s, u"r1@example.org"_s}, {u"password"_s, u"nope-nope"_s}}),
                       "application/json");
    ASSERT_TRUE(wrong);
    EXPECT_EQ(wrong->status, 401);
    EXPECT_EQ(jsonOf(wrong).value(u"error"_s).toString(), u"invalid_credentials"_s);
    EXPECT_EQ(m_client->Get("/api/v1/me")->status, 401);

    const httplib::Result signedIn =
        m_client->Post("/api/v1/auth/login",
                       body({{u"email"_s, u"R1@example.org"_s}, {u"password"_s, u"password-r1"_s}}),
                       "application/json");
    ASSERT_TRUE(signedIn);
    ASSERT_EQ(signedIn->status, 200);
    const std::string access = jsonOf(signedIn).value(u"accessToken"_s).toString().toStdString();
    const QString refresh = jsonOf(signedIn).value(u"refreshToken"_s).toString();

    const httplib::Result me = m_client->Get("/api/v1/me", auth(access));
    ASSERT_EQ(me->status, 200);
    const QJsonObject profile = jsonOf(me);
    EXPECT_EQ(profile[u"member"_s][u"id"_s].toString(), u"r1"_s);
    ASSERT_EQ(profile[u"rooms"_s].toArray().size(), 1);
    EXPECT_EQ(profile[u"rooms"_s][0][u"id"_s].toString(), m_roomA);
    EXPECT_EQ(profile[u"roles"_s][0][u"role"_s].toString(), u"resident"_s);

    // Refresh rotates: a new pair, the old access token and refresh token stop working.
    const httplib::Result rotated = m_client->Post(
        "/api/v1/auth/refresh", body({{u"refreshToken"_s, refresh}}), "application/json");
    ASSERT_EQ(rotated->status, 200);
    const std::string access2 = jsonOf(rotated).value(u"accessToken"_s).toString().toStdString();
    EXPECT_EQ(m_client->Get("/api/v1/me", auth(access))->status, 401);
    EXPECT_EQ(m_client->Get("/api/v1/me", auth(access2))->status, 200);

    // The old refresh token coming back means a copy exists: the whole sign-in ends.
    const httplib::Result replayed = m_client->Post(
        "/api/v1/auth/refresh", body({{u"refreshToken"_s, refresh}}), "application/json");
    EXPECT_EQ(replayed->status, 401);
    EXPECT_EQ(m_client->Get("/api/v1/me", auth(access2))->status, 401);

    // Logout ends a sign-in.
    const std::string access3 = login(u"r1"_s);
    EXPECT_EQ(m_client->Post("/api/v1/auth/logout", auth(access3), "", "application/json")->status,
              204);
    EXPECT_EQ(m_client->Get("/api/v1/me", auth(access3))->status, 401);

    // The access log names requests and members, never passwords or tokens.
    QFile log(m_server->accessLogPath());
    ASSERT_TRUE(log.open(QIODevice::ReadOnly));
    const QByteArray lines = log.readAll();
    EXPECT_TRUE(lines.contains("\"path\":\"/api/v1/auth/login\""));
    EXPECT_TRUE(lines.contains("\"member\":\"r1\""));
    EXPECT_FALSE(lines.contains("password-r1"));
    EXPECT_FALSE(lines.contains(QByteArray::fromStdString(access)));
    EXPECT_FALSE(lines.contains(refresh.toUtf8()));
}

TEST_P(Server_AuthTest, ADatabaseFailureIsAServerErrorNotASignOut)
{
    const httplib::Result signedIn =
        m_client->Post("/api/v1/auth/login",
                       body({{u"email"_s, u"r1@example.org"_s}, {u"password"_s, u"password-r1"_s}}),
                       "application/json");
    ASSERT_TRUE(signedIn && signedIn->status == 200);
    const std::string access = jsonOf(signedIn).value(u"accessToken"_s).toString().toStdString();
    const QString refresh = jsonOf(signedIn).value(u"refreshToken"_s).toString();

    // The tokens table goes away under the running server, as in a broken database.
    ServerDatabase database(*DatabaseConfig::fromOptions(m_data.path(), m_dbUrl));
    Expected<QSqlDatabase> db = database.connection();
    ASSERT_TRUE(db);
    ASSERT_TRUE(runQuery(*db, u"ALTER TABLE tokens RENAME TO tokens_elsewhere"_s));
    const auto expectServerError = [](const httplib::Result& result, const char* what) {
        ASSERT_TRUE(result) << what;
        EXPECT_EQ(result->status, 500) << what << ": " << result->body;
        EXPECT_EQ(jsonOf(result).value(u"error"_s).toString().toStdString(), "server_error")
            << what;
        // The database's words stay in the server's log.
        EXPECT_EQ(result->body.find("tokens"), std::string::npos) << what << ": " << result->body;
    };
    expectServerError(
        m_client->Post("/api/v1/auth/login",
                       body({{u"email"_s, u"r1@example.org"_s}, {u"password"_s, u"password-r1"_s}}),
                       "application/json"),
        "login");
    expectServerError(m_client->Post("/api/v1/auth/refresh", body({{u"refreshToken"_s, refresh}}),
                                     "application/json"),
                      "refresh");
    expectServerError(m_client->Get("/api/v1/me", auth(access)), "an authenticated request");
    expectServerError(m_client->Post("/api/v1/auth/logout", auth(access), "", "application/json"),
                      "logout");

    // Once the database is back, the sign-in goes on: nothing was revoked.
    ASSERT_TRUE(runQuery(*db, u"ALTER TABLE tokens_elsewhere RENAME TO tokens"_s));
    EXPECT_EQ(m_client->Get("/api/v1/me", auth(access))->status, 200);
    EXPECT_EQ(
        m_client
            ->Post("/api/v1/auth/refresh", body({{u"refreshToken"_s, refresh}}), "application/json")
            ->status,
        200);
    m_server->stop();
    EXPECT_TRUE(m_server->output().contains(u"tokens"_s)) << m_server->output().toStdString();
}

TEST_P(Server_AuthTest, OneRefreshTokenUsedAtOnceRotatesAtMostOnce)
{
    const httplib::Result signedIn =
        m_client->Post("/api/v1/auth/login",
                       body({{u"email"_s, u"r1@example.org"_s}, {u"password"_s, u"password-r1"_s}}),
                       "application/json");
    ASSERT_TRUE(signedIn && signedIn->status == 200);
    const std::string refresh =
        body({{u"refreshToken"_s, jsonOf(signedIn).value(u"refreshToken"_s).toString()}});

    // Several clients present the same refresh token at the same moment, as a stolen copy
    // would. Only one may get a new pair; the others find it used.
    constexpr int kClients = 6;
    std::atomic<int> ready = 0;
    std::vector<int> statuses(kClients, 0);
    std::vector<std::thread> threads;
    for (int i = 0; i < kClients; ++i) {
        threads.emplace_back([&, i] {
            auto client = makeClient(m_server->port(), certificates());
            ++ready;
            while (ready.load() < kClients)
                std::this_thread::yield();
            const httplib::Result result =
                client->Post("/api/v1/auth/refresh", refresh, "application/json");
            statuses[i] = result ? result->status : -1;
        });
    }
    for (std::thread& thread : threads)
        thread.join();
    EXPECT_LE(std::count(statuses.begin(), statuses.end(), 200), 1);
    EXPECT_EQ(std::count(statuses.begin(), statuses.end(), 200) +
                  std::count(statuses.begin(), statuses.end(), 401),
              kClients);
}

INSTANTIATE_TEST_SUITE_P(Backends, Server_AuthTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgres), backendName);
