#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace kenshu::sync {

// When a failed request may be sent again.
enum class RetryPolicy {
    // Network errors, timeouts, 5xx and 429: safe for GET, HEAD and for PUTs that carry an
    // Idempotency-Key.
    Transient,
    // Only when the request cannot have reached the server (connection refused, host not
    // found) or the server said so (429/503). For requests whose effect must not happen twice
    // or be lost, such as a refresh-token rotation.
    NotDelivered,
    Never,
};

// One request to the Kenshu API, relative to the client's base URL.
struct ApiRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    QString path; // "/api/v1/…"
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray contentType;
    bool authenticated = true; // sends the access token; a 401 refreshes it once
    RetryPolicy retry = RetryPolicy::Transient;

    static ApiRequest get(QString path);
    // A JSON body.
    static ApiRequest withJson(QByteArray method, QString path, const QByteArray& json);
};

} // namespace kenshu::sync
