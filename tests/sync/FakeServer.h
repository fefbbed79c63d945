// An HTTPS server inside the test process (cpp-httplib on its own threads) with handlers the
// test writes, for what the real kenshu-server does not do on demand: 503s, stalls, 401s.
#pragma once

#include "ServerHarness.h"

#include <QUrl>
#include <httplib.h>
#include <memory>
#include <thread>

namespace kenshu::test {

class FakeServer final
{
public:
    explicit FakeServer(const TestCertificates& certificates);
    ~FakeServer();
    FakeServer(const FakeServer&) = delete;
    FakeServer& operator=(const FakeServer&) = delete;

    // Register handlers before start().
    httplib::Server& http() { return m_server; }
    bool start();
    QUrl url() const;

private:
    httplib::SSLServer m_server;
    std::thread m_thread;
    int m_port = 0;
};

} // namespace kenshu::test
