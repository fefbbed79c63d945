// The HTTP layer itself, over plain HTTP on loopback with a raw connection: bodies that no
// route reads are refused before they are read.
#include "RawHttp.h"
#include "ServerTestFixture.h"

#include <QJsonDocument>
#include <QUuid>
#include <utility>

using namespace Qt::Literals::StringLiterals;
using namespace kenshu::test;

namespace {

using Server_HttpTest = ServerTest;

std::string request(const std::string& method, const std::string& path,
                    const std::string& headers = {})
{
    return method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers + "\r\n";
}

QString errorCode(const RawReply& reply)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(reply.body))
        .object()
        .value(u"error"_s)
        .toString();
}

const std::string kUploadPath = "/api/v1/uploads/" + std::string(32, 'a');

} // namespace

TEST_P(Server_HttpTest, BodiesNoRouteReadsAreRefusedBeforeTheyAreRead)
{
    std::unique_ptr<ServerProcess> plain = startServer({u"--insecure-http"_s});
    ASSERT_TRUE(plain);
    const std::string record =
        "/api/v1/records/case/" + QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    // A 50 MB body announced but not sent: the answer comes at once, before the body, and the
    // connection ends.
    for (const auto& [method, path] :
         std::vector<std::pair<std::string, std::string>>{{"POST", "/nowhere"},
                                                          {"DELETE", kUploadPath},
                                                          {"PUT", record},
                                                          {"GET", "/api/v1/me"},
                                                          {"POST", "/api/v1/auth/login"}}) {
        RawHttpConnection connection(plain->port());
        ASSERT_TRUE(connection.connected());
        ASSERT_TRUE(connection.send(request(method, path, "Content-Length: 52428800\r\n")));
        const std::optional<RawReply> reply = connection.readReply();
        ASSERT_TRUE(reply) << method << " " << path << ": no answer before the body";
        EXPECT_EQ(reply->status, 413) << method << " " << path;
        EXPECT_EQ(errorCode(*reply), u"too_large"_s);
        EXPECT_EQ(reply->header("connection"), "close");
        EXPECT_TRUE(connection.closedByServer()) << method << " " << path;
    }
    // A client that asks before sending gets the refusal instead of "100 Continue".
    {
        RawHttpConnection connection(plain->port());
        ASSERT_TRUE(connection.send(request(
            "POST", "/api/v1/auth/login", "Content-Length: 52428800\r\nExpect: 100-continue\r\n")));
        const std::optional<RawReply> reply = connection.readReply();
        ASSERT_TRUE(reply);
        EXPECT_EQ(reply->status, 413);
        EXPECT_TRUE(connection.closedByServer());
    }

    // 50 MB in chunks (no length): the server stops reading early and its memory does not grow
    // with the body.
    const long long before = peakResidentBytes(plain->pid());
    ASSERT_GT(before, 0);
    const std::string piece = "100000\r\n" + std::string(1 << 20, 'x') + "\r\n";
    for (const auto& [method, path] : std::vector<std::pair<std::string, std::string>>{
             {"POST", "/nowhere"}, {"DELETE", kUploadPath}, {"OPTIONS", "/api/v1/uploads"}}) {
        RawHttpConnection connection(plain->port());
        ASSERT_TRUE(connection.send(request(method, path, "Transfer-Encoding: chunked\r\n")));
        bool sentAll = true;
        for (int i = 0; i < 50 && sentAll; ++i)
            sentAll = connection.sendUnlessAnswered(piece);
        if (sentAll)
            sentAll = connection.sendUnlessAnswered("0\r\n\r\n");
        EXPECT_FALSE(sentAll) << method << " " << path << ": the server read the whole body";
        // A reset may swallow the answer; if it came, it is a refusal.
        if (const std::optional<RawReply> reply = connection.readReply()) {
            EXPECT_TRUE(reply->status == 400 || reply->status == 401 || reply->status == 404 ||
                        reply->status == 413)
                << method << " " << path << ": " << reply->status;
        }
    }
    EXPECT_LT(peakResidentBytes(plain->pid()) - before, 16 << 20);

    // The server goes on serving.
    RawHttpConnection connection(plain->port());
    ASSERT_TRUE(connection.send(request("GET", "/api/v1/me")));
    const std::optional<RawReply> reply = connection.readReply();
    ASSERT_TRUE(reply);
    EXPECT_EQ(reply->status, 401);
}

INSTANTIATE_TEST_SUITE_P(Backends, Server_HttpTest, ::testing::Values(Backend::Sqlite),
                         backendName);
