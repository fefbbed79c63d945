#include "RecordWriteRules.h"

#include "CaseReportFields.h"
#include "CaseReportRules.h"
#include "CredentialRules.h"
#include "EvaluationSheetRules.h"
#include "FormSchema.h"
#include "PartyChecks.h"
#include "WorkflowRules.h"

#include <QLatin1StringView>

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;

constexpr QLatin1StringView kAuthorId = "authorId"_L1;
constexpr QLatin1StringView kReviewerId = "reviewerId"_L1;
constexpr QLatin1StringView kState = "state"_L1;
constexpr QLatin1StringView kValues = "values"_L1;
constexpr QLatin1StringView kSavedAt = "savedAt"_L1;
// Who changed the state and when (withStateChange): part of the state change, not content.
constexpr QLatin1StringView kStateChangedAt = "stateChangedAt"_L1;
constexpr QLatin1StringView kStateChangedBy = "stateChangedBy"_L1;
// The message sent with a case report's approval request (通信欄).
constexpr QLatin1StringView kRequestMessage = "requestMessage"_L1;

// The record's content apart from its state and bookkeeping: what canEditContent guards. The
// stamps of a state change go with it (`stateChanges`); on their own they are an edit.
QJsonObject contentOf(const Record& record, bool stateChanges)
{
    QJsonObject content = record.data;
    content.remove(kState);
    content.remove(kSavedAt);
    if (stateChanges) {
        content.remove(kStateChangedAt);
        content.remove(kStateChangedBy);
    }
    return content;
}

// nullopt for a state name the machine does not have; a missing state is the initial one.
std::optional<WorkflowState> stateOf(const Record& record, WorkflowKind kind)
{
    const QString name = record.data.value(kState).toString();
    if (name.isEmpty())
        return initialWorkflowState(kind);
    return workflowStateFromName(kind, name);
}

// Comments: written as oneself, then edited or deleted only by their author. Kept in one
// place so that the discussion rules (models/discussion) can replace it.
Decision canWriteComment(const Record* current, const Record& proposed, const Actor& actor)
{
    return authorOnly(actor, recordParties(current ? *current : proposed));
}

// Studies and documents belong to their case: its author adds and changes them while it is open.
Decision canWriteCaseContent(const WriteContext& context, const Actor& actor)
{
    const std::optional<Record>& parent = context.parent;
    if (!parent || parent->deleted || parent->type != RecordType::Case)
        return Decision::refuse(Refusal::FactsMissing);
    const std::optional<WorkflowState> state = stateOf(*parent, WorkflowKind::Case);
    if (!state)
        return Decision::refuse(Refusal::InvalidTransition);
    return canEditContent(*state, actor, recordParties(*parent));
}

Decision canWriteApprovalRequest(const Record* current, const Record& proposed, const Actor& actor)
{
    const RecordParties parties = recordParties(current ? *current : proposed);
    if (const Decision author = authorOnly(actor, parties); !author)
        return author;
    if (proposed.deleted)
        return Decision::allow();
    const RecordParties asked = recordParties(proposed);
    if (asked.reviewerId.isEmpty())
        return Decision::refuse(Refusal::NoReviewer);
    return require(asked.reviewerId != asked.authorId, Refusal::SelfRequest);
}

// A report whose form has no workflow (a plain log): its author writes it.
Decision canWritePlainRecord(const Record* current, const Record& proposed, const Actor& actor)
{
    return authorOnly(actor, recordParties(current ? *current : proposed));
}

ApprovalRequestFacts approvalFacts(const Record& proposed, const WriteContext& context)
{
    ApprovalRequestFacts facts;
    facts.message = proposed.data.value(kRequestMessage).toString();
    if (context.form)
        facts.carePeriod = carePeriodOf(*context.form, proposed.data.value(kValues).toObject());
    facts.facilityCertifications = context.facilityCertifications;
    facts.reviewerCertifications = context.reviewerCertifications;
    return facts;
}

struct SheetChange
{
    bool resident = false;
    bool supervisor = false;
    bool otherContent = false;
    EvaluationSheet proposed;
};

// Which columns of an evaluation sheet an update changes, and the proposed sheet.
SheetChange sheetChange(const Record& current, const Record& proposed, EvaluationState state,
                        const FormSchema& form, bool stateChanges)
{
    const QStringList itemIds = form.ratingFieldIds();
    const QJsonObject beforeValues = current.data.value(kValues).toObject();
    const QJsonObject afterValues = proposed.data.value(kValues).toObject();
    SheetChange change;
    change.proposed = {0, state, ratingsFromJson(itemIds, afterValues)};
    const std::vector<EvaluationItem> before = ratingsFromJson(itemIds, beforeValues);
    for (std::size_t i = 0; i < before.size(); ++i) {
        const EvaluationItem& after = change.proposed.items[i];
        change.resident |= before[i].resident != after.resident;
        change.supervisor |= before[i].supervisor != after.supervisor;
    }
    QJsonObject beforeContent = contentOf(current, stateChanges);
    QJsonObject afterContent = contentOf(proposed, stateChanges);
    QJsonObject beforeOther = beforeValues;
    QJsonObject afterOther = afterValues;
    for (const QString& id : itemIds) {
        beforeOther.remove(id);
        afterOther.remove(id);
    }
    beforeContent.insert(kValues, beforeOther);
    afterContent.insert(kValues, afterOther);
    change.otherContent = beforeContent != afterContent;
    return change;
}

// A content update of a governed record in `state` (the state before this write).
Decision canChangeContent(const Record& current, const Record& proposed, WorkflowKind kind,
                          const WorkflowState& state, const Actor& actor,
                          const RecordParties& parties, const WriteContext& context)
{
    const bool stateChanges = stateOf(proposed, kind) != state;
    if (kind != WorkflowKind::EvaluationSheet) {
        return contentOf(current, stateChanges) == contentOf(proposed, stateChanges)
                   ? Decision::allow()
                   : canEditContent(state, actor, parties);
    }
    const SheetChange change = sheetChange(current, proposed, std::get<EvaluationState>(state),
                                           *context.form, stateChanges);
    if (change.otherContent || change.resident) {
        if (const Decision edit = canEditContent(state, actor, parties); !edit)
            return edit;
    }
    if (change.supervisor)
        return canRate(change.proposed, RatingSide::Supervisor, actor, parties);
    return Decision::allow();
}

Decision canWriteWorkflowRecord(const Record* current, const Record& proposed, WorkflowKind kind,
                                const Actor& actor, const WriteContext& context)
{
    if (kind == WorkflowKind::EvaluationSheet && !context.form)
        return Decision::refuse(Refusal::FactsMissing);
    const std::optional<WorkflowState> after = stateOf(proposed, kind);
    if (!after)
        return Decision::refuse(Refusal::InvalidTransition);

    // The author is fixed at creation. The reviewer is whoever the stored record names, except
    // that the author chooses whom to ask.
    RecordParties parties = recordParties(current ? *current : proposed);
    if (isAuthor(actor, parties))
        parties.reviewerId = recordParties(proposed).reviewerId;
    TransitionContext transition{parties, std::nullopt, std::nullopt};
    if (kind == WorkflowKind::CaseReport)
        transition.request = approvalFacts(proposed, context);
    if (kind == WorkflowKind::EvaluationSheet)
        transition.sheet =
            EvaluationSheet{0, EvaluationState::InTraining,
                            ratingsFromJson(context.form->ratingFieldIds(),
                                            proposed.data.value(kValues).toObject())};

    if (!current) {
        if (proposed.deleted)
            return Decision::refuse(Refusal::InvalidTransition);
        if (const Decision author = authorOnly(actor, parties); !author)
            return author;
        const WorkflowState initial = initialWorkflowState(kind);
        return initial == *after ? Decision::allow()
                                 : canTransition(initial, *after, actor, transition);
    }

    const std::optional<WorkflowState> before = stateOf(*current, kind);
    if (!before)
        return Decision::refuse(Refusal::InvalidTransition);
    if (proposed.deleted) {
        // Deleting an approved case report is how it is changed: back to unregistered.
        if (kind == WorkflowKind::CaseReport &&
            *before != WorkflowState{CaseReportState::Unregistered})
            return canTransition(*before, CaseReportState::Unregistered, actor, transition);
        return canEditContent(*before, actor, parties);
    }
    if (const Decision content =
            canChangeContent(*current, proposed, kind, *before, actor, parties, context);
        !content)
        return content;
    return *before == *after ? Decision::allow()
                             : canTransition(*before, *after, actor, transition);
}

} // namespace

RecordParties recordParties(const Record& record)
{
    return {record.data.value(kAuthorId).toString(), record.data.value(kReviewerId).toString()};
}

std::optional<WorkflowKind> recordWorkflowKind(const Record& record, const FormSchema* form)
{
    switch (record.type) {
    case RecordType::Case:
        return WorkflowKind::Case;
    case RecordType::EvaluationSheet:
        return WorkflowKind::EvaluationSheet;
    case RecordType::Credential:
        return WorkflowKind::Credential;
    case RecordType::Report:
        return form ? form->workflow : std::nullopt;
    default:
        return std::nullopt;
    }
}

Decision canWriteRecord(const std::optional<Record>& current, const Record& proposed,
                        const Actor& actor, const WriteContext& context)
{
    const Record* stored = current && !current->deleted ? &*current : nullptr;
    // Nobody hands a record to another author or takes it over (a deletion carries no data).
    if (stored && !proposed.deleted &&
        recordParties(proposed).authorId != recordParties(*stored).authorId)
        return Decision::refuse(Refusal::NotAuthor);
    if (!stored && context.registrationCredential &&
        (proposed.type == RecordType::Case || proposed.type == RecordType::Report)) {
        if (const Decision registering = canRegisterRecords(actor, *context.registrationCredential);
            !registering)
            return registering;
    }
    switch (proposed.type) {
    case RecordType::Program:
    case RecordType::Room:
    case RecordType::Member:
    case RecordType::Notification:
        return Decision::refuse(Refusal::ServerManaged);
    case RecordType::Comment:
        return canWriteComment(stored, proposed, actor);
    case RecordType::Annotation:
        // One layer per frame, drawn on by everyone who reviews the case.
        return Decision::allow();
    case RecordType::Study:
    case RecordType::Document:
        return canWriteCaseContent(context, actor);
    case RecordType::ApprovalRequest:
        return canWriteApprovalRequest(stored, proposed, actor);
    case RecordType::Report:
        if (!context.form)
            return Decision::refuse(Refusal::FactsMissing);
        break;
    case RecordType::Case:
    case RecordType::EvaluationSheet:
    case RecordType::Credential:
        break;
    }
    const std::optional<WorkflowKind> kind = recordWorkflowKind(proposed, context.form);
    if (!kind)
        return canWritePlainRecord(stored, proposed, actor);
    return canWriteWorkflowRecord(stored, proposed, *kind, actor, context);
}

} // namespace kenshu
