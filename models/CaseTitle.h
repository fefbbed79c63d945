#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace kenshu {

// A case title as the training societies require it: "<member number>-<3-digit sequence>",
// e.g. "123456-001" (GLOSSARY.md, seed 000). The rules are pure functions so that the GUI,
// the CLI and the server agree on them.
struct CaseTitle
{
    QString memberNumber;
    int sequence = 0;

    QString toString() const;
};

inline constexpr int kMaxCaseSequence = 999;

bool isValidMemberNumber(const QString& memberNumber);
std::optional<CaseTitle> parseCaseTitle(const QString& title);

// Why `title` is not acceptable, or an empty string when it is (translated for display).
QString caseTitleProblem(const QString& title);

// The sequence to propose for a new case of `memberNumber`: one after the highest in use, or
// the lowest gap once 999 is taken; nullopt when all 999 are in use.
std::optional<int> nextFreeCaseSequence(const QString& memberNumber,
                                        const QStringList& existingTitles);

} // namespace kenshu
