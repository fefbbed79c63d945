#pragma once

#include "SyncIssue.h"
#include "TransferEstimate.h"

#include <QDateTime>
#include <QList>
#include <QWidget>
#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace kenshu::sync {
struct SyncReport;
}

namespace kenshu {

// The sync part of the main window's status bar: online or offline (or not signed in), changes
// waiting, when the last sync succeeded, what went wrong in plain words, a count of conflicts
// and refusals that opens their list, and transfer progress with speed and time left.
class SyncStatusWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncStatusWidget)

public:
    using WallClock = std::function<QDateTime()>;
    using MonotonicClock = TransferEstimate::Clock;

    explicit SyncStatusWidget(QWidget* parent = nullptr);
    // Tests set both clocks; the app uses the system's.
    void setClocks(WallClock now, MonotonicClock monotonic);

    void showSignedOut();
    // `confirmed` false: signed in, but the server has not been reached yet.
    void showSignedIn(const QString& memberName, bool confirmed);
    void showSyncing();
    void showReport(const sync::SyncReport& report);
    void setPending(int pending, const QList<SyncIssue>& issues);
    // Says again how long ago the last sync was (a timer does it every 30 s).
    void refreshLastSync();
    // Upload or download progress; done >= total ends it.
    void setTransferProgress(qint64 done, qint64 total, const QString& what);

    // What the status area says, for tests and screen readers.
    QString connectionText() const;
    QString pendingText() const;
    QString lastSyncText() const;
    QString errorText() const;
    QString issuesText() const;
    QString transferText() const;
    QList<SyncIssue> issues() const { return m_issues; }

signals:
    // Clicked the count of conflicts and refusals.
    void issuesRequested();
    void signInRequested();

private:
    void setConnection(const QString& text, const QString& tooltip = {});
    void updatePendingAndIssues(int pending, const QList<SyncIssue>& issues);

    WallClock m_now;
    QLabel* m_connection = nullptr;
    QPushButton* m_signIn = nullptr;
    QLabel* m_pending = nullptr;
    QLabel* m_lastSync = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_issuesButton = nullptr;
    QProgressBar* m_transferBar = nullptr;
    QLabel* m_transfer = nullptr;
    QTimer* m_tick = nullptr;
    TransferEstimate m_estimate;
    QDateTime m_lastSuccess;
    QList<SyncIssue> m_issues;
    QString m_memberName;
};

} // namespace kenshu
