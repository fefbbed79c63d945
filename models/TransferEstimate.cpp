#include "TransferEstimate.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>
#include <cmath>

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;

QString size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QString timeLeft(qint64 seconds)
{
    // Counts are worked out first: Qt 6.4's lupdate loops on a division inside translate().
    const int hours = int((seconds + 1800) / 3600);
    const int minutes = int((seconds + 30) / 60);
    const int secondsLeft = int(std::max(seconds, qint64(1)));
    if (seconds >= 3600)
        return QCoreApplication::translate("TransferEstimate", "about %n h left", nullptr, hours);
    if (seconds >= 60)
        return QCoreApplication::translate("TransferEstimate", "about %n min left", nullptr,
                                           minutes);
    return QCoreApplication::translate("TransferEstimate", "about %n s left", nullptr, secondsLeft);
}

} // namespace

TransferEstimate::TransferEstimate(Clock clock) : m_clock(std::move(clock)) {}

void TransferEstimate::reset()
{
    m_done = 0;
    m_total = 0;
    m_started = false;
    m_rate.reset();
}

void TransferEstimate::update(qint64 done, qint64 total)
{
    const qint64 now = m_clock();
    if (!m_started || done < m_done) {
        reset();
        m_started = true;
        m_stepStartMs = now;
        m_stepStartBytes = done;
    }
    m_done = done;
    m_total = total;
    const qint64 elapsed = now - m_stepStartMs;
    if (elapsed < kMinStepMs)
        return;
    const double stepRate = double(done - m_stepStartBytes) * 1000.0 / double(elapsed);
    m_rate = m_rate ? kWeightOfNewStep * stepRate + (1.0 - kWeightOfNewStep) * *m_rate : stepRate;
    m_stepStartMs = now;
    m_stepStartBytes = done;
}

std::optional<qint64> TransferEstimate::secondsLeft() const
{
    if (!m_rate || *m_rate <= 0.0 || m_total <= 0)
        return std::nullopt;
    const qint64 left = std::max(m_total - m_done, qint64(0));
    return qint64(std::ceil(double(left) / *m_rate));
}

QString describeTransfer(const TransferEstimate& estimate)
{
    QStringList parts;
    parts.append(estimate.total() > 0 ? QCoreApplication::translate("TransferEstimate", "%1 of %2")
                                            .arg(size(estimate.done()), size(estimate.total()))
                                      : size(estimate.done()));
    if (const std::optional<double> rate = estimate.bytesPerSecond())
        parts.append(QCoreApplication::translate("TransferEstimate", "%1/s")
                         .arg(size(qint64(std::llround(*rate)))));
    if (const std::optional<qint64> seconds = estimate.secondsLeft())
        parts.append(timeLeft(*seconds));
    return parts.join(u" · "_s);
}

} // namespace kenshu
