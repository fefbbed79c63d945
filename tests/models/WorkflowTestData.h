// The members the workflow rule tables are written for, shorthands for table rows, and valid
// content for the steps that check content.
#pragma once

#include "WorkflowRules.h"

#include <QDate>
#include <QString>
#include <array>
#include <vector>

namespace kenshu::test {

// Columns of every rule table, in this order.
inline const std::array<Actor, 6> kCast{{
    {Role::Resident, QStringLiteral("r1")},   // the author
    {Role::Resident, QStringLiteral("r2")},   // another resident
    {Role::Supervisor, QStringLiteral("s1")}, // the supervisor named on the record
    {Role::Supervisor, QStringLiteral("s2")}, // another supervisor
    {Role::Director, QStringLiteral("d1")},
    {Role::Admin, QStringLiteral("a1")},
}};

inline const char* const kCastNames[] = {
    "author resident",  "other resident", "assigned supervisor",
    "other supervisor", "director",       "admin"};

// Expected refusal codes per cast member ("allowed" when allowed).
using Outcomes = std::array<const char*, 6>;

inline Outcomes everyone(const char* code)
{
    return {code, code, code, code, code, code};
}

// Only the author may.
inline const Outcomes kAuthor{"allowed",    "not_author", "not_author",
                              "not_author", "not_author", "not_author"};

// Only the supervisor named on the record may (reviewer "s1").
inline const Outcomes kSupervisor{"supervisor_only",       "supervisor_only", "allowed",
                                  "not_assigned_reviewer", "supervisor_only", "supervisor_only"};

// Only the director named on the record may (reviewer "d1").
inline const Outcomes kDirector{"director_only", "director_only", "director_only",
                                "director_only", "allowed",       "director_only"};

// The author is refused with `code`, everyone else is not the author.
inline Outcomes authorRefused(const char* code)
{
    Outcomes outcomes = kAuthor;
    outcomes[0] = code;
    return outcomes;
}

// An approval request that passes every check (author "r1", reviewer "s1").
inline ApprovalRequestFacts validApprovalRequest()
{
    ApprovalRequestFacts facts;
    facts.message = QStringLiteral("ご確認をお願いいたします。");
    facts.carePeriod = {QDate(2024, 5, 1), QDate(2024, 6, 30)};
    facts.facilityCertifications = {{QDate(2020, 4, 1), QDate(2025, 3, 31)}};
    facts.reviewerCertifications = {{QDate(2021, 4, 1), QDate(2026, 3, 31)}};
    return facts;
}

} // namespace kenshu::test
