#include "SyncTestClient.h"

#include "SavedSignIn.h"
#include "SyncStore.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>
#include <gtest/gtest.h>
#include <sstream>

namespace kenshu::test {

using namespace Qt::Literals::StringLiterals;

bool waitFor(const std::function<bool()>& done, int timeoutMs)
{
    if (QTest::qWaitFor(done, timeoutMs))
        return true;
    ADD_FAILURE() << "no answer within " << timeoutMs << " ms";
    return false;
}

std::string describe(const sync::SyncReport& report)
{
    std::ostringstream text;
    text << "pushed " << report.pushed << ", pulled " << report.pulled << ", uploaded "
         << report.uploaded.size() << ", held " << report.held << ", conflicts " << report.conflicts
         << ", refused " << report.refused << ", pending " << report.pending;
    if (report.error)
        text << ", error " << report.error->message.toStdString();
    if (!report.storeError.isEmpty())
        text << ", store " << report.storeError.toStdString();
    for (const SyncIssue& issue : report.issues)
        text << "\n  issue " << issue.code.toStdString() << ": " << issue.message.toStdString();
    return text.str();
}

QString keychainToken(const QString& service, const QString& account)
{
    std::optional<TokenResult> read;
    QObject context;
    TokenStore(service).readToken(account, &context, [&](const TokenResult& done) { read = done; });
    if (!waitFor([&] { return read.has_value(); }))
        return {};
    return read->status == TokenResult::Status::Ok ? read->token : QString();
}

QString uniqueKeychainService()
{
    return u"kenshu-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QStringList filesHolding(const QString& folder, const QList<QByteArray>& secrets)
{
    QStringList found;
    QDirIterator files(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = file.readAll();
        for (const QByteArray& secret : secrets) {
            if (!secret.isEmpty() && content.contains(secret))
                found.append(file.fileName());
        }
    }
    return found;
}

SyncTestClient::SyncTestClient(const QString& dataDir, const QUrl& server, const QString& caBundle,
                               const QString& keychainService)
    : m_dataDir(dataDir), m_server(server), m_tokens(keychainService),
      m_api(std::make_unique<sync::ApiClient>())
{
    EXPECT_TRUE(m_api->setServer(server));
    EXPECT_TRUE(m_api->setExtraCaBundle(caBundle));
    // Quick retries: the tests wait for answers, not for time.
    m_api->setBackoff(sync::Backoff{3, 5, 50});
    m_auth = std::make_unique<sync::Auth>(*m_api, m_tokens);
    m_engine = std::make_unique<sync::SyncEngine>(*m_api, dataDir);
}

SyncTestClient::~SyncTestClient()
{
    // Leaves nothing behind in the test keyring.
    std::optional<bool> deleted;
    QObject context;
    m_tokens.deleteToken(keychainAccount(), &context, [&](const TokenResult&) { deleted = true; });
    if (!QTest::qWaitFor([&] { return deleted.has_value(); }, 30000))
        ADD_FAILURE() << "the keychain did not answer";
}

LocalStore& SyncTestClient::store()
{
    if (!m_store) {
        auto opened = LocalStore::open(m_dataDir);
        if (!opened)
            ADD_FAILURE() << opened.error().message.toStdString();
        else
            m_store = std::move(*opened);
    }
    return *m_store;
}

QString SyncTestClient::deviceId()
{
    const Expected<QString> id = SyncStore(store()).deviceId();
    EXPECT_TRUE(id);
    return id ? *id : QString();
}

QString SyncTestClient::keychainAccount()
{
    return sync::SavedSignIn::keychainAccount(m_server, deviceId());
}

sync::SignInResult SyncTestClient::signIn(const QString& member)
{
    return signIn(member + u"@example.org"_s, u"password-"_s + member);
}

sync::SignInResult SyncTestClient::signIn(const QString& email, const QString& password)
{
    return awaitSignIn([&](QObject* context, sync::Auth::Callback done) {
        m_auth->signIn(keychainAccount(), email, password, context, std::move(done));
    });
}

sync::SignInResult SyncTestClient::restore()
{
    return awaitSignIn([&](QObject* context, sync::Auth::Callback done) {
        m_auth->restore(keychainAccount(), context, std::move(done));
    });
}

sync::SignInResult
SyncTestClient::awaitSignIn(const std::function<void(QObject*, sync::Auth::Callback)>& start)
{
    std::optional<sync::SignInResult> result;
    QObject context;
    start(&context, [&](const sync::SignInResult& done) { result = done; });
    if (!waitFor([&] { return result.has_value(); }))
        return {};
    if (result->status == sync::SignInResult::Status::SignedIn)
        m_engine->setMember(result->member);
    return *result;
}

std::optional<sync::ApiError> SyncTestClient::signOut()
{
    std::optional<std::optional<sync::ApiError>> result;
    QObject context;
    m_auth->signOut(&context, [&](const std::optional<sync::ApiError>& done) { result = done; });
    if (!waitFor([&] { return result.has_value(); }))
        return std::nullopt;
    return *result;
}

sync::SyncReport SyncTestClient::sync()
{
    std::optional<sync::SyncReport> report;
    QObject context;
    QObject::connect(m_engine.get(), &sync::SyncEngine::finished, &context,
                     [&](const sync::SyncReport& done) { report = done; });
    m_engine->syncNow();
    if (!waitFor([&] { return report.has_value(); }))
        return {};
    return *report;
}

} // namespace kenshu::test
