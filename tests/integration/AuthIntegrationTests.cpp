// Integration_AuthTest: sign-in against the real kenshu-server with the real keychain (run
// inside scripts/with-test-keyring.sh). The refresh token is kept in the keychain only and the
// password nowhere; a new start signs in silently and rotates the token; a copied (already
// rotated) token ends the sign-in; an expired access token is refreshed on the way; signing out
// revokes the sign-in on the server and forgets the token.
#include "QtPrinters.h"
#include "ServerTestFixture.h"
#include "SyncTestClient.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QSettings>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace kenshu;
using kenshu::sync::ApiError;
using kenshu::sync::SignInResult;
using kenshu::test::Backend;
using kenshu::test::SyncTestClient;

namespace {

class Integration_AuthTest : public kenshu::test::ServerTest
{
protected:
    void SetUp() override
    {
        ServerTest::SetUp();
        if (HasFatalFailure() || IsSkipped())
            return;
        m_service = kenshu::test::uniqueKeychainService();
    }

    std::unique_ptr<SyncTestClient> client()
    {
        return std::make_unique<SyncTestClient>(
            m_folders.filePath(u"data"_s), QUrl(u"https://127.0.0.1:%1"_s.arg(m_server->port())),
            certificates().caCert, m_service);
    }

    // The token the keychain holds for the client's sign-in; empty when there is none.
    QString keychainToken(SyncTestClient& client)
    {
        return kenshu::test::keychainToken(m_service, client.keychainAccount());
    }

    // False (and the test skipped, or failed when scripts/test.sh promised a keyring) when the
    // sign-in could not be kept in a keychain.
    bool keychainAvailable(const SignInResult& signedIn)
    {
        if (!signedIn.sessionOnly)
            return true;
        if (qEnvironmentVariable("KENSHU_REQUIRE_KEYCHAIN") == "1"_L1)
            ADD_FAILURE() << "no keychain: " << signedIn.keychainMessage.toStdString();
        return false;
    }

    int refreshStatus(const QString& refreshToken)
    {
        const QJsonObject body{{u"refreshToken"_s, refreshToken}};
        const httplib::Result result = m_client->Post(
            "/api/v1/auth/refresh", QJsonDocument(body).toJson().toStdString(), "application/json");
        return result ? result->status : 0;
    }

    int meStatus(const QString& accessToken)
    {
        const httplib::Result result = m_client->Get("/api/v1/me", auth(accessToken.toStdString()));
        return result ? result->status : 0;
    }

    QTemporaryDir m_folders;
    QString m_service;
};

} // namespace

TEST_P(Integration_AuthTest, SignInKeepsTheRefreshTokenInTheKeychainAndNothingInFiles)
{
    auto resident = client();
    const SignInResult result = resident->signIn(u"r1"_s);
    ASSERT_EQ(result.status, SignInResult::Status::SignedIn)
        << (result.error ? result.error->message.toStdString() : "");
    EXPECT_EQ(result.member.id, u"r1"_s);
    EXPECT_EQ(result.member.name, u"Member r1"_s);
    EXPECT_EQ(result.member.rolesIn(m_roomA), QList<Role>{Role::Resident});
    EXPECT_TRUE(result.member.rolesIn(m_roomB).isEmpty());
    EXPECT_EQ(result.member.defaultRoomId(), m_roomA);
    if (!keychainAvailable(result))
        GTEST_SKIP() << "no keychain: the sign-in is for this session only";
    const QString refreshToken = keychainToken(*resident);
    ASSERT_FALSE(refreshToken.isEmpty());
    const QString accessToken = resident->api().accessToken();
    ASSERT_FALSE(accessToken.isEmpty());
    // A sync writes its state into the data folder too.
    ASSERT_TRUE(resident->sync().upToDate());

    const QList<QByteArray> secrets{"password-r1", refreshToken.toUtf8(), accessToken.toUtf8()};
    EXPECT_EQ(kenshu::test::filesHolding(m_folders.path(), secrets), QStringList());
    const QString settings = QSettings().fileName();
    if (QFile::exists(settings)) {
        EXPECT_EQ(kenshu::test::filesHolding(QFileInfo(settings).path(), secrets), QStringList());
    }
}

TEST_P(Integration_AuthTest, ANewStartSignsInSilentlyAndACopiedTokenEndsTheSignIn)
{
    QString firstToken;
    {
        auto first = client();
        const SignInResult result = first->signIn(u"r1"_s);
        ASSERT_EQ(result.status, SignInResult::Status::SignedIn);
        if (!keychainAvailable(result))
            GTEST_SKIP() << "no keychain: the sign-in is for this session only";
        firstToken = keychainToken(*first);
        ASSERT_FALSE(firstToken.isEmpty());
    }
    // The program ended (~SyncTestClient cleans the keychain up: put the entry back as a
    // program that ended would have left it) and starts again.
    auto second = client();
    std::optional<TokenResult> written;
    QObject context;
    second->tokens().writeToken(second->keychainAccount(), firstToken, &context,
                                [&](const TokenResult& done) { written = done; });
    ASSERT_TRUE(kenshu::test::waitFor([&] { return written.has_value(); }));

    const SignInResult restored = second->restore();
    ASSERT_EQ(restored.status, SignInResult::Status::SignedIn)
        << (restored.error ? restored.error->message.toStdString() : "");
    EXPECT_EQ(restored.member.id, u"r1"_s);
    const QString rotated = keychainToken(*second);
    EXPECT_FALSE(rotated.isEmpty());
    EXPECT_NE(rotated, firstToken) << "every refresh stores the new token";
    EXPECT_TRUE(second->sync().upToDate());

    // Someone presents the spent token (a copy): the server ends the whole sign-in.
    EXPECT_EQ(refreshStatus(firstToken), 401);
    auto third = client();
    const SignInResult ended = third->restore();
    EXPECT_EQ(ended.status, SignInResult::Status::NotSignedIn);
    ASSERT_TRUE(ended.error);
    EXPECT_EQ(ended.error->kind, ApiError::Kind::Unauthorized);
    EXPECT_TRUE(keychainToken(*third).isEmpty()) << "a dead token is not kept";
}

TEST_P(Integration_AuthTest, AnExpiredAccessTokenIsRefreshedOnTheWay)
{
    auto resident = client();
    const SignInResult result = resident->signIn(u"r1"_s);
    ASSERT_EQ(result.status, SignInResult::Status::SignedIn);
    resident->api().setAccessToken(u"expired"_s);
    const auto report = resident->sync();
    EXPECT_TRUE(report.upToDate()) << (report.error ? report.error->message.toStdString() : "");
    EXPECT_NE(resident->api().accessToken(), u"expired"_s);
    EXPECT_EQ(meStatus(resident->api().accessToken()), 200);
}

TEST_P(Integration_AuthTest, AWrongPasswordIsRefusedInPlainWords)
{
    auto resident = client();
    const SignInResult result = resident->signIn(u"r1@example.org"_s, u"not-the-password"_s);
    EXPECT_EQ(result.status, SignInResult::Status::Failed);
    ASSERT_TRUE(result.error);
    EXPECT_EQ(result.error->kind, ApiError::Kind::Unauthorized);
    EXPECT_EQ(result.error->code, u"invalid_credentials"_s);
    EXPECT_TRUE(result.error->message.contains(u"password"_s));
    EXPECT_TRUE(keychainToken(*resident).isEmpty());
    EXPECT_FALSE(resident->auth().isSignedIn());
}

TEST_P(Integration_AuthTest, SigningOutRevokesTheSignInAndForgetsTheToken)
{
    auto resident = client();
    const SignInResult result = resident->signIn(u"r1"_s);
    ASSERT_EQ(result.status, SignInResult::Status::SignedIn);
    const QString accessToken = resident->api().accessToken();
    const QString refreshToken = keychainToken(*resident);
    EXPECT_EQ(meStatus(accessToken), 200);
    EXPECT_FALSE(resident->signOut()) << "the server was told";
    EXPECT_FALSE(resident->auth().isSignedIn());
    EXPECT_TRUE(resident->api().accessToken().isEmpty());
    EXPECT_EQ(meStatus(accessToken), 401) << "revoked on the server";
    if (!keychainAvailable(result))
        GTEST_SKIP() << "no keychain: the sign-in is for this session only";
    EXPECT_TRUE(keychainToken(*resident).isEmpty());
    EXPECT_EQ(refreshStatus(refreshToken), 401);
}

INSTANTIATE_TEST_SUITE_P(Backends, Integration_AuthTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         kenshu::test::backendName);
