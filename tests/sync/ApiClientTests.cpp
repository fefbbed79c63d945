// Sync_ApiClientTest: the HTTPS client against a fake server in the test process. TLS is
// verified against the test CA given as the extra bundle (and fails without it, never
// retried); 5xx and 429 are retried with backoff and 4xx are not; a 401 refreshes the access
// token once for all waiting requests; a stalled transfer times out; the server's JSON error
// becomes a typed error.
#include "ApiClient.h"
#include "FakeServer.h"
#include "QtPrinters.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <condition_variable>
#include <gtest/gtest.h>
#include <mutex>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using kenshu::sync::ApiClient;
using kenshu::sync::ApiError;
using kenshu::sync::ApiRequest;
using kenshu::sync::ApiResult;
using kenshu::sync::Backoff;
using kenshu::sync::RetryPolicy;
using kenshu::test::FakeServer;
using kenshu::test::TestCertificates;

namespace {

constexpr int kAnswerTimeoutMs = 20000;

const TestCertificates& certificates()
{
    static QTemporaryDir dir;
    static const TestCertificates made = TestCertificates::create(dir.path());
    return made;
}

void json(httplib::Response& response, int status, const char* body)
{
    response.status = status;
    response.set_content(body, "application/json");
}

class Sync_ApiClientTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_FALSE(certificates().caCert.isEmpty()) << "openssl could not make the test CA";
        m_server = std::make_unique<FakeServer>(certificates());
        // Short waits: the tests wait for answers, never for time.
        m_api.setBackoff(Backoff{4, 1, 20});
    }

    void start(bool trustTestCa = true)
    {
        ASSERT_TRUE(m_server->start());
        ASSERT_TRUE(m_api.setServer(m_server->url()));
        if (trustTestCa) {
            ASSERT_TRUE(m_api.setExtraCaBundle(certificates().caCert));
        }
    }

    ApiResult call(ApiRequest request)
    {
        QObject context;
        std::optional<ApiResult> result;
        m_api.send(std::move(request), &context, [&](const ApiResult& done) { result = done; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, kAnswerTimeoutMs)) {
            ADD_FAILURE() << "no answer";
            return {};
        }
        return *result;
    }

    std::unique_ptr<FakeServer> m_server;
    ApiClient m_api;
    std::atomic<int> m_hits{0};
};

} // namespace

TEST_F(Sync_ApiClientTest, TrustsTheServerThroughTheExtraCaBundle)
{
    m_server->http().Get("/api/v1/ping", [this](const httplib::Request&, httplib::Response& r) {
        ++m_hits;
        json(r, 200, R"({"pong": true})");
    });
    start();
    const ApiResult result = call(ApiRequest::get(u"/api/v1/ping"_s));
    EXPECT_TRUE(result.ok()) << (result.error ? result.error->message.toStdString() : "");
    EXPECT_EQ(result.status, 200);
    EXPECT_TRUE(result.json.value(u"pong"_s).toBool());
    EXPECT_EQ(m_hits, 1);
}

TEST_F(Sync_ApiClientTest, RefusesAServerItCannotVerifyAndDoesNotRetry)
{
    m_server->http().Get("/api/v1/ping", [this](const httplib::Request&, httplib::Response& r) {
        ++m_hits;
        json(r, 200, "{}");
    });
    start(/*trustTestCa=*/false);
    const ApiResult result = call(ApiRequest::get(u"/api/v1/ping"_s));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error->kind, ApiError::Kind::Tls) << result.error->message.toStdString();
    EXPECT_EQ(result.status, 0);
    EXPECT_EQ(m_hits, 0) << "nothing may reach an unverified server";
}

TEST_F(Sync_ApiClientTest, AnUnreadableCaBundleIsAnError)
{
    QTemporaryDir dir;
    QFile notPem(dir.filePath(u"ca.pem"_s));
    ASSERT_TRUE(notPem.open(QIODevice::WriteOnly));
    notPem.write("not a certificate\n");
    notPem.close();
    EXPECT_FALSE(m_api.setExtraCaBundle(notPem.fileName()));
    EXPECT_FALSE(m_api.setExtraCaBundle(dir.filePath(u"missing.pem"_s)));
}

TEST_F(Sync_ApiClientTest, OnlyHttpsServersAreAccepted)
{
    EXPECT_FALSE(m_api.setServer(QUrl(u"http://127.0.0.1:8080"_s)));
    EXPECT_FALSE(m_api.setServer(QUrl(u"https://user:secret@example.org"_s)));
    EXPECT_FALSE(m_api.setServer(QUrl(u"not a url"_s)));
    EXPECT_TRUE(m_api.setServer(QUrl(u"https://kenshu.example.org/base/"_s)));
    EXPECT_EQ(m_api.networkRequest(u"/api/v1/me"_s).url(),
              QUrl(u"https://kenshu.example.org/base/api/v1/me"_s));
}

TEST_F(Sync_ApiClientTest, RetriesServerErrorsAndBusyAnswersUntilOneSucceeds)
{
    m_server->http().Get("/api/v1/flaky", [this](const httplib::Request&, httplib::Response& r) {
        const int hit = ++m_hits;
        if (hit == 1)
            json(r, 503, R"({"error": "unavailable", "message": "down"})");
        else if (hit == 2)
            json(r, 429, R"({"error": "busy", "message": "slow down"})");
        else
            json(r, 200, R"({"ok": true})");
    });
    start();
    const ApiResult result = call(ApiRequest::get(u"/api/v1/flaky"_s));
    EXPECT_TRUE(result.ok());
    EXPECT_EQ(m_hits, 3);
}

TEST_F(Sync_ApiClientTest, GivesUpAfterTheLastAttemptWithAServerError)
{
    m_server->http().Get("/api/v1/down", [this](const httplib::Request&, httplib::Response& r) {
        ++m_hits;
        json(r, 500,
             R"({"error": "server_error", "message": "The server could not do this now."})");
    });
    start();
    const ApiResult result = call(ApiRequest::get(u"/api/v1/down"_s));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error->kind, ApiError::Kind::ServerError);
    EXPECT_EQ(result.error->status, 500);
    EXPECT_EQ(result.error->code, u"server_error"_s);
    EXPECT_TRUE(result.error->isTransient());
    EXPECT_EQ(m_hits, 4) << "maxAttempts of the backoff";
}

TEST_F(Sync_ApiClientTest, ClientErrorsAreNotRetriedAndCarryTheServersReason)
{
    m_server->http().Put(
        "/api/v1/records/case/x", [this](const httplib::Request&, httplib::Response& r) {
            ++m_hits;
            json(r, 409, R"({"error": "locked_closed", "message": "The case is closed."})");
        });
    start();
    const ApiResult result =
        call(ApiRequest::withJson("PUT", u"/api/v1/records/case/x"_s, R"({"data": {}})"));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error->kind, ApiError::Kind::Refused);
    EXPECT_EQ(result.error->status, 409);
    EXPECT_EQ(result.error->code, u"locked_closed"_s);
    EXPECT_TRUE(result.error->message.contains(u"The case is closed."_s))
        << result.error->message.toStdString();
    EXPECT_FALSE(result.error->isTransient());
    EXPECT_EQ(m_hits, 1);
}

TEST_F(Sync_ApiClientTest, NotDeliveredPolicyRetriesOnlyWhatCannotHaveBeenDone)
{
    m_server->http().Post("/api/v1/auth/refresh",
                          [this](const httplib::Request&, httplib::Response& r) {
                              ++m_hits;
                              json(r, 500, R"({"error": "server_error", "message": "x"})");
                          });
    m_server->http().Post("/api/v1/auth/login",
                          [this](const httplib::Request&, httplib::Response& r) {
                              const int hit = ++m_hits;
                              json(r, hit == 1 ? 503 : 200, "{}");
                          });
    start();
    ApiRequest refresh = ApiRequest::withJson("POST", u"/api/v1/auth/refresh"_s, "{}");
    refresh.retry = RetryPolicy::NotDelivered;
    EXPECT_FALSE(call(refresh).ok());
    EXPECT_EQ(m_hits, 1) << "a 500 may have rotated the token: not sent again";

    m_hits = 0;
    ApiRequest login = ApiRequest::withJson("POST", u"/api/v1/auth/login"_s, "{}");
    login.retry = RetryPolicy::NotDelivered;
    EXPECT_TRUE(call(login).ok());
    EXPECT_EQ(m_hits, 2) << "503 says the server did not do it: sent again";
}

TEST_F(Sync_ApiClientTest, SendsMethodHeadersAndBody)
{
    std::mutex seenLock;
    std::string method;
    std::string ifMatch;
    std::string key;
    std::string contentType;
    std::string body;
    m_server->http().Put("/api/v1/records/case/abc",
                         [&](const httplib::Request& request, httplib::Response& r) {
                             const std::lock_guard<std::mutex> locked(seenLock);
                             method = request.method;
                             ifMatch = request.get_header_value("If-Match");
                             key = request.get_header_value("Idempotency-Key");
                             contentType = request.get_header_value("Content-Type");
                             body = request.body;
                             json(r, 200, R"({"rev": 4})");
                         });
    start();
    ApiRequest request =
        ApiRequest::withJson("PUT", u"/api/v1/records/case/abc"_s, R"({"data":{"a":1}})");
    request.headers.append({QByteArrayLiteral("If-Match"), QByteArrayLiteral("\"3\"")});
    request.headers.append({QByteArrayLiteral("Idempotency-Key"), QByteArrayLiteral("device:7")});
    const ApiResult result = call(request);
    EXPECT_TRUE(result.ok());
    EXPECT_EQ(result.json.value(u"rev"_s).toInt(), 4);
    const std::lock_guard<std::mutex> locked(seenLock);
    EXPECT_EQ(method, "PUT");
    EXPECT_EQ(ifMatch, "\"3\"");
    EXPECT_EQ(key, "device:7");
    EXPECT_EQ(contentType, "application/json");
    EXPECT_EQ(body, R"({"data":{"a":1}})");
}

TEST_F(Sync_ApiClientTest, A401RefreshesOnceForAllWaitingRequestsAndSendsThemAgain)
{
    m_server->http().Get(R"(/api/v1/item/(\d))",
                         [this](const httplib::Request& request, httplib::Response& r) {
                             ++m_hits;
                             if (request.get_header_value("Authorization") == "Bearer fresh")
                                 json(r, 200, R"({"ok": true})");
                             else
                                 json(r, 401, R"({"error": "unauthorized", "message": "x"})");
                         });
    start();
    m_api.setAccessToken(u"stale"_s);
    int refreshes = 0;
    m_api.setRefresher([&](std::function<void(std::optional<ApiError>)> done) {
        ++refreshes;
        m_api.setAccessToken(u"fresh"_s);
        done(std::nullopt);
    });
    QObject context;
    std::optional<ApiResult> first;
    std::optional<ApiResult> second;
    m_api.send(ApiRequest::get(u"/api/v1/item/1"_s), &context,
               [&](const ApiResult& done) { first = done; });
    m_api.send(ApiRequest::get(u"/api/v1/item/2"_s), &context,
               [&](const ApiResult& done) { second = done; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return first && second; }, kAnswerTimeoutMs));
    EXPECT_TRUE(first->ok());
    EXPECT_TRUE(second->ok());
    EXPECT_EQ(refreshes, 1);
    EXPECT_EQ(m_hits, 4);
}

TEST_F(Sync_ApiClientTest, AFailedRefreshEndsTheRequestsWithItsError)
{
    m_server->http().Get("/api/v1/me", [this](const httplib::Request&, httplib::Response& r) {
        ++m_hits;
        json(r, 401, R"({"error": "unauthorized", "message": "x"})");
    });
    start();
    m_api.setAccessToken(u"stale"_s);
    int refreshes = 0;
    m_api.setRefresher([&](std::function<void(std::optional<ApiError>)> done) {
        ++refreshes;
        done(ApiError::fromStatus(401, {}));
    });
    const ApiResult result = call(ApiRequest::get(u"/api/v1/me"_s));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error->kind, ApiError::Kind::Unauthorized);
    EXPECT_EQ(refreshes, 1);
    EXPECT_EQ(m_hits, 1);
}

TEST_F(Sync_ApiClientTest, AStalledTransferTimesOut)
{
    std::mutex lock;
    std::condition_variable released;
    bool release = false;
    m_server->http().Get("/api/v1/stall", [&](const httplib::Request&, httplib::Response& r) {
        ++m_hits;
        std::unique_lock<std::mutex> locked(lock);
        // Held until the test has its answer (bounded, so a broken test cannot hang).
        released.wait_for(locked, std::chrono::seconds(20), [&] { return release; });
        json(r, 200, "{}");
    });
    start();
    m_api.setBackoff(Backoff{1, 1, 1});
    m_api.setTransferTimeoutMs(300);
    const ApiResult result = call(ApiRequest::get(u"/api/v1/stall"_s));
    {
        const std::lock_guard<std::mutex> locked(lock);
        release = true;
    }
    released.notify_all();
    m_server.reset(); // the handler finishes before the variables it waits on are gone
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error->kind, ApiError::Kind::Timeout) << result.error->message.toStdString();
    EXPECT_TRUE(result.error->isTransient());
}

TEST_F(Sync_ApiClientTest, AnUnreachableServerIsOfflineNotAnError)
{
    // A port nobody listens on.
    ASSERT_TRUE(m_api.setServer(QUrl(u"https://127.0.0.1:1"_s)));
    m_api.setBackoff(Backoff{2, 1, 2});
    const ApiResult result = call(ApiRequest::get(u"/api/v1/me"_s));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error->kind, ApiError::Kind::Offline) << result.error->message.toStdString();
    EXPECT_TRUE(result.error->isTransient());
}

TEST_F(Sync_ApiClientTest, NoAnswerArrivesOnceTheContextIsGone)
{
    m_server->http().Get("/api/v1/ping", [this](const httplib::Request&, httplib::Response& r) {
        ++m_hits;
        json(r, 200, "{}");
    });
    start();
    bool called = false;
    {
        QObject context;
        m_api.send(ApiRequest::get(u"/api/v1/ping"_s), &context,
                   [&](const ApiResult&) { called = true; });
    }
    // The request still goes out; its answer is dropped.
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_hits == 1; }, kAnswerTimeoutMs));
    std::optional<ApiResult> later = call(ApiRequest::get(u"/api/v1/ping"_s));
    EXPECT_TRUE(later->ok());
    EXPECT_FALSE(called);
}
