// Integration_DirectoryTest: the member directory fetched from the real kenshu-server by the
// signed-in client, read into the typed directory, saved in the data folder for offline use,
// and used to choose a supervisor and check a case report against the real periods.
#include "../models/ApprovalTestData.h"
#include "ApprovalPlan.h"
#include "DirectoryCache.h"
#include "DirectoryService.h"
#include "MemberSearch.h"
#include "ServerTestFixture.h"
#include "SyncTestClient.h"

#include <QSignalSpy>

using namespace Qt::Literals::StringLiterals;
using namespace kenshu;
using kenshu::test::Backend;
using kenshu::test::SyncTestClient;

namespace {

class Integration_DirectoryTest : public kenshu::test::ServerTest
{
protected:
    std::unique_ptr<SyncTestClient> client()
    {
        return std::make_unique<SyncTestClient>(
            m_folders.filePath(u"data"_s), QUrl(u"https://127.0.0.1:%1"_s.arg(m_server->port())),
            certificates().caCert, kenshu::test::uniqueKeychainService());
    }

    QTemporaryDir m_folders;
};

QStringList memberIds(const QList<const DirectoryMember*>& members)
{
    QStringList ids;
    for (const DirectoryMember* member : members)
        ids.append(member->id);
    return ids;
}

} // namespace

TEST_P(Integration_DirectoryTest, TheSignedInClientFetchesSavesAndUsesTheDirectory)
{
    const auto facility =
        kenshu::test::runAdmin(m_data.path(), m_dbUrl,
                               {u"create-facility"_s, u"--program"_s, u"cvit"_s, u"--name"_s,
                                u"North Hospital"_s, u"--number"_s, u"1234"_s, u"--certified"_s,
                                u"2015-04-01:2020-03-31"_s, u"--certified"_s, u"2020-04-01:"_s});
    ASSERT_TRUE(facility);
    const QString facilityId = facility->value(u"id"_s).toString();

    auto resident = client();
    const sync::SignInResult signedIn = resident->signIn(u"r1"_s);
    ASSERT_EQ(signedIn.status, sync::SignInResult::Status::SignedIn)
        << (signedIn.error ? signedIn.error->message.toStdString() : std::string());

    sync::DirectoryService service(resident->api(), resident->dataDir());
    QSignalSpy changed(&service, &sync::DirectoryService::changed);
    QSignalSpy failed(&service, &sync::DirectoryService::failed);
    service.refresh();
    ASSERT_TRUE(kenshu::test::waitFor([&] { return changed.count() + failed.count() > 0; }));
    ASSERT_EQ(failed.count(), 0) << failed.value(0).value(0).toString().toStdString();
    ASSERT_TRUE(service.snapshot());
    const Directory& directory = service.snapshot()->directory;

    // r1's room A: the program-wide supervisor s1 and room A's s2, never r1 themself.
    const ProgramScope roomA{u"cvit"_s, m_roomA};
    EXPECT_EQ(memberIds(supervisorCandidates(directory, roomA, u"r1"_s, QString())).size(), 2);
    EXPECT_EQ(memberIds(supervisorCandidates(directory, roomA, u"r1"_s, u"s2"_s)),
              QStringList{u"s2"_s});
    EXPECT_TRUE(supervisorCandidates(directory, roomA, u"r1"_s, u"r1"_s).isEmpty());
    const DirectoryFacility* north = directory.facility(facilityId);
    ASSERT_NE(north, nullptr);
    EXPECT_EQ(north->number, u"1234"_s);
    EXPECT_EQ(north->certifications.size(), 2u);

    // The rules read the server's periods: s2's certification ended in 2023.
    ReportDraft report = kenshu::test::registeredReport(1, facilityId);
    report.authorId = u"r1"_s;
    const Actor r1{Role::Resident, u"r1"_s};
    EXPECT_EQ(checkRequest(kenshu::test::caseReportForm(), report, r1, directory,
                           {u"s2"_s, u"確認お願いします"_s})
                  .decision.code(),
              u"reviewer_not_certified_for_period"_s);

    // The saved copy is there for the next start, offline.
    ASSERT_TRUE(kenshu::test::waitFor([&] {
        const auto saved = sync::DirectoryCache(resident->dataDir()).read();
        return saved && *saved && (*saved)->directory.facility(facilityId);
    }));
}

INSTANTIATE_TEST_SUITE_P(Backends, Integration_DirectoryTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         kenshu::test::backendName);
