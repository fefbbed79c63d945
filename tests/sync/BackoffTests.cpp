// Sync_BackoffTest: the waits between retries grow exponentially with jitter in the upper half,
// stop growing at the maximum, and honour a longer Retry-After.
#include "Backoff.h"

#include <gtest/gtest.h>

using kenshu::sync::Backoff;

TEST(Sync_BackoffTest, DoublesFromTheBaseWithJitterInTheUpperHalf)
{
    const Backoff backoff{5, 500, 30000};
    EXPECT_EQ(backoff.delayMs(1, 0.0), 250);
    EXPECT_EQ(backoff.delayMs(1, 0.5), 375);
    EXPECT_EQ(backoff.delayMs(2, 0.0), 500);
    EXPECT_EQ(backoff.delayMs(3, 0.0), 1000);
    EXPECT_EQ(backoff.delayMs(3, 0.5), 1500);
    EXPECT_EQ(backoff.delayMs(4, 1.0), 4000);
}

TEST(Sync_BackoffTest, StopsGrowingAtTheMaximum)
{
    const Backoff backoff{50, 500, 30000};
    EXPECT_EQ(backoff.delayMs(7, 1.0), 30000); // 500 * 2^6 = 32000, capped
    EXPECT_EQ(backoff.delayMs(40, 0.0), 15000);
    EXPECT_EQ(backoff.delayMs(1000, 1.0), 30000);
}

TEST(Sync_BackoffTest, HonoursALongerRetryAfterUpToTheMaximum)
{
    const Backoff backoff{5, 500, 30000};
    EXPECT_EQ(backoff.delayMs(1, 0.0, 10000), 10000);
    EXPECT_EQ(backoff.delayMs(1, 0.0, 100000), 30000);
    // A shorter Retry-After does not make the client more eager than its own backoff.
    EXPECT_EQ(backoff.delayMs(3, 0.0, 10), 1000);
}
