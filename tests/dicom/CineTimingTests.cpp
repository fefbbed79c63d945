// Dicom_CineTimingTest / Dicom_CineClockTest: when each frame of a loop is due, from each
// timing attribute, and a playback clock that drops frames instead of drifting.
#include "CineClock.h"
#include "CineTiming.h"
#include "DicomCineTags.h"
#include "QtPrinters.h"
#include "TestData.h"

#include <QFile>
#include <QTemporaryDir>
#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace kenshu;
using Pointer = CineTimingTags::IncrementPointer;

TEST(Dicom_CineTimingTest, FrameTimeGivesAUniformRate)
{
    CineTimingTags tags;
    tags.frameTimeMs = 33.3;
    tags.cineRate = 15; // Frame Time wins
    const CineTiming timing = CineTiming::fromTags(tags, 90);
    EXPECT_EQ(timing.source(), CineTiming::Source::FrameTime);
    EXPECT_EQ(timing.frameCount(), 90);
    EXPECT_NEAR(timing.declaredFps(), 30.03, 0.01);
    EXPECT_NEAR(timing.frameStartMs(3), 99.9, 1e-9);
    EXPECT_NEAR(timing.durationMs(), 90 * 33.3, 1e-9);
    EXPECT_EQ(timing.frameAt(99.8), 2);
    EXPECT_EQ(timing.frameAt(99.9), 3);
    EXPECT_EQ(timing.frameAt(1e9), 89);
}

TEST(Dicom_CineTimingTest, FrameTimeVectorHoldsIncrementsFromThePreviousFrame)
{
    CineTimingTags tags;
    tags.frameIncrementPointer = Pointer::FrameTimeVector;
    tags.frameTimeMs = 10; // the pointer names the vector, so the vector wins
    tags.frameTimeVectorMs = {0, 40, 40, 80};
    const CineTiming timing = CineTiming::fromTags(tags, 4);
    EXPECT_EQ(timing.source(), CineTiming::Source::FrameTimeVector);
    EXPECT_DOUBLE_EQ(timing.frameStartMs(0), 0);
    EXPECT_DOUBLE_EQ(timing.frameStartMs(1), 40);
    EXPECT_DOUBLE_EQ(timing.frameStartMs(2), 80);
    EXPECT_DOUBLE_EQ(timing.frameStartMs(3), 160);
    // The last frame stays for the mean interval (160 / 3 ms).
    EXPECT_NEAR(timing.durationMs(), 160 + 160.0 / 3, 1e-9);
    EXPECT_EQ(timing.frameAt(159), 2);
    EXPECT_EQ(timing.frameAt(161), 3);
}

TEST(Dicom_CineTimingTest, WithoutPointerFrameTimeComesBeforeTheVector)
{
    CineTimingTags tags;
    tags.frameTimeMs = 50;
    tags.frameTimeVectorMs = {0, 40, 40};
    EXPECT_EQ(CineTiming::fromTags(tags, 3).source(), CineTiming::Source::FrameTime);
    tags.frameTimeMs.reset();
    EXPECT_EQ(CineTiming::fromTags(tags, 3).source(), CineTiming::Source::FrameTimeVector);
}

TEST(Dicom_CineTimingTest, UnusableValuesFallThroughToTheNextSource)
{
    CineTimingTags tags;
    tags.frameIncrementPointer = Pointer::FrameTimeVector;
    tags.frameTimeVectorMs = {0, 40, 40}; // wrong length for 5 frames
    tags.frameTimeMs = 0;                 // not a time
    tags.cineRate = 25;
    tags.recommendedDisplayFrameRate = 12;
    CineTiming timing = CineTiming::fromTags(tags, 5);
    EXPECT_EQ(timing.source(), CineTiming::Source::CineRate);
    EXPECT_DOUBLE_EQ(timing.declaredFps(), 25);

    tags.cineRate = -1;
    timing = CineTiming::fromTags(tags, 5);
    EXPECT_EQ(timing.source(), CineTiming::Source::RecommendedDisplayFrameRate);
    EXPECT_DOUBLE_EQ(timing.declaredFps(), 12);

    tags.recommendedDisplayFrameRate.reset();
    timing = CineTiming::fromTags(tags, 5);
    EXPECT_EQ(timing.source(), CineTiming::Source::Default);
    EXPECT_DOUBLE_EQ(timing.declaredFps(), 15);

    tags.frameTimeVectorMs = {0, 40, -3, 40, 40}; // a negative increment
    EXPECT_EQ(CineTiming::fromTags(tags, 5).source(), CineTiming::Source::Default);
}

TEST(Dicom_CineClockTest, PresentsEachFrameOnTimeAndCountsDrops)
{
    CineClock clock(CineTiming::uniform(10, 10)); // 100 ms a frame, 1 s a loop
    clock.start(1000);
    EXPECT_EQ(clock.tick(1000), 0);
    EXPECT_EQ(clock.tick(1050), 0);
    EXPECT_EQ(clock.tick(1100), 1);
    EXPECT_EQ(clock.tick(1210), 2);
    EXPECT_EQ(clock.presentedFrames(), 3);
    EXPECT_EQ(clock.droppedFrames(), 0);

    // The display stalls for half a second: the clock jumps to the frame that is due.
    EXPECT_EQ(clock.tick(1720), 7);
    EXPECT_EQ(clock.presentedFrames(), 4);
    EXPECT_EQ(clock.droppedFrames(), 4); // frames 3, 4, 5, 6
}

TEST(Dicom_CineClockTest, LoopsWithoutDroppingAtTheWrap)
{
    CineClock clock(CineTiming::uniform(10, 10));
    clock.start(0);
    for (int t = 0; t <= 950; t += 100)
        clock.tick(t);
    EXPECT_EQ(clock.currentFrame(), 9);
    EXPECT_EQ(clock.tick(1001), 0); // the next loop
    EXPECT_EQ(clock.droppedFrames(), 0);
    EXPECT_EQ(clock.tick(1350), 3);
    EXPECT_EQ(clock.droppedFrames(), 2);
    EXPECT_EQ(clock.presentedFrames(), 12);
    EXPECT_TRUE(clock.isRunning());
}

TEST(Dicom_CineClockTest, WithoutLoopingStopsOnTheLastFrame)
{
    CineClock clock(CineTiming::uniform(10, 10));
    clock.setLooping(false);
    clock.start(0, 8);
    EXPECT_EQ(clock.tick(0), 8);
    EXPECT_EQ(clock.tick(150), 9);
    EXPECT_TRUE(clock.isRunning());
    EXPECT_EQ(clock.tick(400), 9);
    EXPECT_FALSE(clock.isRunning());
    EXPECT_EQ(clock.tick(900), 9);
}

TEST(Dicom_CineClockTest, SpeedChangesTakeEffectFromNowOn)
{
    CineClock clock(CineTiming::uniform(10, 100));
    clock.start(0);
    EXPECT_EQ(clock.tick(250), 2);
    clock.setSpeed(2.0, 250); // position 250 ms, then twice as fast
    EXPECT_EQ(clock.tick(300), 3);
    EXPECT_EQ(clock.tick(350), 4);
    clock.setSpeed(0.5, 350); // position 450 ms, then half as fast
    EXPECT_EQ(clock.tick(440), 4);
    EXPECT_EQ(clock.tick(460), 5);
    EXPECT_EQ(clock.droppedFrames(), 0);
}

namespace {

CineTimingTags tagsOfFile(const QString& path)
{
    DcmFileFormat file;
    EXPECT_TRUE(file.loadFile(QFile::encodeName(path).constData()).good());
    return readCineTimingTags(*file.getDataset());
}

} // namespace

TEST(Dicom_CineTimingTest, ReadsTheTimingAttributesOfAFile)
{
    QTemporaryDir dir;
    testdata::DicomSpec spec = testdata::specWithNewUids();
    spec.frames = 5;
    spec.frameTimeMs = 66.7;
    const QString path = dir.filePath(u"xa.dcm"_s);
    ASSERT_EQ(testdata::writeDicom(path, spec), QString());

    CineTimingTags tags = tagsOfFile(path);
    EXPECT_EQ(tags.frameIncrementPointer, Pointer::FrameTime);
    ASSERT_TRUE(tags.frameTimeMs.has_value());
    EXPECT_DOUBLE_EQ(*tags.frameTimeMs, 66.7);
    ASSERT_TRUE(tags.cineRate.has_value()); // IS, written with the frame time
    EXPECT_GT(*tags.cineRate, 0);
    EXPECT_EQ(CineTiming::fromTags(tags, 5).source(), CineTiming::Source::FrameTime);

    // The same file with a Frame Time Vector that the pointer names.
    DcmFileFormat file;
    ASSERT_TRUE(file.loadFile(QFile::encodeName(path).constData()).good());
    // Saving over the file it was read from: load the (lazily read) pixel data first.
    ASSERT_TRUE(file.loadAllDataIntoMemory().good());
    DcmDataset* dataset = file.getDataset();
    ASSERT_TRUE(dataset->putAndInsertString(DCM_FrameTimeVector, "0\\50\\50\\100\\100").good());
    ASSERT_TRUE(dataset->putAndInsertTagKey(DCM_FrameIncrementPointer, DCM_FrameTimeVector).good());
    ASSERT_TRUE(dataset->putAndInsertString(DCM_RecommendedDisplayFrameRate, "20").good());
    ASSERT_TRUE(
        file.saveFile(QFile::encodeName(path).constData(), EXS_LittleEndianExplicit).good());

    tags = tagsOfFile(path);
    EXPECT_EQ(tags.frameIncrementPointer, Pointer::FrameTimeVector);
    EXPECT_EQ(tags.frameTimeVectorMs, (std::vector<double>{0, 50, 50, 100, 100}));
    ASSERT_TRUE(tags.recommendedDisplayFrameRate.has_value());
    EXPECT_DOUBLE_EQ(*tags.recommendedDisplayFrameRate, 20);
    const CineTiming timing = CineTiming::fromTags(tags, 5);
    EXPECT_EQ(timing.source(), CineTiming::Source::FrameTimeVector);
    EXPECT_DOUBLE_EQ(timing.frameStartMs(4), 300);
}
