// Widgets_SignInDialogTest / Widgets_SyncStatusTest / Widgets_SyncIssueListTest /
// Widgets_MainWindowSyncTest: sign-in and sync in the desktop app, offscreen, with generated
// settings files and data folders. No server answers here: an address where nothing listens
// stands for an unreachable one. Tests load no translation, so plural texts read in their
// source form ("3 change(s) waiting"); kenshu_en.ts gives the English plural forms.
#include "AppSetup.h"
#include "BurnedInConfirmDialog.h"
#include "CurrentUser.h"
#include "ItPresets.h"
#include "LocalStore.h"
#include "MainWindow.h"
#include "NoticeBar.h"
#include "QtPrinters.h"
#include "Settings.h"
#include "SignInDialog.h"
#include "SyncControls.h"
#include "SyncIssueList.h"
#include "SyncReport.h"
#include "SyncSession.h"
#include "SyncStatusWidget.h"

#include <QAction>
#include <QCheckBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <gtest/gtest.h>

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;
using sync::ApiError;
using sync::SyncReport;
using sync::SyncSession;

// Receives what QDesktopServices::openUrl would hand to the browser.
class UrlCatcher final : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public slots:
    void open(const QUrl& url) { opened.append(url); }
};

// A port on this machine where nothing listens: connecting is refused at once.
int closedPort()
{
    QTcpServer server;
    EXPECT_TRUE(server.listen(QHostAddress::LocalHost));
    const int port = server.serverPort();
    server.close();
    return port;
}

SyncIssue issue(SyncIssue::Kind kind, const QString& message)
{
    SyncIssue made;
    made.recordId = QUuid::createUuid();
    made.kind = kind;
    made.code = kind == SyncIssue::Kind::Conflict ? u"stale_revision"_s : u"forbidden"_s;
    made.message = message;
    made.detectedAt = QDateTime(QDate(2025, 4, 1), QTime(9, 30), Qt::UTC);
    return made;
}

class SyncWidgetsTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    ItPresets presets(const QByteArray& ini)
    {
        const QString path = m_dir.filePath(u"Kenshu.conf"_s);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(ini);
        file.close();
        return ItPresets::fromFile(path);
    }

    std::unique_ptr<SyncSession> session()
    {
        SyncSession::Options options;
        options.keychainService =
            u"kenshu-test-%1"_s.arg(QUuid::createUuid().toString(QUuid::Id128));
        return std::make_unique<SyncSession>(m_dir.filePath(u"data"_s), options);
    }

    QTemporaryDir m_dir;
};

using Widgets_SignInDialogTest = SyncWidgetsTest;

TEST_F(Widgets_SignInDialogTest, ALockedServerIsReadOnlyAndSaysWhy)
{
    const auto syncSession = session();
    SignInDialog dialog(*syncSession,
                        presets("[Sync]\nserverUrl=https://kenshu.example-hospital.jp\n"
                                "locked=true\n"));
    auto* server = dialog.findChild<QLineEdit*>(u"serverUrl"_s);
    ASSERT_NE(server, nullptr);
    EXPECT_EQ(server->text(), u"https://kenshu.example-hospital.jp"_s);
    EXPECT_TRUE(server->isReadOnly());
    EXPECT_EQ(server->toolTip(), u"Set by your IT department."_s);
    EXPECT_NE(dialog.findChild<QLabel*>(u"serverLockedNote"_s), nullptr);
}

TEST_F(Widgets_SignInDialogTest, AnUnlockedPresetIsOnlyADefault)
{
    const auto syncSession = session();
    SignInDialog dialog(*syncSession, presets("[Sync]\nserverUrl=https://kenshu.example.org\n"));
    auto* server = dialog.findChild<QLineEdit*>(u"serverUrl"_s);
    EXPECT_EQ(server->text(), u"https://kenshu.example.org"_s);
    EXPECT_FALSE(server->isReadOnly());
}

TEST_F(Widgets_SignInDialogTest, ForgotPasswordOpensTheServersResetPage)
{
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(u"https"_s, &catcher, "open");
    const auto syncSession = session();
    {
        SignInDialog dialog(*syncSession, presets({}));
        dialog.findChild<QLineEdit*>(u"serverUrl"_s)->setText(u"https://k.example.org/kenshu"_s);
        auto* forgot = dialog.findChild<QLabel*>(u"forgotPassword"_s);
        ASSERT_TRUE(forgot->isEnabled());
        emit forgot->linkActivated(u"reset"_s);
    }
    {
        SignInDialog dialog(*syncSession,
                            presets("[Sync]\npasswordResetUrl=https://id.example-hospital.jp/r\n"));
        emit dialog.findChild<QLabel*>(u"forgotPassword"_s)->linkActivated(u"reset"_s);
    }
    QDesktopServices::unsetUrlHandler(u"https"_s);
    ASSERT_EQ(catcher.opened.size(), 2);
    EXPECT_EQ(catcher.opened.at(0), QUrl(u"https://k.example.org/kenshu/password-reset"_s));
    EXPECT_EQ(catcher.opened.at(1), QUrl(u"https://id.example-hospital.jp/r"_s));
}

TEST_F(Widgets_SignInDialogTest, AnAddressWithoutHttpsIsExplainedBeforeAnythingIsSent)
{
    const auto syncSession = session();
    QSignalSpy finished(syncSession.get(), &SyncSession::signInFinished);
    SignInDialog dialog(*syncSession, presets({}));
    dialog.findChild<QLineEdit*>(u"serverUrl"_s)->setText(u"http://kenshu.example.org"_s);
    dialog.findChild<QLineEdit*>(u"email"_s)->setText(u"resident@example.org"_s);
    dialog.findChild<QLineEdit*>(u"password"_s)->setText(u"secret"_s);
    auto* signIn = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    ASSERT_TRUE(signIn->isEnabled());
    signIn->click();
    EXPECT_FALSE(dialog.isBusy());
    EXPECT_NE(dialog.message().indexOf(u"https://"_s), -1) << dialog.message().toStdString();
    EXPECT_EQ(finished.count(), 0);
}

TEST_F(Widgets_SignInDialogTest, AnUnreachableServerIsSaidPlainlyWithoutBlocking)
{
    const auto syncSession = session();
    QSignalSpy finished(syncSession.get(), &SyncSession::signInFinished);
    SignInDialog dialog(*syncSession, presets({}));
    dialog.show();
    dialog.findChild<QLineEdit*>(u"serverUrl"_s)
        ->setText(u"https://127.0.0.1:%1"_s.arg(closedPort()));
    dialog.findChild<QLineEdit*>(u"email"_s)->setText(u"resident@example.org"_s);
    auto* password = dialog.findChild<QLineEdit*>(u"password"_s);
    password->setText(u"secret"_s);
    auto* signIn = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    signIn->click();

    // The click returned at once: the dialog is busy and the password is out of the field.
    EXPECT_TRUE(dialog.isBusy());
    EXPECT_EQ(password->text(), QString());
    EXPECT_FALSE(signIn->isEnabled());
    EXPECT_FALSE(password->isEnabled());

    ASSERT_TRUE(finished.wait(60000));
    EXPECT_FALSE(dialog.isBusy());
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(dialog.message(), u"The server cannot be reached. Check the server address and "
                                u"the network connection, then try again."_s);
    EXPECT_EQ(syncSession->state(), SyncSession::State::SignedOut);
}

TEST_F(Widgets_SignInDialogTest, FailuresAreInPlainWords)
{
    sync::SignInResult wrong;
    wrong.error = ApiError::fromStatus(401, {});
    wrong.error->message = u"The e-mail address or the password is wrong."_s;
    EXPECT_EQ(SignInDialog::failureText(wrong), wrong.error->message);
    sync::SignInResult tls;
    tls.error =
        ApiError::make(ApiError::Kind::Tls, u"The server's identity could not be verified"_s);
    EXPECT_EQ(SignInDialog::failureText(tls), tls.error->message);
    sync::SignInResult timeout;
    timeout.error = ApiError::make(ApiError::Kind::Timeout, u"no answer"_s);
    EXPECT_TRUE(SignInDialog::failureText(timeout).startsWith(u"The server cannot be reached."_s));
}

class Widgets_SyncStatusTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_status.setClocks([this] { return m_now; }, [this] { return m_monotonicMs; });
    }

    QDateTime m_now{QDate(2025, 4, 1), QTime(9, 0), Qt::UTC};
    qint64 m_monotonicMs = 1000;
    SyncStatusWidget m_status;
};

TEST_F(Widgets_SyncStatusTest, SignedOutSaysSoAndOffersSignIn)
{
    m_status.showSignedOut();
    EXPECT_EQ(m_status.connectionText(), u"Not signed in"_s);
    QSignalSpy requested(&m_status, &SyncStatusWidget::signInRequested);
    m_status.findChild<QPushButton*>(u"syncSignIn"_s)->click();
    EXPECT_EQ(requested.count(), 1);
}

TEST_F(Widgets_SyncStatusTest, OfflineShowsWhatIsWaitingWithoutAnError)
{
    m_status.showSignedIn(u"Hanako Sato"_s, true);
    SyncReport report;
    report.error = ApiError::make(ApiError::Kind::Offline, u"The server cannot be reached."_s);
    report.pending = 3;
    m_status.showReport(report);
    EXPECT_EQ(m_status.connectionText(), u"Hanako Sato · Offline"_s);
    EXPECT_EQ(m_status.pendingText(), u"3 change(s) waiting"_s);
    EXPECT_EQ(m_status.errorText(), QString());
    EXPECT_EQ(m_status.lastSyncText(), QString());
}

TEST_F(Widgets_SyncStatusTest, TheLastSuccessfulSyncAgesAsTimePasses)
{
    m_status.showSignedIn(u"Hanako Sato"_s, true);
    m_status.showReport(SyncReport{});
    EXPECT_EQ(m_status.connectionText(), u"Hanako Sato · Online"_s);
    EXPECT_EQ(m_status.lastSyncText(), u"Synced just now"_s);
    EXPECT_EQ(m_status.pendingText(), QString());

    m_now = m_now.addSecs(5 * 60);
    m_status.refreshLastSync();
    EXPECT_EQ(m_status.lastSyncText(), u"Synced 5 min ago"_s);

    // A failed run later keeps the time of the last one that worked.
    SyncReport offline;
    offline.error = ApiError::make(ApiError::Kind::Offline, u"offline"_s);
    m_now = m_now.addSecs(60 * 60);
    m_status.showReport(offline);
    EXPECT_EQ(m_status.lastSyncText(), u"Synced 1 h ago"_s);
}

TEST_F(Widgets_SyncStatusTest, ARefusalIsSaidWithTheServersReasonAndCounted)
{
    m_status.showSignedIn(u"Hanako Sato"_s, true);
    SyncReport report;
    report.pending = 2;
    report.refused = 1;
    report.conflicts = 1;
    report.issues = {issue(SyncIssue::Kind::Conflict, u"changed on the server"_s),
                     issue(SyncIssue::Kind::Refused, u"Only the author can edit this comment."_s)};
    m_status.showReport(report);
    EXPECT_EQ(m_status.errorText(),
              u"The server refused a change: Only the author can edit this comment."_s);
    EXPECT_EQ(m_status.issuesText(), u"1 conflict(s), 1 refused"_s);
    QSignalSpy requested(&m_status, &SyncStatusWidget::issuesRequested);
    m_status.findChild<QPushButton*>(u"syncIssues"_s)->click();
    EXPECT_EQ(requested.count(), 1);
}

TEST_F(Widgets_SyncStatusTest, AHeldStudyIsCountedAsWaitingForTheUserNotAsRefused)
{
    m_status.showSignedIn(u"Hanako Sato"_s, true);
    SyncReport report;
    report.pending = 1;
    report.issues = {issue(SyncIssue::Kind::NeedsConfirmation, {})};
    m_status.showReport(report);
    EXPECT_EQ(m_status.issuesText(), u"1 study(ies) to confirm"_s);
    EXPECT_TRUE(m_status.errorText().isEmpty()) << m_status.errorText().toStdString();
}

TEST(Widgets_BurnedInConfirmDialogTest, UploadWaitsUntilTheUserSaysTheyLookedAtEveryImage)
{
    SyncIssue held;
    held.kind = SyncIssue::Kind::NeedsConfirmation;
    held.recordId = QUuid::createUuid();
    held.heldSeries = {{u"1.2.3.1"_s, 3, u"US"_s, SyncIssue::HeldSeries::Reason::Likely},
                       {u"1.2.3.2"_s, 7, u"XA"_s, SyncIssue::HeldSeries::Reason::Declared}};
    BurnedInConfirmDialog dialog(held);
    auto* series = dialog.findChild<QTreeWidget*>(u"heldSeries"_s);
    ASSERT_TRUE(series);
    ASSERT_EQ(series->topLevelItemCount(), 2);
    EXPECT_EQ(series->topLevelItem(0)->text(0), u"3"_s);
    EXPECT_EQ(series->topLevelItem(0)->text(1), u"US"_s);
    EXPECT_NE(series->topLevelItem(0)->text(2), series->topLevelItem(1)->text(2))
        << "a declared burn-in and a likely one are told apart";

    auto* upload = dialog.findChild<QPushButton*>(u"confirmBurnedIn"_s);
    auto* looked = dialog.findChild<QCheckBox*>(u"lookedAtEveryImage"_s);
    ASSERT_TRUE(upload && looked);
    EXPECT_FALSE(upload->isEnabled());
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    looked->setChecked(true);
    ASSERT_TRUE(upload->isEnabled());
    upload->click();
    EXPECT_EQ(accepted.count(), 1);
    EXPECT_EQ(dialog.issue().recordId, held.recordId);
}

TEST_F(Widgets_SyncStatusTest, AnUntrustedCertificateIsAnErrorNotOffline)
{
    m_status.showSignedIn(u"Hanako Sato"_s, true);
    SyncReport report;
    report.error = ApiError::make(ApiError::Kind::Tls, u"The server's identity could not be "
                                                       u"verified, so Kenshu did not connect."_s);
    m_status.showReport(report);
    EXPECT_EQ(m_status.connectionText(), u"Hanako Sato · Not connected"_s);
    EXPECT_EQ(m_status.errorText(), report.error->message);
}

TEST_F(Widgets_SyncStatusTest, TransferProgressShowsSpeedAndTimeLeft)
{
    constexpr qint64 kMB = 1000 * 1000;
    m_status.setTransferProgress(0, 100 * kMB, u"Uploading study"_s);
    EXPECT_EQ(m_status.transferText(), u"Uploading study: 0 bytes of 100.0 MB"_s);
    m_monotonicMs += 2000;
    m_status.setTransferProgress(20 * kMB, 100 * kMB, u"Uploading study"_s);
    EXPECT_EQ(m_status.transferText(),
              u"Uploading study: 20.0 MB of 100.0 MB · 10.0 MB/s · about 8 s left"_s);
    m_status.setTransferProgress(100 * kMB, 100 * kMB, u"Uploading study"_s);
    EXPECT_EQ(m_status.transferText(), QString());
}

TEST(Widgets_SyncIssueListTest, ListsIssuesAndOpensTheChosenOne)
{
    SyncIssueList list;
    const SyncIssue conflict = issue(SyncIssue::Kind::Conflict, u"stale"_s);
    const SyncIssue refused = issue(SyncIssue::Kind::Refused, u"The case is closed."_s);
    list.setIssues({conflict, refused});
    ASSERT_EQ(list.lines().size(), 2);
    EXPECT_TRUE(list.lines().at(0).startsWith(u"Conflict: A change was changed"_s))
        << list.lines().at(0).toStdString();
    EXPECT_NE(list.lines().at(1).indexOf(u"The case is closed."_s), -1);

    QSignalSpy opened(&list, &SyncIssueList::openSyncIssue);
    list.findChild<QPushButton*>(u"openSyncIssue"_s)->click();
    ASSERT_EQ(opened.count(), 1);
    EXPECT_EQ(opened.at(0).at(0).value<SyncIssue>().recordId, conflict.recordId);
}

class Widgets_MainWindowSyncTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_dataDir = m_dir.filePath(u"data"_s);
        m_settings = std::make_unique<Settings>(m_dir.filePath(u"settings.ini"_s));
        m_settings->setValue(Settings::Key::MemberNumber, u"123456"_s);
        m_settings->setValue(Settings::Key::MemberName, u"Taro Yamada"_s);
    }

    std::unique_ptr<MainWindow> openWindow()
    {
        auto window = std::make_unique<MainWindow>(m_dataDir, defaultImportFormats(), *m_settings);
        QSignalSpy reloaded(window.get(), &MainWindow::casesReloaded);
        QSignalSpy restored(window->syncSession(), &SyncSession::restoreFinished);
        window->show();
        EXPECT_TRUE(reloaded.wait(10000));
        EXPECT_TRUE(restored.count() > 0 || restored.wait(10000));
        return window;
    }

    QTemporaryDir m_dir;
    QString m_dataDir;
    std::unique_ptr<Settings> m_settings;
};

TEST_F(Widgets_MainWindowSyncTest, NotSignedInTheLocalProfileIsTheUser)
{
    const auto window = openWindow();
    SyncControls* controls = window->syncControls();
    EXPECT_EQ(controls->status()->connectionText(), u"Not signed in"_s);
    EXPECT_TRUE(controls->signInAction()->isEnabled());
    EXPECT_FALSE(controls->signOutAction()->isEnabled());
    EXPECT_FALSE(controls->syncNowAction()->isEnabled());
    EXPECT_EQ(controls->syncNowAction()->shortcut(), QKeySequence(QKeySequence::Refresh));
    EXPECT_TRUE(window->menuBar()->actions().contains(controls->menu()->menuAction()));
    EXPECT_EQ(window->currentUser()->actor().memberId, u"123456"_s);
    EXPECT_EQ(window->currentUser()->name(), u"Taro Yamada"_s);
    EXPECT_EQ(window->windowTitle(), u"Kenshu — case library"_s);
}

TEST_F(Widgets_MainWindowSyncTest, ALocalChangeIsCountedAsWaiting)
{
    const auto window = openWindow();
    {
        // Another part of the app saves a change in this data folder.
        Expected<std::unique_ptr<LocalStore>> store = LocalStore::open(m_dataDir);
        ASSERT_TRUE(store);
        Record record;
        record.id = QUuid::createUuid();
        record.type = RecordType::Case;
        record.updatedAt = QDateTime::currentDateTimeUtc();
        record.data = QJsonObject{{u"title"_s, u"123456-001"_s}};
        ASSERT_TRUE((*store)->putRecord(record));
    }
    SyncStatusWidget* status = window->syncControls()->status();
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return status->pendingText() == u"1 change(s) waiting"_s; }, 20000))
        << status->pendingText().toStdString();
}

TEST_F(Widgets_MainWindowSyncTest, SignInOpensTheDialogOnce)
{
    const auto window = openWindow();
    SignInDialog* dialog = window->syncControls()->openSignInDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(window->syncControls()->openSignInDialog(), dialog);
    dialog->reject();
}

// Pictures of the sync screens, staged as a user sees them: every screen must render and
// save. Kept for a person to look at when KENSHU_SCREENSHOT_DIR names a folder (run with
// LANG=ja_JP.UTF-8 or en_US.UTF-8); otherwise written to a temporary folder.
TEST_F(Widgets_MainWindowSyncTest, Screenshots)
{
    QTemporaryDir scratch;
    const QString chosen = qEnvironmentVariable("KENSHU_SCREENSHOT_DIR");
    const QString folder = chosen.isEmpty() ? scratch.path() : chosen;
    ASSERT_TRUE(QDir().mkpath(folder));
    setUpApplication(*QCoreApplication::instance());
    const QString language = QLocale().name();
    auto window = std::make_unique<MainWindow>(m_dataDir, defaultImportFormats(), *m_settings);
    // The real counts of the empty library (at start, after the silent sign-in) come first; the
    // staged status follows them.
    QSignalSpy counted(window->syncSession(), &SyncSession::pendingCounted);
    window->show();
    ASSERT_TRUE(QTest::qWaitFor([&] { return counted.count() >= 2; }, 10000));
    SyncControls* controls = window->syncControls();
    SyncReport report;
    report.pending = 4;
    report.issues = {issue(SyncIssue::Kind::Conflict, u"stale"_s),
                     issue(SyncIssue::Kind::Refused, u"Only the author can edit this comment."_s)};
    controls->status()->showSignedIn(u"Hanako Sato"_s, true);
    controls->status()->showReport(report);
    controls->status()->setTransferProgress(0, 180'000'000, u"Uploading study"_s);
    controls->notice()->showNotice(u"You are signed out: Your sign-in has expired or was revoked. "
                                   u"Sign in again. Your work stays on this computer."_s,
                                   u"Sign in…"_s, [] {});
    window->resize(1400, 860);
    QCoreApplication::processEvents();
    EXPECT_TRUE(window->grab().save(folder + u"/main-window-%1.png"_s.arg(language)));

    SignInDialog* dialog = controls->openSignInDialog();
    dialog->findChild<QLineEdit*>(u"serverUrl"_s)->setText(u"https://kenshu.example-hospital.jp"_s);
    dialog->findChild<QLineEdit*>(u"email"_s)->setText(u"hanako.sato@example-hospital.jp"_s);
    dialog->findChild<QLineEdit*>(u"password"_s)->setText(u"x"_s);
    dialog->adjustSize();
    QCoreApplication::processEvents();
    EXPECT_TRUE(dialog->grab().save(folder + u"/sign-in-%1.png"_s.arg(language)));
    // Busy, then the failure in words: nothing listens at this address.
    QSignalSpy finished(window->syncSession(), &SyncSession::signInFinished);
    dialog->findChild<QLineEdit*>(u"serverUrl"_s)
        ->setText(u"https://127.0.0.1:%1"_s.arg(closedPort()));
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QCoreApplication::processEvents();
    EXPECT_TRUE(dialog->grab().save(folder + u"/sign-in-busy-%1.png"_s.arg(language)));
    ASSERT_TRUE(finished.wait(60000));
    dialog->adjustSize();
    QCoreApplication::processEvents();
    EXPECT_TRUE(dialog->grab().save(folder + u"/sign-in-failed-%1.png"_s.arg(language)));
    SyncSession::Options options;
    auto lockedSession = std::make_unique<SyncSession>(m_dir.filePath(u"other"_s), options);
    const QString presetFile = m_dir.filePath(u"Kenshu.conf"_s);
    QFile preset(presetFile);
    ASSERT_TRUE(preset.open(QIODevice::WriteOnly));
    preset.write("[Sync]\nserverUrl=https://kenshu.example-hospital.jp\nlocked=true\n");
    preset.close();
    SignInDialog locked(*lockedSession, ItPresets::fromFile(presetFile));
    locked.findChild<QLineEdit*>(u"password"_s)->setText(u"x"_s);
    locked.show();
    QCoreApplication::processEvents();
    EXPECT_TRUE(locked.grab().save(folder + u"/sign-in-locked-%1.png"_s.arg(language)));
    dialog->reject();

    SyncIssueList* list = controls->openIssueList();
    list->setIssues(report.issues);
    QCoreApplication::processEvents();
    EXPECT_TRUE(list->grab().save(folder + u"/sync-issues-%1.png"_s.arg(language)));
    list->close();
}

} // namespace
} // namespace kenshu

#include "SyncWidgetsTests.moc"
