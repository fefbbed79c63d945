#include "DraftWorkflow.h"
#include "FormLibrary.h"
#include "WorkflowLabels.h"
#include "WorkflowSteps.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace kenshu;

namespace {

QStringList names(const QList<WorkflowState>& states)
{
    QStringList list;
    for (const WorkflowState& state : states)
        list.append(workflowStateName(state));
    return list;
}

QStringList reachableFrom(WorkflowKind kind, const char* state)
{
    const std::optional<WorkflowState> from =
        workflowStateFromName(kind, QString::fromLatin1(state));
    return from ? names(reachableStates(*from)) : QStringList{u"?"_s};
}

const FormSchema& builtInForm(const char* id)
{
    static const QList<FormSchema> forms = *loadBuiltInForms();
    return *currentForm(forms, QString::fromLatin1(id));
}

} // namespace

// The actions each screen offers, as GLOSSARY.md describes the machines.
TEST(Models_WorkflowStepsTest, ReachableStatesFollowTheMachines)
{
    using K = WorkflowKind;
    EXPECT_EQ(reachableFrom(K::Case, "open"), QStringList{u"closed"_s});
    EXPECT_EQ(reachableFrom(K::Case, "closed"), QStringList{u"open"_s});

    EXPECT_EQ(reachableFrom(K::TrainingReport, "draft"), QStringList{u"submitted"_s});
    EXPECT_EQ(reachableFrom(K::TrainingReport, "submitted"),
              (QStringList{u"draft"_s, u"closed"_s}));
    EXPECT_EQ(reachableFrom(K::TrainingReport, "closed"), QStringList{u"reopened"_s});
    EXPECT_EQ(reachableFrom(K::TrainingReport, "reopened"),
              (QStringList{u"submitted"_s, u"closed"_s}));

    EXPECT_EQ(reachableFrom(K::CaseReport, "unregistered"), QStringList{u"registered"_s});
    EXPECT_EQ(reachableFrom(K::CaseReport, "registered"),
              (QStringList{u"unregistered"_s, u"approval_requested"_s}));
    EXPECT_EQ(reachableFrom(K::CaseReport, "approval_requested"),
              (QStringList{u"registered"_s, u"approved"_s, u"rejected"_s}));
    // Approved is locked: only deleting (and requesting again) changes it.
    EXPECT_EQ(reachableFrom(K::CaseReport, "approved"), QStringList{u"unregistered"_s});
    EXPECT_EQ(reachableFrom(K::CaseReport, "rejected"),
              (QStringList{u"unregistered"_s, u"approval_requested"_s}));

    EXPECT_EQ(reachableFrom(K::EvaluationSheet, "in_training"), QStringList{u"completed"_s});
    EXPECT_EQ(reachableFrom(K::EvaluationSheet, "completed"), QStringList{u"in_training"_s});

    EXPECT_EQ(reachableFrom(K::Credential, "not_submitted"), QStringList{u"waiting"_s});
}

TEST(Models_WorkflowStepsTest, EveryStateOfEveryMachineIsListedOnce)
{
    for (WorkflowKind kind :
         {WorkflowKind::Case, WorkflowKind::TrainingReport, WorkflowKind::CaseReport,
          WorkflowKind::EvaluationSheet, WorkflowKind::Credential}) {
        const QList<WorkflowState> states = statesOf(kind);
        ASSERT_FALSE(states.isEmpty());
        EXPECT_EQ(states.first(), initialWorkflowState(kind));
        QSet<QString> seen;
        for (const WorkflowState& state : states) {
            EXPECT_EQ(workflowKindOf(state), kind);
            EXPECT_FALSE(workflowStateLabel(state).isEmpty());
            seen.insert(workflowStateName(state));
        }
        EXPECT_EQ(seen.size(), states.size());
    }
}

TEST(Models_WorkflowStepsTest, HandingOnNeedsACompleteFormButWithdrawingDoesNot)
{
    using T = TrainingReportState;
    using C = CaseReportState;
    EXPECT_TRUE(stepNeedsCompleteForm(T::Draft, T::Submitted));
    EXPECT_TRUE(stepNeedsCompleteForm(T::Reopened, T::Submitted));
    EXPECT_FALSE(stepNeedsCompleteForm(T::Submitted, T::Draft));
    EXPECT_FALSE(stepNeedsCompleteForm(T::Submitted, T::Closed));
    EXPECT_TRUE(stepNeedsCompleteForm(C::Unregistered, C::Registered));
    EXPECT_TRUE(stepNeedsCompleteForm(C::Rejected, C::ApprovalRequested));
    EXPECT_FALSE(stepNeedsCompleteForm(C::ApprovalRequested, C::Registered));
    EXPECT_FALSE(stepNeedsCompleteForm(C::ApprovalRequested, C::Approved));
    EXPECT_FALSE(stepNeedsCompleteForm(C::Registered, C::Unregistered));
    EXPECT_TRUE(stepNeedsCompleteForm(EvaluationState::InTraining, EvaluationState::Completed));
    EXPECT_FALSE(stepNeedsCompleteForm(EvaluationState::Completed, EvaluationState::InTraining));
    EXPECT_FALSE(stepNeedsCompleteForm(CaseState::Open, CaseState::Closed));
}

TEST(Models_DraftWorkflowTest, StateDefaultsToTheMachinesFirstAndLogsHaveNone)
{
    ReportDraft draft;
    draft.formId = u"visit_guidance_report"_s;
    EXPECT_EQ(draftWorkflowState(builtInForm("visit_guidance_report"), draft),
              WorkflowState{TrainingReportState::Draft});
    draft.state = u"submitted"_s;
    EXPECT_EQ(draftWorkflowState(builtInForm("visit_guidance_report"), draft),
              WorkflowState{TrainingReportState::Submitted});
    draft.state = u"completed"_s; // not a training-report state: read as the first
    EXPECT_EQ(draftWorkflowState(builtInForm("visit_guidance_report"), draft),
              WorkflowState{TrainingReportState::Draft});
    EXPECT_FALSE(draftWorkflowState(builtInForm("experience_case_log"), draft).has_value());
}

TEST(Models_DraftWorkflowTest, TheSheetAndPartiesComeFromTheDraft)
{
    const FormSchema& schema = builtInForm("curriculum_evaluation_sheet");
    ReportDraft draft;
    draft.state = u"completed"_s;
    draft.authorId = u"r1"_s;
    draft.reviewerId = u"s1"_s;
    draft.values = {{u"anatomy"_s, QJsonObject{{u"resident"_s, u"achieved"_s},
                                               {u"supervisor"_s, u"not_achieved"_s}}}};
    const TransitionContext context = draftTransitionContext(schema, draft);
    EXPECT_EQ(context.parties.authorId, u"r1"_s);
    EXPECT_EQ(context.parties.reviewerId, u"s1"_s);
    ASSERT_TRUE(context.sheet.has_value());
    EXPECT_EQ(context.sheet->state, EvaluationState::Completed);
    ASSERT_EQ(context.sheet->items.size(), std::size_t(schema.ratingFieldIds().size()));
    EXPECT_EQ(context.sheet->items.front().resident, Rating::Achieved);
    EXPECT_EQ(context.sheet->items.front().supervisor, Rating::NotAchieved);
    EXPECT_EQ(context.sheet->items.back().resident, Rating::Unrated);
    EXPECT_FALSE(context.request.has_value());

    const TransitionContext report =
        draftTransitionContext(builtInForm("visit_guidance_report"), draft);
    EXPECT_FALSE(report.sheet.has_value());
}
