// Deployment: two server processes on one PostgreSQL database serve the same clients; plain
// HTTP only on loopback.
#include "ServerTestFixture.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <set>
#include <thread>

using namespace Qt::Literals::StringLiterals;
using namespace kenshu::test;

namespace {

using Server_DeploymentTest = ServerTest;

QJsonObject caseJson(const QString& room, int number)
{
    return {{u"data"_s, QJsonObject{{u"roomId"_s, room},
                                    {u"authorId"_s, u"r1"_s},
                                    {u"title"_s, u"r1-%1"_s.arg(number, 3, 10, QChar(u'0'))}}}};
}

httplib::Result put(httplib::SSLClient& client, const std::string& token, const QUuid& id,
                    const QJsonObject& body, const std::string& key)
{
    const httplib::Headers headers{
        {"Authorization", "Bearer " + token}, {"If-None-Match", "*"}, {"Idempotency-Key", key}};
    return client.Put(
        ("/api/v1/records/case/" + id.toString(QUuid::WithoutBraces).toStdString()).c_str(),
        headers, QJsonDocument(body).toJson().toStdString(), "application/json");
}

} // namespace

TEST_P(Server_DeploymentTest, TheForgotPasswordPageSaysWhomToAsk)
{
    std::unique_ptr<ServerProcess> server =
        startServer({u"--admin-contact"_s, u"研修事務局 <kenshu@example.org> 内線 1234"_s});
    ASSERT_TRUE(server);
    auto client = makeClient(server->port(), certificates());
    const httplib::Result page = client->Get("/password-reset");
    ASSERT_TRUE(page);
    EXPECT_EQ(page->status, 200);
    EXPECT_EQ(page->get_header_value("Content-Type"), "text/html; charset=utf-8");
    const QString html = QString::fromStdString(page->body);
    EXPECT_TRUE(html.contains(u"パスワードを忘れた場合"_s));
    EXPECT_TRUE(html.contains(u"Forgot your password?"_s));
    // The contact is shown as text, never as markup.
    EXPECT_TRUE(html.contains(u"研修事務局 &lt;kenshu@example.org&gt; 内線 1234"_s)) << page->body;
    EXPECT_FALSE(html.contains(u"<kenshu@example.org>"_s));
}

TEST_P(Server_DeploymentTest, TwoServersOnOnePostgresServeTheSameClients)
{
    std::unique_ptr<ServerProcess> second = startServer();
    ASSERT_TRUE(second);
    auto clientB = makeClient(second->port(), certificates());
    const std::string token = login(u"r1"_s);
    // A token from one server works on the other; so does an idempotent replay.
    ASSERT_EQ(clientB->Get("/api/v1/me", auth(token))->status, 200);
    const QUuid first = QUuid::createUuid();
    const httplib::Result created = put(*m_client, token, first, caseJson(m_roomA, 0), "dev:1");
    ASSERT_EQ(created->status, 201);
    const httplib::Result replayed = put(*clientB, token, first, caseJson(m_roomA, 0), "dev:1");
    EXPECT_EQ(replayed->status, 201);
    EXPECT_EQ(jsonOf(replayed), jsonOf(created));

    // Both servers write at once; the feed lists every record once, in commit order.
    constexpr int kPerServer = 15;
    std::set<QString> written{first.toString(QUuid::WithoutBraces)};
    std::vector<QUuid> idsA;
    std::vector<QUuid> idsB;
    for (int i = 0; i < kPerServer; ++i) {
        idsA.push_back(QUuid::createUuid());
        idsB.push_back(QUuid::createUuid());
        written.insert(idsA.back().toString(QUuid::WithoutBraces));
        written.insert(idsB.back().toString(QUuid::WithoutBraces));
    }
    const auto writer = [&](int port, const std::vector<QUuid>& ids, const char* device,
                            int* failures) {
        auto client = makeClient(port, certificates());
        for (std::size_t i = 0; i < ids.size(); ++i) {
            const httplib::Result result =
                put(*client, token, ids[i], caseJson(m_roomA, static_cast<int>(i + 1)),
                    std::string(device) + ":" + std::to_string(i + 1));
            if (!result || result->status != 201)
                ++*failures;
        }
    };
    int failuresA = 0;
    int failuresB = 0;
    std::thread threadA(writer, m_server->port(), idsA, "deviceA", &failuresA);
    std::thread threadB(writer, second->port(), idsB, "deviceB", &failuresB);
    threadA.join();
    threadB.join();
    EXPECT_EQ(failuresA + failuresB, 0);

    std::set<QString> seen;
    std::size_t received = 0;
    std::string cursor = "0";
    qint64 lastCursor = 0;
    for (int page = 0; page < 50; ++page) {
        httplib::SSLClient& reader = page % 2 ? *clientB : *m_client;
        const QJsonObject answer =
            jsonOf(reader.Get(("/api/v1/changes?limit=4&since=" + cursor).c_str(), auth(token)));
        for (const QJsonValue& record : answer[u"changes"_s].toArray()) {
            seen.insert(record[u"id"_s].toString());
            ++received;
        }
        cursor = answer[u"cursor"_s].toString().toStdString();
        EXPECT_GE(std::stoll(cursor), lastCursor);
        lastCursor = std::stoll(cursor);
        if (!answer[u"hasMore"_s].toBool())
            break;
    }
    EXPECT_EQ(seen, written);
    EXPECT_EQ(received, written.size());

    // An upload begun on one server is finished on the other.
    std::string file(4096, '\0');
    file.replace(128, 4, "DICM");
    const std::string sha =
        QCryptographicHash::hash(QByteArray::fromStdString(file), QCryptographicHash::Sha256)
            .toHex()
            .toStdString();
    httplib::Headers create = auth(token, {{"Tus-Resumable", "1.0.0"}});
    create.emplace("Upload-Length", std::to_string(file.size()));
    create.emplace("Upload-Metadata",
                   "sha256 " + QByteArray::fromStdString(sha).toBase64().toStdString());
    const httplib::Result upload = m_client->Post("/api/v1/uploads", create, "", "text/plain");
    ASSERT_EQ(upload->status, 201);
    const std::string location = upload->get_header_value("Location");
    for (const auto& [client, offset] :
         {std::pair{m_client.get(), 0}, std::pair{clientB.get(), 2048}}) {
        const httplib::Headers headers =
            auth(token, {{"Tus-Resumable", "1.0.0"}, {"Upload-Offset", std::to_string(offset)}});
        const httplib::Result result = client->Patch(
            location.c_str(), headers, file.substr(static_cast<std::size_t>(offset), 2048),
            "application/offset+octet-stream");
        ASSERT_EQ(result->status, 204) << result->body;
    }
    EXPECT_EQ(m_client->Head(("/api/v1/blobs/" + sha).c_str(), auth(token))->status, 200);
}

INSTANTIATE_TEST_SUITE_P(Backends, Server_DeploymentTest, ::testing::Values(Backend::Postgres),
                         backendName);

TEST(Server_CommandTest, PlainHttpOnlyOnLoopbackAndTlsOtherwise)
{
    QTemporaryDir data;
    const auto exitCode = [&](const QStringList& arguments) {
        QProcess process;
        process.start(QStringLiteral(KENSHU_SERVER_PATH),
                      QStringList{u"serve"_s, u"--data"_s, data.path()} + arguments);
        return process.waitForFinished(30000) ? process.exitCode() : -1;
    };
    EXPECT_EQ(exitCode({u"--listen"_s, u"0.0.0.0:0"_s, u"--insecure-http"_s}), 1);
    // A host name that merely starts like a loopback address is not one.
    EXPECT_EQ(exitCode({u"--listen"_s, u"127.example.org:0"_s, u"--insecure-http"_s}), 1);
    EXPECT_EQ(exitCode({u"--listen"_s, u"127.0.0.1:0"_s}), 1) << "TLS needs a certificate";
    EXPECT_EQ(exitCode({u"--listen"_s, u"127.0.0.1:0"_s, u"--tls-cert"_s, u"/nonexistent"_s,
                        u"--tls-key"_s, u"/nonexistent"_s}),
              1);
}
