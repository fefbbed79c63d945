#pragma once

#include <QString>
#include <QtGlobal>
#include <functional>
#include <optional>

namespace kenshu {

// The speed and time left of a transfer, from its progress reports. The speed is a moving
// average over steps of at least kMinStepMs, so that one burst or one stall does not make the
// estimate jump about. The clock is injected: tests step it by hand.
class TransferEstimate final
{
public:
    using Clock = std::function<qint64()>; // monotonic milliseconds
    static constexpr qint64 kMinStepMs = 500;
    static constexpr double kWeightOfNewStep = 0.3;

    explicit TransferEstimate(Clock clock);

    // `done` of `total` bytes now. Progress that goes backwards starts a new transfer.
    void update(qint64 done, qint64 total);
    void reset();

    qint64 done() const { return m_done; }
    qint64 total() const { return m_total; }
    // Bytes per second; nullopt until a step has been measured.
    std::optional<double> bytesPerSecond() const { return m_rate; }
    // Seconds until done at the current speed; nullopt while the speed is unknown or zero.
    std::optional<qint64> secondsLeft() const;

private:
    Clock m_clock;
    qint64 m_done = 0;
    qint64 m_total = 0;
    qint64 m_stepStartMs = 0;
    qint64 m_stepStartBytes = 0;
    bool m_started = false;
    std::optional<double> m_rate;
};

// "12.0 MB of 80.0 MB · 3.1 MB/s · about 22 s left", as far as it is known.
QString describeTransfer(const TransferEstimate& estimate);

} // namespace kenshu
