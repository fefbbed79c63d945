// Integration_SessionTest: the desktop app's SyncSession and AutoSync (the classes the main
// window drives, without any widget) against the real kenshu-server over TLS with the real
// keychain. Signing in syncs at once; a change saved in the library is sent a few seconds later
// by itself; a new start signs in silently; starting without the server works as the member
// remembered and catches up once it is back; the server ending the sign-in signs the app out
// with the reason; signing out forgets the token here and revokes it there.
#include "AutoSync.h"
#include "CaseConsultation.h"
#include "CaseLibrary.h"
#include "CommentStore.h"
#include "Decision.h"
#include "QtPrinters.h"
#include "SavedSignIn.h"
#include "ServerTestFixture.h"
#include "SyncSession.h"
#include "SyncStore.h"
#include "SyncTestClient.h"
#include "TokenStore.h"

#include <QSettings>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace kenshu;
using kenshu::sync::AutoSync;
using kenshu::sync::SignInResult;
using kenshu::sync::SyncReport;
using kenshu::sync::SyncSession;
using kenshu::test::Backend;
using kenshu::test::describe;
using kenshu::test::waitFor;

namespace {

// What a session reported, in order, for the test to wait on.
class SessionEvents final
{
public:
    explicit SessionEvents(SyncSession& session)
    {
        QObject::connect(&session, &SyncSession::signInFinished, &m_context,
                         [this](const SignInResult& result) { signIns.append(result); });
        QObject::connect(&session, &SyncSession::restoreFinished, &m_context,
                         [this](const SignInResult& result) { restores.append(result); });
        QObject::connect(&session, &SyncSession::syncFinished, &m_context,
                         [this](const SyncReport& report) { runs.append(report); });
        QObject::connect(&session, &SyncSession::signOutFinished, &m_context,
                         [this](const QString& problem) { signOuts.append(problem); });
        QObject::connect(&session, &SyncSession::signInEnded, &m_context,
                         [this](const QString& reason) { endings.append(reason); });
    }

    // The next run's report after the `seen` ones so far; an empty report on timeout.
    SyncReport nextRun(qsizetype seen, int timeoutMs = 60000)
    {
        if (!waitFor([&] { return runs.size() > seen; }, timeoutMs))
            return {};
        return runs.at(seen);
    }

    QList<SignInResult> signIns;
    QList<SignInResult> restores;
    QList<SyncReport> runs;
    QStringList signOuts;
    QStringList endings;

private:
    QObject m_context;
};

class Integration_SessionTest : public kenshu::test::ServerTest
{
protected:
    void SetUp() override
    {
        ServerTest::SetUp();
        if (HasFatalFailure() || IsSkipped())
            return;
        ASSERT_TRUE(m_folders.isValid());
        m_service = kenshu::test::uniqueKeychainService();
        m_dataDir = m_folders.filePath(u"resident"_s);
        m_url = QUrl(u"https://127.0.0.1:%1"_s.arg(m_server->port()));
    }

    void TearDown() override
    {
        if (!m_service.isEmpty())
            forgetKeychainEntry();
        ServerTest::TearDown();
    }

    // As the app makes it: the test's own keychain service, and the test CA as IT's bundle.
    std::unique_ptr<SyncSession> session()
    {
        auto made = std::make_unique<SyncSession>(
            m_dataDir, SyncSession::Options{m_service, certificates().caCert});
        // Quick retries: the tests wait for answers, not for time.
        made->api().setBackoff(sync::Backoff{3, 5, 50});
        return made;
    }

    std::unique_ptr<LocalStore> openLibrary()
    {
        auto opened = LocalStore::open(m_dataDir);
        EXPECT_TRUE(opened) << (opened ? "" : opened.error().message.toStdString());
        return opened ? std::move(*opened) : nullptr;
    }

    QString keychainAccount()
    {
        const std::unique_ptr<LocalStore> library = openLibrary();
        const Expected<QString> deviceId = SyncStore(*library).deviceId();
        EXPECT_TRUE(deviceId);
        return sync::SavedSignIn::keychainAccount(m_url, deviceId ? *deviceId : QString());
    }

    // The refresh token the keychain holds for this data folder; empty when there is none.
    QString keychainToken() { return kenshu::test::keychainToken(m_service, keychainAccount()); }

    void forgetKeychainEntry()
    {
        std::optional<bool> deleted;
        QObject context;
        TokenStore(m_service).deleteToken(keychainAccount(), &context,
                                          [&](const TokenResult&) { deleted = true; });
        waitFor([&] { return deleted.has_value(); }, 30000);
    }

    // Signs r1 in through the session and waits for the sync that follows.
    void signInAsResident(SyncSession& session, SessionEvents& events)
    {
        session.signIn(m_url, u"r1@example.org"_s, u"password-r1"_s);
        ASSERT_TRUE(waitFor([&] { return !events.signIns.isEmpty(); }));
        const SignInResult& result = events.signIns.constLast();
        ASSERT_EQ(result.status, SignInResult::Status::SignedIn)
            << (result.error ? result.error->message.toStdString() : "");
        const SyncReport first = events.nextRun(0);
        ASSERT_TRUE(first.upToDate()) << describe(first);
    }

    bool keychainAvailable(const SyncSession& session)
    {
        if (!session.sessionOnly())
            return true;
        if (qEnvironmentVariable("KENSHU_REQUIRE_KEYCHAIN") == "1"_L1)
            ADD_FAILURE() << "no keychain";
        return false;
    }

    QUuid createCase(const QString& title)
    {
        const std::unique_ptr<LocalStore> library = openLibrary();
        const QUuid caseId = QUuid::createUuid();
        EXPECT_TRUE(CaseLibrary(*library).putCase(caseId, title, u"LAD"_s,
                                                  QDateTime::currentDateTimeUtc(), u"r1"_s));
        return caseId;
    }

    int meStatus(const QString& accessToken)
    {
        const httplib::Result result = m_client->Get("/api/v1/me", auth(accessToken.toStdString()));
        return result ? result->status : 0;
    }

    QTemporaryDir m_folders;
    QString m_service;
    QString m_dataDir;
    QUrl m_url;
};

} // namespace

TEST_P(Integration_SessionTest, SigningInSyncsAndASavedChangeIsSentByItself)
{
    auto resident = session();
    SessionEvents events(*resident);
    AutoSync autoSync(*resident, m_dataDir);
    signInAsResident(*resident, events);
    EXPECT_TRUE(resident->isSignedIn());
    EXPECT_TRUE(resident->isConfirmed());
    EXPECT_EQ(resident->member().id, u"r1"_s);
    EXPECT_EQ(resident->member().name, u"Member r1"_s);
    EXPECT_EQ(resident->roomId(), m_roomA) << "r1's only room";
    EXPECT_EQ(resident->email(), u"r1@example.org"_s);

    // The library reports the saved case; AutoSync sends it once the user pauses.
    const qsizetype runsBefore = events.runs.size();
    const QUuid caseId = createCase(u"r1-auto"_s);
    EXPECT_TRUE(autoSync.isSyncScheduledAfterChange());
    const SyncReport sent = events.nextRun(runsBefore, AutoSync::kAfterChangeMs + 60000);
    EXPECT_TRUE(sent.upToDate()) << describe(sent);
    EXPECT_EQ(sent.pushed, 1) << describe(sent);

    // The supervisor sees the case, comments and closes it; the resident's next run brings it.
    kenshu::test::SyncTestClient supervisor(m_folders.filePath(u"supervisor"_s), m_url,
                                            certificates().caCert, m_service);
    ASSERT_EQ(supervisor.signIn(u"s1"_s).status, SignInResult::Status::SignedIn);
    ASSERT_TRUE(supervisor.sync().upToDate());
    ASSERT_TRUE(supervisor.store().record(caseId));
    CommentStore comments(supervisor.store(), Actor{Role::Supervisor, u"s1"_s}, u"Member s1"_s);
    ASSERT_TRUE(comments.closeCase(caseId, u"Approved."_s, std::nullopt));
    ASSERT_TRUE(supervisor.sync().upToDate());

    const qsizetype runsBeforePull = events.runs.size();
    resident->syncNow();
    const SyncReport pulled = events.nextRun(runsBeforePull);
    EXPECT_TRUE(pulled.upToDate()) << describe(pulled);
    EXPECT_EQ(pulled.pulled, 2) << "the closing and its comment: " << describe(pulled);
    const std::unique_ptr<LocalStore> library = openLibrary();
    EXPECT_EQ(caseStateOf(library->record(caseId)->data), CaseState::Closed);
}

TEST_P(Integration_SessionTest, ANewStartSignsInSilentlyAndSigningOutForgetsTheSignIn)
{
    {
        auto first = session();
        SessionEvents events(*first);
        signInAsResident(*first, events);
        if (!keychainAvailable(*first))
            GTEST_SKIP() << "no keychain: the sign-in is for this session only";
    }
    const QString firstToken = keychainToken();
    ASSERT_FALSE(firstToken.isEmpty());

    auto second = session();
    SessionEvents events(*second);
    second->restore();
    ASSERT_TRUE(waitFor([&] { return !events.restores.isEmpty(); }));
    ASSERT_EQ(events.restores.constFirst().status, SignInResult::Status::SignedIn);
    EXPECT_TRUE(second->isConfirmed());
    EXPECT_EQ(second->member().id, u"r1"_s);
    EXPECT_EQ(second->server(), m_url);
    const SyncReport afterStart = events.nextRun(0);
    EXPECT_TRUE(afterStart.upToDate()) << describe(afterStart);
    const QString rotated = keychainToken();
    EXPECT_FALSE(rotated.isEmpty());
    EXPECT_NE(rotated, firstToken) << "the silent sign-in rotated the token";

    // Nothing secret is in the data folder or the settings.
    const QString accessToken = second->api().accessToken();
    const QList<QByteArray> secrets{"password-r1", rotated.toUtf8(), accessToken.toUtf8()};
    EXPECT_EQ(kenshu::test::filesHolding(m_dataDir, secrets), QStringList());
    const QString settings = QSettings().fileName();
    if (QFile::exists(settings)) {
        EXPECT_EQ(kenshu::test::filesHolding(QFileInfo(settings).path(), secrets), QStringList());
    }

    second->signOut();
    ASSERT_TRUE(waitFor([&] { return !events.signOuts.isEmpty(); }));
    EXPECT_EQ(events.signOuts.constFirst(), QString()) << "the server was told";
    EXPECT_FALSE(second->isSignedIn());
    EXPECT_TRUE(second->member().id.isEmpty());
    EXPECT_EQ(meStatus(accessToken), 401) << "revoked on the server";
    EXPECT_TRUE(keychainToken().isEmpty());
    second.reset();

    // The next start has nothing to sign in with, and says nothing went wrong.
    auto third = session();
    SessionEvents thirdEvents(*third);
    third->restore();
    ASSERT_TRUE(waitFor([&] { return !thirdEvents.restores.isEmpty(); }));
    EXPECT_EQ(thirdEvents.restores.constFirst().status, SignInResult::Status::NotSignedIn);
    EXPECT_FALSE(thirdEvents.restores.constFirst().error);
    EXPECT_FALSE(third->isSignedIn());
}

TEST_P(Integration_SessionTest, StartingWithoutTheServerWorksAsTheRememberedMemberAndCatchesUp)
{
    {
        auto first = session();
        SessionEvents events(*first);
        signInAsResident(*first, events);
        if (!keychainAvailable(*first))
            GTEST_SKIP() << "no keychain: nothing to sign in with at the next start";
    }
    const int port = m_server->port();
    m_server->stop();

    auto offline = session();
    SessionEvents events(*offline);
    AutoSync autoSync(*offline, m_dataDir);
    offline->restore();
    ASSERT_TRUE(waitFor([&] { return !events.restores.isEmpty(); }));
    const SignInResult& restored = events.restores.constFirst();
    EXPECT_EQ(restored.status, SignInResult::Status::Failed);
    ASSERT_TRUE(restored.error);
    EXPECT_TRUE(offline->isSignedIn()) << "work goes on as the member remembered";
    EXPECT_FALSE(offline->isConfirmed());
    EXPECT_EQ(offline->member().id, u"r1"_s);
    EXPECT_EQ(offline->member().name, u"Member r1"_s);
    EXPECT_EQ(offline->roomId(), m_roomA);
    const SyncReport failed = events.nextRun(0);
    ASSERT_TRUE(failed.error) << "the run says why it could not sync";
    EXPECT_FALSE(failed.error->message.isEmpty());
    EXPECT_TRUE(autoSync.isRetryScheduled());

    // Work goes on offline and waits in the outbox.
    const QUuid caseId = createCase(u"r1-offline"_s);
    EXPECT_EQ(openLibrary()->outboxSize(), 1);

    // The server is back on the same address: the next run confirms the sign-in, then sends.
    m_server = startServer({u"--listen"_s, u"127.0.0.1:%1"_s.arg(port)});
    ASSERT_TRUE(m_server);
    m_client = kenshu::test::makeClient(m_server->port(), certificates());
    const qsizetype runsBefore = events.runs.size();
    offline->syncNow();
    ASSERT_TRUE(waitFor(
        [&] { return events.runs.size() > runsBefore && events.runs.constLast().upToDate(); }));
    EXPECT_TRUE(offline->isConfirmed());
    EXPECT_EQ(offline->member().id, u"r1"_s);
    EXPECT_EQ(openLibrary()->outboxSize(), 0);
    const httplib::Result onServer = m_client->Get(
        ("/api/v1/records/case/" + caseId.toString(QUuid::WithoutBraces).toStdString()).c_str(),
        auth(login(u"r1"_s)));
    ASSERT_TRUE(onServer);
    EXPECT_EQ(onServer->status, 200);
}

TEST_P(Integration_SessionTest, TheServerEndingTheSignInSignsTheAppOutWithTheReason)
{
    auto resident = session();
    SessionEvents events(*resident);
    signInAsResident(*resident, events);

    // An administrator (here: the same sign-in, signed out elsewhere) ends it on the server.
    const httplib::Result loggedOut = m_client->Post(
        "/api/v1/auth/logout", auth(resident->api().accessToken().toStdString()), "", "");
    ASSERT_TRUE(loggedOut);
    ASSERT_EQ(loggedOut->status, 204) << loggedOut->body;

    const qsizetype runsBefore = events.runs.size();
    resident->syncNow();
    ASSERT_TRUE(waitFor([&] { return !events.endings.isEmpty(); }));
    EXPECT_FALSE(events.endings.constFirst().isEmpty()) << "the reason, in words";
    EXPECT_FALSE(resident->isSignedIn());
    EXPECT_TRUE(resident->member().id.isEmpty());
    const SyncReport stopped = events.nextRun(runsBefore);
    EXPECT_TRUE(stopped.error) << describe(stopped);
    if (keychainAvailable(*resident)) {
        EXPECT_TRUE(keychainToken().isEmpty()) << "a dead token is not kept";
    }
}

INSTANTIATE_TEST_SUITE_P(Backends, Integration_SessionTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         kenshu::test::backendName);
