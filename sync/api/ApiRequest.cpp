#include "ApiRequest.h"

namespace kenshu::sync {

ApiRequest ApiRequest::get(QString path)
{
    ApiRequest request;
    request.path = std::move(path);
    return request;
}

ApiRequest ApiRequest::withJson(QByteArray method, QString path, const QByteArray& json)
{
    ApiRequest request;
    request.method = std::move(method);
    request.path = std::move(path);
    request.body = json;
    request.contentType = QByteArrayLiteral("application/json");
    return request;
}

} // namespace kenshu::sync
