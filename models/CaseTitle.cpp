#include "CaseTitle.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <set>

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;

const QRegularExpression& titlePattern()
{
    static const QRegularExpression pattern(u"^([0-9A-Za-z]{1,16})-([0-9]{3})$"_s);
    return pattern;
}

} // namespace

QString CaseTitle::toString() const
{
    return u"%1-%2"_s.arg(memberNumber).arg(sequence, 3, 10, QLatin1Char('0'));
}

bool isValidMemberNumber(const QString& memberNumber)
{
    static const QRegularExpression pattern(u"^[0-9A-Za-z]{1,16}$"_s);
    return pattern.match(memberNumber).hasMatch();
}

std::optional<CaseTitle> parseCaseTitle(const QString& title)
{
    const QRegularExpressionMatch match = titlePattern().match(title);
    if (!match.hasMatch())
        return std::nullopt;
    const int sequence = match.captured(2).toInt();
    if (sequence < 1)
        return std::nullopt;
    return CaseTitle{match.captured(1), sequence};
}

QString caseTitleProblem(const QString& title)
{
    if (title.trimmed().isEmpty())
        return QCoreApplication::translate("CaseTitle", "Enter a case title.");
    if (parseCaseTitle(title))
        return {};
    return QCoreApplication::translate(
        "CaseTitle", "A case title is your member number, a hyphen and a 3-digit number from 001, "
                     "for example 123456-001.");
}

std::optional<int> nextFreeCaseSequence(const QString& memberNumber,
                                        const QStringList& existingTitles)
{
    std::set<int> used;
    for (const QString& title : existingTitles) {
        const std::optional<CaseTitle> parsed = parseCaseTitle(title);
        if (parsed && parsed->memberNumber == memberNumber)
            used.insert(parsed->sequence);
    }
    if (used.empty())
        return 1;
    if (*used.rbegin() < kMaxCaseSequence)
        return *used.rbegin() + 1;
    for (int sequence = 1; sequence <= kMaxCaseSequence; ++sequence) {
        if (used.count(sequence) == 0)
            return sequence;
    }
    return std::nullopt;
}

} // namespace kenshu
