#include "HttpReplies.h"

#include <QJsonDocument>
#include <algorithm>
#include <memory>

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

void closeConnectionAfter(httplib::Response& response)
{
    auto body = std::make_shared<const std::string>(std::move(response.body));
    response.body.clear();
    const std::string type = response.get_header_value("Content-Type");
    response.headers.erase("Content-Type"); // set again with the provider
    response.set_header("Connection", "close");
    response.set_content_provider(
        body->size(), type,
        [body](std::size_t offset, std::size_t length, httplib::DataSink& sink) {
            if (offset < body->size())
                sink.write(body->data() + offset, std::min(length, body->size() - offset));
            return false; // the body is out; failing makes httplib close the connection
        });
}

} // namespace kenshu::server
