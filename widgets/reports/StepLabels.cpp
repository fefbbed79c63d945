#include "StepLabels.h"

#include <QCoreApplication>

namespace kenshu {
namespace {

struct Step
{
    QString label;
    QString help;
};

Step trainingReportStep(TrainingReportState from, TrainingReportState to)
{
    using S = TrainingReportState;
    switch (to) {
    case S::Submitted:
        return {QCoreApplication::translate("StepLabels", "Submit"),
                QCoreApplication::translate("StepLabels",
                                            "Send the report to your supervisor for approval")};
    case S::Draft:
        return {QCoreApplication::translate("StepLabels", "Withdraw"),
                QCoreApplication::translate("StepLabels", "Take the report back to edit it")};
    case S::Closed:
        return {QCoreApplication::translate("StepLabels", "Approve (close)"),
                QCoreApplication::translate("StepLabels",
                                            "Approve the report; it can no longer be edited")};
    case S::Reopened:
        return {
            QCoreApplication::translate("StepLabels", "Reopen"),
            QCoreApplication::translate("StepLabels", "Let the resident edit the report again")};
    }
    Q_UNUSED(from);
    return {};
}

Step caseReportStep(CaseReportState from, CaseReportState to)
{
    using S = CaseReportState;
    switch (to) {
    case S::Registered:
        if (from == S::ApprovalRequested)
            return {QCoreApplication::translate("StepLabels", "Withdraw request"),
                    QCoreApplication::translate("StepLabels", "Take back the approval request")};
        return {QCoreApplication::translate("StepLabels", "Register"),
                QCoreApplication::translate("StepLabels",
                                            "Register the case report in its numbered slot")};
    case S::Unregistered:
        return {QCoreApplication::translate("StepLabels", "Delete registration"),
                QCoreApplication::translate(
                    "StepLabels",
                    "Remove the registration; to change an approved report, delete it and "
                    "request approval again")};
    case S::ApprovalRequested:
        return {QCoreApplication::translate("StepLabels", "Request approval…"),
                QCoreApplication::translate("StepLabels",
                                            "Ask a supervisor to approve this case report")};
    case S::Approved:
        return {QCoreApplication::translate("StepLabels", "Approve"),
                QCoreApplication::translate("StepLabels",
                                            "Approve the case report; it is then locked")};
    case S::Rejected:
        return {QCoreApplication::translate("StepLabels", "Do not approve"),
                QCoreApplication::translate("StepLabels",
                                            "Send the report back to the resident to fix")};
    }
    return {};
}

Step evaluationStep(EvaluationState to)
{
    if (to == EvaluationState::Completed)
        return {QCoreApplication::translate("StepLabels", "Mark training completed"),
                QCoreApplication::translate(
                    "StepLabels", "Every item is ○ on both sides: mark the training completed")};
    return {
        QCoreApplication::translate("StepLabels", "Set back to in training"),
        QCoreApplication::translate("StepLabels", "Let the resident change their ratings again")};
}

Step caseStep(CaseState to)
{
    if (to == CaseState::Closed)
        return {QCoreApplication::translate("StepLabels", "Close (approve)"),
                QCoreApplication::translate("StepLabels",
                                            "Close the consultation: approval of the case")};
    return {QCoreApplication::translate("StepLabels", "Reopen"),
            QCoreApplication::translate("StepLabels", "Open the case for discussion again")};
}

Step credentialStep(CredentialState to)
{
    switch (to) {
    case CredentialState::Waiting:
        return {QCoreApplication::translate("StepLabels", "Submit for review"),
                QCoreApplication::translate("StepLabels",
                                            "Send the credential to the training director")};
    case CredentialState::Approved:
        return {
            QCoreApplication::translate("StepLabels", "Approve credential"),
            QCoreApplication::translate("StepLabels", "Confirm the base-specialty qualification")};
    case CredentialState::NotSubmitted:
        return {
            QCoreApplication::translate("StepLabels", "Return"),
            QCoreApplication::translate("StepLabels", "Send the credential back to the resident")};
    }
    return {};
}

Step step(const WorkflowState& from, const WorkflowState& to)
{
    if (from.index() != to.index())
        return {};
    if (const auto* target = std::get_if<TrainingReportState>(&to))
        return trainingReportStep(std::get<TrainingReportState>(from), *target);
    if (const auto* target = std::get_if<CaseReportState>(&to))
        return caseReportStep(std::get<CaseReportState>(from), *target);
    if (const auto* target = std::get_if<EvaluationState>(&to))
        return evaluationStep(*target);
    if (const auto* target = std::get_if<CaseState>(&to))
        return caseStep(*target);
    if (const auto* target = std::get_if<CredentialState>(&to))
        return credentialStep(*target);
    return {};
}

} // namespace

QString stepLabel(const WorkflowState& from, const WorkflowState& to)
{
    return step(from, to).label;
}

QString stepHelp(const WorkflowState& from, const WorkflowState& to)
{
    return step(from, to).help;
}

} // namespace kenshu
