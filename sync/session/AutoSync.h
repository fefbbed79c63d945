#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

namespace kenshu::sync {

class SyncSession;
struct SyncReport;

// Runs sync by itself while signed in: once signed in, a few seconds after the last local change
// (LocalChanges), every few minutes, when the network comes back (where Qt can tell), and after
// a run that failed for a passing reason, with growing pauses. The session coalesces runs.
class AutoSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutoSync)

public:
    static constexpr int kAfterChangeMs = 3000;
    static constexpr int kPeriodMs = 2 * 60 * 1000;
    static constexpr int kFirstRetryMs = 10 * 1000;

    AutoSync(SyncSession& session, QString dataDir, QObject* parent = nullptr);

    // The pause before the next retry after `failures` failed runs in a row (1 = one failure):
    // doubling from kFirstRetryMs up to kPeriodMs.
    static int retryDelayMs(int failures);

    // For tests and the status area: what is scheduled.
    bool isSyncScheduledAfterChange() const { return m_afterChange.isActive(); }
    bool isRetryScheduled() const { return m_retry.isActive(); }
    int failuresInARow() const { return m_failures; }
    // Whether Qt reports the network's reachability here (else only retries bring sync back).
    bool watchesNetwork() const { return m_watchesNetwork; }

    // A change was queued for sync in `dataDir` (any data folder: others are ignored).
    void localChangeQueued(const QString& dataDir);
    void networkCameBack();

private:
    void sessionStateChanged();
    void runFinished(const SyncReport& report);
    void watchNetwork();

    SyncSession& m_session;
    QString m_dataDir;
    QTimer m_afterChange;
    QTimer m_periodic;
    QTimer m_retry;
    int m_failures = 0;
    bool m_watchesNetwork = false;
};

} // namespace kenshu::sync
