#include "AutoSync.h"

#include "LocalChanges.h"
#include "SyncSession.h"

#include <QDir>
#include <QNetworkInformation>
#include <algorithm>

namespace kenshu::sync {
namespace {

QString sameFolder(const QString& path)
{
    return QDir::cleanPath(QDir(path).absolutePath());
}

} // namespace

AutoSync::AutoSync(SyncSession& session, QString dataDir, QObject* parent)
    : QObject(parent), m_session(session), m_dataDir(sameFolder(dataDir))
{
    m_afterChange.setSingleShot(true);
    m_afterChange.setInterval(kAfterChangeMs);
    m_periodic.setInterval(kPeriodMs);
    m_retry.setSingleShot(true);
    for (QTimer* timer : {&m_periodic, &m_retry})
        connect(timer, &QTimer::timeout, &m_session, &SyncSession::syncNow);
    // Signed out, the changes waiting are still counted for the status area.
    connect(&m_afterChange, &QTimer::timeout, this, [this] {
        if (m_session.isSignedIn())
            m_session.syncNow();
        else
            m_session.countPending();
    });

    connect(&LocalChanges::instance(), &LocalChanges::queued, this, &AutoSync::localChangeQueued);
    connect(&m_session, &SyncSession::stateChanged, this, &AutoSync::sessionStateChanged);
    connect(&m_session, &SyncSession::syncFinished, this, &AutoSync::runFinished);
    watchNetwork();
    sessionStateChanged();
}

int AutoSync::retryDelayMs(int failures)
{
    qint64 delay = kFirstRetryMs;
    for (int step = 1; step < failures && delay < kPeriodMs; ++step)
        delay *= 2;
    return int(std::min<qint64>(delay, kPeriodMs));
}

void AutoSync::watchNetwork()
{
    // Debian 12's Qt 6.4 has QNetworkInformation; whether a backend (NetworkManager, Windows'
    // Network List Manager, …) is there depends on the machine.
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        return;
    QNetworkInformation* network = QNetworkInformation::instance();
    if (!network)
        return;
    m_watchesNetwork = true;
    connect(network, &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability reachability) {
                if (reachability == QNetworkInformation::Reachability::Online ||
                    reachability == QNetworkInformation::Reachability::Site)
                    networkCameBack();
            });
}

void AutoSync::localChangeQueued(const QString& dataDir)
{
    if (sameFolder(dataDir) != m_dataDir)
        return;
    m_afterChange.start(); // restarted by every change: sync once the user pauses
}

void AutoSync::networkCameBack()
{
    if (!m_session.isSignedIn())
        return;
    m_retry.stop();
    m_failures = 0;
    m_session.syncNow();
}

void AutoSync::sessionStateChanged()
{
    if (m_session.isSignedIn()) {
        if (!m_periodic.isActive())
            m_periodic.start();
        return;
    }
    m_periodic.stop();
    m_retry.stop();
    m_failures = 0;
}

void AutoSync::runFinished(const SyncReport& report)
{
    if (report.error && report.error->isTransient() && m_session.isSignedIn()) {
        ++m_failures;
        m_retry.start(retryDelayMs(m_failures));
        return;
    }
    m_failures = 0;
    m_retry.stop();
}

} // namespace kenshu::sync
