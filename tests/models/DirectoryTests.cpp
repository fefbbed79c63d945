// Models_DirectoryTest: finding supervisors by name, kana or member number (width- and
// kana-insensitive), who is offered in a program or room, ended facilities and the care
// period's bound from the chosen facility.
#include "ApprovalTestData.h"
#include "FacilityBounds.h"
#include "MemberSearch.h"

#include <gtest/gtest.h>

namespace kenshu {
namespace {

using namespace kenshu::test;

QStringList ids(const QList<const DirectoryMember*>& members)
{
    QStringList result;
    for (const DirectoryMember* member : members)
        result.append(member->id);
    return result;
}

QStringList offered(const QString& query, const QString& room = kRoomA)
{
    static const Directory directory = approvalDirectory();
    return ids(supervisorCandidates(directory, {kProgram, room}, kResident, query));
}

TEST(Models_DirectoryTest, SearchKeyUnifiesWidthKanaCaseAndSpaces)
{
    EXPECT_EQ(searchKey(u"ﾀﾅｶ"_s), searchKey(u"たなか"_s));
    EXPECT_EQ(searchKey(u"タナカ イチロウ"_s), u"たなかいちろう"_s);
    EXPECT_EQ(searchKey(u"ｶﾞｯｺｳ"_s), u"がっこう"_s) << "half-width voiced marks join";
    EXPECT_EQ(searchKey(u"２０００"_s), u"2000"_s);
    EXPECT_EQ(searchKey(u"ＳＭＩＴＨ"_s), u"smith"_s);
    EXPECT_EQ(searchKey(u"  Smith\u3000John "_s), u"smithjohn"_s);
}

TEST(Models_DirectoryTest, SupervisorsAreFoundByNameKanaOrNumber)
{
    EXPECT_EQ(offered(u"田中"_s), QStringList{u"200001"_s});
    EXPECT_EQ(offered(u"たなか"_s), QStringList{u"200001"_s}) << "hiragana finds katakana";
    EXPECT_EQ(offered(u"ﾀﾅｶ"_s), QStringList{u"200001"_s}) << "half-width kana";
    EXPECT_EQ(offered(u"イチロウ"_s), QStringList{u"200001"_s});
    EXPECT_EQ(offered(u"２００００２"_s), QStringList{u"200002"_s}) << "full-width digits";
    EXPECT_EQ(offered(u"20000"_s), (QStringList{u"200002"_s, u"200001"_s}))
        << "ordered by kana: さとう before たなか";
    EXPECT_TRUE(offered(u"nobody"_s).isEmpty());
}

TEST(Models_DirectoryTest, OnlySupervisorsOfTheReportsRoomAndNeverTheResident)
{
    // Room A: the program-wide supervisor and room A's; not room B's, not the director, not a
    // supervisor of another program, not the resident (who supervises elsewhere).
    EXPECT_EQ(offered(QString()), (QStringList{u"200002"_s, u"200001"_s}));
    EXPECT_EQ(offered(QString(), kRoomB), (QStringList{u"200003"_s, u"200001"_s}));
    EXPECT_TRUE(offered(u"研修"_s).isEmpty());
    EXPECT_TRUE(offered(u"100001"_s).isEmpty());
    // A report not placed in a room yet: every supervisor of the program.
    EXPECT_EQ(offered(QString(), QString()).size(), 3);
}

TEST(Models_DirectoryTest, RoomProgramsPlaceUnplacedReportsInTheDefaultRoom)
{
    const RoomPrograms rooms{{{kRoomA, kProgram}, {kRoomB, kProgram}}, kRoomB};
    EXPECT_EQ(rooms.scopeOf(kRoomA).roomId, kRoomA);
    EXPECT_EQ(rooms.scopeOf(QString()).roomId, kRoomB);
    EXPECT_EQ(rooms.scopeOf(QString()).programId, kProgram);
}

TEST(Models_DirectoryTest, AFacilityEndsWhenNoCertificationRunsToday)
{
    const Directory directory = approvalDirectory();
    EXPECT_FALSE(directory.facility(u"fac-1"_s)->certificationEnded(QDate(2026, 1, 1)));
    EXPECT_TRUE(directory.facility(u"fac-2"_s)->certificationEnded(QDate(2026, 1, 1)));
    EXPECT_FALSE(directory.facility(u"fac-2"_s)->certificationEnded(QDate(2023, 3, 31)));
}

TEST(Models_DirectoryTest, JoinedRangesMergeRenewals)
{
    const std::vector<DateRange> joined = joinedRanges({{QDate(2020, 4, 1), QDate()},
                                                        {QDate(2015, 4, 1), QDate(2018, 3, 31)},
                                                        {QDate(2018, 4, 1), QDate(2019, 3, 31)},
                                                        {QDate(2019, 6, 1), QDate(2019, 12, 31)},
                                                        {QDate(2021, 1, 1), QDate(2021, 2, 1)},
                                                        {QDate(2030, 1, 1), QDate(2029, 1, 1)}});
    ASSERT_EQ(joined.size(), 3u);
    EXPECT_EQ(joined[0], (DateRange{QDate(2015, 4, 1), QDate(2019, 3, 31)}));
    EXPECT_EQ(joined[1], (DateRange{QDate(2019, 6, 1), QDate(2019, 12, 31)}));
    EXPECT_EQ(joined[2], (DateRange{QDate(2020, 4, 1), QDate()}));
}

TEST(Models_DirectoryTest, TheFacilityBoundIsTheCertificationSpanOfTheCare)
{
    const DirectoryFacility facility{u"f"_s,
                                     u"F"_s,
                                     u"K-1"_s,
                                     kProgram,
                                     {{QDate(2010, 1, 1), QDate(2012, 12, 31)},
                                      {QDate(2015, 4, 1), QDate(2018, 3, 31)},
                                      {QDate(2018, 4, 1), QDate(2020, 3, 31)}}};
    EXPECT_EQ(facilityCertificationFor(&facility, {QDate(2017, 1, 1), QDate(2019, 1, 1)}),
              (DateRange{QDate(2015, 4, 1), QDate(2020, 3, 31)}));
    EXPECT_EQ(facilityCertificationFor(&facility, {QDate(2014, 1, 1), QDate(2016, 1, 1)}),
              (DateRange{QDate(2015, 4, 1), QDate(2020, 3, 31)}))
        << "holds the end";
    EXPECT_EQ(facilityCertificationFor(&facility, {QDate(2021, 1, 1), QDate(2021, 2, 1)}),
              (DateRange{QDate(2015, 4, 1), QDate(2020, 3, 31)}))
        << "else the latest";
    EXPECT_FALSE(facilityCertificationFor(nullptr, {QDate(2021, 1, 1), QDate()}).isValid());
}

TEST(Models_DirectoryTest, TheFormChecksTheCarePeriodAgainstTheChosenFacility)
{
    const Directory directory = approvalDirectory();
    const FormSchema& form = caseReportForm();
    const auto problemCodes = [&](const QJsonObject& values) {
        QStringList codes;
        for (const FormProblem& problem :
             validateForm(form, values, facilityValidationContext(form, values, directory)))
            codes.append(problem.fieldId + u':' + problemCodeName(problem.code));
        return codes;
    };
    EXPECT_TRUE(
        problemCodes(caseReportValues(1, u"fac-2"_s, u"2022-05-01"_s, u"2022-07-31"_s)).isEmpty());
    EXPECT_EQ(problemCodes(caseReportValues(1, u"fac-2"_s, u"2023-02-01"_s, u"2023-05-31"_s)),
              QStringList{u"care_period:outside_bound"_s});
    // A facility not in the directory (typed before sign-in) sets no bound.
    EXPECT_TRUE(problemCodes(caseReportValues(1, u"Somewhere"_s, u"2023-02-01"_s, u"2023-05-31"_s))
                    .isEmpty());
}

} // namespace
} // namespace kenshu
