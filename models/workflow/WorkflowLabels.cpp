#include "WorkflowLabels.h"

#include <QCoreApplication>

namespace kenshu {
namespace {

struct StateLabel
{
    QString operator()(CaseState state) const
    {
        return state == CaseState::Open
                   ? QCoreApplication::translate("WorkflowLabels", "Open")
                   : QCoreApplication::translate("WorkflowLabels", "Closed (approved)");
    }
    QString operator()(TrainingReportState state) const
    {
        switch (state) {
        case TrainingReportState::Draft:
            return QCoreApplication::translate("WorkflowLabels", "Draft");
        case TrainingReportState::Submitted:
            return QCoreApplication::translate("WorkflowLabels", "Submitted");
        case TrainingReportState::Closed:
            return QCoreApplication::translate("WorkflowLabels", "Approved (closed)");
        case TrainingReportState::Reopened:
            return QCoreApplication::translate("WorkflowLabels", "Reopened");
        }
        return {};
    }
    QString operator()(CaseReportState state) const
    {
        switch (state) {
        case CaseReportState::Unregistered:
            return QCoreApplication::translate("WorkflowLabels", "Not registered");
        case CaseReportState::Registered:
            return QCoreApplication::translate("WorkflowLabels", "Registered, not approved");
        case CaseReportState::ApprovalRequested:
            return QCoreApplication::translate("WorkflowLabels", "Approval requested");
        case CaseReportState::Approved:
            return QCoreApplication::translate("WorkflowLabels", "Approved");
        case CaseReportState::Rejected:
            return QCoreApplication::translate("WorkflowLabels", "Not approved");
        }
        return {};
    }
    QString operator()(EvaluationState state) const
    {
        return state == EvaluationState::InTraining
                   ? QCoreApplication::translate("WorkflowLabels", "In training")
                   : QCoreApplication::translate("WorkflowLabels", "Completed");
    }
    QString operator()(CredentialState state) const
    {
        switch (state) {
        case CredentialState::NotSubmitted:
            return QCoreApplication::translate("WorkflowLabels", "Not submitted");
        case CredentialState::Waiting:
            return QCoreApplication::translate("WorkflowLabels", "Waiting for review");
        case CredentialState::Approved:
            return QCoreApplication::translate("WorkflowLabels", "Approved");
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
