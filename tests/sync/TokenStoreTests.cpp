// Sync_TokenStoreTest: the refresh token goes into the real OS keychain and comes back, from
// this process and from another one; it never lands in a file under the data folder or in
// QSettings; and without a keychain the result says "session only" instead of falling back to
// plaintext. scripts/test.sh runs the suite in a private D-Bus session with an unlocked
// gnome-keyring and sets KENSHU_REQUIRE_KEYCHAIN=1; run alone without a keyring, the tests that
// need one are skipped, saying why.
#include "QtPrinters.h"
#include "TokenStore.h"

#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <gtest/gtest.h>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using kenshu::TokenResult;
using kenshu::TokenStore;

#ifndef KENSHU_TOKEN_STORE_CHILD
#error "KENSHU_TOKEN_STORE_CHILD must be the path of token_store_child"
#endif

namespace {

constexpr int kKeychainTimeoutMs = 30000;

struct ChildResult
{
    QHash<QString, QString> fields;
    QString status() const { return fields.value(u"status"_s); }
};

// Waits on the event loop (no sleeping) for one asynchronous keychain operation.
template <typename Operation> std::optional<TokenResult> await(Operation operation)
{
    QObject context;
    std::optional<TokenResult> result;
    operation(&context, [&](const TokenResult& done) { result = done; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, kKeychainTimeoutMs))
        ADD_FAILURE() << "the keychain did not answer";
    return result;
}

class Sync_TokenStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_home.isValid());
        // A service of its own, so that a developer's real Kenshu sign-in is never touched.
        m_service = u"kenshu-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_token = u"refresh-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    }

    void TearDown() override
    {
        if (m_wroteToRealKeychain)
            await([&](QObject* context, TokenStore::Callback done) {
                store().deleteToken(m_account, context, std::move(done));
            });
    }

    TokenStore store() const { return TokenStore(m_service); }

    // Stops the test when there is no keychain: a failure when one is required.
    bool requireKeychain(const TokenResult& written)
    {
        if (written.status != TokenResult::Status::KeychainUnavailable)
            return true;
        if (qEnvironmentVariable("KENSHU_REQUIRE_KEYCHAIN") == "1"_L1) {
            ADD_FAILURE() << "no keychain, although scripts/test.sh should provide one: "
                          << written.message.toStdString();
        }
        return false;
    }

    ChildResult child(const QStringList& arguments, bool withoutKeychain = false)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        // Where the app would keep its data and settings: all inside the temporary home.
        environment.insert(u"KENSHU_DATA_DIR"_s, m_home.filePath(u"data"_s));
        environment.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        environment.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"share"_s));
        environment.insert(u"XDG_CACHE_HOME"_s, m_home.filePath(u"cache"_s));
        if (withoutKeychain)
            environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/bus"_s);
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(KENSHU_TOKEN_STORE_CHILD),
                      QStringList{m_service, m_account} + arguments);
        ChildResult result;
        if (!process.waitForFinished(2 * kKeychainTimeoutMs)) {
            ADD_FAILURE() << "token_store_child did not finish";
            process.kill();
            process.waitForFinished();
            return result;
        }
        EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
        const QString output = QString::fromUtf8(process.readAllStandardOutput());
        for (const QString& line : output.split(u'\n', Qt::SkipEmptyParts))
            result.fields.insert(line.section(u'=', 0, 0), line.section(u'=', 1));
        return result;
    }

    // Every file under the temporary home that contains the token.
    QStringList filesHoldingToken() const
    {
        QStringList found;
        QDirIterator files(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(m_token.toUtf8()))
                found.append(file.fileName());
        }
        return found;
    }

    QTemporaryDir m_home;
    QString m_service;
    const QString m_account = u"resident@example.org@https://kenshu.example.org"_s;
    QString m_token;
    bool m_wroteToRealKeychain = false;
};

} // namespace

TEST_F(Sync_TokenStoreTest, StoresReadsBackAndDeletesInTheRealKeychain)
{
    const auto written = await([&](QObject* context, TokenStore::Callback done) {
        store().writeToken(m_account, m_token, context, std::move(done));
    });
    ASSERT_TRUE(written);
    if (!requireKeychain(*written))
        GTEST_SKIP() << "no keychain here: " << written->message.toStdString();
    m_wroteToRealKeychain = true;
    ASSERT_EQ(written->status, TokenResult::Status::Ok) << written->message.toStdString();
    EXPECT_TRUE(written->token.isEmpty());

    // Another process reads it: the keychain holds it, not this process.
    const ChildResult other = child({u"read"_s});
    EXPECT_EQ(other.status(), u"Ok"_s);
    EXPECT_EQ(other.fields.value(u"token"_s), m_token);

    const auto read = await([&](QObject* context, TokenStore::Callback done) {
        store().readToken(m_account, context, std::move(done));
    });
    ASSERT_TRUE(read);
    EXPECT_EQ(read->status, TokenResult::Status::Ok);
    EXPECT_EQ(read->token, m_token);

    const QString renewed = m_token + u"-renewed";
    await([&](QObject* context, TokenStore::Callback done) {
        store().writeToken(m_account, renewed, context, std::move(done));
    });
    EXPECT_EQ(child({u"read"_s}).fields.value(u"token"_s), renewed);

    const auto deleted = await([&](QObject* context, TokenStore::Callback done) {
        store().deleteToken(m_account, context, std::move(done));
    });
    ASSERT_TRUE(deleted);
    EXPECT_EQ(deleted->status, TokenResult::Status::Ok);
    const auto gone = await([&](QObject* context, TokenStore::Callback done) {
        store().readToken(m_account, context, std::move(done));
    });
    ASSERT_TRUE(gone);
    EXPECT_EQ(gone->status, TokenResult::Status::NotFound);
    EXPECT_TRUE(gone->token.isEmpty());
    EXPECT_EQ(child({u"read"_s}).status(), u"NotFound"_s);
}

TEST_F(Sync_TokenStoreTest, TheTokenNeverLandsInTheDataFolderOrSettings)
{
    // With a keychain and without one (where a plaintext fallback would write to QSettings).
    const ChildResult withKeychain = child({u"write"_s, m_token});
    m_wroteToRealKeychain = withKeychain.status() == u"Ok"_s;
    const ChildResult withoutKeychain = child({u"write"_s, m_token}, true);
    EXPECT_EQ(withoutKeychain.status(), u"KeychainUnavailable"_s);
    EXPECT_TRUE(QFile::exists(m_home.filePath(u"config/Kenshu/Kenshu.conf"_s)));
    EXPECT_EQ(filesHoldingToken(), QStringList());
    if (!m_wroteToRealKeychain && qEnvironmentVariable("KENSHU_REQUIRE_KEYCHAIN") == "1"_L1)
        ADD_FAILURE() << "no keychain: " << withKeychain.fields.value(u"message"_s).toStdString();
}

TEST_F(Sync_TokenStoreTest, WithoutAKeychainTheSignInIsForThisSessionOnly)
{
    for (const QStringList& operation :
         {QStringList{u"write"_s, m_token}, QStringList{u"read"_s}}) {
        const ChildResult result = child(operation, true);
        EXPECT_EQ(result.status(), u"KeychainUnavailable"_s) << operation.first().toStdString();
        EXPECT_EQ(result.fields.value(u"session-only"_s), u"1"_s);
        EXPECT_TRUE(result.fields.value(u"message"_s).contains(u"session only"_s))
            << result.fields.value(u"message"_s).toStdString();
        EXPECT_TRUE(result.fields.value(u"token"_s).isEmpty());
    }
}
