#pragma once

#include "ApiError.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <optional>

namespace kenshu::sync {

// What the server answered (any status), or the error that stopped the request.
struct ApiResult
{
    int status = 0;                        // HTTP status; 0 without an answer
    QByteArray body;                       // the raw body
    QJsonObject json;                      // the body when it is a JSON object
    QHash<QByteArray, QByteArray> headers; // names in lower case
    std::optional<ApiError> error;         // set unless the status is 2xx

    bool ok() const { return !error.has_value(); }
    QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
};

} // namespace kenshu::sync
