#pragma once

#include <QJsonObject>
#include <QString>

namespace kenshu::sync {

// Why a request to the server failed, in a form the UI can show and the sync engine can act
// on. `message` is for people (translated); `code` is the server's stable error code.
struct ApiError
{
    enum class Kind {
        Offline,      // no connection: host not found, refused, network down, proxy failure
        Timeout,      // no bytes moved for the transfer timeout
        Tls,          // the server's certificate was not trusted: never retried, never ignored
        Unauthorized, // the sign-in is no longer valid (even after one refresh)
        Refused,      // 4xx: the server will not do it (the request must change)
        ServerError,  // 5xx or 429 after the retries
        BadResponse,  // an answer that is not what the API promises
    };

    Kind kind = Kind::BadResponse;
    int status = 0;   // HTTP status, 0 without an answer
    QString code;     // the server's "error" code, e.g. "stale_revision"
    QString message;  // for the user, translated
    QJsonObject body; // the whole error body (e.g. 412's "current")

    // Worth trying again later without changing the request.
    bool isTransient() const
    {
        return kind == Kind::Offline || kind == Kind::Timeout || kind == Kind::ServerError;
    }

    static ApiError fromStatus(int status, const QJsonObject& body);
    static ApiError make(Kind kind, const QString& message);
    static QString kindName(Kind kind);
};

} // namespace kenshu::sync
