// The supervision record: half-years in local time, only supervisor comments count, exports.
#include "PdfText.h"
#include "SupervisionExport.h"
#include "SupervisionRecord.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace kenshu;

namespace {

// Tokyo is UTC+9 all year: local midnight is 15:00 UTC the day before, so a UTC calendar puts
// these boundary times in the wrong half.
const QTimeZone kTokyo("Asia/Tokyo");

QDateTime tokyo(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), kTokyo).toUTC();
}

Comment supervisorComment(const QDateTime& at, const QString& author = u"900001"_s)
{
    Comment comment;
    comment.id = QUuid::createUuid();
    comment.authorId = author;
    comment.authorRole = u"supervisor"_s;
    comment.createdAt = at;
    comment.text = u"ok"_s;
    return comment;
}

} // namespace

TEST(Models_SupervisionRecordTest, HalfYearsSplitAtLocalMidnight)
{
    ASSERT_TRUE(kTokyo.isValid());
    EXPECT_EQ(halfYearOf(tokyo(2026, 6, 30, 23, 59), kTokyo), (HalfYear{2026, 1}));
    EXPECT_EQ(halfYearOf(tokyo(2026, 7, 1, 0, 0), kTokyo), (HalfYear{2026, 2}));
    EXPECT_EQ(halfYearOf(tokyo(2026, 12, 31, 23, 59), kTokyo), (HalfYear{2026, 2}));
    EXPECT_EQ(halfYearOf(tokyo(2027, 1, 1, 0, 0), kTokyo), (HalfYear{2027, 1}));
    EXPECT_EQ(halfYearOf(tokyo(2026, 1, 1, 0, 0), kTokyo), (HalfYear{2026, 1}));
    // The same instants on a UTC calendar: both boundary pairs fall on the earlier side.
    EXPECT_EQ(halfYearOf(tokyo(2026, 7, 1, 0, 0), QTimeZone::utc()), (HalfYear{2026, 1}));
    EXPECT_EQ(halfYearOf(tokyo(2027, 1, 1, 0, 0), QTimeZone::utc()), (HalfYear{2026, 2}));
}

TEST(Models_SupervisionRecordTest, ACaseCountsInEachHalfYearWithOnlyItsOwnDates)
{
    SupervisionCaseInput boundary{QUuid::createUuid(), u"123456-002"_s, u"123456"_s, {}};
    boundary.comments = {supervisorComment(tokyo(2026, 7, 1, 0, 0)),
                         supervisorComment(tokyo(2026, 6, 30, 23, 59))};
    SupervisionCaseInput early{QUuid::createUuid(), u"123456-001"_s, u"123456"_s, {}};
    early.comments = {supervisorComment(tokyo(2026, 2, 3, 10, 0))};

    const QList<SupervisionPeriod> periods = buildSupervisionRecord({boundary, early}, kTokyo);
    ASSERT_EQ(periods.size(), 2);
    EXPECT_EQ(periods[0].residentId, u"123456"_s);
    EXPECT_EQ(periods[0].halfYear, (HalfYear{2026, 1}));
    ASSERT_EQ(periods[0].cases.size(), 2);
    EXPECT_EQ(periods[0].cases[0].caseTitle, u"123456-001"_s);
    EXPECT_EQ(periods[0].cases[1].caseTitle, u"123456-002"_s);
    EXPECT_EQ(periods[0].cases[1].commentDates, QList<QDate>{QDate(2026, 6, 30)});
    EXPECT_EQ(periods[1].halfYear, (HalfYear{2026, 2}));
    ASSERT_EQ(periods[1].cases.size(), 1);
    EXPECT_EQ(periods[1].cases[0].commentDates, QList<QDate>{QDate(2026, 7, 1)});
}

TEST(Models_SupervisionRecordTest, OnlyLiveSupervisorCommentsOnSomeoneElsesCaseCount)
{
    SupervisionCaseInput input{QUuid::createUuid(), u"123456-001"_s, u"123456"_s, {}};
    Comment byResident = supervisorComment(tokyo(2026, 3, 1, 9, 0), u"123456"_s);
    byResident.authorRole = u"resident"_s;
    Comment deleted = supervisorComment(tokyo(2026, 3, 2, 9, 0));
    deleted.deletedAt = deleted.createdAt.addSecs(60);
    Comment director = supervisorComment(tokyo(2026, 3, 3, 9, 0));
    director.authorRole = u"director"_s;
    input.comments = {byResident, deleted, director};
    EXPECT_TRUE(buildSupervisionRecord({input}, kTokyo).isEmpty());

    input.comments.append(supervisorComment(tokyo(2026, 3, 4, 9, 0)));
    const QList<SupervisionPeriod> periods = buildSupervisionRecord({input}, kTokyo);
    ASSERT_EQ(periods.size(), 1);
    EXPECT_EQ(periods[0].cases[0].commentDates, QList<QDate>{QDate(2026, 3, 4)});
}

TEST(Models_SupervisionRecordTest, CsvIsUtf8WithBomForExcel)
{
    SupervisionCaseInput input{QUuid::createUuid(), u"123456-001 \"冠動脈\""_s, u"123456"_s, {}};
    input.comments = {supervisorComment(tokyo(2026, 3, 4, 9, 0)),
                      supervisorComment(tokyo(2026, 3, 1, 9, 0))};
    const QByteArray csv = supervisionCsv(buildSupervisionRecord({input}, kTokyo));
    ASSERT_TRUE(csv.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(csv.mid(3)).split(u"\r\n"_s);
    ASSERT_EQ(lines.size(), 3); // header, one row, and the empty string after the last CRLF
    EXPECT_EQ(lines[1], u"\"123456\",\"2026 January–June\",\"123456-001 \"\"冠動脈\"\"\",2,"
                        "\"2026-03-01; 2026-03-04\""_s);
    EXPECT_TRUE(lines[2].isEmpty());
}

TEST(Models_SupervisionRecordTest, PdfExportReadsBack)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    SupervisionCaseInput input{QUuid::createUuid(), u"123456-001"_s, u"123456"_s, {}};
    input.comments = {supervisorComment(tokyo(2026, 8, 4, 9, 0))};
    const QString path = dir.filePath(u"record.pdf"_s);
    const Status written = exportSupervisionPdf(buildSupervisionRecord({input}, kTokyo), path);
    ASSERT_TRUE(written) << written.error().message.toStdString();
    const Expected<QStringList> pages = pdfPageTexts(path);
    ASSERT_TRUE(pages) << pages.error().message.toStdString();
    const QString text = pages->join(u'\n');
    EXPECT_TRUE(text.contains(u"Supervision record"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"123456-001"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"2026-08-04"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"July"_s)) << text.toStdString();
}
