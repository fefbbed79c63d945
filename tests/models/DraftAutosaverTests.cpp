// Autosave: when drafts reach the disk, and that a kill -9 mid-typing loses at most the last
// two seconds.
#include "DraftAutosaver.h"
#include "DraftStore.h"
#include "LocalStore.h"
#include "QtPrinters.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <gtest/gtest.h>

#ifndef KENSHU_AUTOSAVE_CHILD
#error "KENSHU_AUTOSAVE_CHILD must be the path of the autosave_child binary"
#endif

using namespace Qt::Literals::StringLiterals;
using namespace kenshu;

namespace {

ReportDraft newDraft()
{
    ReportDraft draft;
    draft.id = QUuid::createUuid();
    draft.formId = u"visit_guidance_report"_s;
    draft.formVersion = 1;
    draft.state = u"draft"_s;
    draft.authorId = u"123456"_s;
    return draft;
}

// What is on disk, read through a fresh connection as the next start of the app would.
QString savedSummary(const QString& dataDir, const QUuid& id)
{
    Expected<std::unique_ptr<LocalStore>> store = LocalStore::open(dataDir);
    if (!store)
        return u"<cannot open: "_s + store.error().message + u'>';
    const Expected<ReportDraft> draft = DraftStore(**store, {}).load(id);
    if (!draft)
        return u"<"_s + draft.error().message + u'>';
    return draft->values.value("summary"_L1).toString();
}

QJsonObject summary(const QString& text)
{
    return QJsonObject{{"summary"_L1, text}};
}

// A text of `length` characters that shows where a prefix ends.
QString typedText(int length)
{
    QString text;
    for (int i = 0; i < length; ++i)
        text.append(i % 10 == 9 ? QChar(u'症') : QChar(u'a' + i % 10));
    return text;
}

class Models_DraftAutosaverTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    QString savedSummary() const { return ::savedSummary(m_dir.path(), m_draft.id); }

    QTemporaryDir m_dir;
    const ReportDraft m_draft = newDraft();
};

} // namespace

TEST_F(Models_DraftAutosaverTest, WritesAfterAPauseNotOnEveryKeystroke)
{
    DraftAutosaver autosaver(m_dir.path(), RecordType::Report, m_draft, u"123456"_s);
    QSignalSpy saved(&autosaver, &DraftAutosaver::saved);
    autosaver.setValues(summary(u"a"_s));
    EXPECT_TRUE(autosaver.hasUnsavedChanges());
    EXPECT_FALSE(saved.wait(200)) << "written before the 500 ms pause";
    EXPECT_EQ(saved.count(), 0);
    ASSERT_TRUE(saved.wait(3000));
    EXPECT_EQ(saved.count(), 1);
    EXPECT_FALSE(autosaver.hasUnsavedChanges());
    EXPECT_EQ(savedSummary(), u"a"_s);
}

TEST_F(Models_DraftAutosaverTest, ContinuousTypingIsWrittenWithinTwoSeconds)
{
    DraftAutosaver autosaver(m_dir.path(), RecordType::Report, m_draft, u"123456"_s);
    QSignalSpy saved(&autosaver, &DraftAutosaver::saved);
    // A keystroke every 50 ms never leaves a 500 ms pause: only the deadline writes.
    int typed = 0;
    QTimer keystrokes;
    keystrokes.setInterval(50);
    QObject::connect(&keystrokes, &QTimer::timeout,
                     [&] { autosaver.setValues(summary(typedText(++typed))); });
    QElapsedTimer sinceFirstKeystroke;
    sinceFirstKeystroke.start();
    autosaver.setValues(summary(typedText(++typed)));
    keystrokes.start();
    const qint64 firstSavedAfter = saved.wait(3000) ? sinceFirstKeystroke.elapsed() : -1;
    keystrokes.stop();
    ASSERT_GE(firstSavedAfter, 0) << "nothing written in 3 s of typing";
    EXPECT_LE(firstSavedAfter, 2000);
    EXPECT_GE(firstSavedAfter, DraftAutosaver::kMaxDelayMs);
}

TEST_F(Models_DraftAutosaverTest, FlushWritesAtOnceAndDestructionFlushes)
{
    {
        DraftAutosaver autosaver(m_dir.path(), RecordType::Report, m_draft, u"123456"_s);
        QSignalSpy saved(&autosaver, &DraftAutosaver::saved);
        autosaver.setValues(summary(u"flushed"_s));
        ASSERT_TRUE(autosaver.flush());
        EXPECT_EQ(saved.count(), 1);
        EXPECT_FALSE(autosaver.hasUnsavedChanges());
        EXPECT_EQ(savedSummary(), u"flushed"_s);
        autosaver.setValues(summary(u"closed"_s));
    }
    EXPECT_EQ(savedSummary(), u"closed"_s);
}

TEST_F(Models_DraftAutosaverTest, AFailedWriteIsReportedAndKeptUnsaved)
{
    // The data folder cannot be created: a file is in the way.
    const QString blocked = m_dir.filePath(u"file"_s);
    QFile file(blocked);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    DraftAutosaver autosaver(blocked + u"/data"_s, RecordType::Report, m_draft, {});
    QSignalSpy failed(&autosaver, &DraftAutosaver::failed);
    autosaver.setValues(summary(u"x"_s));
    EXPECT_FALSE(autosaver.flush());
    ASSERT_EQ(failed.count(), 1);
    EXPECT_TRUE(failed.first().first().toString().startsWith(u"Cannot create the data folder"_s))
        << failed.first().first().toString().toStdString();
    EXPECT_TRUE(autosaver.hasUnsavedChanges());
}

// The crash test: a child process types into a draft and is killed with SIGKILL; what
// it had typed two seconds before the kill must be on disk.
TEST(Models_AutosaveTest, ADraftSurvivesKillMinus9MidTyping)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QUuid id = QUuid::createUuid();
    const QString text = typedText(400); // 20 s of typing: the kill comes long before the end
    constexpr int kTypedBeforeWait = 30;

    QProcess child;
    child.start(QStringLiteral(KENSHU_AUTOSAVE_CHILD),
                {dir.path(), id.toString(QUuid::WithoutBraces), text});
    ASSERT_TRUE(child.waitForStarted()) << child.errorString().toStdString();
    int typed = 0;
    QByteArray pending;
    while (typed < kTypedBeforeWait) {
        ASSERT_TRUE(child.waitForReadyRead(5000))
            << "the child stopped typing: " << child.readAllStandardError().toStdString();
        pending += child.readAllStandardOutput();
        while (pending.contains('\n')) {
            const qsizetype end = pending.indexOf('\n');
            typed = pending.left(end).toInt();
            pending.remove(0, end + 1);
        }
    }
    // While typing goes on, what was typed reaches the disk within two seconds.
    const auto typedIsOnDisk = [&] {
        const QString onDisk = savedSummary(dir.path(), id);
        return onDisk.size() >= typed && text.startsWith(onDisk);
    };
    EXPECT_TRUE(QTest::qWaitFor(typedIsOnDisk, 2000));
    child.kill();
    ASSERT_TRUE(child.waitForFinished(5000));
    EXPECT_EQ(child.exitStatus(), QProcess::CrashExit);

    const QString saved = savedSummary(dir.path(), id);
    EXPECT_GE(saved.size(), typed) << saved.toStdString();
    EXPECT_LT(saved.size(), text.size()) << "the child finished before it was killed";
    EXPECT_EQ(saved, text.left(saved.size()));
}
