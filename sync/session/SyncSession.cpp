#include "SyncSession.h"

#include "ApiClient.h"
#include "AsyncRun.h"
#include "LocalStore.h"
#include "SyncEngine.h"
#include "SyncStore.h"
#include "TokenStore.h"

#include <QDir>
#include <algorithm>

namespace kenshu::sync {
namespace {

using namespace Qt::Literals::StringLiterals;

SignInResult localFailure(const QString& message)
{
    SignInResult result;
    result.status = SignInResult::Status::Failed;
    result.error = ApiError::make(ApiError::Kind::BadResponse, message);
    return result;
}

// What a run that could not start leaves: the error, and what is still waiting.
struct Waiting
{
    int pending = 0;
    QList<SyncIssue> issues;
    QString storeError;
};

Waiting countWaiting(const QString& dataDir)
{
    Expected<std::unique_ptr<LocalStore>> store = LocalStore::open(dataDir);
    if (!store)
        return {0, {}, store.error().message};
    const SyncStore syncStore(**store);
    return {syncStore.pendingCount(), syncStore.issues(), {}};
}

} // namespace

struct SyncSession::Loaded
{
    QString deviceId;
    std::optional<SavedSignIn> saved;
    QList<QSslCertificate> caCertificates;
    QString error;
};

SyncSession::SyncSession(QString dataDir, Options options, QObject* parent)
    : QObject(parent), m_dataDir(std::move(dataDir)), m_options(std::move(options)),
      m_api(std::make_unique<ApiClient>()),
      m_auth(std::make_unique<Auth>(*m_api, TokenStore(m_options.keychainService))),
      m_lock(QDir(m_dataDir).filePath(u"sync.lock"_s))
{
    qRegisterMetaType<kenshu::sync::SignInResult>();
    connect(m_auth.get(), &Auth::signedOut, this, [this](const QString& reason) {
        // During a silent sign-in the restore's own answer says so.
        if (m_state == State::SignedIn && !m_confirming)
            endSignIn(reason);
    });
}

SyncSession::~SyncSession() = default;

bool SyncSession::sessionOnly() const
{
    return m_auth->sessionOnly();
}

QUrl SyncSession::server() const
{
    return m_saved ? m_saved->server : QUrl();
}

QString SyncSession::email() const
{
    return m_saved ? m_saved->email : QString();
}

QString SyncSession::roomId() const
{
    return m_roomId.isEmpty() ? m_member.defaultRoomId() : m_roomId;
}

void SyncSession::setRoomId(const QString& roomId)
{
    if (roomId == m_roomId)
        return;
    m_roomId = roomId;
    emit roomChanged();
}

bool SyncSession::isSyncing() const
{
    return m_engine && m_engine->isRunning();
}

void SyncSession::load(std::function<void(const QString& error)> next)
{
    if (m_loaded) {
        next({});
        return;
    }
    const bool loading = static_cast<bool>(m_afterLoad);
    m_afterLoad = [before = std::exchange(m_afterLoad, {}), next](const QString& error) {
        if (before)
            before(error);
        next(error);
    };
    if (loading)
        return;
    runAsync<Loaded>(
        this,
        [dataDir = m_dataDir, itBundle = m_options.caBundle] {
            Loaded loaded;
            Expected<std::unique_ptr<LocalStore>> store = LocalStore::open(dataDir);
            if (!store) {
                loaded.error = store.error().message;
                return loaded;
            }
            SyncStore syncStore(**store);
            Expected<QString> deviceId = syncStore.deviceId();
            if (!deviceId) {
                loaded.error = deviceId.error().message;
                return loaded;
            }
            loaded.deviceId = *deviceId;
            loaded.saved = SavedSignIn::load(syncStore);
            // IT's bundle wins over one saved by kenshuctl --ca-bundle. A bundle that cannot be
            // read stops the sign-in with the reason, rather than failing later as "untrusted".
            const QString bundle = !itBundle.isEmpty()
                                       ? itBundle
                                       : (loaded.saved ? loaded.saved->caBundle : QString());
            Expected<QList<QSslCertificate>> certificates = ApiClient::readCaBundle(bundle);
            if (!certificates)
                loaded.error = certificates.error().message;
            else
                loaded.caCertificates = *certificates;
            return loaded;
        },
        [this](const Loaded& loaded) {
            // A library that cannot be read now is tried again on the next call.
            m_loaded = loaded.error.isEmpty();
            if (m_loaded) {
                m_deviceId = loaded.deviceId;
                m_saved = loaded.saved;
                m_caCertificates = loaded.caCertificates;
            }
            std::exchange(m_afterLoad, {})(loaded.error);
        });
}

void SyncSession::configureServer(const QUrl& server)
{
    m_api->setServer(server);
    m_api->setExtraCaCertificates(m_caCertificates); // read with the saved sign-in, in load()
    m_account = SavedSignIn::keychainAccount(server, m_deviceId);
}

bool SyncSession::lock()
{
    return m_lock.isLocked() || m_lock.tryLock(0);
}

bool SyncSession::lockForRun()
{
    if (lock())
        return true;
    // As a passing failure, so that it is tried again.
    finishWithoutRun(ApiError::make(
        ApiError::Kind::ServerError,
        tr("Another sign-in or sync is running on this data folder. Kenshu will try again.")));
    return false;
}

void SyncSession::unlock()
{
    if (m_lock.isLocked() && !isSyncing() && m_state != State::SigningIn && !m_confirming)
        m_lock.unlock();
}

void SyncSession::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged();
}

void SyncSession::restore()
{
    if (m_state != State::SignedOut)
        return;
    setState(State::SigningIn);
    load([this](const QString& error) {
        if (!error.isEmpty() || !m_saved || !lock()) {
            setState(State::SignedOut);
            SignInResult result;
            result.status = SignInResult::Status::NotSignedIn;
            if (!error.isEmpty())
                result = localFailure(error);
            else if (m_saved)
                result =
                    localFailure(tr("Another sign-in or sync is running on this data folder."));
            emit restoreFinished(result);
            return;
        }
        configureServer(m_saved->server);
        m_auth->restore(m_account, this,
                        [this](const SignInResult& result) { afterRestore(result); });
    });
}

void SyncSession::afterRestore(const SignInResult& result)
{
    // At start the restore reports through restoreFinished; later (confirming a sign-in made
    // offline) through the sync's own signals.
    const bool atStart = m_state == State::SigningIn;
    m_confirming = false;
    if (result.status == SignInResult::Status::SignedIn) {
        signedInAs(result);
        unlock();
        if (atStart)
            emit restoreFinished(result);
        runSync();
        return;
    }
    if (result.status == SignInResult::Status::NotSignedIn) {
        if (atStart) {
            setState(State::SignedOut);
            unlock();
            emit restoreFinished(result);
            return;
        }
        endSignIn(result.error ? result.error->message
                               : tr("The sign-in is no longer remembered on this computer. "
                                    "Sign in again."));
        unlock();
        return;
    }
    // The server could not confirm the sign-in (offline, busy, certificate): the token is
    // kept, work goes on as the member remembered, and the next sync asks again.
    if (atStart && m_saved) {
        if (Expected<SignedInMember> member = SignedInMember::fromJson(m_saved->member))
            m_member = *member;
        emit roomChanged();
    }
    m_confirmed = false;
    setState(State::SignedIn);
    unlock();
    if (atStart)
        emit restoreFinished(result);
    if (result.error)
        finishWithoutRun(*result.error);
}

void SyncSession::signedInAs(const SignInResult& result)
{
    m_member = result.member;
    m_confirmed = true;
    const bool roomStillSeen =
        std::any_of(m_member.rooms.cbegin(), m_member.rooms.cend(),
                    [this](const SignedInMember::Room& room) { return room.id == m_roomId; });
    if (!roomStillSeen)
        m_roomId.clear();
    setState(State::SignedIn);
    emit roomChanged();
}

void SyncSession::signIn(const QUrl& server, const QString& email, QString password)
{
    if (m_state == State::SigningIn)
        return;
    m_password = std::move(password);
    setState(State::SigningIn);
    load([this, server, email](const QString& error) {
        const auto fail = [this](const SignInResult& result) {
            m_password.fill(u'\0');
            m_password.clear();
            setState(State::SignedOut);
            unlock();
            emit signInFinished(result);
        };
        if (!error.isEmpty()) {
            fail(localFailure(error));
            return;
        }
        if (Status checked = ApiClient::checkServerUrl(server); !checked) {
            fail(localFailure(checked.error().message));
            return;
        }
        if (!lock()) {
            fail(localFailure(tr("Another sign-in or sync is running on this data folder.")));
            return;
        }
        configureServer(server);
        m_auth->signIn(m_account, email, m_password, this,
                       [this, server, email](const SignInResult& result) {
                           if (result.status != SignInResult::Status::SignedIn) {
                               setState(State::SignedOut);
                               unlock();
                               emit signInFinished(result);
                               return;
                           }
                           m_saved = SavedSignIn{server, email, result.member.id,
                                                 m_options.caBundle, result.member.toJson()};
                           saveSignIn();
                           signedInAs(result);
                           unlock();
                           emit signInFinished(result);
                           runSync();
                       });
        // The request holds its own copy now.
        m_password.fill(u'\0');
        m_password.clear();
    });
}

void SyncSession::signOut()
{
    if (m_state == State::SigningIn)
        return;
    m_auth->signOut(this, [this](const std::optional<ApiError>& error) {
        m_member = {};
        m_confirmed = false;
        clearSavedSignIn();
        setState(State::SignedOut);
        emit roomChanged();
        emit signOutFinished(error ? error->message : QString());
    });
}

void SyncSession::syncNow()
{
    if (m_state != State::SignedIn)
        return;
    if (!m_confirmed) {
        confirmThenSync();
        return;
    }
    runSync();
}

void SyncSession::confirmThenSync()
{
    if (m_confirming || !m_saved)
        return;
    if (!lockForRun())
        return;
    m_confirming = true;
    emit syncStarted();
    configureServer(m_saved->server);
    m_auth->restore(m_account, this, [this](const SignInResult& result) { afterRestore(result); });
}

void SyncSession::runSync()
{
    if (m_state != State::SignedIn || !m_confirmed)
        return;
    if (!lockForRun())
        return;
    SyncEngine& syncEngine = engine();
    syncEngine.setMember(m_member);
    syncEngine.setRoomId(roomId());
    syncEngine.syncNow();
}

SyncEngine& SyncSession::engine()
{
    if (!m_engine) {
        m_engine = std::make_unique<SyncEngine>(*m_api, m_dataDir);
        connect(m_engine.get(), &SyncEngine::started, this, [this] {
            lock(); // a run that follows another starts after the lock was let go
            emit syncStarted();
        });
        connect(m_engine.get(), &SyncEngine::finished, this, &SyncSession::engineFinished);
        connect(m_engine.get(), &SyncEngine::uploadProgress, this, &SyncSession::uploadProgress);
    }
    return *m_engine;
}

void SyncSession::engineFinished(const SyncReport& report)
{
    unlock();
    emit syncFinished(report);
}

void SyncSession::finishWithoutRun(const ApiError& error)
{
    runAsync<Waiting>(
        this, [dataDir = m_dataDir] { return countWaiting(dataDir); },
        [this, error](const Waiting& waiting) {
            SyncReport report;
            report.error = error;
            report.pending = waiting.pending;
            report.issues = waiting.issues;
            report.storeError = waiting.storeError;
            emit syncFinished(report);
        });
}

void SyncSession::countPending()
{
    runAsync<Waiting>(
        this, [dataDir = m_dataDir] { return countWaiting(dataDir); },
        [this](const Waiting& waiting) { emit pendingCounted(waiting.pending, waiting.issues); });
}

void SyncSession::endSignIn(const QString& reason)
{
    const bool wasSignedIn = m_state != State::SignedOut;
    m_member = {};
    m_confirmed = false;
    setState(State::SignedOut);
    if (wasSignedIn && !reason.isEmpty())
        emit signInEnded(reason);
    emit roomChanged();
}

void SyncSession::saveSignIn()
{
    if (m_saved)
        writeSyncState([saved = *m_saved](SyncStore& store) { return saved.save(store); });
}

void SyncSession::clearSavedSignIn()
{
    // The server and e-mail stay known to this object, to fill in the next sign-in.
    writeSyncState([](SyncStore& store) { return SavedSignIn::clear(store); });
}

void SyncSession::writeSyncState(std::function<Status(SyncStore&)> write)
{
    // Not secret (SavedSignIn.h); failing to write only costs the silent sign-in next time.
    runAsync<Status>(
        this,
        [dataDir = m_dataDir, write = std::move(write)]() -> Status {
            Expected<std::unique_ptr<LocalStore>> store = LocalStore::open(dataDir);
            if (!store)
                return store.error();
            SyncStore syncStore(**store);
            return write(syncStore);
        },
        [](const Status&) {});
}

void SyncSession::confirmBurnedIn(const QUuid& studyId, const QStringList& seriesInstanceUids,
                                  std::function<void(const Status&)> done)
{
    // Through the engine's store thread, in line with the writes of a run.
    engine().confirmBurnedIn(studyId, seriesInstanceUids, this,
                             [this, done = std::move(done)](const Status& status) {
                                 done(status);
                                 if (status)
                                     syncNow();
                             });
}

} // namespace kenshu::sync
