#include "DateRange.h"
#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace kenshu;

TEST(Models_DateRangeTest, ValidityAndCovering)
{
    const DateRange year{QDate(2024, 4, 1), QDate(2025, 3, 31)};
    EXPECT_TRUE(year.isValid());
    EXPECT_FALSE((DateRange{QDate(2024, 4, 2), QDate(2024, 4, 1)}.isValid()));
    EXPECT_FALSE((DateRange{QDate(), QDate(2024, 4, 1)}.isValid()));
    EXPECT_TRUE((DateRange{QDate(2024, 4, 1), QDate()}.isValid()));

    EXPECT_TRUE(year.covers(year));
    EXPECT_TRUE(year.covers({QDate(2024, 4, 1), QDate(2024, 4, 1)}));
    EXPECT_FALSE(year.covers({QDate(2024, 3, 31), QDate(2024, 4, 1)}));
    EXPECT_FALSE(year.covers({QDate(2025, 3, 31), QDate(2025, 4, 1)}));
    EXPECT_FALSE(year.covers({QDate(2024, 5, 1), QDate()})); // open end is not covered
    EXPECT_TRUE((DateRange{QDate(2024, 4, 1), QDate()}.covers({QDate(2030, 1, 1), QDate()})));
}

TEST(Models_DateRangeTest, JoinedRangesCoverASpan)
{
    const DateRange span{QDate(2024, 1, 1), QDate(2024, 12, 31)};
    EXPECT_TRUE(rangesCover({{QDate(2024, 7, 1), QDate(2024, 12, 31)},
                             {QDate(2023, 1, 1), QDate(2024, 3, 31)},
                             {QDate(2024, 3, 1), QDate(2024, 6, 30)}},
                            span));
    EXPECT_FALSE(rangesCover(
        {{QDate(2023, 1, 1), QDate(2024, 6, 29)}, {QDate(2024, 7, 1), QDate(2024, 12, 31)}}, span));
    EXPECT_TRUE(rangesCover({{QDate(2020, 1, 1), QDate()}}, span));
    EXPECT_FALSE(rangesCover({}, span));
    // Invalid ranges count for nothing.
    EXPECT_FALSE(rangesCover({{QDate(2024, 12, 31), QDate(2024, 1, 1)}}, span));
}

TEST(Models_DateRangeTest, ParsesOnlyIsoCalendarDates)
{
    EXPECT_EQ(parseIsoDate(u"2024-02-29"_s), QDate(2024, 2, 29));
    for (const QString& bad : {u"2023-02-29"_s, u"2024-2-29"_s, u"2024/02/29"_s,
                               u"2024-02-29T00:00"_s, u""_s, u"令和6年"_s})
        EXPECT_FALSE(parseIsoDate(bad).has_value()) << bad.toStdString();

    const DateRange range{QDate(2024, 4, 1), QDate(2024, 9, 30)};
    EXPECT_EQ(range.toJson(),
              (QJsonObject{{u"start"_s, u"2024-04-01"_s}, {u"end"_s, u"2024-09-30"_s}}));
    EXPECT_EQ(DateRange::fromJson(range.toJson()), range);
    EXPECT_EQ(DateRange::fromJson({{u"start"_s, u"2024-04-01"_s}}),
              (DateRange{QDate(2024, 4, 1), QDate()}));
    EXPECT_FALSE(DateRange::fromJson({{u"start"_s, u"2024-13-01"_s}}).has_value());
    EXPECT_FALSE(
        DateRange::fromJson({{u"start"_s, u"2024-04-01"_s}, {u"end"_s, u"soon"_s}}).has_value());
}
