#include "SyncStatusWidget.h"

#include "LastSyncText.h"
#include "SyncReport.h"

#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStringList>
#include <QTimer>
#include <algorithm>

namespace kenshu {

using namespace Qt::Literals::StringLiterals;
using sync::ApiError;

namespace {

QPushButton* linkButton(const QString& objectName, QWidget* parent)
{
    auto* button = new QPushButton(parent);
    button->setObjectName(objectName);
    button->setFlat(true);
    button->setCursor(Qt::PointingHandCursor);
    button->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    // Looks like the link it is.
    button->setStyleSheet(
        u"QPushButton { border: none; color: palette(link); text-decoration: underline; }"_s);
    return button;
}

qint64 processMilliseconds()
{
    static QElapsedTimer clock;
    if (!clock.isValid())
        clock.start();
    return clock.elapsed();
}

} // namespace

SyncStatusWidget::SyncStatusWidget(QWidget* parent)
    : QWidget(parent), m_now([] { return QDateTime::currentDateTime(); }),
      m_estimate(processMilliseconds)
{
    setObjectName(u"syncStatus"_s);
    m_connection = new QLabel(this);
    m_connection->setObjectName(u"syncConnection"_s);
    m_signIn = linkButton(u"syncSignIn"_s, this);
    m_signIn->setText(tr("Sign in…"));
    connect(m_signIn, &QPushButton::clicked, this, &SyncStatusWidget::signInRequested);
    m_pending = new QLabel(this);
    m_pending->setObjectName(u"syncPending"_s);
    m_lastSync = new QLabel(this);
    m_lastSync->setObjectName(u"syncLastSync"_s);
    m_error = new QLabel(this);
    m_error->setObjectName(u"syncError"_s);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setMaximumWidth(420);
    QPalette warning = m_error->palette();
    warning.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_error->setPalette(warning);
    m_issuesButton = linkButton(u"syncIssues"_s, this);
    m_issuesButton->setToolTip(tr("Changes the server did not take as they are: open the list"));
    connect(m_issuesButton, &QPushButton::clicked, this, &SyncStatusWidget::issuesRequested);
    m_transferBar = new QProgressBar(this);
    m_transferBar->setObjectName(u"syncTransferBar"_s);
    m_transferBar->setMaximumWidth(120);
    m_transferBar->setTextVisible(false);
    m_transfer = new QLabel(this);
    m_transfer->setObjectName(u"syncTransfer"_s);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(14);
    for (QWidget* part :
         std::initializer_list<QWidget*>{m_transferBar, m_transfer, m_error, m_issuesButton,
                                         m_pending, m_lastSync, m_connection, m_signIn})
        layout->addWidget(part);

    m_tick = new QTimer(this);
    m_tick->setInterval(30 * 1000);
    connect(m_tick, &QTimer::timeout, this, &SyncStatusWidget::refreshLastSync);
    m_tick->start();

    for (QWidget* part : std::initializer_list<QWidget*>{m_pending, m_lastSync, m_error,
                                                         m_issuesButton, m_transferBar, m_transfer})
        part->hide();
    showSignedOut();
}

void SyncStatusWidget::setClocks(WallClock now, MonotonicClock monotonic)
{
    m_now = std::move(now);
    m_estimate = TransferEstimate(std::move(monotonic));
}

void SyncStatusWidget::setConnection(const QString& text, const QString& tooltip)
{
    m_connection->setText(m_memberName.isEmpty() ? text : tr("%1 · %2").arg(m_memberName, text));
    m_connection->setToolTip(tooltip);
}

void SyncStatusWidget::showSignedOut()
{
    m_memberName.clear();
    setConnection(tr("Not signed in"),
                  tr("Your work is kept on this computer. Sign in to share it with your "
                     "supervisors."));
    m_signIn->show();
    m_error->hide();
    m_lastSuccess = {};
    refreshLastSync();
}

void SyncStatusWidget::showSignedIn(const QString& memberName, bool confirmed)
{
    m_memberName = memberName;
    m_signIn->hide();
    if (confirmed)
        setConnection(tr("Online"));
    else
        setConnection(tr("Connecting…"), tr("The server has not been reached yet. Your work "
                                            "is kept here and sent when it can be."));
}

void SyncStatusWidget::showSyncing()
{
    setConnection(tr("Syncing…"));
}

void SyncStatusWidget::showReport(const sync::SyncReport& report)
{
    // A run that ended (or failed) mid-file leaves no stale transfer behind.
    setTransferProgress(0, 0, {});
    QString error;
    if (!report.storeError.isEmpty()) {
        error = tr("The local library could not be read: %1").arg(report.storeError);
        setConnection(tr("Online"));
    } else if (!report.error) {
        m_lastSuccess = m_now();
        setConnection(tr("Online"));
    } else {
        switch (report.error->kind) {
        case ApiError::Kind::Offline:
        case ApiError::Kind::Timeout:
            // Working offline is normal: said in the connection, not as an error.
            setConnection(tr("Offline"), report.error->message);
            break;
        case ApiError::Kind::Tls:
            setConnection(tr("Not connected"), report.error->message);
            error = report.error->message;
            break;
        case ApiError::Kind::Unauthorized:
        case ApiError::Kind::Refused:
        case ApiError::Kind::ServerError:
        case ApiError::Kind::BadResponse:
            setConnection(tr("Online"));
            error = report.error->message;
            break;
        }
    }
    updatePendingAndIssues(report.pending, report.issues);
    if (error.isEmpty()) {
        const auto refused =
            std::find_if(report.issues.cbegin(), report.issues.cend(), [](const SyncIssue& issue) {
                return issue.kind == SyncIssue::Kind::Refused;
            });
        if (refused != report.issues.cend())
            error = tr("The server refused a change: %1").arg(refused->message);
    }
    m_error->setText(
        m_error->fontMetrics().elidedText(error, Qt::ElideRight, m_error->maximumWidth()));
    m_error->setToolTip(error);
    m_error->setVisible(!error.isEmpty());
    refreshLastSync();
}

void SyncStatusWidget::setPending(int pending, const QList<SyncIssue>& issues)
{
    updatePendingAndIssues(pending, issues);
}

void SyncStatusWidget::updatePendingAndIssues(int pending, const QList<SyncIssue>& issues)
{
    m_issues = issues;
    // Records waiting for the user (conflicts, refusals) are among them: not on the server yet.
    const int waiting = pending;
    m_pending->setText(tr("%n change(s) waiting", nullptr, waiting));
    m_pending->setToolTip(tr("Saved on this computer, not yet on the server"));
    m_pending->setVisible(waiting > 0);

    const auto count = [&issues](SyncIssue::Kind kind) {
        return int(std::count_if(issues.cbegin(), issues.cend(),
                                 [kind](const SyncIssue& i) { return i.kind == kind; }));
    };
    const int conflicts = count(SyncIssue::Kind::Conflict);
    const int refused = count(SyncIssue::Kind::Refused);
    const int held = count(SyncIssue::Kind::NeedsConfirmation);
    QStringList parts;
    if (conflicts > 0)
        parts.append(tr("%n conflict(s)", nullptr, conflicts));
    if (refused > 0)
        parts.append(tr("%n refused", nullptr, refused));
    if (held > 0)
        parts.append(tr("%n study(ies) to confirm", nullptr, held));
    m_issuesButton->setText(parts.join(tr(", ")));
    m_issuesButton->setVisible(!parts.isEmpty());
}

void SyncStatusWidget::refreshLastSync()
{
    const QString text = kenshu::lastSyncText(m_lastSuccess, m_now());
    m_lastSync->setText(text);
    m_lastSync->setToolTip(m_lastSuccess.isValid()
                               ? QLocale().toString(m_lastSuccess, QLocale::LongFormat)
                               : QString());
    m_lastSync->setVisible(!text.isEmpty());
}

void SyncStatusWidget::setTransferProgress(qint64 done, qint64 total, const QString& what)
{
    if (total <= 0 || done >= total) {
        m_estimate.reset();
        m_transferBar->hide();
        m_transfer->hide();
        m_transfer->clear();
        return;
    }
    m_estimate.update(done, total);
    // Per mille: byte counts do not fit a progress bar's int.
    m_transferBar->setRange(0, 1000);
    m_transferBar->setValue(int(done * 1000 / total));
    const QString progress = describeTransfer(m_estimate);
    m_transfer->setText(what.isEmpty() ? progress : tr("%1: %2").arg(what, progress));
    m_transferBar->show();
    m_transfer->show();
}

QString SyncStatusWidget::connectionText() const
{
    return m_connection->text();
}

QString SyncStatusWidget::pendingText() const
{
    return m_pending->isHidden() ? QString() : m_pending->text();
}

QString SyncStatusWidget::lastSyncText() const
{
    return m_lastSync->isHidden() ? QString() : m_lastSync->text();
}

QString SyncStatusWidget::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->toolTip();
}

QString SyncStatusWidget::issuesText() const
{
    return m_issuesButton->isHidden() ? QString() : m_issuesButton->text();
}

QString SyncStatusWidget::transferText() const
{
    return m_transfer->isHidden() ? QString() : m_transfer->text();
}

} // namespace kenshu
