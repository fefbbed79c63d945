#pragma once

#include "CineTiming.h"

namespace kenshu {

// Decides which frame of a loop is due at a given moment. Time is passed in (milliseconds on
// any monotonic clock), so playback can be tested exactly. When the display falls behind, the
// clock skips frames to stay on time instead of drifting, and counts what it skipped.
class CineClock final
{
public:
    explicit CineClock(CineTiming timing);

    void setLooping(bool looping) { m_looping = looping; }
    bool isLooping() const { return m_looping; }
    // 1.0 plays at the file's rate, 2.0 twice as fast; takes effect from `nowMs` on.
    void setSpeed(double factor, double nowMs);
    double speed() const { return m_speed; }

    // Starts playing with `fromFrame` due at `nowMs`.
    void start(double nowMs, int fromFrame = 0);
    void stop() { m_running = false; }
    bool isRunning() const { return m_running; }

    // The frame to show at `nowMs`. A frame that differs from the last one shown counts as
    // presented; frames due in between count as dropped. Without looping the clock stops on
    // the last frame.
    int tick(double nowMs);

    int currentFrame() const { return m_current; }
    int presentedFrames() const { return m_presented; }
    int droppedFrames() const { return m_dropped; }
    void resetCounters();
    const CineTiming& timing() const { return m_timing; }

private:
    double positionAt(double nowMs) const;

    CineTiming m_timing;
    bool m_looping = true;
    bool m_running = false;
    double m_speed = 1.0;
    double m_anchorTimeMs = 0;      // wall time at which playback was at m_anchorPositionMs
    double m_anchorPositionMs = 0;  // position in the loop (unwrapped)
    long long m_lastTickSerial = 0; // frame serial (loops * frames + frame) shown last
    bool m_firstTick = true;
    int m_current = 0;
    int m_presented = 0;
    int m_dropped = 0;
};

} // namespace kenshu
