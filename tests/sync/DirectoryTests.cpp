// Sync_DirectoryTest: the server's member directory parsed into typed records (unknown roles
// skipped, malformed periods refused with the entry named), saved atomically in the data
// folder with its fetch time and read back offline, and fetched through the API client from a
// fake server, the saved copy replaced only by a newer one.
#include "ApiClient.h"
#include "DirectoryCache.h"
#include "DirectoryJson.h"
#include "DirectoryService.h"
#include "FakeServer.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

namespace kenshu::sync {
namespace {

using namespace Qt::Literals::StringLiterals;
using kenshu::test::FakeServer;
using kenshu::test::TestCertificates;

constexpr int kAnswerTimeoutMs = 20000;

const char* const kBody = R"({
  "members": [
    {"id": "200001", "name": "田中 一郎", "kana": "タナカ イチロウ",
     "roles": [{"role": "supervisor", "programId": "p1", "roomId": null},
               {"role": "librarian", "programId": "p1", "roomId": null},
               {"role": "resident", "programId": "p1", "roomId": "r1"}],
     "certifications": [{"start": "2015-04-01", "end": "2020-03-31"},
                        {"start": "2020-04-01", "end": null}]},
    {"id": "100001", "name": "研修 花子", "kana": "ケンシュウ ハナコ", "roles": [],
     "certifications": []}
  ],
  "facilities": [
    {"id": "f1", "name": "旧市民病院", "number": "K-0057", "programId": "p1",
     "certifications": [{"start": "2015-04-01", "end": "2023-03-31"}]}
  ]
})";

QJsonObject body(const char* text = kBody)
{
    return QJsonDocument::fromJson(text).object();
}

const TestCertificates& certificates()
{
    static QTemporaryDir dir;
    static const TestCertificates made = TestCertificates::create(dir.path());
    return made;
}

TEST(Sync_DirectoryTest, ParsesMembersRolesCertificationsAndFacilities)
{
    const Expected<Directory> parsed = parseDirectory(body());
    ASSERT_TRUE(parsed) << parsed.error().message.toStdString();
    ASSERT_EQ(parsed->members.size(), 2);
    const DirectoryMember& tanaka = parsed->members[0];
    EXPECT_EQ(tanaka.id, u"200001"_s);
    EXPECT_EQ(tanaka.kana, u"タナカ イチロウ"_s);
    ASSERT_EQ(tanaka.roles.size(), 2) << "the unknown role is skipped";
    EXPECT_EQ(tanaka.roles[0].role, Role::Supervisor);
    EXPECT_TRUE(tanaka.roles[0].roomId.isEmpty()) << "program-wide";
    EXPECT_EQ(tanaka.roles[1].roomId, u"r1"_s);
    ASSERT_EQ(tanaka.certifications.size(), 2u);
    EXPECT_EQ(tanaka.certifications[1], (DateRange{QDate(2020, 4, 1), QDate()}));
    ASSERT_EQ(parsed->facilities.size(), 1);
    EXPECT_EQ(parsed->facilities[0].programId, u"p1"_s);
    EXPECT_EQ(parsed->facilities[0].number, u"K-0057"_s);
    EXPECT_EQ(parsed->facilities[0].certifications[0].end, QDate(2023, 3, 31));
}

TEST(Sync_DirectoryTest, RefusesWhatItCannotReadNamingTheEntry)
{
    EXPECT_FALSE(parseDirectory(QJsonObject{}));
    EXPECT_FALSE(parseDirectory(body(R"({"members": [{"name": "x"}], "facilities": []})")));
    const Expected<Directory> badDate = parseDirectory(body(
        R"({"members": [{"id": "200001", "certifications": [{"start": "2020/04/01"}]}],
            "facilities": []})"));
    ASSERT_FALSE(badDate);
    EXPECT_TRUE(badDate.error().message.contains(u"200001"_s))
        << badDate.error().message.toStdString();
    EXPECT_FALSE(parseDirectory(body(
        R"({"members": [], "facilities": [{"id": "f", "name": "F",
            "certifications": [{"start": "2020-04-01", "end": "2019-01-01"}]}]})")))
        << "an end before the start";
}

TEST(Sync_DirectoryTest, TheSavedCopyIsReadBackWithItsFetchTime)
{
    QTemporaryDir dir;
    const DirectoryCache cache(dir.path());
    const Expected<std::optional<DirectorySnapshot>> none = cache.read();
    ASSERT_TRUE(none);
    EXPECT_FALSE(*none) << "never fetched";

    const QDateTime fetchedAt(QDate(2026, 5, 1), QTime(9, 30), Qt::UTC);
    ASSERT_TRUE(cache.write(body(), fetchedAt));
    const Expected<std::optional<DirectorySnapshot>> saved = cache.read();
    ASSERT_TRUE(saved && *saved);
    EXPECT_EQ((*saved)->fetchedAt, fetchedAt);
    EXPECT_EQ((*saved)->directory.members.size(), 2);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList{u"directory.json"_s})
        << "no temporary file left behind";

    QFile broken(cache.path());
    ASSERT_TRUE(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
    broken.write("{\"directory\": ");
    broken.close();
    EXPECT_FALSE(cache.read()) << "a damaged copy is an error, not an empty directory";
}

TEST(Sync_DirectoryTest, FetchesThroughTheApiClientAndSavesTheCopy)
{
    ASSERT_FALSE(certificates().caCert.isEmpty());
    FakeServer server(certificates());
    server.http().Get(
        "/api/v1/directory", [](const httplib::Request& request, httplib::Response& response) {
            if (request.get_header_value("Authorization") != "Bearer token-1") {
                response.status = 401;
                response.set_content(R"({"error": "unauthorized", "message": "sign in"})",
                                     "application/json");
                return;
            }
            response.set_content(kBody, "application/json");
        });
    ASSERT_TRUE(server.start());
    ApiClient api;
    ASSERT_TRUE(api.setServer(server.url()));
    ASSERT_TRUE(api.setExtraCaBundle(certificates().caCert));
    api.setAccessToken(u"token-1"_s);

    QTemporaryDir dir;
    DirectoryService service(api, dir.path());
    QSignalSpy changed(&service, &DirectoryService::changed);
    service.refresh();
    ASSERT_TRUE(QTest::qWaitFor([&] { return changed.count() == 1; }, kAnswerTimeoutMs));
    ASSERT_TRUE(service.snapshot());
    EXPECT_EQ(service.snapshot()->directory.facilities.size(), 1);
    // The copy is written off the GUI thread after the answer.
    const DirectoryCache cache(dir.path());
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const auto saved = cache.read();
            return saved && *saved;
        },
        kAnswerTimeoutMs));

    // A second service (the next start, offline) gets the saved copy.
    ApiClient offline;
    DirectoryService restarted(offline, dir.path());
    QSignalSpy loaded(&restarted, &DirectoryService::changed);
    restarted.loadSaved();
    ASSERT_TRUE(QTest::qWaitFor([&] { return loaded.count() == 1; }, kAnswerTimeoutMs));
    EXPECT_EQ(restarted.snapshot()->fetchedAt, service.snapshot()->fetchedAt);
    EXPECT_EQ(restarted.snapshot()->directory.members[0].name, u"田中 一郎"_s);
}

} // namespace
} // namespace kenshu::sync
