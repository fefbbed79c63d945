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
    ServerManaged,
};

QString refusalCode(Refusal refusal);
std::optional<Refusal> refusalFromCode(const QString& code);
// Translated ("WorkflowRules" context); empty for Refusal::None.
QString refusalMessage(Refusal refusal);
// The refusal is about who is asking (the server answers 403), not about the record's state or
// content (409): another member could do it, or this one in another role.
bool isActorRefusal(Refusal refusal);

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
