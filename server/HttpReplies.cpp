#include "HttpReplies.h"

#include <QJsonDocument>

namespace kenshu::server {

using namespace Qt::Literals::StringLiterals;

ApiReply errorReply(int status, const QString& code, const QString& message)
{
    return {status, {{u"error"_s, code}, {u"message"_s, message}}, 0};
}

ApiReply refusalReply(const Decision& decision)
{
    return errorReply(isActorRefusal(decision.refusal) ? 403 : 409, decision.code(),
                      decision.message());
}

void sendReply(httplib::Response& response, const ApiReply& reply)
{
    response.status = reply.status;
    if (reply.etagRev > 0)
        response.set_header("ETag", "\"" + std::to_string(reply.etagRev) + "\"");
    response.set_content(QJsonDocument(reply.body).toJson(QJsonDocument::Compact).toStdString(),
                         "application/json");
}

} // namespace kenshu::server
