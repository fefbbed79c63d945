// Widgets_ViewerWidgetTest: the viewer shows what `kenshuctl render` writes, and its keys,
// mouse and playback do what the controls promise.
#include "DicomFrameDecoder.h"
#include "FrameRendering.h"
#include "TestData.h"
#include "ViewerWidget.h"

#include <QApplication>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;

class Widgets_ViewerWidgetTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        testdata::DicomSpec spec = testdata::specWithNewUids();
        spec.rows = 96;
        spec.columns = 128;
        spec.frames = 8;
        spec.frameTimeMs = 20; // 50 fps
        m_path = m_dir.filePath(u"loop.dcm"_s);
        ASSERT_EQ(testdata::writeDicom(m_path, spec), QString());
        m_viewer.resize(400, 300);
        m_viewer.show();
    }

    void openAndDecode()
    {
        QSignalSpy opened(&m_viewer, &ViewerWidget::opened);
        QSignalSpy progress(&m_viewer, &ViewerWidget::decodingProgress);
        m_viewer.openFile(m_path);
        ASSERT_TRUE(opened.wait(10000));
        EXPECT_DOUBLE_EQ(opened.at(0).at(1).toDouble(), 50.0);
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return !progress.isEmpty() && progress.last().at(0).toInt() == 8; }, 10000));
    }

    QTemporaryDir m_dir;
    QString m_path;
    ViewerWidget m_viewer;
};

} // namespace

TEST_F(Widgets_ViewerWidgetTest, ShowsTheFrameAsKenshuctlRendersIt)
{
    openAndDecode();
    EXPECT_EQ(m_viewer.frameCount(), 8);
    Expected<QImage> expected = renderFileFrame(m_path, 0);
    ASSERT_TRUE(expected);
    EXPECT_EQ(m_viewer.renderedImage(), *expected);

    QTest::keyClick(&m_viewer, Qt::Key_End);
    EXPECT_EQ(m_viewer.currentFrame(), 7);
    EXPECT_EQ(m_viewer.renderedImage(), *renderFileFrame(m_path, 7, m_viewer.window()));
}

TEST_F(Widgets_ViewerWidgetTest, KeysStepFramesAndToggleViewSettings)
{
    openAndDecode();
    QTest::keyClick(&m_viewer, Qt::Key_Right);
    EXPECT_EQ(m_viewer.currentFrame(), 1);
    QTest::keyClick(&m_viewer, Qt::Key_Home);
    EXPECT_EQ(m_viewer.currentFrame(), 0);
    QTest::keyClick(&m_viewer, Qt::Key_Left); // loops round
    EXPECT_EQ(m_viewer.currentFrame(), 7);
    QTest::keyClick(&m_viewer, Qt::Key_L);
    EXPECT_FALSE(m_viewer.isLooping());
    QTest::keyClick(&m_viewer, Qt::Key_Right); // no wrap without looping
    EXPECT_EQ(m_viewer.currentFrame(), 7);

    const QImage before = m_viewer.renderedImage();
    QTest::keyClick(&m_viewer, Qt::Key_I);
    EXPECT_TRUE(m_viewer.isInverted());
    EXPECT_EQ(qGray(m_viewer.renderedImage().pixel(5, 5)), 255 - qGray(before.pixel(5, 5)));

    QTest::keyClick(&m_viewer, Qt::Key_O);
    EXPECT_FALSE(m_viewer.overlaysVisible());
    QTest::keyClick(&m_viewer, Qt::Key_R);
    EXPECT_EQ(m_viewer.rotation(), 90);
    QTest::keyClick(&m_viewer, Qt::Key_1);
    EXPECT_DOUBLE_EQ(m_viewer.zoom(), 1.0);
}

TEST_F(Widgets_ViewerWidgetTest, RightDragChangesWindowAndResetRestoresIt)
{
    openAndDecode();
    const VoiWindow initial = m_viewer.window();
    QTest::mousePress(&m_viewer, Qt::RightButton, Qt::NoModifier, QPoint(100, 100));
    QMouseEvent move(QEvent::MouseMove, QPointF(160, 130), QPointF(160, 130), Qt::NoButton,
                     Qt::RightButton, Qt::NoModifier);
    QApplication::sendEvent(&m_viewer, &move);
    QTest::mouseRelease(&m_viewer, Qt::RightButton, Qt::NoModifier, QPoint(160, 130));
    EXPECT_GT(m_viewer.window().width, initial.width);
    EXPECT_GT(m_viewer.window().center, initial.center);
    EXPECT_EQ(m_viewer.renderedImage(), *renderFileFrame(m_path, 0, m_viewer.window()));

    QTest::keyClick(&m_viewer, Qt::Key_W);
    EXPECT_DOUBLE_EQ(m_viewer.window().center, initial.center);
    EXPECT_DOUBLE_EQ(m_viewer.window().width, initial.width);

    // "Full range": the min-max window of the frame on screen.
    QTest::keyClick(&m_viewer, Qt::Key_End);
    m_viewer.applyMinMaxWindow();
    Expected<std::unique_ptr<DicomFrameDecoder>> decoder = DicomFrameDecoder::open(m_path);
    ASSERT_TRUE(decoder);
    const VoiWindow expected = minMaxWindow(*(*decoder)->decodeFrame(7), (*decoder)->format());
    EXPECT_DOUBLE_EQ(m_viewer.window().center, expected.center);
    EXPECT_DOUBLE_EQ(m_viewer.window().width, expected.width);
}

TEST_F(Widgets_ViewerWidgetTest, WheelZoomsAndDoubleClickFits)
{
    openAndDecode();
    const double fitted = m_viewer.zoom();
    QWheelEvent wheel(QPointF(200, 150), m_viewer.mapToGlobal(QPointF(200, 150)), QPoint(),
                      QPoint(0, 240), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(&m_viewer, &wheel);
    EXPECT_NEAR(m_viewer.zoom(), fitted * 1.15 * 1.15, 1e-9);
    QTest::mouseDClick(&m_viewer, Qt::LeftButton);
    EXPECT_DOUBLE_EQ(m_viewer.zoom(), fitted);
}

TEST_F(Widgets_ViewerWidgetTest, PlaysTheLoopAtTheFilesRate)
{
    openAndDecode();
    QSignalSpy frames(&m_viewer, &ViewerWidget::frameChanged);
    QTest::keyClick(&m_viewer, Qt::Key_Space);
    EXPECT_TRUE(m_viewer.isPlaying());
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return frames.size() >= 10; }, 10000)); // wrapped at least once
    QTest::keyClick(&m_viewer, Qt::Key_Space);
    EXPECT_FALSE(m_viewer.isPlaying());
    EXPECT_GE(m_viewer.presentedFrames(), 10);
    EXPECT_DOUBLE_EQ(m_viewer.framesPerSecond(), 50.0);
    m_viewer.setFramesPerSecond(25);
    EXPECT_DOUBLE_EQ(m_viewer.framesPerSecond(), 25.0);
}

TEST_F(Widgets_ViewerWidgetTest, AnUnreadableFileSaysWhy)
{
    const QString bad = m_dir.filePath(u"cut.dcm"_s);
    testdata::DicomSpec spec = testdata::specWithNewUids();
    spec.frames = 4;
    ASSERT_EQ(testdata::writeTruncatedDicom(bad, spec), QString());
    QSignalSpy failed(&m_viewer, &ViewerWidget::failed);
    m_viewer.openFile(bad);
    ASSERT_TRUE(failed.wait(10000));
    EXPECT_FALSE(failed.at(0).at(0).toString().isEmpty());
}

} // namespace kenshu

namespace kenshu {

TEST_F(Widgets_ViewerWidgetTest, PagesThroughASeriesOfSingleFrameFiles)
{
    // A CT-like stack: three single-frame instances, shown as frames 1 to 3.
    QList<FrameSource> slices;
    for (int i = 0; i < 3; ++i) {
        testdata::DicomSpec spec = testdata::specWithNewUids();
        spec.sopClassUid = u"1.2.840.10008.5.1.4.1.1.2"_s;
        spec.modality = u"CT"_s;
        spec.rows = 32 + 8 * i; // slices need not share a size
        spec.columns = 32;
        spec.instanceNumber = i + 1;
        const QString path = m_dir.filePath(u"slice%1.dcm"_s.arg(i));
        ASSERT_EQ(testdata::writeDicom(path, spec), QString());
        slices.append(FrameSource{path, 1, {}});
    }
    QSignalSpy opened(&m_viewer, &ViewerWidget::opened);
    m_viewer.openSeries(slices);
    ASSERT_TRUE(opened.wait(10000));
    EXPECT_EQ(m_viewer.frameCount(), 3);
    QTest::keyClick(&m_viewer, Qt::Key_End);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_viewer.renderedImage().height() == 48; }, 10000));
    EXPECT_EQ(m_viewer.renderedImage(), *renderFileFrame(slices[2].path, 0, m_viewer.window()));
}

} // namespace kenshu
