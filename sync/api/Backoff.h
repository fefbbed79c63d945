#pragma once

#include <QtGlobal>
#include <optional>

namespace kenshu::sync {

// How often and how patiently a transient failure is retried: exponential backoff with
// jitter, so that many clients coming back after an outage do not knock on the server in step.
struct Backoff
{
    int maxAttempts = 5; // the first try included
    qint64 baseMs = 500; // the first retry waits about this long
    qint64 maxDelayMs = 30000;

    // The wait before retry number `retry` (1 = the first retry): a random point in the upper
    // half of min(max, base * 2^(retry-1)) — `unitRandom` in [0, 1) picks it. A server's
    // Retry-After is honoured when it asks for longer, up to the maximum.
    qint64 delayMs(int retry, double unitRandom, std::optional<qint64> retryAfterMs = {}) const;
};

} // namespace kenshu::sync
