#pragma once

#include "Decision.h"

#include <QJsonObject>
#include <QString>
#include <httplib.h>

namespace kenshu::server {

// What a service answers, independent of the HTTP library: a status, a JSON body and, for a
// record, its revision as an entity tag.
struct ApiReply
{
    int status = 200;
    QJsonObject body;
    qint64 etagRev = 0; // 0: no ETag
};

// {"error": code, "message": text}, the shape of every error body (docs/api.md).
ApiReply errorReply(int status, const QString& code, const QString& message);
// A workflow refusal: 403 when the actor may not do it, 409 when the record's state is in the
// way; code = refusalCode().
ApiReply refusalReply(const Decision& decision);

// Writes `reply` as a JSON response (with ETag: "<rev>" when it carries one).
void sendReply(httplib::Response& response, const ApiReply& reply);

// Ends the connection once `response` (which must have a body) is written: for a request whose
// body was left unread, which would otherwise be taken for the next request. httplib 0.11
// keeps the connection open despite a "Connection: close" header in the response; it closes
// it when a content provider fails, so the body goes out through one that fails after it.
void closeConnectionAfter(httplib::Response& response);

} // namespace kenshu::server
