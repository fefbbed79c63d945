#include "AccessLog.h"

#include "UtcTimestamp.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace kenshu::server {
namespace {

using namespace Qt::Literals::StringLiterals;

// httplib runs the pre-routing handler, the route and the logger on one worker thread.
struct RequestContext
{
    std::chrono::steady_clock::time_point start;
    QString memberId;
};
thread_local RequestContext t_request;

} // namespace

AccessLog::AccessLog(const QString& path)
{
    if (path.isEmpty())
        m_file.open(fileno(stdout), QIODevice::WriteOnly | QIODevice::Unbuffered);
    else {
        m_file.setFileName(path);
        m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered);
    }
}

void AccessLog::beginRequest()
{
    t_request = {std::chrono::steady_clock::now(), {}};
}

void AccessLog::setMember(const QString& memberId)
{
    t_request.memberId = memberId;
}

void AccessLog::write(const httplib::Request& request, const httplib::Response& response)
{
    const auto elapsed = std::chrono::steady_clock::now() - t_request.start;
    const std::string length = response.get_header_value("Content-Length");
    const QJsonObject line{
        {u"time"_s, formatUtcTimestamp(QDateTime::currentDateTimeUtc())},
        {u"method"_s, QString::fromStdString(request.method)},
        {u"path"_s, QString::fromStdString(request.path)},
        {u"status"_s, response.status},
        {u"bytes"_s, length.empty() ? static_cast<qint64>(response.body.size())
                                    : QByteArray::fromStdString(length).toLongLong()},
        {u"durationMs"_s, std::chrono::duration<double, std::milli>(elapsed).count()},
        {u"member"_s, t_request.memberId.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                   : QJsonValue(t_request.memberId)},
    };
    const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    const std::lock_guard lock(m_mutex);
    m_file.write(bytes);
}

} // namespace kenshu::server
