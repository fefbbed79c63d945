#pragma once

#include <QString>
#include <initializer_list>
#include <optional>

namespace kenshu {

// Why the workflow rules refuse an action. Each has a stable machine code (refusalCode) that
// the server sends and the client maps back, and a translated message for people.
enum class Refusal {
    None,
    SameState,
    InvalidTransition,
    MachineMismatch,
    NotAuthor,
    SupervisorOnly,
    DirectorOnly,
    SelfApproval,
    SelfRequest,
    NoReviewer,
    NotAssignedReviewer,
    LockedApproved,
    LockedClosed,
    LockedSubmitted,
    LockedCompleted,
    ResidentLockedCompleted,
    RequestPending,
    ResidentNotRatedAll,
    NotAllAchieved,
    NoItems,
    MessageTooLong,
    CarePeriodInvalid,
    CareOutsideFacilityPeriod,
    ReviewerNotCertifiedForPeriod,
    CredentialNotApproved,
    FactsMissing,
};

QString refusalCode(Refusal refusal);
std::optional<Refusal> refusalFromCode(const QString& code);
// Translated ("WorkflowRules" context); empty for Refusal::None.
QString refusalMessage(Refusal refusal);
// The refusal is about who asks (not the author, not a supervisor, not the one asked), not
// about what the record holds: a screen hides such a step rather than greying it out.
bool isPartyRefusal(Refusal refusal);

// The answer of a workflow rule: allowed, or refused with a reason.
struct Decision
{
    Refusal refusal = Refusal::None;

    static Decision allow();
    static Decision refuse(Refusal reason);

    bool allowed() const;
    explicit operator bool() const;
    QString code() const;
    QString message() const;
};

// `reason` when `condition` is false.
Decision require(bool condition, Refusal reason);

// The first refusal among checks listed in order of precedence, else allowed. Every check is
// evaluated, so each must be safe on its own.
Decision firstRefusal(std::initializer_list<Decision> checks);

} // namespace kenshu
