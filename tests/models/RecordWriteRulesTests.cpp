// canWriteRecord as tables: for each kind of write, the expected refusal code for every member
// of the cast (WorkflowTestData.h: r1 author, r2, s1 assigned supervisor, s2, d1, a1).
#include "CaseConsultation.h"
#include "DraftWorkflow.h"
#include "FormSchema.h"
#include "QtPrinters.h"
#include "RecordWriteRules.h"
#include "WorkflowTestData.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace kenshu;
using namespace kenshu::test;

namespace {

Record makeRecord(RecordType type, QJsonObject data)
{
    Record record;
    record.id = QUuid::createUuid();
    record.type = type;
    record.rev = 1;
    record.data = std::move(data);
    return record;
}

Record withData(Record record, const QString& key, const QJsonValue& value)
{
    record.data.insert(key, value);
    return record;
}

Record deleted(Record record)
{
    record.deleted = true;
    return record;
}

// Every cast member proposes `proposed`; `proposedFor` may rewrite it per member (e.g. to name
// them as the author of what they create).
void expectOutcomes(const std::optional<Record>& current, const Record& proposed,
                    const WriteContext& context, const Outcomes& outcomes, const char* what)
{
    for (std::size_t i = 0; i < kCast.size(); ++i) {
        EXPECT_EQ(canWriteRecord(current, proposed, kCast[i], context).code(),
                  QString::fromLatin1(outcomes[i]))
            << what << " by " << kCastNames[i];
    }
}

FormField field(const QString& id, FieldType type)
{
    FormField result;
    result.id = id;
    result.type = type;
    return result;
}

FormSchema form(std::optional<WorkflowKind> workflow, QList<FormField> fields)
{
    FormSchema schema;
    schema.id = u"test_form"_s;
    schema.version = 1;
    schema.workflow = workflow;
    schema.sections = {FormSection{u"main"_s, {}, {}, std::move(fields)}};
    return schema;
}

QJsonObject ratings(const char* first, const char* second)
{
    QJsonObject values;
    values.insert(u"item1"_s, QJsonObject{{u"resident"_s, u"achieved"_s}});
    values.insert(u"item2"_s, QJsonObject{{u"resident"_s, u"achieved"_s}});
    if (*first)
        values.insert(u"item1"_s, QJsonObject{{u"resident"_s, u"achieved"_s},
                                              {u"supervisor"_s, QString::fromLatin1(first)}});
    if (*second)
        values.insert(u"item2"_s, QJsonObject{{u"resident"_s, u"achieved"_s},
                                              {u"supervisor"_s, QString::fromLatin1(second)}});
    return values;
}

const QJsonObject kByAuthor{{u"authorId"_s, u"r1"_s}};

// A step for a supervisor on a record that names no reviewer: both supervisors may take it.
const Outcomes kAnySupervisor{"supervisor_only", "supervisor_only", "allowed",
                              "allowed",         "supervisor_only", "supervisor_only"};

} // namespace

TEST(Models_RecordWriteRulesTest, ServerManagedRecordsAreRefusedToEveryone)
{
    for (const RecordType type :
         {RecordType::Program, RecordType::Room, RecordType::Member, RecordType::Notification})
        expectOutcomes(std::nullopt, makeRecord(type, kByAuthor), {}, everyone("server_managed"),
                       recordTypeName(type).toLatin1().constData());
}

TEST(Models_RecordWriteRulesTest, CasesAreCreatedAndEditedByTheirAuthorAndClosedByASupervisor)
{
    const Record open = makeRecord(
        RecordType::Case,
        {{u"authorId"_s, u"r1"_s}, {u"title"_s, u"123456-001"_s}, {u"state"_s, u"open"_s}});
    const Record closed = withData(open, u"state"_s, u"closed"_s);
    const Outcomes anySupervisor{"supervisor_only", "supervisor_only", "allowed",
                                 "allowed",         "supervisor_only", "supervisor_only"};
    expectOutcomes(std::nullopt, open, {}, kAuthor, "create");
    expectOutcomes(std::nullopt, closed, {}, authorRefused("supervisor_only"), "create closed");
    expectOutcomes(open, withData(open, u"note"_s, u"LAD"_s), {}, kAuthor, "edit open");
    expectOutcomes(closed, withData(closed, u"note"_s, u"LAD"_s), {},
                   authorRefused("locked_closed"), "edit closed");
    expectOutcomes(open, closed, {}, anySupervisor, "close");
    expectOutcomes(closed, open, {}, anySupervisor, "reopen");
    // As the case page closes a case: who changed the state and when go with the state, they
    // are not an edit of the case's content.
    Record closedByPage = open;
    closedByPage.data = caseDataWithState(open.data, CaseState::Closed, u"s1"_s,
                                          QDateTime(QDate(2026, 5, 1), QTime(9, 0), Qt::UTC));
    expectOutcomes(open, closedByPage, {}, anySupervisor, "close with its stamps");
    expectOutcomes(open, withData(open, u"stateChangedBy"_s, u"r1"_s), {}, kAuthor,
                   "stamps without a state change");
    expectOutcomes(open, deleted(open), {}, kAuthor, "delete open");
    expectOutcomes(closed, deleted(closed), {}, authorRefused("locked_closed"), "delete closed");
    expectOutcomes(open, withData(open, u"authorId"_s, u"r2"_s), {}, everyone("not_author"),
                   "change author");
    expectOutcomes(open, withData(open, u"state"_s, u"archived"_s), {},
                   everyone("invalid_transition"), "unknown state");
    // A tombstone is no record: writing over it is a creation.
    expectOutcomes(deleted(open), open, {}, kAuthor, "create over tombstone");
}

TEST(Models_RecordWriteRulesTest, CaseReportsFollowTheApprovalRules)
{
    const FormSchema schema =
        form(WorkflowKind::CaseReport, {field(u"care_period"_s, FieldType::DateRange),
                                        field(u"diagnosis"_s, FieldType::Text)});
    WriteContext context;
    context.form = &schema;
    const ApprovalRequestFacts facts = validApprovalRequest();
    context.facilityCertifications = facts.facilityCertifications;
    context.reviewerCertifications = facts.reviewerCertifications;

    const Record registered =
        makeRecord(RecordType::Report,
                   {{u"form"_s, schema.id},
                    {u"formVersion"_s, 1},
                    {u"state"_s, u"registered"_s},
                    {u"authorId"_s, u"r1"_s},
                    {u"reviewerId"_s, u"s1"_s},
                    {u"requestMessage"_s, facts.message},
                    {u"values"_s, QJsonObject{{u"care_period"_s, facts.carePeriod.toJson()}}}});
    const Record requested = withData(registered, u"state"_s, u"approval_requested"_s);
    const Record approved = withData(registered, u"state"_s, u"approved"_s);

    expectOutcomes(registered, requested, context, kAuthor, "request approval");
    expectOutcomes(requested, approved, context, kSupervisor, "approve");
    expectOutcomes(requested, withData(registered, u"state"_s, u"rejected"_s), context, kSupervisor,
                   "reject");
    expectOutcomes(requested, registered, context, kAuthor, "withdraw");
    expectOutcomes(approved, withData(approved, u"title"_s, u"x"_s), context,
                   authorRefused("locked_approved"), "edit approved");
    expectOutcomes(approved, deleted(approved), context, kAuthor, "delete approved");
    expectOutcomes(requested, deleted(requested), context, everyone("request_pending"),
                   "delete pending");
    // The reviewer is the one the stored record names: another supervisor cannot name
    // themselves and approve.
    EXPECT_EQ(canWriteRecord(requested, withData(approved, u"reviewerId"_s, u"s2"_s),
                             {Role::Supervisor, u"s2"_s}, context)
                  .code(),
              u"not_author"_s);

    expectOutcomes(registered, withData(requested, u"reviewerId"_s, u"r1"_s), context,
                   authorRefused("self_request"), "request from oneself");
    WriteContext uncertified = context;
    uncertified.reviewerCertifications = {{QDate(2025, 4, 1), QDate(2027, 3, 31)}};
    expectOutcomes(registered, requested, uncertified,
                   authorRefused("reviewer_not_certified_for_period"), "uncertified reviewer");
    expectOutcomes(registered, withData(requested, u"requestMessage"_s, QString(201, u'あ')),
                   context, authorRefused("message_too_long"), "long message");
    expectOutcomes(registered, requested, {}, everyone("facts_missing"), "no form");
}

TEST(Models_RecordWriteRulesTest, EvaluationSheetColumnsAreRatedBySides)
{
    const FormSchema schema =
        form(WorkflowKind::EvaluationSheet,
             {field(u"item1"_s, FieldType::Rating), field(u"item2"_s, FieldType::Rating),
              field(u"memo"_s, FieldType::Text)});
    WriteContext context;
    context.form = &schema;
    const Record selfRated =
        makeRecord(RecordType::EvaluationSheet, {{u"form"_s, schema.id},
                                                 {u"formVersion"_s, 1},
                                                 {u"state"_s, u"in_training"_s},
                                                 {u"authorId"_s, u"r1"_s},
                                                 {u"reviewerId"_s, u"s1"_s},
                                                 {u"values"_s, ratings("", "")}});
    const Record rated = withData(selfRated, u"values"_s, ratings("achieved", "achieved"));
    const Record halfRated = withData(selfRated, u"values"_s, ratings("achieved", "not_achieved"));
    const Record completed = withData(rated, u"state"_s, u"completed"_s);

    expectOutcomes(selfRated, rated, context, kSupervisor, "supervisor rates");
    QJsonObject partly = ratings("", "");
    partly.remove(u"item2"_s);
    expectOutcomes(withData(selfRated, u"values"_s, partly),
                   withData(selfRated, u"values"_s,
                            QJsonObject{{u"item1"_s, ratings("achieved", "").value(u"item1"_s)}}),
                   context,
                   {"supervisor_only", "supervisor_only", "resident_not_rated_all",
                    "not_assigned_reviewer", "supervisor_only", "supervisor_only"},
                   "supervisor rates before the resident finished");
    expectOutcomes(rated, completed, context, kSupervisor, "complete");
    expectOutcomes(halfRated, withData(halfRated, u"state"_s, u"completed"_s), context,
                   {"supervisor_only", "supervisor_only", "not_all_achieved",
                    "not_assigned_reviewer", "supervisor_only", "supervisor_only"},
                   "complete with a ×");
    QJsonObject changedSelf = ratings("achieved", "achieved");
    changedSelf.insert(u"item1"_s, QJsonObject{{u"resident"_s, u"not_achieved"_s},
                                               {u"supervisor"_s, u"achieved"_s}});
    expectOutcomes(completed, withData(completed, u"values"_s, changedSelf), context,
                   authorRefused("resident_locked_completed"), "self-rating after completion");
    expectOutcomes(completed, rated, context, kSupervisor, "back to in training");
    expectOutcomes(selfRated, rated, {}, everyone("facts_missing"), "no form");
}

// The report window takes steps with draftAfterStep: what it stores must pass the server's rule
// as a state change, not be refused as an edit of someone else's report.
TEST(Models_RecordWriteRulesTest, AStepTakenOnADraftIsAStateChangeNotAnEdit)
{
    const QDateTime at(QDate(2026, 11, 21), QTime(10, 0), Qt::UTC);
    const auto asRecord = [](const ReportDraft& draft, RecordType type) {
        Record record = makeRecord(type, draft.toJson());
        record.id = draft.id;
        return record;
    };
    const FormSchema report =
        form(WorkflowKind::TrainingReport, {field(u"memo"_s, FieldType::Text)});
    WriteContext reportContext;
    reportContext.form = &report;
    ReportDraft submitted;
    submitted.id = QUuid::createUuid();
    submitted.formId = report.id;
    submitted.formVersion = report.version;
    submitted.state = u"submitted"_s;
    submitted.authorId = u"r1"_s;
    // Nobody was asked by name: any supervisor other than the author may decide.
    submitted.values = {{u"memo"_s, u"Visit"_s}};
    expectOutcomes(asRecord(submitted, RecordType::Report),
                   asRecord(draftAfterStep(submitted, TrainingReportState::Closed, u"s1"_s, at),
                            RecordType::Report),
                   reportContext, kAnySupervisor, "approve from the report window");

    const FormSchema sheet =
        form(WorkflowKind::EvaluationSheet,
             {field(u"item1"_s, FieldType::Rating), field(u"item2"_s, FieldType::Rating)});
    WriteContext sheetContext;
    sheetContext.form = &sheet;
    ReportDraft rated = submitted;
    rated.formId = sheet.id;
    rated.state = u"in_training"_s;
    rated.values = ratings("achieved", "achieved");
    const ReportDraft completed = draftAfterStep(rated, EvaluationState::Completed, u"s1"_s, at);
    EXPECT_EQ(completed.state, u"completed"_s);
    EXPECT_TRUE(completed.reviewerId.isEmpty()) << "deciding does not rewrite the parties";
    EXPECT_EQ(completed.unknownKeys.value(u"stateChangedBy"_s).toString(), u"s1"_s);
    expectOutcomes(asRecord(rated, RecordType::EvaluationSheet),
                   asRecord(completed, RecordType::EvaluationSheet), sheetContext, kAnySupervisor,
                   "complete from the report window");
}

TEST(Models_RecordWriteRulesTest, CredentialsAreApprovedByTheDirector)
{
    const Record waiting = makeRecord(
        RecordType::Credential,
        {{u"authorId"_s, u"r1"_s}, {u"reviewerId"_s, u"d1"_s}, {u"state"_s, u"waiting"_s}});
    expectOutcomes(waiting, withData(waiting, u"state"_s, u"approved"_s), {}, kDirector,
                   "approve credential");
    expectOutcomes(waiting, withData(waiting, u"state"_s, u"not_submitted"_s), {}, kAuthor,
                   "withdraw credential");
}

TEST(Models_RecordWriteRulesTest, CommentsAreWrittenOnlyByTheirAuthor)
{
    const Record comment =
        makeRecord(RecordType::Comment, {{u"authorId"_s, u"r1"_s}, {u"text"_s, u"Check LAD"_s}});
    expectOutcomes(std::nullopt, comment, {}, kAuthor, "post as r1");
    expectOutcomes(comment, withData(comment, u"text"_s, u"Check RCA"_s), {}, kAuthor, "edit");
    expectOutcomes(comment, deleted(comment), {}, kAuthor, "delete");
    // The author never changes: not handed over by its author, not claimed by another.
    expectOutcomes(comment, withData(comment, u"authorId"_s, u"s2"_s), {}, everyone("not_author"),
                   "change authorship");
}

TEST(Models_RecordWriteRulesTest, StudiesBelongToTheAuthorOfTheirOpenCase)
{
    const Record open = makeRecord(RecordType::Case, kByAuthor);
    const Record study = makeRecord(RecordType::Study, {{u"studyInstanceUid"_s, u"1.2.3"_s}});
    WriteContext context;
    context.parent = open;
    expectOutcomes(std::nullopt, study, context, kAuthor, "add study to open case");
    context.parent = withData(open, u"state"_s, u"closed"_s);
    expectOutcomes(study, deleted(study), context, authorRefused("locked_closed"),
                   "remove study from closed case");
    expectOutcomes(std::nullopt, makeRecord(RecordType::Document, {}), {},
                   everyone("facts_missing"), "document without its case");
    expectOutcomes(std::nullopt, makeRecord(RecordType::Annotation, {}), {}, everyone("allowed"),
                   "annotation layer");
}

TEST(Models_RecordWriteRulesTest, ReportsWithoutWorkflowAndApprovalRequestsBelongToTheirAuthor)
{
    const FormSchema log = form(std::nullopt, {field(u"memo"_s, FieldType::Text)});
    WriteContext context;
    context.form = &log;
    const Record entry = makeRecord(RecordType::Report, kByAuthor);
    expectOutcomes(entry, withData(entry, u"title"_s, u"x"_s), context, kAuthor, "edit log");

    const Record request = makeRecord(RecordType::ApprovalRequest,
                                      {{u"authorId"_s, u"r1"_s}, {u"reviewerId"_s, u"s1"_s}});
    expectOutcomes(std::nullopt, request, {}, kAuthor, "send request");
    expectOutcomes(std::nullopt, withData(request, u"reviewerId"_s, u"r1"_s), {},
                   authorRefused("self_request"), "request to oneself");
}

TEST(Models_RecordWriteRulesTest, RefusalsSplitIntoActorAndStateConflicts)
{
    EXPECT_TRUE(isActorRefusal(Refusal::NotAuthor));
    EXPECT_TRUE(isActorRefusal(Refusal::ServerManaged));
    EXPECT_FALSE(isActorRefusal(Refusal::LockedApproved));
    EXPECT_FALSE(isActorRefusal(Refusal::FactsMissing));
}
