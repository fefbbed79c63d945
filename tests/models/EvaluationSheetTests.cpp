#include "EvaluationCarryOver.h"
#include "EvaluationSheetRules.h"
#include "QtPrinters.h"

#include <QJsonDocument>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace kenshu;

namespace {

constexpr Rating O = Rating::Achieved;
constexpr Rating X = Rating::NotAchieved;
constexpr Rating U = Rating::Unrated;

const RecordParties kParties{u"r1"_s, u"s1"_s};
const Actor kResident{Role::Resident, u"r1"_s};
const Actor kSupervisor{Role::Supervisor, u"s1"_s};

EvaluationSheet sheet(std::vector<std::pair<Rating, Rating>> ratings,
                      EvaluationState state = EvaluationState::InTraining)
{
    EvaluationSheet result{2024, state, {}};
    int n = 0;
    for (const auto& [resident, supervisor] : ratings)
        result.items.push_back({u"item%1"_s.arg(++n), resident, supervisor});
    return result;
}

} // namespace

TEST(Models_EvaluationSheetTest, SupervisorRatesOnlyAfterResidentRatedEveryItem)
{
    const EvaluationSheet partly = sheet({{O, U}, {U, U}, {X, U}});
    EXPECT_FALSE(residentRatedAll(partly));
    EXPECT_EQ(canRate(partly, RatingSide::Supervisor, kSupervisor, kParties).code(),
              u"resident_not_rated_all"_s);
    EXPECT_TRUE(canRate(partly, RatingSide::Resident, kResident, kParties).allowed());

    // × counts as rated: the resident has stated where they stand.
    const EvaluationSheet rated = sheet({{O, U}, {X, U}, {X, U}});
    EXPECT_TRUE(residentRatedAll(rated));
    EXPECT_EQ(canRate(rated, RatingSide::Supervisor, kSupervisor, kParties).code(), u"allowed"_s);
}

TEST(Models_EvaluationSheetTest, EachColumnBelongsToItsSide)
{
    const EvaluationSheet rated = sheet({{O, U}});
    EXPECT_EQ(canRate(rated, RatingSide::Resident, kSupervisor, kParties).code(), u"not_author"_s);
    EXPECT_EQ(canRate(rated, RatingSide::Supervisor, kResident, kParties).code(),
              u"supervisor_only"_s);
    EXPECT_EQ(canRate(rated, RatingSide::Supervisor, {Role::Supervisor, u"s2"_s}, kParties).code(),
              u"not_assigned_reviewer"_s);
    EXPECT_EQ(canRate(rated, RatingSide::Supervisor, {Role::Director, u"d1"_s}, kParties).code(),
              u"supervisor_only"_s);
    EXPECT_EQ(canRate(rated, RatingSide::Resident, {Role::Resident, u"r2"_s}, kParties).code(),
              u"not_author"_s);
}

TEST(Models_EvaluationSheetTest, CompletedSheetIsReadOnlyUntilSetBack)
{
    const EvaluationSheet completed = sheet({{O, O}, {O, O}}, EvaluationState::Completed);
    EXPECT_EQ(canRate(completed, RatingSide::Resident, kResident, kParties).code(),
              u"resident_locked_completed"_s);
    EXPECT_EQ(canRate(completed, RatingSide::Supervisor, kSupervisor, kParties).code(),
              u"locked_completed"_s);

    const TransitionContext context{kParties, std::nullopt, completed};
    EXPECT_EQ(
        checkTransition(EvaluationState::Completed, EvaluationState::InTraining, kResident, context)
            .code(),
        u"supervisor_only"_s);
    ASSERT_TRUE(checkTransition(EvaluationState::Completed, EvaluationState::InTraining,
                                kSupervisor, context)
                    .allowed());

    EvaluationSheet setBack = completed;
    setBack.state = EvaluationState::InTraining;
    EXPECT_TRUE(canRate(setBack, RatingSide::Resident, kResident, kParties).allowed());
    EXPECT_TRUE(canRate(setBack, RatingSide::Supervisor, kSupervisor, kParties).allowed());
}

TEST(Models_EvaluationSheetTest, CompletesOnlyWhenEveryItemIsAchievedOnBothSides)
{
    struct Row
    {
        EvaluationSheet sheet;
        const char* expected;
    };
    const std::vector<Row> rows{
        {sheet({{O, O}, {O, O}, {O, O}}), "allowed"},
        {sheet({{O, O}}), "allowed"},
        {sheet({}), "no_items"},
        {sheet({{O, O}, {O, X}, {O, O}}), "not_all_achieved"},
        {sheet({{O, O}, {X, O}, {O, O}}), "not_all_achieved"}, // supervisor ○ is not enough
        {sheet({{O, O}, {O, U}}), "not_all_achieved"},
        {sheet({{U, U}}), "not_all_achieved"},
    };
    for (const Row& row : rows) {
        const QByteArray ratings = QJsonDocument(ratingsToJson(row.sheet.items)).toJson();
        EXPECT_EQ(evaluationCanComplete(row.sheet).code(), QString::fromLatin1(row.expected))
            << ratings.toStdString();
        const TransitionContext context{kParties, std::nullopt, row.sheet};
        EXPECT_EQ(checkTransition(EvaluationState::InTraining, EvaluationState::Completed,
                                  kSupervisor, context)
                      .code(),
                  QString::fromLatin1(row.expected))
            << ratings.toStdString();
    }
}

TEST(Models_EvaluationSheetTest, RatingsRoundTripThroughFormValues)
{
    const EvaluationSheet original = sheet({{O, X}, {X, U}, {U, U}});
    const QJsonObject values = ratingsToJson(original.items);
    EXPECT_EQ(values.value("item1"_L1).toObject(),
              (QJsonObject{{u"resident"_s, u"achieved"_s}, {u"supervisor"_s, u"not_achieved"_s}}));
    EXPECT_EQ(values.value("item2"_L1).toObject(),
              (QJsonObject{{u"resident"_s, u"not_achieved"_s}}));
    EXPECT_EQ(values.value("item3"_L1).toObject(), QJsonObject());

    const std::vector<EvaluationItem> items =
        ratingsFromJson({u"item1"_s, u"item2"_s, u"item3"_s}, values);
    EXPECT_EQ(items, original.items);

    // Unknown or malformed ratings read as unrated; missing items too.
    const QJsonObject odd{{u"a"_s, QJsonObject{{u"resident"_s, u"maybe"_s}}}, {u"b"_s, 3}};
    const std::vector<EvaluationItem> oddItems = ratingsFromJson({u"a"_s, u"b"_s, u"c"_s}, odd);
    ASSERT_EQ(oddItems.size(), 3u);
    for (const EvaluationItem& item : oddItems) {
        EXPECT_EQ(item.resident, Rating::Unrated) << item.id.toStdString();
        EXPECT_EQ(item.supervisor, Rating::Unrated) << item.id.toStdString();
    }
}

TEST(Models_EvaluationSheetTest, RatingsCarryOverToNextYear)
{
    EvaluationSheet thisYear = sheet({{O, O}, {O, X}, {X, U}}, EvaluationState::Completed);
    thisYear.fiscalYear = 2024;

    // item2 dropped from the curriculum, item4 new, order from next year's list.
    const EvaluationSheet next =
        carryOverToNextYear(thisYear, {u"item3"_s, u"item1"_s, u"item4"_s});
    EXPECT_EQ(next.fiscalYear, 2025);
    EXPECT_EQ(next.state, EvaluationState::InTraining);
    const std::vector<EvaluationItem> expected{
        {u"item3"_s, X, U},
        {u"item1"_s, O, O},
        {u"item4"_s, U, U},
    };
    EXPECT_EQ(next.items, expected);

    // This year's sheet is untouched.
    EXPECT_EQ(thisYear.items.size(), 3u);
    EXPECT_EQ(thisYear.state, EvaluationState::Completed);
}
