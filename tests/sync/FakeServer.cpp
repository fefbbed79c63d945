#include "FakeServer.h"

namespace kenshu::test {

using namespace Qt::Literals::StringLiterals;

FakeServer::FakeServer(const TestCertificates& certificates)
    : m_server(certificates.serverCert.toStdString().c_str(),
               certificates.serverKey.toStdString().c_str())
{
}

FakeServer::~FakeServer()
{
    m_server.stop();
    if (m_thread.joinable())
        m_thread.join();
}

bool FakeServer::start()
{
    if (!m_server.is_valid())
        return false;
    m_port = m_server.bind_to_any_port("127.0.0.1");
    if (m_port <= 0)
        return false;
    m_thread = std::thread([this] { m_server.listen_after_bind(); });
    return true;
}

QUrl FakeServer::url() const
{
    return QUrl(u"https://127.0.0.1:%1"_s.arg(m_port));
}

} // namespace kenshu::test
