// Dicom_FrameStoreTest: frames decode on a pool nearest to the playhead first, into a cache
// bounded in bytes that keeps what playback needs next.
#include "DicomFrameDecoder.h"
#include "FrameStore.h"
#include "QtPrinters.h"
#include "TestData.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace kenshu;

namespace {

class Dicom_FrameStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_spec = testdata::specWithNewUids();
        m_spec.rows = 64;
        m_spec.columns = 64;
        m_spec.frames = 12;
        m_path = m_dir.filePath(u"loop.dcm"_s);
        ASSERT_EQ(testdata::writeDicom(m_path, m_spec), QString());
    }

    static QList<int> readyOrder(const QSignalSpy& spy)
    {
        QList<int> order;
        for (const QList<QVariant>& arguments : spy)
            order.append(arguments.at(0).toInt());
        return order;
    }

    static constexpr qsizetype kFrameBytes = 64 * 64;
    QTemporaryDir m_dir;
    testdata::DicomSpec m_spec;
    QString m_path;
};

} // namespace

TEST_F(Dicom_FrameStoreTest, DecodesEveryFrameOnTwoThreads)
{
    FrameStore store(m_path, 1 << 30, 2);
    QSignalSpy opened(&store, &FrameStore::opened);
    QSignalSpy done(&store, &FrameStore::allDecoded);
    store.open();
    ASSERT_TRUE(done.wait(10000));
    ASSERT_EQ(opened.size(), 1);
    EXPECT_EQ(opened.at(0).at(0).toInt(), 12);
    EXPECT_EQ(store.cachedCount(), 12);
    EXPECT_EQ(store.cachedBytes(), 12 * kFrameBytes);

    Expected<std::unique_ptr<DicomFrameDecoder>> decoder = DicomFrameDecoder::open(m_path);
    ASSERT_TRUE(decoder);
    for (int frame = 0; frame < 12; ++frame)
        EXPECT_EQ(store.frame(frame), *(*decoder)->decodeFrame(frame)) << "frame " << frame;
}

TEST_F(Dicom_FrameStoreTest, DecodesFromThePlayheadForwardsAndWraps)
{
    FrameStore store(m_path, 1 << 30, 1);
    store.setPlayhead(7);
    QSignalSpy ready(&store, &FrameStore::frameReady);
    QSignalSpy done(&store, &FrameStore::allDecoded);
    store.open();
    ASSERT_TRUE(done.wait(10000));
    QCoreApplication::processEvents(); // the last frameReady is queued before allDecoded
    EXPECT_EQ(readyOrder(ready), (QList<int>{7, 8, 9, 10, 11, 0, 1, 2, 3, 4, 5, 6}));
}

TEST_F(Dicom_FrameStoreTest, AFullCacheKeepsWhatPlaybackNeedsNext)
{
    FrameStore store(m_path, 3 * kFrameBytes, 1);
    QSignalSpy ready(&store, &FrameStore::frameReady);
    store.open();
    ASSERT_TRUE(QTest::qWaitFor([&] { return ready.size() >= 3; }, 10000));
    EXPECT_EQ(readyOrder(ready), (QList<int>{0, 1, 2}));
    EXPECT_EQ(store.cachedCount(), 3);

    // Jump ahead: frames 6, 7, 8 replace 0, 1, 2, and nothing beyond the budget is decoded.
    ready.clear();
    store.setPlayhead(6);
    ASSERT_TRUE(QTest::qWaitFor([&] { return readyOrder(ready).contains(8); }, 10000));
    EXPECT_EQ(readyOrder(ready), (QList<int>{6, 7, 8}));
    EXPECT_EQ(store.cachedCount(), 3);
    EXPECT_LE(store.cachedBytes(), 3 * kFrameBytes);
    for (int frame : {6, 7, 8})
        EXPECT_FALSE(store.frame(frame).isEmpty()) << frame;
    for (int frame : {0, 1, 2, 9})
        EXPECT_TRUE(store.frame(frame).isEmpty()) << frame;
}

TEST_F(Dicom_FrameStoreTest, AnUnreadableFileFails)
{
    FrameStore store(m_dir.filePath(u"missing.dcm"_s), 1 << 30, 2);
    QSignalSpy failed(&store, &FrameStore::failed);
    store.open();
    ASSERT_TRUE(failed.wait(10000));
    EXPECT_FALSE(failed.at(0).at(0).toString().isEmpty());
    EXPECT_EQ(store.frameCount(), 0);
}

TEST_F(Dicom_FrameStoreTest, PlaysSeveralFilesAsOneSequence)
{
    // A series of three instances: 2, 1 and 3 frames (the first file's count read from it).
    QList<FrameSource> sources;
    QList<QString> paths;
    for (int frames : {2, 1, 3}) {
        testdata::DicomSpec spec = m_spec;
        spec.sopInstanceUid = testdata::newUid();
        spec.frames = frames;
        const QString path = m_dir.filePath(u"part%1.dcm"_s.arg(paths.size()));
        ASSERT_EQ(testdata::writeDicom(path, spec), QString());
        paths.append(path);
        sources.append(FrameSource{path, paths.size() == 1 ? 0 : frames, {}});
    }
    FrameStore store(sources, 1 << 30, 2);
    QSignalSpy done(&store, &FrameStore::allDecoded);
    store.open();
    ASSERT_TRUE(done.wait(10000));
    ASSERT_EQ(store.frameCount(), 6);
    const QList<std::pair<int, int>> expected{{0, 0}, {0, 1}, {1, 0}, {2, 0}, {2, 1}, {2, 2}};
    for (int frame = 0; frame < 6; ++frame) {
        const auto [file, local] = expected[frame];
        Expected<std::unique_ptr<DicomFrameDecoder>> decoder = DicomFrameDecoder::open(paths[file]);
        ASSERT_TRUE(decoder);
        EXPECT_EQ(store.frame(frame), *(*decoder)->decodeFrame(local)) << "frame " << frame;
        EXPECT_EQ(store.format(frame).rows, 64);
    }
}
