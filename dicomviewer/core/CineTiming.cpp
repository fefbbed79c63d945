#include "CineTiming.h"

#include <algorithm>
#include <cmath>

namespace kenshu {
namespace {

bool usable(const std::optional<double>& value)
{
    return value && std::isfinite(*value) && *value > 0;
}

} // namespace

CineTiming CineTiming::uniform(double fps, int frames, Source source)
{
    CineTiming timing;
    timing.m_source = source;
    const double frameMs = 1000.0 / fps;
    timing.m_starts.resize(size_t(std::max(frames, 1)));
    for (size_t i = 0; i < timing.m_starts.size(); ++i)
        timing.m_starts[i] = double(i) * frameMs;
    timing.m_totalMs = double(timing.m_starts.size()) * frameMs;
    return timing;
}

CineTiming CineTiming::fromTags(const CineTimingTags& tags, int frames)
{
    frames = std::max(frames, 1);
    // PS3.3 C.7.6.5.1.2: entry i of a Frame Time Vector is the time from frame i-1 to frame i;
    // the first entry is 0.
    const auto vectorTiming = [&]() -> std::optional<CineTiming> {
        const std::vector<double>& increments = tags.frameTimeVectorMs;
        if (increments.size() != size_t(frames) || frames < 2)
            return std::nullopt;
        for (size_t i = 1; i < increments.size(); ++i) {
            if (!std::isfinite(increments[i]) || increments[i] <= 0)
                return std::nullopt;
        }
        CineTiming timing;
        timing.m_source = Source::FrameTimeVector;
        timing.m_starts.resize(size_t(frames));
        double start = 0;
        for (size_t i = 0; i < increments.size(); ++i) {
            if (i > 0)
                start += increments[i];
            timing.m_starts[i] = start;
        }
        // The last frame stays for the mean interval, so the loop closes evenly.
        timing.m_totalMs = start + start / double(frames - 1);
        return timing;
    };
    const auto frameTimeTiming = [&]() -> std::optional<CineTiming> {
        if (!usable(tags.frameTimeMs))
            return std::nullopt;
        return uniform(1000.0 / *tags.frameTimeMs, frames, Source::FrameTime);
    };

    using Pointer = CineTimingTags::IncrementPointer;
    if (tags.frameIncrementPointer == Pointer::FrameTimeVector) {
        if (auto timing = vectorTiming())
            return *timing;
    }
    if (auto timing = frameTimeTiming())
        return *timing;
    if (auto timing = vectorTiming())
        return *timing;
    if (usable(tags.cineRate))
        return uniform(*tags.cineRate, frames, Source::CineRate);
    if (usable(tags.recommendedDisplayFrameRate))
        return uniform(*tags.recommendedDisplayFrameRate, frames,
                       Source::RecommendedDisplayFrameRate);
    return uniform(kDefaultFps, frames, Source::Default);
}

double CineTiming::declaredFps() const
{
    return m_totalMs > 0 ? 1000.0 * double(m_starts.size()) / m_totalMs : kDefaultFps;
}

double CineTiming::frameStartMs(int frame) const
{
    if (m_starts.empty())
        return 0;
    return m_starts[size_t(std::clamp(frame, 0, frameCount() - 1))];
}

int CineTiming::frameAt(double elapsedMs) const
{
    if (m_starts.empty() || elapsedMs <= 0)
        return 0;
    // The last start at or before elapsedMs.
    const auto it = std::upper_bound(m_starts.begin(), m_starts.end(), elapsedMs);
    return int(it - m_starts.begin()) - 1;
}

} // namespace kenshu
