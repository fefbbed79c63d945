#pragma once

#include <optional>
#include <vector>

namespace kenshu {

// The timing attributes of a multi-frame image, as read from the file (values in the units
// the standard uses). Empty optionals and vectors mean "absent".
struct CineTimingTags
{
    enum class IncrementPointer { None, FrameTime, FrameTimeVector, Other };

    IncrementPointer frameIncrementPointer = IncrementPointer::None; // (0028,0009)
    std::optional<double> frameTimeMs;                               // (0018,1063)
    std::vector<double> frameTimeVectorMs;                           // (0018,1065)
    std::optional<double> cineRate;                                  // (0018,0040), frames/s
    std::optional<double> recommendedDisplayFrameRate;               // (0008,2144), frames/s
};

// When each frame of a loop is due, in milliseconds from the first frame.
class CineTiming final
{
public:
    enum class Source {
        FrameTimeVector,
        FrameTime,
        CineRate,
        RecommendedDisplayFrameRate,
        Default
    };

    static constexpr double kDefaultFps = 15.0;

    // The first usable source wins: the one the Frame Increment Pointer names, then Frame
    // Time, Frame Time Vector, Cine Rate, Recommended Display Frame Rate, else 15 fps.
    // Unusable values (zero, negative, a vector of the wrong length) are passed over.
    static CineTiming fromTags(const CineTimingTags& tags, int frames);
    static CineTiming uniform(double fps, int frames, Source source = Source::Default);

    Source source() const { return m_source; }
    int frameCount() const { return int(m_starts.size()); }
    // Frames per second as the file declares it (the mean rate for a Frame Time Vector).
    double declaredFps() const;
    double frameStartMs(int frame) const;
    double durationMs() const { return m_totalMs; }
    // The frame due at `elapsedMs` after the first frame (clamped to the last frame).
    int frameAt(double elapsedMs) const;

private:
    Source m_source = Source::Default;
    std::vector<double> m_starts; // start of each frame
    double m_totalMs = 0;         // start of the frame after the last = loop length
};

} // namespace kenshu
