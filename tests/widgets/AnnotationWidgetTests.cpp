// Widgets_Annotation*: drawing in the viewer: pointer positions map to image pixels under any
// zoom, pan, rotation and flip; drawings stick to the image; tools, selection, undo/redo and
// the store work through the real widgets.
#include "AnnotationDocument.h"
#include "AnnotationRepository.h"
#include "BlobStore.h"
#include "LocalStore.h"
#include "PaintToolBar.h"
#include "TestData.h"
#include "ViewerWidget.h"
#include "ViewerWindow.h"

#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QLineEdit>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;

void sendMouse(QWidget* widget, QEvent::Type type, const QPointF& at,
               Qt::MouseButton button = Qt::LeftButton)
{
    const Qt::MouseButtons buttons = type == QEvent::MouseButtonRelease ? Qt::NoButton : button;
    QMouseEvent event(type, at, widget->mapToGlobal(at), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(widget, &event);
}

void drag(QWidget* widget, const QList<QPointF>& path)
{
    sendMouse(widget, QEvent::MouseButtonPress, path.front());
    for (qsizetype i = 1; i < path.size(); ++i)
        sendMouse(widget, QEvent::MouseMove, path[i], Qt::NoButton);
    sendMouse(widget, QEvent::MouseButtonRelease, path.back());
}

class Widgets_AnnotationTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        testdata::DicomSpec spec = testdata::specWithNewUids();
        spec.rows = 100;
        spec.columns = 160;
        spec.frames = 4;
        m_spec = spec;
        m_path = m_dir.filePath(u"run.dcm"_s);
        ASSERT_EQ(testdata::writeDicom(m_path, spec), QString());
    }

    void openViewer()
    {
        m_viewer.resize(480, 360);
        m_viewer.show();
        QSignalSpy opened(&m_viewer, &ViewerWidget::opened);
        m_viewer.openFile(m_path);
        ASSERT_TRUE(opened.wait(10000));
        ASSERT_TRUE(QTest::qWaitFor([&] { return !m_viewer.renderedImage().isNull(); }, 10000));
        m_viewer.annotations().setDocument(&m_document);
    }

    QPointF onScreen(const QPointF& imagePoint) const { return m_viewer.imageToWidget(imagePoint); }

    AnnotationTarget frameTarget(int frame) const
    {
        return AnnotationTarget{m_spec.sopInstanceUid, frame};
    }

    QTemporaryDir m_dir;
    testdata::DicomSpec m_spec;
    QString m_path;
    ViewerWidget m_viewer;
    AnnotationDocument m_document{u"series"_s};
};

} // namespace

TEST_F(Widgets_AnnotationTest, PointerMapsToImagePixelsUnderZoomPanRotateAndFlip)
{
    openViewer();
    m_viewer.annotations().setTool(AnnotationToolKind::Arrow);
    const QPointF from(20.5, 30.5);
    const QPointF to(120.5, 70.5);
    const auto drawAndCheck = [&](const char* state) {
        drag(&m_viewer, {onScreen(from), onScreen((from + to) / 2), onScreen(to)});
        const QList<AnnotationItem> items = m_document.itemsShownOn(frameTarget(0));
        ASSERT_FALSE(items.isEmpty()) << state;
        EXPECT_NEAR(items.back().from.x(), from.x(), 1e-6) << state;
        EXPECT_NEAR(items.back().from.y(), from.y(), 1e-6) << state;
        EXPECT_NEAR(items.back().to.x(), to.x(), 1e-6) << state;
        EXPECT_NEAR(items.back().to.y(), to.y(), 1e-6) << state;
        // On screen the arrow lies where the image pixels under it are shown.
        const QImage shown = m_viewer.grab().toImage();
        const QPoint middle = onScreen((from + to) / 2).toPoint();
        EXPECT_EQ(QColor(shown.pixel(middle)), QColor(0xff, 0xd4, 0x00)) << state;
    };
    drawAndCheck("fit");
    m_viewer.setZoom(2.5);
    drawAndCheck("zoomed");
    m_viewer.rotateClockwise();
    drawAndCheck("rotated 90");
    m_viewer.flipHorizontally();
    drawAndCheck("rotated and flipped");
    m_viewer.rotateClockwise();
    m_viewer.rotateClockwise();
    drawAndCheck("rotated 270 and flipped");
    m_viewer.resize(700, 500);
    drawAndCheck("resized");
    EXPECT_EQ(m_document.itemsShownOn(frameTarget(0)).size(), 6);
}

TEST_F(Widgets_AnnotationTest, DrawingsBelongToTheirFrameOrTheWholeSeries)
{
    openViewer();
    m_viewer.annotations().setTool(AnnotationToolKind::Pen);
    drag(&m_viewer, {onScreen({10, 10}), onScreen({30, 20}), onScreen({50, 10})});
    m_viewer.annotations().setDrawsOnWholeSeries(true);
    m_viewer.annotations().setTool(AnnotationToolKind::Arrow);
    drag(&m_viewer, {onScreen({60, 60}), onScreen({100, 90})});

    EXPECT_EQ(m_document.layer(frameTarget(0)).items.size(), 1);
    EXPECT_EQ(m_document.layer(AnnotationTarget{}).items.size(), 1);
    m_viewer.setFrame(2);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_viewer.currentPosition().frameInFile == 2; }));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return m_viewer.annotations().shownTarget().frame == std::optional<int>(2); }));
    const QList<AnnotationItem> shown = m_viewer.annotations().shownItems();
    ASSERT_EQ(shown.size(), 1); // only the series arrow, not frame 0's stroke
    EXPECT_EQ(shown.front().kind, AnnotationItem::Kind::Arrow);
}

TEST_F(Widgets_AnnotationTest, EraserSelectionTextAndUndoThroughTheWidgets)
{
    openViewer();
    AnnotationOverlay& overlay = m_viewer.annotations();
    overlay.setTool(AnnotationToolKind::Arrow);
    drag(&m_viewer, {onScreen({10, 50}), onScreen({150, 50})});
    drag(&m_viewer, {onScreen({80, 5}), onScreen({80, 30})});
    ASSERT_EQ(m_document.itemsShownOn(frameTarget(0)).size(), 2);

    // The eraser takes whole items it crosses, and one pass is one undo step.
    overlay.setTool(AnnotationToolKind::Eraser);
    drag(&m_viewer, {onScreen({40, 40}), onScreen({40, 60})});
    ASSERT_EQ(m_document.itemsShownOn(frameTarget(0)).size(), 1);
    EXPECT_EQ(m_document.itemsShownOn(frameTarget(0)).front().from, QPointF(80, 5));
    m_document.undoStack()->undo();
    EXPECT_EQ(m_document.itemsShownOn(frameTarget(0)).size(), 2);
    const int steps = m_document.undoStack()->count();
    drag(&m_viewer, {onScreen({120, 80}), onScreen({140, 90})}); // touches nothing
    EXPECT_EQ(m_document.undoStack()->index(), steps - 1);

    // Select and move one; recolour it; delete it with the key.
    overlay.setTool(AnnotationToolKind::Select);
    drag(&m_viewer, {onScreen({80, 20}), onScreen({90, 25})});
    const QUuid selected = overlay.selection();
    ASSERT_FALSE(selected.isNull());
    EXPECT_EQ(m_document.item(selected)->from, QPointF(90, 10));
    overlay.setColor(Qt::green);
    EXPECT_EQ(m_document.item(selected)->color, QColor(Qt::green));
    QTest::keyClick(&m_viewer, Qt::Key_Delete);
    EXPECT_FALSE(m_document.item(selected));
    m_document.undoStack()->undo();
    m_document.undoStack()->undo();
    m_document.undoStack()->undo();
    EXPECT_EQ(m_document.item(selected)->from, QPointF(80, 5));

    // Text: a click opens an editor over the image; Enter keeps the text.
    overlay.setTool(AnnotationToolKind::Text);
    drag(&m_viewer, {onScreen({20, 70})});
    auto* editor = m_viewer.findChild<QLineEdit*>(u"annotationTextEditor"_s);
    ASSERT_NE(editor, nullptr);
    editor->setText(u"LAD #7 90% 狭窄"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    const QList<AnnotationItem> items = m_document.itemsShownOn(frameTarget(0));
    ASSERT_EQ(items.back().kind, AnnotationItem::Kind::Text);
    EXPECT_EQ(items.back().text, u"LAD #7 90% 狭窄"_s);
    EXPECT_EQ(items.back().at, QPointF(20, 70));
    // Escape in the editor drops the text.
    drag(&m_viewer, {onScreen({100, 90})});
    editor = m_viewer.findChild<QLineEdit*>(u"annotationTextEditor"_s);
    ASSERT_NE(editor, nullptr);
    editor->setText(u"discard"_s);
    QTest::keyClick(editor, Qt::Key_Escape);
    EXPECT_EQ(m_document.itemsShownOn(frameTarget(0)).size(), items.size());

    // Escape ends paint mode: the left button pans again and draws nothing.
    QTest::keyClick(&m_viewer, Qt::Key_Escape);
    EXPECT_FALSE(overlay.isPaintMode());
    const int before = int(m_document.itemsShownOn(frameTarget(0)).size());
    drag(&m_viewer, {onScreen({10, 10}), onScreen({60, 60})});
    EXPECT_EQ(m_document.itemsShownOn(frameTarget(0)).size(), before);
}

TEST_F(Widgets_AnnotationTest, DrawingsAreSavedAndComeBackInANewWindow)
{
    // A case whose one series is the generated file, stored as the library stores it.
    const QString dataDir = m_dir.filePath(u"data"_s);
    ASSERT_TRUE(LocalStore::open(dataDir));
    QFile file(m_path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString sha = QString::fromLatin1(
        QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
    const QString blob = BlobStore(dataDir).pathFor(sha);
    ASSERT_TRUE(QDir().mkpath(QFileInfo(blob).path()));
    ASSERT_TRUE(QFile::copy(m_path, blob));
    CaseEntry entry;
    entry.id = QUuid::createUuid();
    entry.title = u"123456-001"_s;
    StudyEntry study;
    SeriesEntry series;
    series.seriesInstanceUid = m_spec.seriesInstanceUid;
    InstanceEntry instance;
    instance.sopInstanceUid = m_spec.sopInstanceUid;
    instance.frames = 4;
    instance.sha256 = sha;
    series.instances = {instance};
    study.series = {series};
    entry.studies = {study};

    {
        ViewerWindow window(dataDir, entry, {});
        window.show();
        window.showSeries(m_spec.seriesInstanceUid);
        ViewerWidget* viewer = window.viewer();
        ASSERT_TRUE(QTest::qWaitFor([&] { return viewer->annotations().hasDocument(); }, 10000));
        window.paintToolBar()->toolAction(AnnotationToolKind::Arrow)->trigger();
        EXPECT_TRUE(viewer->annotations().isPaintMode());
        drag(viewer, {viewer->imageToWidget({10, 10}), viewer->imageToWidget({90, 60})});
        ASSERT_EQ(viewer->annotations().shownItems().size(), 1);
        window.annotationStore()->waitForPendingWrites();
    }

    ViewerWindow reopened(dataDir, entry, {});
    reopened.show();
    reopened.showSeries(m_spec.seriesInstanceUid);
    ViewerWidget* viewer = reopened.viewer();
    ASSERT_TRUE(QTest::qWaitFor([&] { return viewer->annotations().hasDocument(); }, 10000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !viewer->annotations().shownItems().isEmpty(); }));
    const AnnotationItem arrow = viewer->annotations().shownItems().front();
    EXPECT_EQ(arrow.kind, AnnotationItem::Kind::Arrow);
    EXPECT_NEAR(arrow.from.x(), 10, 1e-6);
    EXPECT_NEAR(arrow.to.y(), 60, 1e-6);
}

} // namespace kenshu
