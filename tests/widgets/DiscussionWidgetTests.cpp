// Widgets_Discussion*: the comment thread, the discussion panel over a real store, jumping
// from a painted comment to its frame, the PDF pane and the supervision record window.
#include "AnnotationDocument.h"
#include "BlobStore.h"
#include "CaseLibrary.h"
#include "CommentThreadView.h"
#include "DiscussionPanel.h"
#include "FileDialogs.h"
#include "LocalStore.h"
#include "PaintToolBar.h"
#include "PdfPane.h"
#include "PdfRenderService.h"
#include "SupervisionRecordWindow.h"
#include "TestData.h"
#include "ViewerWidget.h"
#include "ViewerWindow.h"

#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMouseEvent>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <gtest/gtest.h>

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;

const Actor kResident{Role::Resident, u"123456"_s};
const Actor kSupervisor{Role::Supervisor, u"900001"_s};

QList<QFrame*> cards(QWidget* view)
{
    return view->findChildren<QFrame*>(u"commentCard"_s);
}

QString textIn(QWidget* card, const QString& name)
{
    auto* label = card->findChild<QLabel*>(name);
    return label ? label->text() : QString();
}

void click(QWidget* widget)
{
    const QPointF at(5, 5);
    QMouseEvent press(QEvent::MouseButtonPress, at, widget->mapToGlobal(at), Qt::LeftButton,
                      Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(widget, &press);
    QMouseEvent release(QEvent::MouseButtonRelease, at, widget->mapToGlobal(at), Qt::LeftButton,
                        Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(widget, &release);
}

Comment comment(const Actor& author, const QString& text)
{
    Comment result;
    result.id = QUuid::createUuid();
    result.text = text;
    result.authorId = author.memberId;
    result.authorName = u"Dr. "_s + author.memberId;
    result.authorRole = roleName(author.role);
    result.createdAt = QDateTime(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC);
    return result;
}

// A data folder with one case (title 123456-001) holding one 4-frame XA series and a PDF.
class Widgets_DiscussionTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_dataDir = m_dir.filePath(u"data"_s);
        Expected<std::unique_ptr<LocalStore>> store = LocalStore::open(m_dataDir);
        ASSERT_TRUE(store);
        m_store = std::move(*store);
        m_entry.id = QUuid::createUuid();
        m_entry.title = u"123456-001"_s;
        ASSERT_TRUE(CaseLibrary(*m_store).putCase(m_entry.id, m_entry.title, {},
                                                  QDateTime::currentDateTimeUtc(), u"123456"_s));
    }

    void addSeries()
    {
        m_spec = testdata::specWithNewUids();
        m_spec.rows = 96;
        m_spec.columns = 128;
        m_spec.frames = 4;
        const QString path = m_dir.filePath(u"run.dcm"_s);
        ASSERT_EQ(testdata::writeDicom(path, m_spec), QString());
        const Expected<StoredBlob> blob = BlobStore(m_dataDir).ingest(path);
        ASSERT_TRUE(blob);
        StudyEntry study;
        study.studyInstanceUid = m_spec.studyInstanceUid;
        SeriesEntry series;
        series.seriesInstanceUid = m_spec.seriesInstanceUid;
        InstanceEntry instance;
        instance.sopInstanceUid = m_spec.sopInstanceUid;
        instance.frames = m_spec.frames;
        instance.sha256 = blob->sha256;
        series.instances = {instance};
        study.series = {series};
        m_entry.studies = {study};
    }

    QTemporaryDir m_dir;
    QString m_dataDir;
    std::unique_ptr<LocalStore> m_store;
    CaseEntry m_entry;
    testdata::DicomSpec m_spec;
};

} // namespace

TEST(Widgets_CommentThreadViewTest, ShowsDatesEditsPlaceholdersAndThePencilOnlyOnOwnComments)
{
    CaseDiscussion discussion;
    discussion.facts = CommentCaseFacts{CaseState::Open, kResident.memberId};
    Comment edited = comment(kResident, u"LAD #7 90%"_s);
    edited.history = {CommentRevision{u"LAD #7 75%"_s, edited.createdAt.addSecs(60)}};
    edited.editedAt = edited.createdAt.addSecs(60);
    Comment deleted = comment(kResident, {});
    deleted.deletedAt = deleted.createdAt.addSecs(120);
    const Comment fromSupervisor = comment(kSupervisor, u"Agree, PCI"_s);
    discussion.comments = {StoredComment{edited, true}, StoredComment{deleted, false},
                           StoredComment{fromSupervisor, false}};

    CommentThreadView view;
    view.setDiscussion(discussion, kResident);
    const QList<QFrame*> shown = cards(&view);
    ASSERT_EQ(shown.size(), 3);
    EXPECT_EQ(textIn(shown[0], u"commentText"_s), u"LAD #7 90%"_s);
    EXPECT_TRUE(textIn(shown[0], u"commentEdited"_s).startsWith(u"edited "_s));
    EXPECT_EQ(textIn(shown[0], u"commentNotSent"_s), u"Not yet sent"_s);
    EXPECT_NE(shown[0]->findChild<QToolButton*>(u"commentPencil"_s), nullptr);
    EXPECT_TRUE(textIn(shown[1], u"commentDeleted"_s).startsWith(u"This comment was deleted on"_s));
    EXPECT_EQ(shown[1]->findChild<QLabel*>(u"commentText"_s), nullptr);
    EXPECT_EQ(shown[1]->findChild<QToolButton*>(u"commentPencil"_s), nullptr);
    EXPECT_EQ(textIn(shown[1], u"commentNotSent"_s), QString());
    EXPECT_EQ(shown[2]->findChild<QToolButton*>(u"commentPencil"_s), nullptr);

    view.setDiscussion(discussion, kSupervisor); // the same thread seen by the supervisor
    const QList<QFrame*> seenBySupervisor = cards(&view);
    EXPECT_EQ(seenBySupervisor[0]->findChild<QToolButton*>(u"commentPencil"_s), nullptr);
    EXPECT_NE(seenBySupervisor[2]->findChild<QToolButton*>(u"commentPencil"_s), nullptr);
}

TEST_F(Widgets_DiscussionTest, PostEditAndDeleteThroughThePanel)
{
    DiscussionPanel panel(m_dataDir, m_entry.id, kResident, u"Kenshu Taro"_s);
    panel.show();
    CommentThreadView* thread = panel.thread();
    QSignalSpy loaded(panel.repository(), &CommentRepository::loaded);
    ASSERT_TRUE(loaded.wait(10000));
    EXPECT_FALSE(thread->postButton()->isEnabled()); // nothing typed yet

    thread->composer()->setPlainText(u"Please check the LAD."_s);
    ASSERT_TRUE(thread->postButton()->isEnabled());
    thread->postButton()->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return cards(thread).size() == 1; }, 10000));
    EXPECT_TRUE(thread->composer()->toPlainText().isEmpty());
    QFrame* card = cards(thread).front();
    EXPECT_EQ(textIn(card, u"commentText"_s), u"Please check the LAD."_s);
    EXPECT_EQ(textIn(card, u"commentNotSent"_s), u"Not yet sent"_s);

    // Edit through the pencil menu.
    auto* pencil = card->findChild<QToolButton*>(u"commentPencil"_s);
    ASSERT_NE(pencil, nullptr);
    QAction* edit = pencil->menu()->findChild<QAction*>(u"editComment"_s);
    ASSERT_NE(edit, nullptr);
    edit->trigger();
    EXPECT_EQ(thread->composerMode(), CommentThreadView::ComposerMode::Edit);
    EXPECT_EQ(thread->composer()->toPlainText(), u"Please check the LAD."_s);
    thread->composer()->setPlainText(u"Please check the LAD and the LCx."_s);
    loaded.clear();
    thread->postButton()->click();
    ASSERT_TRUE(loaded.wait(10000));
    card = cards(thread).front();
    EXPECT_EQ(textIn(card, u"commentText"_s), u"Please check the LAD and the LCx."_s);
    EXPECT_FALSE(textIn(card, u"commentEdited"_s).isEmpty());
    EXPECT_EQ(thread->composerMode(), CommentThreadView::ComposerMode::Post);

    // Delete: confirmed, leaves a placeholder.
    thread->setDeleteConfirmation([] { return true; });
    loaded.clear();
    card->findChild<QToolButton*>(u"commentPencil"_s)
        ->menu()
        ->findChild<QAction*>(u"deleteComment"_s)
        ->trigger();
    ASSERT_TRUE(loaded.wait(10000));
    card = cards(thread).front();
    EXPECT_FALSE(textIn(card, u"commentDeleted"_s).isEmpty());
    EXPECT_EQ(card->findChild<QToolButton*>(u"commentPencil"_s), nullptr);
}

TEST_F(Widgets_DiscussionTest, OnlyASupervisorClosesAndAClosedCaseIsReadOnly)
{
    {
        DiscussionPanel resident(m_dataDir, m_entry.id, kResident, {});
        QSignalSpy loaded(resident.repository(), &CommentRepository::loaded);
        ASSERT_TRUE(loaded.wait(10000));
        EXPECT_FALSE(resident.closeButton()->isEnabled());
    }
    DiscussionPanel panel(m_dataDir, m_entry.id, kSupervisor, u"Shido Hanako"_s);
    panel.show();
    QSignalSpy state(&panel, &DiscussionPanel::caseStateChanged);
    ASSERT_TRUE(state.wait(10000));
    ASSERT_TRUE(panel.closeButton()->isVisible());
    ASSERT_TRUE(panel.closeButton()->isEnabled());
    panel.closeButton()->click();
    CommentThreadView* thread = panel.thread();
    EXPECT_EQ(thread->composerMode(), CommentThreadView::ComposerMode::Close);
    EXPECT_FALSE(thread->postButton()->isEnabled()); // a closing comment is required
    thread->composer()->setPlainText(u"Well done. Approved."_s);
    thread->postButton()->click();
    ASSERT_TRUE(state.wait(10000));
    EXPECT_EQ(panel.caseState(), CaseState::Closed);
    ASSERT_EQ(cards(thread).size(), 1);
    EXPECT_FALSE(textIn(cards(thread).front(), u"commentClosing"_s).isEmpty());
    EXPECT_FALSE(thread->composer()->isEnabled()); // read-only now
    EXPECT_TRUE(panel.reopenButton()->isVisible());

    panel.reopenButton()->click();
    ASSERT_TRUE(state.wait(10000));
    EXPECT_EQ(panel.caseState(), CaseState::Open);
    EXPECT_TRUE(thread->composer()->isEnabled());
}

TEST_F(Widgets_DiscussionTest, OnAClosedCaseNoShortcutStartsPaintingOrChangesADrawing)
{
    addSeries();
    ViewerWindow window(m_dataDir, m_entry, {});
    window.showDiscussion(kSupervisor, u"Shido Hanako"_s);
    window.show();
    window.showSeries(m_spec.seriesInstanceUid);
    ViewerWidget* viewer = window.viewer();
    ASSERT_TRUE(QTest::qWaitFor([&] { return viewer->annotations().hasDocument(); }, 10000));
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    AnnotationItem arrow;
    arrow.id = QUuid::createUuid();
    arrow.to = {60, 40};
    const AnnotationTarget frame0{m_spec.sopInstanceUid, 0};
    viewer->annotations().document().addItem(frame0, arrow);
    // Shortcuts work while the case is open...
    QTest::keyClick(&window, Qt::Key_D);
    ASSERT_TRUE(viewer->annotations().isPaintMode());
    QTest::keyClick(&window, Qt::Key_D);
    ASSERT_FALSE(viewer->annotations().isPaintMode());

    QSignalSpy state(window.discussion(), &DiscussionPanel::caseStateChanged);
    window.discussion()->closeButton()->click();
    window.discussion()->thread()->composer()->setPlainText(u"Approved."_s);
    window.discussion()->thread()->postButton()->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.isReadOnly(); }, 10000));
    // ...and do nothing once it is closed.
    QTest::keyClick(&window, Qt::Key_D);
    EXPECT_FALSE(viewer->annotations().isPaintMode());
    viewer->annotations().setPaintMode(true);
    EXPECT_FALSE(viewer->annotations().isPaintMode());
    // The closing comment took the frame's drawing with it (one undo step on the layer):
    // undoing that now would change a closed case.
    const auto itemsWhenClosed = viewer->annotations().document().layer(frame0).items.size();
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(viewer->annotations().document().layer(frame0).items.size(), itemsWhenClosed)
        << "undo must not change the drawings of a closed case";
}

TEST_F(Widgets_DiscussionTest, APaintedCommentJumpsTheViewerToItsFrameWithTheLiveDrawing)
{
    addSeries();
    ViewerWindow window(m_dataDir, m_entry, {});
    window.showDiscussion(kSupervisor, u"Shido Hanako"_s);
    window.resize(1400, 800);
    window.show();
    window.showSeries(m_spec.seriesInstanceUid);
    ViewerWidget* viewer = window.viewer();
    ASSERT_TRUE(QTest::qWaitFor([&] { return viewer->annotations().hasDocument(); }, 10000));
    viewer->setPlaying(false);
    viewer->setFrame(2);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !viewer->renderedImage().isNull(); }, 10000));

    // Draw an arrow on frame 3 (index 2) and post: the comment carries it.
    AnnotationItem arrow;
    arrow.id = QUuid::createUuid();
    arrow.from = {10, 10};
    arrow.to = {60, 40};
    const AnnotationTarget frame2{m_spec.sopInstanceUid, 2};
    viewer->annotations().document().addItem(frame2, arrow);
    CommentThreadView* thread = window.discussion()->thread();
    EXPECT_TRUE(thread->findChild<QLabel*>(u"composerPaint"_s)->text().contains(u"frame 3"_s));
    thread->composer()->setPlainText(u"LAD #7 90% 狭窄"_s);
    thread->postButton()->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return cards(thread).size() == 1; }, 10000));
    const Comment posted = thread->discussion().comments.front().comment;
    ASSERT_TRUE(posted.attachment.has_value());
    EXPECT_EQ(posted.attachment->location,
              (CommentLocation{m_spec.studyInstanceUid, m_spec.seriesInstanceUid,
                               m_spec.sopInstanceUid, 2}));
    EXPECT_TRUE(BlobStore(m_dataDir).contains(posted.attachment->snapshotSha256));
    // The drawing moved into the comment: the editable layer is empty, the pinned one shows it.
    ASSERT_TRUE(QTest::qWaitFor([&] { return viewer->annotations().shownItems().isEmpty(); }));
    EXPECT_EQ(viewer->annotations().pinnedItemsShown().size(), 1);

    // Elsewhere in the run, clicking the comment brings its frame and drawing back.
    viewer->setFrame(0);
    EXPECT_TRUE(viewer->annotations().pinnedItemsShown().isEmpty());
    click(cards(thread).front()->findChild<QLabel*>(u"commentText"_s));
    EXPECT_EQ(thread->selectedComment(), posted.id);
    EXPECT_EQ(viewer->currentFrame(), 2);
    EXPECT_FALSE(viewer->isPlaying());
    const QList<AnnotationItem> shown = viewer->annotations().pinnedItemsShown();
    ASSERT_EQ(shown.size(), 1);
    EXPECT_EQ(shown.front().kind, AnnotationItem::Kind::Arrow);
    EXPECT_NEAR(shown.front().to.x(), 60, 1e-6);
    EXPECT_TRUE(viewer->annotations().shownItems().isEmpty()); // vectors, not editable ones
}

// The write of a painted comment takes a moment; the user may move on meanwhile. Only the
// posted frame's drawing moves into the comment; what is on the frame now stays editable.
TEST_F(Widgets_DiscussionTest, MovingOnWhileAPaintedCommentIsStoredClearsOnlyThePostedFrame)
{
    addSeries();
    ViewerWindow window(m_dataDir, m_entry, {});
    window.showDiscussion(kSupervisor, u"Shido Hanako"_s);
    window.show();
    window.showSeries(m_spec.seriesInstanceUid);
    ViewerWidget* viewer = window.viewer();
    ASSERT_TRUE(QTest::qWaitFor([&] { return viewer->annotations().hasDocument(); }, 10000));
    viewer->setPlaying(false);
    viewer->setFrame(2);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !viewer->renderedImage().isNull(); }, 10000));
    AnnotationItem arrow;
    arrow.id = QUuid::createUuid();
    arrow.to = {60, 40};
    const AnnotationTarget frame2{m_spec.sopInstanceUid, 2};
    const AnnotationTarget frame0{m_spec.sopInstanceUid, 0};
    viewer->annotations().document().addItem(frame2, arrow);
    AnnotationItem other = arrow;
    other.id = QUuid::createUuid();
    viewer->annotations().document().addItem(frame0, other);

    CommentThreadView* thread = window.discussion()->thread();
    thread->composer()->setPlainText(u"Look here"_s);
    thread->postButton()->click();
    viewer->setFrame(0); // before the stored comment comes back
    ASSERT_TRUE(QTest::qWaitFor([&] { return cards(thread).size() == 1; }, 10000));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return viewer->annotations().document().layer(frame2).items.isEmpty(); }, 10000));
    EXPECT_EQ(viewer->annotations().document().layer(frame0).items.size(), 1)
        << "the frame shown when the write finished keeps its drawing";
}

TEST_F(Widgets_DiscussionTest, ACommentFromAnotherWindowOpensItsSeriesFirst)
{
    addSeries();
    Comment painted = comment(kSupervisor, u"see"_s);
    AnnotationLayer layer;
    layer.seriesInstanceUid = m_spec.seriesInstanceUid;
    layer.target = AnnotationTarget{m_spec.sopInstanceUid, 3};
    AnnotationItem pen;
    pen.kind = AnnotationItem::Kind::Pen;
    pen.id = QUuid::createUuid();
    pen.points = {{5, 5}, {20, 30}, {40, 10}};
    layer.items = {pen};
    painted.attachment =
        CommentAttachment{annotationLayerToJson(layer),
                          {},
                          CommentLocation{m_spec.studyInstanceUid, m_spec.seriesInstanceUid,
                                          m_spec.sopInstanceUid, 3}};
    ViewerWindow window(m_dataDir, m_entry, {});
    window.show();
    QSignalSpy opened(window.viewer(), &ViewerWidget::opened);
    window.showCommentDrawing(painted); // nothing open yet: opens the series, then jumps
    ASSERT_TRUE(opened.wait(10000));
    EXPECT_EQ(window.viewer()->currentFrame(), 3);
    ASSERT_EQ(window.viewer()->annotations().pinnedItemsShown().size(), 1);
    EXPECT_EQ(window.viewer()->annotations().pinnedItemsShown().front().points.size(), 3);
}

TEST_F(Widgets_DiscussionTest, ThePdfPaneNavigatesZoomsAndHighlightsSearchHits)
{
    const QString path = m_dir.filePath(u"letter.pdf"_s);
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(72);
        QPainter painter(&writer);
        for (int page = 0; page < 3; ++page) {
            if (page > 0)
                writer.newPage();
            painter.drawText(QPointF(72, 72), u"Page %1 stenosis"_s.arg(page + 1));
        }
    }
    PdfPane pane;
    pane.resize(700, 800);
    pane.show();
    QSignalSpy shown(&pane, &PdfPane::pageShown);
    pane.openFile(path, u"letter.pdf"_s);
    ASSERT_TRUE(shown.wait(10000));
    EXPECT_EQ(pane.pageCount(), 3);
    EXPECT_EQ(pane.currentPage(), 0);
    EXPECT_TRUE(pane.fitsWidth());
    const double fitScale = pane.scale();

    pane.findChild<QToolButton*>(u"pdfNextPage"_s)->click();
    ASSERT_TRUE(shown.wait(10000));
    EXPECT_EQ(pane.currentPage(), 1);
    pane.zoomIn();
    EXPECT_GT(pane.scale(), fitScale);
    EXPECT_FALSE(pane.fitsWidth());
    ASSERT_TRUE(shown.wait(10000));
    EXPECT_NEAR(pane.shownImage().width(), pane.scale() * 595.3 * pane.devicePixelRatioF(), 3);

    pane.search(u"STENOSIS"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return pane.hitCount() == 3; }, 10000));
    EXPECT_EQ(pane.currentHit(), 1); // the first hit from the page being read
    pane.nextHit();
    EXPECT_EQ(pane.currentHit(), 2);
    EXPECT_EQ(pane.currentPage(), 2);
    pane.nextHit(); // wraps around
    EXPECT_EQ(pane.currentPage(), 0);
    EXPECT_EQ(pane.findChild<QLabel*>(u"pdfHits"_s)->text(), u"1 of 3"_s);
    // The current hit is painted orange over the page.
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return pane.currentPage() == 0 && !pane.shownImage().isNull(); }));
    shown.clear();
    pane.fitWidth();
    EXPECT_TRUE(pane.fitsWidth());
}

TEST_F(Widgets_DiscussionTest, APdfThatCannotBeReadSaysSoInThePane)
{
    const QString path = m_dir.filePath(u"broken.pdf"_s);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("%PDF-1.7 broken");
    file.close();
    PdfPane pane;
    pane.show();
    QSignalSpy failed(pane.service(), &PdfRenderService::failed);
    pane.openFile(path, u"broken.pdf"_s);
    ASSERT_TRUE(failed.wait(10000));
    auto* message = pane.findChild<QLabel*>(u"pdfMessage"_s);
    EXPECT_TRUE(message->isVisible());
    EXPECT_TRUE(message->text().contains(u"broken.pdf"_s));
    EXPECT_FALSE(pane.findChild<QToolButton*>(u"pdfNextPage"_s)->isEnabled());
}

TEST_F(Widgets_DiscussionTest, TheSupervisionRecordListsAndExports)
{
    {
        CommentStore supervisor(*m_store, kSupervisor, u"Shido"_s);
        ASSERT_TRUE(supervisor.post(m_entry.id, u"Good."_s, {}));
        CommentStore resident(*m_store, kResident, u"Taro"_s);
        ASSERT_TRUE(resident.post(m_entry.id, u"Thanks."_s, {}));
    }
    auto* window = new SupervisionRecordWindow(m_dataDir);
    QSignalSpy loaded(window, &SupervisionRecordWindow::loaded);
    window->show();
    ASSERT_TRUE(loaded.wait(10000));
    ASSERT_EQ(window->periods().size(), 1);
    EXPECT_EQ(window->periods().front().residentId, u"123456"_s);
    ASSERT_EQ(window->periods().front().cases.size(), 1);
    EXPECT_EQ(window->periods().front().cases.front().commentDates.size(), 1); // resident's: no
    const QList<QTreeWidgetItem*> caseRows =
        window->tree()->findItems(u"123456-001"_s, Qt::MatchExactly | Qt::MatchRecursive);
    ASSERT_EQ(caseRows.size(), 1);
    EXPECT_EQ(caseRows.front()->text(1), u"1"_s);

    const QString csv = m_dir.filePath(u"record.csv"_s);
    FileDialogs::setNextAnswer({csv});
    QSignalSpy exported(window, &SupervisionRecordWindow::exported);
    window->exportCsv();
    ASSERT_TRUE(exported.wait(10000));
    QFile written(csv);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    EXPECT_TRUE(written.readAll().contains("123456-001"));
    window->close();
}

} // namespace kenshu
