#include "ApiRoutes.h"

#include "AccessLog.h"
#include "AccountJson.h"
#include "AccountStore.h"
#include "AuthService.h"
#include "BlobStorage.h"
#include "BodyReader.h"
#include "CertificationPeriods.h"
#include "Directory.h"
#include "HttpReplies.h"
#include "PasswordResetPage.h"
#include "RecordService.h"
#include "ServerDatabase.h"
#include "TusUploads.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <memory>
#include <regex>

namespace kenshu::server {
namespace {

using namespace Qt::Literals::StringLiterals;

// The largest JSON body, and the most any request carries except the two blob uploads.
constexpr std::size_t kMaxJsonBody = 1 << 20;
// A refused request's unread body is read and dropped up to this size so the connection can
// carry the next request; past it the connection is closed instead.
constexpr qulonglong kMaxDrainedBody = 16 << 20;
constexpr int kDefaultChangeLimit = 500;
constexpr int kMaxChangeLimit = 1000;
constexpr const char* kUploadPath = R"(/api/v1/uploads/([0-9a-f]{32}))";
constexpr const char* kBlobPath = R"(/api/v1/blobs/([0-9a-f]{64}))";

QString translate(const char* text)
{
    return QCoreApplication::translate("ApiRoutes", text);
}

void sendError(httplib::Response& response, int status, const QString& code, const QString& message)
{
    sendReply(response, errorReply(status, code, message));
}

// A failure of the server itself (its database): 500, with the detail in the server's log
// only. Never 401, which would make the client forget its sign-in.
void sendServerError(httplib::Response& response, const Error& error)
{
    qWarning("kenshu-server: %s", qUtf8Printable(error.message));
    sendError(response, 500, u"server_error"_s, translate("The server could not do this now."));
}

// A tus PATCH and a blob PUT stream their bodies to disk with their own limits.
bool isBlobUpload(const httplib::Request& request)
{
    static const std::regex upload(kUploadPath);
    static const std::regex blob(kBlobPath);
    return (request.method == "PATCH" && std::regex_match(request.path, upload)) ||
           (request.method == "PUT" && std::regex_match(request.path, blob));
}

// A request whose body no route may read, refused before any of it is read: any body on a
// method that takes none (httplib reads none for GET, HEAD, OPTIONS, … and would take it for
// the next request; it would buffer a PRI body whole), and, on any request but a blob upload,
// a Content-Length too long to drain after the route's 413. Shorter bodies, and chunked ones,
// go to the routes: every POST, PUT, PATCH and DELETE has one that reads through a limited
// content reader (1 MiB past which it answers 413). The connection is to end after a refusal.
std::optional<ApiReply> unreadableBodyRefusal(const httplib::Request& request)
{
    if (isBlobUpload(request))
        return std::nullopt;
    const bool takesBody = request.method == "POST" || request.method == "PUT" ||
                           request.method == "PATCH" || request.method == "DELETE";
    bool lengthOk = true;
    const qulonglong length =
        request.has_header("Content-Length")
            ? QByteArray::fromStdString(request.get_header_value("Content-Length"))
                  .toULongLong(&lengthOk)
            : 0;
    if (!lengthOk || length > kMaxDrainedBody)
        return errorReply(413, u"too_large"_s, translate("The request body is too large."));
    if (!takesBody && (length > 0 || request.has_header("Transfer-Encoding")))
        return errorReply(400, u"unexpected_body"_s, translate("This request takes no body."));
    return std::nullopt;
}

QString bearerToken(const httplib::Request& request)
{
    const std::string header = request.get_header_value("Authorization");
    constexpr std::string_view prefix = "Bearer ";
    if (header.size() <= prefix.size() || header.compare(0, prefix.size(), prefix) != 0)
        return {};
    return QString::fromStdString(header.substr(prefix.size()));
}

// The signed-in member, or a 401 (500 when the database failed) answer and nullopt.
std::optional<QString> authenticate(const ApiServices& services, const httplib::Request& request,
                                    httplib::Response& response)
{
    const Expected<std::optional<QString>> member =
        services.auth.authenticate(bearerToken(request));
    if (!member) {
        sendServerError(response, member.error());
        return std::nullopt;
    }
    if (!*member) {
        response.set_header("WWW-Authenticate", "Bearer");
        sendError(response, 401, u"unauthorized"_s, translate("Sign in first."));
        return std::nullopt;
    }
    AccessLog::setMember(**member);
    return *member;
}

// Reads a JSON object body; answers 413/400 itself and returns nullopt on failure.
std::optional<QJsonObject> jsonBody(const httplib::Request& request,
                                    const httplib::ContentReader& reader,
                                    httplib::Response& response)
{
    std::string body;
    switch (readSmallBody(request, reader, kMaxJsonBody, body)) {
    case BodyResult::Complete:
        break;
    case BodyResult::TooLarge:
        sendError(response, 413, u"too_large"_s, translate("The request body is too large."));
        return std::nullopt;
    case BodyResult::Aborted:
        sendError(response, 400, u"bad_request"_s, translate("The request body was cut off."));
        return std::nullopt;
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromStdString(body), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        sendError(response, 400, u"bad_json"_s,
                  translate("The request body must be a JSON object."));
        return std::nullopt;
    }
    return document.object();
}

QString matched(const httplib::Request& request, std::size_t index)
{
    return QString::fromStdString(request.matches[static_cast<std::ptrdiff_t>(index)].str());
}

// Wraps a handler that reads its body: whatever it leaves unread is drained (small bodies) or
// the connection is closed (large ones), so a keep-alive connection never reads body bytes as
// the next request.
httplib::Server::HandlerWithContentReader
withBodyHygiene(httplib::Server::HandlerWithContentReader handler)
{
    return
        [handler = std::move(handler)](const httplib::Request& request, httplib::Response& response,
                                       const httplib::ContentReader& reader) {
            auto consumed = std::make_shared<bool>(false);
            const httplib::ContentReader tracked(
                [consumed, &reader](httplib::ContentReceiver receiver) {
                    *consumed = true;
                    return reader(std::move(receiver));
                },
                reader.multipart_reader_);
            handler(request, response, tracked);
            bool declared = false;
            const qulonglong length =
                QByteArray::fromStdString(request.get_header_value("Content-Length"))
                    .toULongLong(&declared);
            const bool bodyLeft = !*consumed && declared && length > 0;
            if ((bodyLeft && length > kMaxDrainedBody) || (*consumed && response.status == 413))
                closeConnectionAfter(response);
            else if (bodyLeft)
                reader([](const char*, std::size_t) { return true; });
        };
}

// For a route that uses no body: whatever body comes is read and dropped first, so it is never
// held in memory and never taken for the next request; past 1 MiB the answer is 413.
httplib::Server::HandlerWithContentReader withoutBody(httplib::Server::Handler handler)
{
    return withBodyHygiene([handler = std::move(handler)](const httplib::Request& request,
                                                          httplib::Response& response,
                                                          const httplib::ContentReader& reader) {
        switch (discardBody(request, reader, kMaxJsonBody)) {
        case BodyResult::Complete:
            return handler(request, response);
        case BodyResult::TooLarge:
            return sendError(response, 413, u"too_large"_s,
                             translate("The request body is too large."));
        case BodyResult::Aborted:
            return sendError(response, 400, u"bad_request"_s,
                             translate("The request body was cut off."));
        }
    });
}

void installAuthRoutes(httplib::Server& server, ApiServices& services)
{
    const auto sendTokens = [](httplib::Response& response, const TokenPair& pair) {
        sendReply(response, {200,
                             {{u"accessToken"_s, pair.accessToken},
                              {u"refreshToken"_s, pair.refreshToken},
                              {u"tokenType"_s, u"Bearer"_s},
                              {u"expiresIn"_s, pair.accessExpiresIn},
                              {u"memberId"_s, pair.memberId}},
                             0});
    };
    server.Post("/api/v1/auth/login",
                withBodyHygiene([&services, sendTokens](const httplib::Request& request,
                                                        httplib::Response& response,
                                                        const httplib::ContentReader& reader) {
                    const std::optional<QJsonObject> body = jsonBody(request, reader, response);
                    if (!body)
                        return;
                    const Expected<std::optional<TokenPair>> pair = services.auth.login(
                        body->value(u"email"_s).toString(), body->value(u"password"_s).toString());
                    if (!pair)
                        return sendServerError(response, pair.error());
                    if (!*pair)
                        return sendError(response, 401, u"invalid_credentials"_s,
                                         AuthService::wrongCredentialsMessage());
                    AccessLog::setMember((*pair)->memberId);
                    sendTokens(response, **pair);
                }));
    server.Post("/api/v1/auth/refresh",
                withBodyHygiene([&services, sendTokens](const httplib::Request& request,
                                                        httplib::Response& response,
                                                        const httplib::ContentReader& reader) {
                    const std::optional<QJsonObject> body = jsonBody(request, reader, response);
                    if (!body)
                        return;
                    const Expected<std::optional<TokenPair>> pair =
                        services.auth.refresh(body->value(u"refreshToken"_s).toString());
                    if (!pair)
                        return sendServerError(response, pair.error());
                    if (!*pair)
                        return sendError(response, 401, u"invalid_token"_s,
                                         AuthService::invalidTokenMessage());
                    AccessLog::setMember((*pair)->memberId);
                    sendTokens(response, **pair);
                }));
    server.Post("/api/v1/auth/logout", withoutBody([&services](const httplib::Request& request,
                                                               httplib::Response& response) {
                    if (!authenticate(services, request, response))
                        return;
                    const Expected<bool> loggedOut = services.auth.logout(bearerToken(request));
                    if (!loggedOut)
                        return sendServerError(response, loggedOut.error());
                    if (!*loggedOut)
                        return sendError(response, 401, u"invalid_token"_s,
                                         AuthService::invalidTokenMessage());
                    response.status = 204;
                }));
    server.Get(
        "/api/v1/me", [&services](const httplib::Request& request, httplib::Response& response) {
            const std::optional<QString> memberId = authenticate(services, request, response);
            if (!memberId)
                return;
            Expected<QSqlDatabase> db = services.database.connection();
            const std::optional<MemberInfo> member =
                db ? AccountStore::member(*db, *memberId) : std::nullopt;
            if (!member)
                return sendError(response, 500, u"server_error"_s,
                                 translate("The server could not do this now."));
            QJsonArray roles;
            for (const RoleAssignment& role : AccountStore::roles(*db, *memberId))
                roles.append(roleToJson(role));
            QJsonArray rooms;
            for (const RoomInfo& room : AccountStore::visibleRooms(*db, *memberId))
                rooms.append(roomToJson(room));
            sendReply(response,
                      {200,
                       {{u"member"_s, QJsonObject{{u"id"_s, member->id},
                                                  {u"name"_s, member->name},
                                                  {u"kana"_s, member->kana},
                                                  {u"email"_s, member->email},
                                                  {u"certifications"_s,
                                                   certificationsToJson(member->certifications)}}},
                        {u"roles"_s, roles},
                        {u"rooms"_s, rooms}},
                       0});
        });
    server.Get("/api/v1/directory", [&services](const httplib::Request& request,
                                                httplib::Response& response) {
        const std::optional<QString> memberId = authenticate(services, request, response);
        if (!memberId)
            return;
        Expected<QSqlDatabase> db = services.database.connection();
        if (!db)
            return sendServerError(response, db.error());
        const Expected<QJsonObject> directory = directoryFor(*db, *memberId);
        if (!directory)
            return sendServerError(response, directory.error());
        sendReply(response, {200, *directory, 0});
    });
}

// If-Match: "<rev>" (a weak W/ prefix is tolerated) -> the revision.
std::optional<qint64> revisionFromEtag(std::string etag)
{
    if (etag.rfind("W/", 0) == 0)
        etag.erase(0, 2);
    if (etag.size() < 3 || etag.front() != '"' || etag.back() != '"')
        return std::nullopt;
    bool ok = false;
    const qint64 rev = QByteArray::fromStdString(etag.substr(1, etag.size() - 2)).toLongLong(&ok);
    return ok && rev > 0 ? std::optional<qint64>(rev) : std::nullopt;
}

void installRecordRoutes(httplib::Server& server, ApiServices& services)
{
    static const char* const kRecordPath = R"(/api/v1/records/([a-z_]+)/([0-9a-fA-F-]{36}))";
    server.Put(
        kRecordPath,
        withBodyHygiene([&services](const httplib::Request& request, httplib::Response& response,
                                    const httplib::ContentReader& reader) {
            const std::optional<QString> memberId = authenticate(services, request, response);
            if (!memberId)
                return;
            PutRecordRequest put;
            put.memberId = *memberId;
            const std::optional<RecordType> type = recordTypeFromName(matched(request, 1));
            put.id = QUuid::fromString(matched(request, 2));
            if (!type || put.id.isNull())
                return sendError(response, 404, u"not_found"_s, translate("Unknown record type."));
            put.type = *type;
            if (request.has_header("If-Match")) {
                put.ifMatch = revisionFromEtag(request.get_header_value("If-Match"));
                if (!put.ifMatch)
                    return sendError(response, 400, u"bad_if_match"_s,
                                     translate("If-Match must be a quoted revision, e.g. \"3\"."));
            } else if (request.get_header_value("If-None-Match") == "*") {
                put.ifNoneMatch = true;
            } else {
                return sendError(response, 428, u"precondition_required"_s,
                                 translate("Send If-Match: \"<rev>\" to change a record or "
                                           "If-None-Match: * to create one."));
            }
            if (request.has_header("Idempotency-Key")) {
                const QString key =
                    QString::fromStdString(request.get_header_value("Idempotency-Key"));
                const qsizetype colon = key.lastIndexOf(u':');
                bool ok = false;
                put.mutationSeq = colon > 0 ? key.mid(colon + 1).toLongLong(&ok) : 0;
                put.deviceId = key.left(colon);
                if (!ok || put.mutationSeq <= 0 || put.deviceId.size() > 200)
                    return sendError(response, 400, u"bad_idempotency_key"_s,
                                     translate("Idempotency-Key must be <device id>:<mutation "
                                               "number>."));
            }
            const std::optional<QJsonObject> body = jsonBody(request, reader, response);
            if (!body)
                return;
            if (!body->value(u"data"_s).isObject())
                return sendError(response, 400, u"bad_record"_s,
                                 translate("The record needs a data object."));
            put.body = *body;
            sendReply(response, services.records.put(put));
        }));
    server.Get(kRecordPath, [&services](const httplib::Request& request,
                                        httplib::Response& response) {
        const std::optional<QString> memberId = authenticate(services, request, response);
        if (!memberId)
            return;
        const std::optional<RecordType> type = recordTypeFromName(matched(request, 1));
        if (!type)
            return sendError(response, 404, u"not_found"_s, translate("Unknown record type."));
        sendReply(response,
                  services.records.get(*memberId, *type, QUuid::fromString(matched(request, 2))));
    });
    server.Get("/api/v1/changes", [&services](const httplib::Request& request,
                                              httplib::Response& response) {
        const std::optional<QString> memberId = authenticate(services, request, response);
        if (!memberId)
            return;
        bool sinceOk = true;
        const qint64 since =
            request.has_param("since")
                ? QString::fromStdString(request.get_param_value("since")).toLongLong(&sinceOk)
                : 0;
        bool limitOk = true;
        const int limit =
            request.has_param("limit")
                ? QString::fromStdString(request.get_param_value("limit")).toInt(&limitOk)
                : kDefaultChangeLimit;
        if (!sinceOk || since < 0 || !limitOk || limit < 1 || limit > kMaxChangeLimit)
            return sendError(response, 400, u"bad_cursor"_s,
                             translate("since must be a cursor from this server and limit "
                                       "1 to %1.")
                                 .arg(kMaxChangeLimit));
        sendReply(response, services.records.changes(*memberId, since, limit));
    });
}

void installBlobRoutes(httplib::Server& server, ApiServices& services)
{
    server.Options("/api/v1/uploads",
                   [&services](const httplib::Request&, httplib::Response& response) {
                       services.uploads.options(response);
                   });
    server.Post(
        "/api/v1/uploads",
        withoutBody([&services](const httplib::Request& request, httplib::Response& response) {
            if (const std::optional<QString> memberId = authenticate(services, request, response))
                services.uploads.create(*memberId, request, response);
        }));
    // httplib answers HEAD with the GET handler (without the body): the tus offset query.
    server.Get(
        kUploadPath, [&services](const httplib::Request& request, httplib::Response& response) {
            if (const std::optional<QString> memberId = authenticate(services, request, response))
                services.uploads.head(*memberId, matched(request, 1), response);
        });
    server.Patch(
        kUploadPath,
        withBodyHygiene([&services](const httplib::Request& request, httplib::Response& response,
                                    const httplib::ContentReader& reader) {
            if (const std::optional<QString> memberId = authenticate(services, request, response))
                services.uploads.patch(*memberId, matched(request, 1), request, response, reader);
        }));
    server.Delete(
        kUploadPath,
        withoutBody([&services](const httplib::Request& request, httplib::Response& response) {
            if (const std::optional<QString> memberId = authenticate(services, request, response))
                services.uploads.terminate(*memberId, matched(request, 1), response);
        }));

    server.Put(kBlobPath, withBodyHygiene([&services](const httplib::Request& request,
                                                      httplib::Response& response,
                                                      const httplib::ContentReader& reader) {
                   if (authenticate(services, request, response))
                       services.uploads.putBlob(matched(request, 1), request, response, reader);
               }));
    // GET and HEAD (dedup check); Range requests are answered 206 by httplib.
    server.Get(kBlobPath, [&services](const httplib::Request& request,
                                      httplib::Response& response) {
        if (!authenticate(services, request, response))
            return;
        const QString sha256 = matched(request, 1);
        const std::optional<qint64> size = services.blobs.blobSize(sha256);
        if (!size)
            return sendError(response, 404, u"not_found"_s, translate("There is no such blob."));
        auto file = std::make_shared<QFile>(services.blobs.blobPath(sha256));
        if (!file->open(QIODevice::ReadOnly))
            return sendError(response, 404, u"not_found"_s, translate("There is no such blob."));
        response.set_header("Accept-Ranges", "bytes");
        response.set_header("ETag", "\"" + sha256.toStdString() + "\"");
        response.set_content_provider(
            static_cast<std::size_t>(*size), "application/octet-stream",
            [file](std::size_t offset, std::size_t length, httplib::DataSink& sink) {
                QByteArray buffer(static_cast<qsizetype>(std::min<std::size_t>(length, 1 << 20)),
                                  Qt::Uninitialized);
                if (!file->seek(static_cast<qint64>(offset)))
                    return false;
                const qint64 read = file->read(buffer.data(), buffer.size());
                return read > 0 && sink.write(buffer.constData(), static_cast<std::size_t>(read));
            });
    });
}

void installPageRoutes(httplib::Server& server, ApiServices& services)
{
    server.Get("/password-reset", [&services](const httplib::Request&,
                                              httplib::Response& response) {
        response.set_content(passwordResetPage(services.adminContact), "text/html; charset=utf-8");
    });
}

// Requests with a body for no route would be buffered whole by httplib: they get a 404 from a
// route that drops the body as it reads it.
void installFallbackRoutes(httplib::Server& server)
{
    const auto notFound = withoutBody([](const httplib::Request&, httplib::Response& response) {
        sendError(response, 404, u"not_found"_s, translate("There is no such endpoint."));
    });
    server.Post(".*", notFound);
    server.Put(".*", notFound);
    server.Patch(".*", notFound);
    server.Delete(".*", notFound);
}

} // namespace

void installApiRoutes(httplib::Server& server, ApiServices& services)
{
    server.set_pre_routing_handler(
        [](const httplib::Request& request, httplib::Response& response) {
            AccessLog::beginRequest();
            const std::optional<ApiReply> refusal = unreadableBodyRefusal(request);
            if (!refusal)
                return httplib::Server::HandlerResponse::Unhandled;
            sendReply(response, *refusal);
            closeConnectionAfter(response);
            return httplib::Server::HandlerResponse::Handled;
        });
    // Expect: 100-continue is answered before routing: a body that would be refused is refused
    // instead of being asked for.
    server.set_expect_100_continue_handler(
        [](const httplib::Request& request, httplib::Response& response) {
            AccessLog::beginRequest();
            const std::optional<ApiReply> refusal = unreadableBodyRefusal(request);
            if (!refusal)
                return 100;
            sendReply(response, *refusal);
            // httplib writes this answer without adding the length.
            response.set_header("Content-Length", std::to_string(response.body.size()));
            closeConnectionAfter(response);
            return refusal->status;
        });
    server.set_logger(
        [&services](const httplib::Request& request, const httplib::Response& response) {
            services.log.write(request, response);
        });
    server.set_exception_handler([](const httplib::Request&, httplib::Response& response,
                                    std::exception_ptr) {
        sendError(response, 500, u"server_error"_s, translate("The server could not do this now."));
    });
    installAuthRoutes(server, services);
    installRecordRoutes(server, services);
    installBlobRoutes(server, services);
    installPageRoutes(server, services);
    installFallbackRoutes(server); // last: routes match in the order they were added
}

} // namespace kenshu::server
