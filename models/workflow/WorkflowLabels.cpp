#include "WorkflowLabels.h"

#include <QCoreApplication>

namespace kenshu {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("WorkflowLabels", text);
}

struct StateLabel
{
    QString operator()(CaseState state) const
    {
        return state == CaseState::Open ? tr("Open") : tr("Closed (approved)");
    }
    QString operator()(TrainingReportState state) const
    {
        switch (state) {
        case TrainingReportState::Draft:
            return tr("Draft");
        case TrainingReportState::Submitted:
            return tr("Submitted");
        case TrainingReportState::Closed:
            return tr("Approved (closed)");
        case TrainingReportState::Reopened:
            return tr("Reopened");
        }
        return {};
    }
    QString operator()(CaseReportState state) const
    {
        switch (state) {
        case CaseReportState::Unregistered:
            return tr("Not registered");
        case CaseReportState::Registered:
            return tr("Registered, not approved");
        case CaseReportState::ApprovalRequested:
            return tr("Approval requested");
        case CaseReportState::Approved:
            return tr("Approved");
        case CaseReportState::Rejected:
            return tr("Not approved");
        }
        return {};
    }
    QString operator()(EvaluationState state) const
    {
        return state == EvaluationState::InTraining ? tr("In training") : tr("Completed");
    }
    QString operator()(CredentialState state) const
    {
        switch (state) {
        case CredentialState::NotSubmitted:
            return tr("Not submitted");
        case CredentialState::Waiting:
            return tr("Waiting for review");
        case CredentialState::Approved:
            return tr("Approved");
        }
        return {};
    }
};

} // namespace

QString workflowStateLabel(const WorkflowState& state)
{
    return std::visit(StateLabel{}, state);
}

} // namespace kenshu
