#include "Decision.h"

#include "ApprovalRequest.h"
#include "NameTable.h"

#include <QCoreApplication>

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;

constexpr NameTable<Refusal, 27> kRefusalCodes{{
    {Refusal::None, "allowed"_L1},
    {Refusal::SameState, "same_state"_L1},
    {Refusal::InvalidTransition, "invalid_transition"_L1},
    {Refusal::MachineMismatch, "machine_mismatch"_L1},
    {Refusal::NotAuthor, "not_author"_L1},
    {Refusal::SupervisorOnly, "supervisor_only"_L1},
    {Refusal::DirectorOnly, "director_only"_L1},
    {Refusal::SelfApproval, "self_approval"_L1},
    {Refusal::SelfRequest, "self_request"_L1},
    {Refusal::NoReviewer, "no_reviewer"_L1},
    {Refusal::NotAssignedReviewer, "not_assigned_reviewer"_L1},
    {Refusal::LockedApproved, "locked_approved"_L1},
    {Refusal::LockedClosed, "locked_closed"_L1},
    {Refusal::LockedSubmitted, "locked_submitted"_L1},
    {Refusal::LockedCompleted, "locked_completed"_L1},
    {Refusal::ResidentLockedCompleted, "resident_locked_completed"_L1},
    {Refusal::RequestPending, "request_pending"_L1},
    {Refusal::ResidentNotRatedAll, "resident_not_rated_all"_L1},
    {Refusal::NotAllAchieved, "not_all_achieved"_L1},
    {Refusal::NoItems, "no_items"_L1},
    {Refusal::MessageTooLong, "message_too_long"_L1},
    {Refusal::CarePeriodInvalid, "care_period_invalid"_L1},
    {Refusal::CareOutsideFacilityPeriod, "care_outside_facility_period"_L1},
    {Refusal::ReviewerNotCertifiedForPeriod, "reviewer_not_certified_for_period"_L1},
    {Refusal::CredentialNotApproved, "credential_not_approved"_L1},
    {Refusal::FactsMissing, "facts_missing"_L1},
    {Refusal::ServerManaged, "server_managed"_L1},
}};

} // namespace

QString refusalCode(Refusal refusal)
{
    return nameFromTable(kRefusalCodes, refusal);
}

std::optional<Refusal> refusalFromCode(const QString& code)
{
    return valueFromTable(kRefusalCodes, code);
}

QString refusalMessage(Refusal refusal)
{
    switch (refusal) {
    case Refusal::None:
        return {};
    case Refusal::SameState:
        return QCoreApplication::translate("WorkflowRules", "The record is already in that state.");
    case Refusal::InvalidTransition:
        return QCoreApplication::translate("WorkflowRules",
                                           "This step is not possible from the current state.");
    case Refusal::MachineMismatch:
        return QCoreApplication::translate("WorkflowRules",
                                           "The two states belong to different kinds of record.");
    case Refusal::NotAuthor:
        return QCoreApplication::translate("WorkflowRules",
                                           "Only the author of this record can do this.");
    case Refusal::SupervisorOnly:
        return QCoreApplication::translate("WorkflowRules", "Only a supervisor can do this.");
    case Refusal::DirectorOnly:
        return QCoreApplication::translate("WorkflowRules",
                                           "Only the training director can do this.");
    case Refusal::SelfApproval:
        return QCoreApplication::translate("WorkflowRules",
                                           "You cannot approve or close your own record.");
    case Refusal::SelfRequest:
        return QCoreApplication::translate("WorkflowRules",
                                           "You cannot ask yourself for approval. Choose another "
                                           "supervisor.");
    case Refusal::NoReviewer:
        return QCoreApplication::translate("WorkflowRules",
                                           "Choose the supervisor to ask for approval.");
    case Refusal::NotAssignedReviewer:
        return QCoreApplication::translate(
            "WorkflowRules", "Only the supervisor this record was sent to can do this.");
    case Refusal::LockedApproved:
        return QCoreApplication::translate(
            "WorkflowRules", "An approved record cannot be changed. To change it, delete it and "
                             "request approval again.");
    case Refusal::LockedClosed:
        return QCoreApplication::translate(
            "WorkflowRules", "This record is closed (approved). A supervisor can reopen it.");
    case Refusal::LockedSubmitted:
        return QCoreApplication::translate(
            "WorkflowRules", "This record has been submitted. Withdraw it to make changes.");
    case Refusal::LockedCompleted:
        return QCoreApplication::translate(
            "WorkflowRules", "The evaluation sheet is completed. Set it back to in training to "
                             "change ratings.");
    case Refusal::ResidentLockedCompleted:
        return QCoreApplication::translate(
            "WorkflowRules", "The evaluation sheet is completed, so the self-ratings cannot be "
                             "changed. Your supervisor can set it back to in training.");
    case Refusal::RequestPending:
        return QCoreApplication::translate(
            "WorkflowRules", "Approval has been requested. Withdraw the request first.");
    case Refusal::ResidentNotRatedAll:
        return QCoreApplication::translate(
            "WorkflowRules", "The supervisor can rate only after the resident has rated every "
                             "item.");
    case Refusal::NotAllAchieved:
        return QCoreApplication::translate(
            "WorkflowRules", "Training can be marked completed only when every item is rated "
                             "○ by both the resident and the supervisor.");
    case Refusal::NoItems:
        return QCoreApplication::translate("WorkflowRules",
                                           "The evaluation sheet has no items to rate.");
    case Refusal::MessageTooLong:
        return QCoreApplication::translate("WorkflowRules",
                                           "The message to the supervisor can be at most %1 "
                                           "characters.")
            .arg(kMaxApprovalMessageLength);
    case Refusal::CarePeriodInvalid:
        return QCoreApplication::translate(
            "WorkflowRules", "Enter the care period with an end date that is not before its "
                             "start date.");
    case Refusal::CareOutsideFacilityPeriod:
        return QCoreApplication::translate(
            "WorkflowRules", "The care period must lie within the facility's certification "
                             "period.");
    case Refusal::ReviewerNotCertifiedForPeriod:
        return QCoreApplication::translate(
            "WorkflowRules", "The supervisor's certification period does not cover the care "
                             "period.");
    case Refusal::CredentialNotApproved:
        return QCoreApplication::translate(
            "WorkflowRules", "Cases and reports can be registered once the training director has "
                             "approved your credential.");
    case Refusal::FactsMissing:
        return QCoreApplication::translate("WorkflowRules",
                                           "Not enough information to check this step.");
    case Refusal::ServerManaged:
        return QCoreApplication::translate(
            "WorkflowRules", "Programs, rooms, members and notifications are managed by the "
                             "server administrator.");
    }
    return {};
}

bool isActorRefusal(Refusal refusal)
{
    switch (refusal) {
    case Refusal::NotAuthor:
    case Refusal::SupervisorOnly:
    case Refusal::DirectorOnly:
    case Refusal::SelfApproval:
    case Refusal::SelfRequest:
    case Refusal::NotAssignedReviewer:
    case Refusal::CredentialNotApproved:
    case Refusal::ServerManaged:
        return true;
    default:
        return false;
    }
}

Decision Decision::allow()
{
    return {};
}

Decision Decision::refuse(Refusal reason)
{
    return Decision{reason};
}

bool Decision::allowed() const
{
    return refusal == Refusal::None;
}

Decision::operator bool() const
{
    return allowed();
}

QString Decision::code() const
{
    return refusalCode(refusal);
}

QString Decision::message() const
{
    return refusalMessage(refusal);
}

Decision require(bool condition, Refusal reason)
{
    return condition ? Decision::allow() : Decision::refuse(reason);
}

Decision firstRefusal(std::initializer_list<Decision> checks)
{
    for (const Decision& check : checks) {
        if (!check.allowed())
            return check;
    }
    return Decision::allow();
}

} // namespace kenshu
