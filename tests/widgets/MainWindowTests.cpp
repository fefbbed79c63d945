// Widgets_MainWindowTest / Widgets_ImportDialogTest: the real main window and dialogs,
// driven offscreen with generated data.
#include "AppSetup.h"
#include "CaseContentModel.h"
#include "CaseListModel.h"
#include "CasePanel.h"
#include "ImportDialog.h"
#include "MainWindow.h"
#include "Settings.h"
#include "TestData.h"
#include "ViewerWidget.h"
#include "ViewerWindow.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QDropEvent>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUrl>
#include <gtest/gtest.h>

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;

QPushButton* importButton(ImportDialog* dialog)
{
    return dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}

class Widgets_MainWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_dataDir = m_dir.filePath(u"data"_s);
        m_settings = std::make_unique<Settings>(m_dir.filePath(u"settings.ini"_s));
        m_settings->setValue(Settings::Key::MemberNumber, u"123456"_s);
    }

    std::unique_ptr<MainWindow> openWindow()
    {
        auto window = std::make_unique<MainWindow>(m_dataDir, defaultImportFormats(), *m_settings);
        QSignalSpy reloaded(window.get(), &MainWindow::casesReloaded);
        window->show();
        EXPECT_TRUE(reloaded.wait(10000));
        return window;
    }

    // Two XA series of one study and a PDF, in a folder.
    QString makeSourceFolder()
    {
        const QString folder = m_dir.filePath(u"cd"_s);
        QDir().mkpath(folder);
        testdata::DicomSpec spec;
        spec.studyInstanceUid = testdata::newUid();
        for (int series = 1; series <= 2; ++series) {
            spec.seriesInstanceUid = testdata::newUid();
            spec.seriesNumber = series;
            spec.seriesDescription = u"Series %1"_s.arg(series);
            spec.sopInstanceUid = testdata::newUid();
            spec.frames = 4;
            EXPECT_EQ(testdata::writeDicom(folder + u"/IM%1"_s.arg(series), spec), QString());
        }
        EXPECT_EQ(testdata::writePdf(folder + u"/report.pdf"_s, 2), QString());
        return folder;
    }

    QTemporaryDir m_dir;
    QString m_dataDir;
    std::unique_ptr<Settings> m_settings;
};

TEST_F(Widgets_MainWindowTest, EmptyLibraryInvitesToCreateACase)
{
    const auto window = openWindow();
    EXPECT_EQ(window->caseListModel()->rowCount(), 0);
    auto* emptyText = window->findChild<QLabel*>(u"emptyLibraryText"_s);
    ASSERT_NE(emptyText, nullptr);
    EXPECT_TRUE(emptyText->isVisible());
}

TEST_F(Widgets_MainWindowTest, NewCaseImportsFilesAndShowsTheCase)
{
    const auto window = openWindow();
    ImportDialog* dialog = window->openNewCaseDialog({makeSourceFolder()});
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->request().caseTitle, u"123456-001"_s);
    dialog->findChild<QPlainTextEdit*>(u"caseNote"_s)->setPlainText(u"LAD stenosis"_s);
    ASSERT_TRUE(importButton(dialog)->isEnabled());

    QSignalSpy finished(window.get(), &MainWindow::importFinished);
    QSignalSpy reloaded(window.get(), &MainWindow::casesReloaded);
    importButton(dialog)->click();
    ASSERT_TRUE(finished.wait(30000));
    const auto outcome = finished.at(0).at(0).value<ImportOutcome>();
    EXPECT_TRUE(outcome.succeeded());
    EXPECT_EQ(outcome.instancesAdded, 2);
    EXPECT_EQ(outcome.documentsAdded, 1);
    ASSERT_TRUE(reloaded.wait(10000));

    ASSERT_EQ(window->caseListModel()->rowCount(), 1);
    const CaseSummary summary = window->caseListModel()->cases().at(0);
    EXPECT_EQ(summary.title, u"123456-001"_s);
    EXPECT_EQ(summary.note, u"LAD stenosis"_s);
    EXPECT_EQ(summary.studyCount, 1);
    EXPECT_EQ(summary.documentCount, 1);

    // The case panel shows the new case: one study with two series (with thumbnails), one PDF.
    CasePanel* panel = window->casePanel();
    ASSERT_TRUE(QTest::qWaitFor([&] { return panel->caseId() == summary.id; }, 10000));
    const CaseContentModel* content = panel->contentModel();
    ASSERT_EQ(content->rowCount(), 2); // the study, the PDF group
    const QModelIndex study = content->index(0, 0);
    EXPECT_EQ(content->rowCount(study), 2);
    EXPECT_FALSE(content->index(0, 0, study).data(Qt::DecorationRole).value<QIcon>().isNull());
    const QModelIndex documents = content->index(1, 0);
    ASSERT_EQ(content->rowCount(documents), 1);
    EXPECT_EQ(content->index(0, 0, documents).data().toString(), u"report.pdf"_s);

    // Double-clicking a series opens it in the viewer (once its files are known to be here,
    // which is checked off the GUI thread).
    auto* tree = panel->findChild<QTreeView*>(u"caseContent"_s);
    ASSERT_NE(tree, nullptr);
    emit tree->activated(content->index(1, 0, study));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return window->findChild<ViewerWindow*>() != nullptr; }, 10000));
    auto* viewerWindow = window->findChild<ViewerWindow*>();
    QSignalSpy viewerOpened(viewerWindow->viewer(), &ViewerWidget::opened);
    ASSERT_TRUE(viewerOpened.wait(10000));
    EXPECT_EQ(viewerWindow->viewer()->frameCount(), 4);
    viewerWindow->close();

    // The next new case proposes the next sequence.
    ImportDialog* next = window->openNewCaseDialog();
    ASSERT_NE(next, nullptr);
    EXPECT_EQ(next->request().caseTitle, u"123456-002"_s);
    EXPECT_FALSE(importButton(next)->isEnabled()); // no files yet
    next->reject();
}

TEST_F(Widgets_MainWindowTest, DroppingFilesOpensNewCaseWithThem)
{
    const auto window = openWindow();
    const QString folder = makeSourceFolder();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(folder)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window.get(), &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window.get(), &drop);

    auto* dialog = window->findChild<ImportDialog*>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->request().paths, QStringList{QDir(folder).absolutePath()});
    dialog->reject();
}

TEST_F(Widgets_MainWindowTest, AddStudyReusesTitleAndNote)
{
    const auto window = openWindow();
    ImportDialog* dialog = window->openNewCaseDialog({makeSourceFolder()});
    dialog->findChild<QPlainTextEdit*>(u"caseNote"_s)->setPlainText(u"first note"_s);
    QSignalSpy finished(window.get(), &MainWindow::importFinished);
    importButton(dialog)->click();
    ASSERT_TRUE(finished.wait(30000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return window->caseListModel()->rowCount() == 1; }, 10000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window->casePanel()->caseId().isNull(); }, 10000));

    ImportDialog* addStudy = window->openAddStudyDialog();
    ASSERT_NE(addStudy, nullptr);
    const ImportRequest request = addStudy->request();
    EXPECT_EQ(request.caseId, window->caseListModel()->cases().at(0).id);
    EXPECT_EQ(request.caseTitle, u"123456-001"_s);
    EXPECT_EQ(request.caseNote, u"first note"_s);
    EXPECT_TRUE(addStudy->findChild<QLineEdit*>(u"caseTitle"_s)->isReadOnly());
    addStudy->reject();
}

TEST(Widgets_ImportDialogTest, ProposesNextFreeSequenceForTheMemberNumber)
{
    ImportDialog dialog({u"123456-001"_s, u"123456-002"_s, u"777-005"_s}, u"123456"_s);
    EXPECT_EQ(dialog.request().caseTitle, u"123456-003"_s);

    auto* member = dialog.findChild<QLineEdit*>(u"memberNumber"_s);
    ASSERT_NE(member, nullptr);
    member->clear();
    QTest::keyClicks(member, u"777"_s);
    EXPECT_EQ(dialog.request().caseTitle, u"777-006"_s);
    QTest::keyClicks(member, u"8"_s);
    EXPECT_EQ(dialog.request().caseTitle, u"7778-001"_s);
}

TEST(Widgets_ImportDialogTest, InvalidTitleBlocksImportWithAMessage)
{
    ImportDialog dialog(QStringList{}, u"123456"_s);
    dialog.addPaths({QDir::tempPath()});
    EXPECT_TRUE(importButton(&dialog)->isEnabled());

    auto* title = dialog.findChild<QLineEdit*>(u"caseTitle"_s);
    title->clear();
    QTest::keyClicks(title, u"123456-1"_s);
    EXPECT_FALSE(importButton(&dialog)->isEnabled());
    auto* message = dialog.findChild<QLabel*>(u"titleMessage"_s);
    EXPECT_FALSE(message->text().isEmpty());

    QTest::keyClicks(title, u"00"_s); // 123456-100
    EXPECT_TRUE(importButton(&dialog)->isEnabled());
}

TEST(Widgets_ImportDialogTest, ExistingTitleSaysFilesWillBeAdded)
{
    ImportDialog dialog({u"123456-001"_s}, QString());
    auto* title = dialog.findChild<QLineEdit*>(u"caseTitle"_s);
    QTest::keyClicks(title, u"123456-001"_s);
    dialog.addPaths({QDir::tempPath()});
    EXPECT_TRUE(importButton(&dialog)->isEnabled());
    EXPECT_FALSE(dialog.findChild<QLabel*>(u"titleMessage"_s)->text().isEmpty());
}

} // namespace
} // namespace kenshu
