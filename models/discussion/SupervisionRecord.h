#pragma once

#include "Comment.h"
#include "Expected.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <QUuid>

namespace kenshu {

class LocalStore;

// A half of a calendar year as the supervision record counts it (GLOSSARY.md): the first half
// is January–June, the second July–December, in local time.
struct HalfYear
{
    int year = 0;
    int half = 1; // 1 or 2

    bool operator==(const HalfYear& other) const;
    bool operator<(const HalfYear& other) const;
    // "2026 January–June" (translated).
    QString label() const;
};

// The half-year `time` falls in, on the calendar of `zone` (the workstation's by default).
HalfYear halfYearOf(const QDateTime& time, const QTimeZone& zone = QTimeZone::systemTimeZone());

// A case discussed with a supervisor in one half-year, with the (local) dates of the
// supervisor's comments in that half-year.
struct SupervisedCase
{
    QUuid caseId;
    QString caseTitle;
    QList<QDate> commentDates; // ascending, one entry per comment
};

// One resident's supervised cases in one half-year.
struct SupervisionPeriod
{
    QString residentId;
    HalfYear halfYear;
    QList<SupervisedCase> cases; // by title
};

// What the record is built from: a case, its resident and its comments.
struct SupervisionCaseInput
{
    QUuid caseId;
    QString caseTitle;
    QString residentId;
    QList<Comment> comments;
};

// Per resident and half-year, the cases with at least one supervisor comment in that
// half-year. A deleted comment does not count; a case discussed in two half-years appears in
// both, each with only its own dates. Sorted by resident, then half-year.
QList<SupervisionPeriod>
buildSupervisionRecord(const QList<SupervisionCaseInput>& cases,
                       const QTimeZone& zone = QTimeZone::systemTimeZone());

// Every case in the local store with its comments.
QList<SupervisionCaseInput> readSupervisionInputs(const LocalStore& store);

} // namespace kenshu
