#include "ApiError.h"

#include <QCoreApplication>

namespace kenshu::sync {
namespace {

using namespace Qt::Literals::StringLiterals;

} // namespace

ApiError ApiError::make(Kind kind, const QString& message)
{
    ApiError error;
    error.kind = kind;
    error.message = message;
    return error;
}

ApiError ApiError::fromStatus(int status, const QJsonObject& body)
{
    ApiError error;
    error.status = status;
    error.body = body;
    error.code = body.value(u"error"_s).toString();
    // The server's message is English; it is shown as the reason when nothing better is known.
    const QString serverMessage = body.value(u"message"_s).toString();
    if (status == 401) {
        error.kind = Kind::Unauthorized;
        error.message = QCoreApplication::translate(
            "ApiError", "Your sign-in has expired or was revoked. Sign in again.");
    } else if (status == 429 || status >= 500) {
        error.kind = Kind::ServerError;
        error.message =
            status == 429
                ? QCoreApplication::translate("ApiError",
                                              "The server is busy. Kenshu will try again later.")
                : QCoreApplication::translate(
                      "ApiError", "The server could not do this now (HTTP %1). Kenshu will try "
                                  "again later.")
                      .arg(status);
    } else if (status >= 400) {
        error.kind = Kind::Refused;
        error.message = serverMessage.isEmpty()
                            ? QCoreApplication::translate(
                                  "ApiError", "The server refused the request (HTTP %1).")
                                  .arg(status)
                            : QCoreApplication::translate("ApiError", "The server refused: %1")
                                  .arg(serverMessage);
    } else {
        error.kind = Kind::BadResponse;
        error.message = QCoreApplication::translate(
                            "ApiError", "The server gave an unexpected answer (HTTP %1).")
                            .arg(status);
    }
    return error;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Offline:
        return u"offline"_s;
    case Kind::Timeout:
        return u"timeout"_s;
    case Kind::Tls:
        return u"tls"_s;
    case Kind::Unauthorized:
        return u"unauthorized"_s;
    case Kind::Refused:
        return u"refused"_s;
    case Kind::ServerError:
        return u"server_error"_s;
    case Kind::BadResponse:
        return u"bad_response"_s;
    }
    return {};
}

} // namespace kenshu::sync
