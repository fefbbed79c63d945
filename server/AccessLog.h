#pragma once

#include <QFile>
#include <QString>
#include <chrono>
#include <httplib.h>
#include <mutex>

namespace kenshu::server {

// One JSON line per request: time, method, path (no query string), status, bytes sent,
// duration in ms and the member id when signed in. Never headers or bodies, so no passwords,
// tokens or patient data end up in it.
class AccessLog final
{
public:
    // Appends to `path`, or writes to standard output when it is empty.
    explicit AccessLog(const QString& path);

    // Marks the start of a request on this worker thread.
    static void beginRequest();
    // The member the current request on this thread is from (set once authenticated).
    static void setMember(const QString& memberId);

    void write(const httplib::Request& request, const httplib::Response& response);

private:
    std::mutex m_mutex;
    QFile m_file;
};

} // namespace kenshu::server
