#pragma once

#include "Actor.h"
#include "ApprovalRequest.h"
#include "Decision.h"
#include "Directory.h"
#include "FormProblem.h"
#include "FormSchema.h"
#include "ReportDraft.h"

#include <QDateTime>
#include <QList>
#include <QUuid>

namespace kenshu {

// A case report that may go into an approval request, with the schema it was written with.
struct RequestableReport
{
    FormSchema schema;
    ReportDraft draft;
};

// What the resident chose in the request: whom to ask and the message (通信欄). The report's
// private remarks are not part of it.
struct ApprovalChoice
{
    QString reviewerId;
    QString message;
};

// Whether `draft` is a case report of `authorId` that waits for a request: registered, or
// rejected and to be asked again.
bool awaitsApprovalRequest(const FormSchema& schema, const ReportDraft& draft,
                           const QString& authorId);

// The facts checkApprovalRequest needs, from the report and the directory.
ApprovalRequestFacts approvalRequestFacts(const FormSchema& schema, const ReportDraft& draft,
                                          const Directory& directory, const ApprovalChoice& choice);

// Whether one report can be sent with `choice`: its form must be complete (the care period
// within the chosen facility's certification), then the workflow rules decide the step to
// approval_requested with the request's facts.
struct RequestCheck
{
    QList<FormProblem> formProblems;
    Decision decision;

    bool ok() const { return formProblems.isEmpty() && decision.allowed(); }
};
RequestCheck checkRequest(const FormSchema& schema, const ReportDraft& draft, const Actor& actor,
                          const Directory& directory, const ApprovalChoice& choice);

// The report as sent: asking `choice.reviewerId` with the message, tagged with the request it
// went in (reports sent together share `requestId`), moved to approval_requested by `actorId`.
ReportDraft requestedDraft(const ReportDraft& draft, const ApprovalChoice& choice,
                           const QUuid& requestId, const QString& actorId, const QDateTime& at);

} // namespace kenshu
