// Speed and time left of a transfer, with a clock the test steps by hand.
#include "TransferEstimate.h"

#include <gtest/gtest.h>

using namespace kenshu;

namespace {

constexpr qint64 kMB = 1000 * 1000;

class Models_TransferEstimateTest : public ::testing::Test
{
protected:
    qint64 m_nowMs = 10'000;
    TransferEstimate m_estimate{[this] { return m_nowMs; }};
};

} // namespace

TEST_F(Models_TransferEstimateTest, NothingIsKnownBeforeAStepIsMeasured)
{
    m_estimate.update(0, 100 * kMB);
    EXPECT_FALSE(m_estimate.bytesPerSecond().has_value());
    EXPECT_FALSE(m_estimate.secondsLeft().has_value());
    m_nowMs += TransferEstimate::kMinStepMs - 1;
    m_estimate.update(5 * kMB, 100 * kMB);
    EXPECT_FALSE(m_estimate.bytesPerSecond().has_value());
}

TEST_F(Models_TransferEstimateTest, SteadySpeedGivesTimeLeft)
{
    m_estimate.update(0, 100 * kMB);
    for (int second = 1; second <= 4; ++second) {
        m_nowMs += 1000;
        m_estimate.update(second * 10 * kMB, 100 * kMB);
    }
    ASSERT_TRUE(m_estimate.bytesPerSecond().has_value());
    EXPECT_DOUBLE_EQ(*m_estimate.bytesPerSecond(), 10.0 * kMB);
    EXPECT_EQ(m_estimate.secondsLeft(), 6);
}

TEST_F(Models_TransferEstimateTest, OneBurstMovesTheAverageOnlyPartly)
{
    m_estimate.update(0, 100 * kMB);
    m_nowMs += 1000;
    m_estimate.update(10 * kMB, 100 * kMB); // 10 MB/s
    m_nowMs += 1000;
    m_estimate.update(50 * kMB, 100 * kMB); // a 40 MB/s burst
    const double expected = TransferEstimate::kWeightOfNewStep * 40.0 * kMB +
                            (1.0 - TransferEstimate::kWeightOfNewStep) * 10.0 * kMB;
    EXPECT_DOUBLE_EQ(*m_estimate.bytesPerSecond(), expected);
}

TEST_F(Models_TransferEstimateTest, ShortStepsAddUpToOneStep)
{
    m_estimate.update(0, 10 * kMB);
    for (int step = 1; step <= 10; ++step) {
        m_nowMs += 100;
        m_estimate.update(step * kMB / 10, 10 * kMB);
    }
    // Steps are measured over at least kMinStepMs: 5 × 100 ms, twice, at 1 MB/s.
    EXPECT_DOUBLE_EQ(*m_estimate.bytesPerSecond(), 1.0 * kMB);
    EXPECT_EQ(m_estimate.secondsLeft(), 9);
}

TEST_F(Models_TransferEstimateTest, AStallHasNoTimeLeft)
{
    m_estimate.update(0, 10 * kMB);
    m_nowMs += 1000;
    m_estimate.update(0, 10 * kMB);
    EXPECT_EQ(m_estimate.bytesPerSecond(), 0.0);
    EXPECT_FALSE(m_estimate.secondsLeft().has_value());
}

TEST_F(Models_TransferEstimateTest, ProgressGoingBackStartsANewTransfer)
{
    m_estimate.update(0, 10 * kMB);
    m_nowMs += 1000;
    m_estimate.update(5 * kMB, 10 * kMB);
    ASSERT_TRUE(m_estimate.bytesPerSecond().has_value());
    m_nowMs += 1000;
    m_estimate.update(kMB, 20 * kMB);
    EXPECT_FALSE(m_estimate.bytesPerSecond().has_value());
    EXPECT_EQ(m_estimate.done(), kMB);
    EXPECT_EQ(m_estimate.total(), 20 * kMB);
}

TEST_F(Models_TransferEstimateTest, DescriptionSaysSizeSpeedAndTimeLeft)
{
    m_estimate.update(0, 80 * kMB);
    EXPECT_EQ(describeTransfer(m_estimate).toStdString(), "0 bytes of 80.0 MB");
    m_nowMs += 2000;
    m_estimate.update(12 * kMB, 80 * kMB);
    EXPECT_EQ(describeTransfer(m_estimate).toStdString(),
              "12.0 MB of 80.0 MB · 6.0 MB/s · about 12 s left");
}

TEST_F(Models_TransferEstimateTest, LongTransfersCountInMinutes)
{
    m_estimate.update(0, 8000 * kMB);
    m_nowMs += 1000;
    m_estimate.update(10 * kMB, 8000 * kMB);
    EXPECT_EQ(describeTransfer(m_estimate).toStdString(),
              "10.0 MB of 8.0 GB · 10.0 MB/s · about 13 min left");
}
