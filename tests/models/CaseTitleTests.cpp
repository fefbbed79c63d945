#include "CaseTitle.h"
#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace kenshu;

namespace {

QStringList titlesFor(const QString& memberNumber, int from, int to)
{
    QStringList titles;
    for (int sequence = from; sequence <= to; ++sequence)
        titles.append(CaseTitle{memberNumber, sequence}.toString());
    return titles;
}

} // namespace

TEST(Models_CaseTitleTest, ParsesMemberNumberAndSequence)
{
    const std::optional<CaseTitle> title = parseCaseTitle(u"123456-001"_s);
    ASSERT_TRUE(title.has_value());
    EXPECT_EQ(title->memberNumber, u"123456"_s);
    EXPECT_EQ(title->sequence, 1);

    const std::optional<CaseTitle> alphanumeric = parseCaseTitle(u"AB12cd-999"_s);
    ASSERT_TRUE(alphanumeric.has_value());
    EXPECT_EQ(alphanumeric->memberNumber, u"AB12cd"_s);
    EXPECT_EQ(alphanumeric->sequence, 999);

    const std::optional<CaseTitle> longest = parseCaseTitle(u"1234567890123456-042"_s);
    ASSERT_TRUE(longest.has_value());
    EXPECT_EQ(longest->memberNumber, u"1234567890123456"_s);
    EXPECT_EQ(longest->sequence, 42);
}

TEST(Models_CaseTitleTest, ToStringPadsTheSequenceToThreeDigits)
{
    EXPECT_EQ((CaseTitle{u"123456"_s, 1}.toString()), u"123456-001"_s);
    EXPECT_EQ((CaseTitle{u"123456"_s, 42}.toString()), u"123456-042"_s);
    EXPECT_EQ((CaseTitle{u"X9"_s, 999}.toString()), u"X9-999"_s);

    for (const QString& text : {u"123456-001"_s, u"A-010"_s, u"9z-999"_s}) {
        const std::optional<CaseTitle> parsed = parseCaseTitle(text);
        ASSERT_TRUE(parsed.has_value()) << text.toStdString();
        EXPECT_EQ(parsed->toString(), text);
    }
}

TEST(Models_CaseTitleTest, RejectsMalformedTitles)
{
    const QStringList invalid{
        u""_s,
        u"123456"_s,
        u"123456-"_s,
        u"-001"_s,
        u"123456-000"_s,            // sequences start at 001
        u"123456-1"_s,              // not 3 digits
        u"123456-01"_s,             // not 3 digits
        u"123456-0001"_s,           // not 3 digits
        u"123456-1000"_s,           // beyond 999
        u"123456_001"_s,            // wrong separator
        u"123456--001"_s,           // two separators
        u" 123456-001"_s,           // surrounding blanks are not part of a title
        u"123456-001 "_s,           //
        u"12345678901234567-001"_s, // member number longer than 16
        u"山田-001"_s,              // member numbers are ASCII letters and digits
        u"123 456-001"_s,           // no blanks inside
        u"123456-00a"_s,            // sequence is digits only
        u"１２３４５６-００１"_s,   // full-width digits are not accepted
    };
    for (const QString& title : invalid) {
        EXPECT_FALSE(parseCaseTitle(title).has_value()) << title.toStdString();
        EXPECT_FALSE(caseTitleProblem(title).isEmpty()) << title.toStdString();
    }
}

TEST(Models_CaseTitleTest, ProblemTextExplainsWhatIsWrong)
{
    EXPECT_TRUE(caseTitleProblem(u"123456-001"_s).isEmpty());
    EXPECT_TRUE(caseTitleProblem(u"A1-999"_s).isEmpty());

    const QString empty = caseTitleProblem(u"   "_s);
    EXPECT_FALSE(empty.isEmpty());
    EXPECT_TRUE(empty.contains(u"Enter a case title"_s)) << empty.toStdString();

    const QString malformed = caseTitleProblem(u"123456-000"_s);
    EXPECT_FALSE(malformed.isEmpty());
    // Shows the expected form with an example, so the user can correct it.
    EXPECT_TRUE(malformed.contains(u"123456-001"_s)) << malformed.toStdString();
    EXPECT_NE(malformed, empty);
}

TEST(Models_CaseTitleTest, ValidatesMemberNumbers)
{
    EXPECT_TRUE(isValidMemberNumber(u"123456"_s));
    EXPECT_TRUE(isValidMemberNumber(u"a"_s));
    EXPECT_TRUE(isValidMemberNumber(u"1234567890123456"_s));
    EXPECT_FALSE(isValidMemberNumber(u""_s));
    EXPECT_FALSE(isValidMemberNumber(u"12345678901234567"_s));
    EXPECT_FALSE(isValidMemberNumber(u"123-456"_s));
    EXPECT_FALSE(isValidMemberNumber(u"123 456"_s));
    EXPECT_FALSE(isValidMemberNumber(u"山田"_s));
}

TEST(Models_CaseTitleTest, NextSequenceStartsAtOne)
{
    EXPECT_EQ(nextFreeCaseSequence(u"123456"_s, {}), std::optional<int>(1));
}

TEST(Models_CaseTitleTest, NextSequenceFollowsTheHighestInUse)
{
    EXPECT_EQ(nextFreeCaseSequence(u"123456"_s, {u"123456-001"_s, u"123456-002"_s}),
              std::optional<int>(3));
    // Unsorted input.
    EXPECT_EQ(nextFreeCaseSequence(u"123456"_s, {u"123456-007"_s, u"123456-002"_s}),
              std::optional<int>(8));
}

TEST(Models_CaseTitleTest, NextSequenceDoesNotFillGapsBelowTheHighest)
{
    // 002..004 are free, but a new case goes after the highest while 999 is not taken.
    EXPECT_EQ(nextFreeCaseSequence(u"123456"_s, {u"123456-001"_s, u"123456-005"_s}),
              std::optional<int>(6));
    EXPECT_EQ(nextFreeCaseSequence(u"123456"_s, {u"123456-998"_s}), std::optional<int>(999));
}

TEST(Models_CaseTitleTest, NextSequenceIgnoresOtherMemberNumbersAndOtherTitles)
{
    const QStringList titles{u"654321-010"_s,  u"1234567-020"_s, u"12345-030"_s,
                             u"not a title"_s, u"123456-000"_s,  u"123456-003"_s};
    EXPECT_EQ(nextFreeCaseSequence(u"123456"_s, titles), std::optional<int>(4));
    EXPECT_EQ(nextFreeCaseSequence(u"654321"_s, titles), std::optional<int>(11));
    EXPECT_EQ(nextFreeCaseSequence(u"999999"_s, titles), std::optional<int>(1));
}

TEST(Models_CaseTitleTest, NextSequenceTakesTheLowestGapOnce999IsUsed)
{
    QStringList titles = titlesFor(u"123456"_s, 1, 999);
    titles.removeAll(u"123456-500"_s);
    titles.removeAll(u"123456-120"_s);
    titles.removeAll(u"123456-777"_s);
    EXPECT_EQ(nextFreeCaseSequence(u"123456"_s, titles), std::optional<int>(120));

    EXPECT_EQ(nextFreeCaseSequence(u"123456"_s, {u"123456-999"_s}), std::optional<int>(1));
    EXPECT_EQ(nextFreeCaseSequence(u"123456"_s, {u"123456-001"_s, u"123456-999"_s}),
              std::optional<int>(2));
}

TEST(Models_CaseTitleTest, NextSequenceIsNulloptWhenAll999AreUsed)
{
    const QStringList titles = titlesFor(u"123456"_s, 1, 999);
    EXPECT_EQ(nextFreeCaseSequence(u"123456"_s, titles), std::nullopt);
    // Another member still starts at 1.
    EXPECT_EQ(nextFreeCaseSequence(u"654321"_s, titles), std::optional<int>(1));
}
