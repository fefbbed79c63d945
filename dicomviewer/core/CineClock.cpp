#include "CineClock.h"

#include <algorithm>
#include <cmath>

namespace kenshu {

CineClock::CineClock(CineTiming timing) : m_timing(std::move(timing)) {}

void CineClock::setSpeed(double factor, double nowMs)
{
    if (!(factor > 0) || !std::isfinite(factor))
        return;
    if (m_running) {
        m_anchorPositionMs = positionAt(nowMs);
        m_anchorTimeMs = nowMs;
    }
    m_speed = factor;
}

void CineClock::start(double nowMs, int fromFrame)
{
    m_current = std::clamp(fromFrame, 0, m_timing.frameCount() - 1);
    m_anchorTimeMs = nowMs;
    m_anchorPositionMs = m_timing.frameStartMs(m_current);
    m_lastTickSerial = m_current;
    m_firstTick = true;
    m_running = true;
}

void CineClock::resetCounters()
{
    m_presented = 0;
    m_dropped = 0;
}

double CineClock::positionAt(double nowMs) const
{
    return m_anchorPositionMs + std::max(0.0, nowMs - m_anchorTimeMs) * m_speed;
}

int CineClock::tick(double nowMs)
{
    if (!m_running)
        return m_current;
    const double loopMs = m_timing.durationMs();
    const double position = positionAt(nowMs);
    const int frames = m_timing.frameCount();
    long long loops = loopMs > 0 ? static_cast<long long>(std::floor(position / loopMs)) : 0;
    int frame = m_timing.frameAt(position - double(loops) * loopMs);
    if (!m_looping && loops > 0) {
        loops = 0;
        frame = frames - 1;
        m_running = false;
    }
    const long long serial = loops * frames + frame;
    if (m_firstTick || serial != m_lastTickSerial) {
        const long long skipped = serial - m_lastTickSerial - 1;
        if (!m_firstTick && skipped > 0)
            m_dropped += int(skipped);
        ++m_presented;
        m_lastTickSerial = serial;
        m_firstTick = false;
    }
    m_current = frame;
    return frame;
}

} // namespace kenshu
