#include "Backoff.h"

#include <algorithm>

namespace kenshu::sync {

qint64 Backoff::delayMs(int retry, double unitRandom, std::optional<qint64> retryAfterMs) const
{
    const int doublings = std::clamp(retry - 1, 0, 30);
    qint64 cap = baseMs;
    for (int i = 0; i < doublings && cap < maxDelayMs; ++i)
        cap *= 2;
    cap = std::min(cap, maxDelayMs);
    const double unit = std::clamp(unitRandom, 0.0, 1.0);
    qint64 delay = cap / 2 + static_cast<qint64>(static_cast<double>(cap - cap / 2) * unit);
    if (retryAfterMs && *retryAfterMs > delay)
        delay = std::min(*retryAfterMs, maxDelayMs);
    return std::max<qint64>(delay, 0);
}

} // namespace kenshu::sync
