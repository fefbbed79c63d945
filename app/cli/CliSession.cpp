#include "CliSession.h"

#include "SavedSignIn.h"
#include "SyncStore.h"
#include "TokenStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>

namespace kenshu::cli {

using namespace Qt::Literals::StringLiterals;
using sync::ApiClient;
using sync::Auth;
using sync::SavedSignIn;
using sync::SignInResult;

std::unique_ptr<QLockFile> lockDataFolder(const QString& dataDir, QTextStream& err)
{
    QDir().mkpath(dataDir);
    auto lock = std::make_unique<QLockFile>(QDir(dataDir).filePath(u"sync.lock"_s));
    if (!lock->tryLock(0)) {
        err << QCoreApplication::translate(
                   "kenshuctl", "Another sign-in or sync is running on this data folder.")
            << u'\n';
        return nullptr;
    }
    return lock;
}

std::optional<Session> openSession(const QString& dataDir, const QUrl& server,
                                   const QString& caBundle, QTextStream& err)
{
    Expected<std::unique_ptr<LocalStore>> store = LocalStore::open(dataDir);
    if (!store) {
        err << store.error().message << u'\n';
        return std::nullopt;
    }
    SyncStore syncStore(**store);
    Expected<QString> deviceId = syncStore.deviceId();
    if (!deviceId) {
        err << deviceId.error().message << u'\n';
        return std::nullopt;
    }
    Session session;
    session.api = std::make_unique<ApiClient>();
    if (Status set = session.api->setServer(server); !set) {
        err << set.error().message << u'\n';
        return std::nullopt;
    }
    if (Status set = session.api->setExtraCaBundle(caBundle); !set) {
        err << set.error().message << u'\n';
        return std::nullopt;
    }
    // Tests name a keychain service of their own, so that a developer's sign-in is untouched.
    session.auth = std::make_unique<Auth>(
        *session.api,
        TokenStore(qEnvironmentVariable("KENSHU_KEYCHAIN_SERVICE", QStringLiteral("Kenshu"))));
    session.account = SavedSignIn::keychainAccount(server, *deviceId);
    session.store = std::move(*store);
    return session;
}

SignInResult await(const std::function<void(QObject*, Auth::Callback)>& start)
{
    QEventLoop loop;
    SignInResult result;
    start(&loop, [&](const SignInResult& done) {
        result = done;
        loop.quit();
    });
    loop.exec();
    return result;
}

std::optional<std::pair<Session, SignInResult>> restoreSession(const QString& dataDir,
                                                               QTextStream& err)
{
    std::optional<SavedSignIn> saved;
    {
        Expected<std::unique_ptr<LocalStore>> store = LocalStore::open(dataDir);
        if (!store) {
            err << store.error().message << u'\n';
            return std::nullopt;
        }
        saved = SavedSignIn::load(SyncStore(**store));
    }
    if (!saved) {
        err << QCoreApplication::translate(
                   "kenshuctl", "Not signed in. Run: kenshuctl login --server URL --email E")
            << u'\n';
        return std::nullopt;
    }
    std::optional<Session> session = openSession(dataDir, saved->server, saved->caBundle, err);
    if (!session)
        return std::nullopt;
    const SignInResult result = await([&](QObject* context, Auth::Callback done) {
        session->auth->restore(session->account, context, std::move(done));
    });
    if (result.status == SignInResult::Status::NotSignedIn) {
        err << (result.error ? result.error->message
                             : QCoreApplication::translate(
                                   "kenshuctl",
                                   "The sign-in is no longer remembered here. Run kenshuctl login "
                                   "again."))
            << u'\n';
        if (!result.keychainMessage.isEmpty())
            err << result.keychainMessage << u'\n';
        return std::nullopt;
    }
    if (result.status == SignInResult::Status::Failed) {
        err << result.error->message << u'\n';
        return std::nullopt;
    }
    return std::make_pair(std::move(*session), result);
}

} // namespace kenshu::cli
