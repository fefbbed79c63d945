#include "TokenStore.h"

#include <QCoreApplication>
#include <qt6keychain/keychain.h>
#include <utility>

namespace kenshu {
namespace {

TokenResult resultOf(const QKeychain::Job& job)
{
    TokenResult result;
    // The backend's own text helps support; it never holds the secret.
    const QString detail = job.errorString();
    switch (job.error()) {
    case QKeychain::NoError:
        result.status = TokenResult::Status::Ok;
        return result;
    case QKeychain::EntryNotFound:
        result.status = TokenResult::Status::NotFound;
        return result;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    // QtKeychain 0.13 has no isAvailable(); the Secret Service reports a missing or silent
    // daemon (no D-Bus session, no keyring running) as OtherError. Either way nothing can be
    // stored, so the sign-in lasts for this session only.
    case QKeychain::OtherError:
        result.status = TokenResult::Status::KeychainUnavailable;
        result.message =
            QCoreApplication::translate("TokenStore",
                                        "No keychain is available on this computer, so Kenshu "
                                        "cannot remember your sign-in: you are signed in for this "
                                        "session only (%1).")
                .arg(detail);
        return result;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.status = TokenResult::Status::Denied;
        result.message =
            QCoreApplication::translate("TokenStore", "Access to the keychain was refused, so "
                                                      "Kenshu cannot remember your sign-in: you "
                                                      "are signed in for this session only.");
        return result;
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    result.status = TokenResult::Status::Failed;
    result.message =
        QCoreApplication::translate("TokenStore", "The keychain failed: %1").arg(detail);
    return result;
}

// Runs the job, reporting to `done` in `context`'s thread unless `context` is gone by then.
void start(QKeychain::Job* job, const QString& account, QObject* context, TokenStore::Callback done)
{
    Q_ASSERT(context);
    job->setKey(account);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plaintext copy in QSettings
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [done = std::move(done)](QKeychain::Job* finished) {
                         TokenResult result = resultOf(*finished);
                         auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(finished);
                         if (read && result.status == TokenResult::Status::Ok)
                             result.token = read->textData();
                         done(result);
                     });
    job->start();
}

} // namespace

TokenStore::TokenStore(QString service) : m_service(std::move(service)) {}

void TokenStore::writeToken(const QString& account, const QString& token, QObject* context,
                            Callback done) const
{
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setTextData(token);
    start(job, account, context, std::move(done));
}

void TokenStore::readToken(const QString& account, QObject* context, Callback done) const
{
    start(new QKeychain::ReadPasswordJob(m_service), account, context, std::move(done));
}

void TokenStore::deleteToken(const QString& account, QObject* context, Callback done) const
{
    start(new QKeychain::DeletePasswordJob(m_service), account, context, std::move(done));
}

} // namespace kenshu
