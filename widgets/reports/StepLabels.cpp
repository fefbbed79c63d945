#include "StepLabels.h"

#include <QCoreApplication>

namespace kenshu {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("StepLabels", text);
}

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
        return {tr("Submit"), tr("Send the report to your supervisor for approval")};
    case S::Draft:
        return {tr("Withdraw"), tr("Take the report back to edit it")};
    case S::Closed:
        return {tr("Approve (close)"), tr("Approve the report; it can no longer be edited")};
    case S::Reopened:
        return {tr("Reopen"), tr("Let the resident edit the report again")};
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
            return {tr("Withdraw request"), tr("Take back the approval request")};
        return {tr("Register"), tr("Register the case report in its numbered slot")};
    case S::Unregistered:
        return {tr("Delete registration"),
                tr("Remove the registration; to change an approved report, delete it and "
                   "request approval again")};
    case S::ApprovalRequested:
        return {tr("Request approval…"), tr("Ask a supervisor to approve this case report")};
    case S::Approved:
        return {tr("Approve"), tr("Approve the case report; it is then locked")};
    case S::Rejected:
        return {tr("Do not approve"), tr("Send the report back to the resident to fix")};
    }
    return {};
}

Step evaluationStep(EvaluationState to)
{
    if (to == EvaluationState::Completed)
        return {tr("Mark training completed"),
                tr("Every item is ○ on both sides: mark the training completed")};
    return {tr("Set back to in training"), tr("Let the resident change their ratings again")};
}

Step caseStep(CaseState to)
{
    if (to == CaseState::Closed)
        return {tr("Close (approve)"), tr("Close the consultation: approval of the case")};
    return {tr("Reopen"), tr("Open the case for discussion again")};
}

Step credentialStep(CredentialState to)
{
    switch (to) {
    case CredentialState::Waiting:
        return {tr("Submit for review"), tr("Send the credential to the training director")};
    case CredentialState::Approved:
        return {tr("Approve credential"), tr("Confirm the base-specialty qualification")};
    case CredentialState::NotSubmitted:
        return {tr("Return"), tr("Send the credential back to the resident")};
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
