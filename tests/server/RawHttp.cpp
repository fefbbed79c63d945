#include "RawHttp.h"

#include <arpa/inet.h>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <fstream>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace kenshu::test {
namespace {

std::string lowerCase(std::string text)
{
    for (char& c : text)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

int remainingMs(std::chrono::steady_clock::time_point deadline)
{
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    return left.count() > 0 ? static_cast<int>(left.count()) : 0;
}

} // namespace

RawHttpConnection::RawHttpConnection(int port)
{
    m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (m_fd >= 0 &&
        ::connect(m_fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0) {
        ::close(m_fd);
        m_fd = -1;
    }
}

RawHttpConnection::~RawHttpConnection()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

bool RawHttpConnection::send(std::string_view bytes)
{
    while (!bytes.empty()) {
        const ssize_t sent = ::send(m_fd, bytes.data(), bytes.size(), MSG_NOSIGNAL);
        if (sent < 0 && errno == EINTR)
            continue;
        if (sent <= 0)
            return false;
        bytes.remove_prefix(static_cast<std::size_t>(sent));
    }
    return true;
}

bool RawHttpConnection::sendUnlessAnswered(std::string_view bytes)
{
    while (!bytes.empty()) {
        pollfd ready{m_fd, POLLIN | POLLOUT, 0};
        if (::poll(&ready, 1, 10000) <= 0 || (ready.revents & (POLLIN | POLLERR | POLLHUP)))
            return false;
        const ssize_t sent = ::send(m_fd, bytes.data(), bytes.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
        if (sent < 0 && (errno == EINTR || errno == EAGAIN))
            continue;
        if (sent <= 0)
            return false;
        bytes.remove_prefix(static_cast<std::size_t>(sent));
    }
    return true;
}

bool RawHttpConnection::receive(int timeoutMs)
{
    if (m_ended)
        return false;
    pollfd ready{m_fd, POLLIN, 0};
    if (::poll(&ready, 1, timeoutMs) <= 0)
        return false;
    char buffer[65536];
    const ssize_t got = ::recv(m_fd, buffer, sizeof buffer, 0);
    if (got <= 0) {
        m_ended = true;
        return false;
    }
    m_buffer.append(buffer, static_cast<std::size_t>(got));
    return true;
}

std::optional<RawReply> RawHttpConnection::readReply(int timeoutMs)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    std::size_t headerEnd = std::string::npos;
    while ((headerEnd = m_buffer.find("\r\n\r\n")) == std::string::npos) {
        if (!receive(remainingMs(deadline)))
            return std::nullopt;
    }
    RawReply reply;
    const std::string head = m_buffer.substr(0, headerEnd);
    std::size_t lineEnd = head.find("\r\n");
    const std::string statusLine = head.substr(0, lineEnd);
    if (statusLine.rfind("HTTP/1.", 0) != 0 || statusLine.size() < 12)
        return std::nullopt;
    reply.status = std::stoi(statusLine.substr(9, 3));
    while (lineEnd != std::string::npos) {
        const std::size_t start = lineEnd + 2;
        lineEnd = head.find("\r\n", start);
        const std::string line = head.substr(start, lineEnd - start);
        const std::size_t colon = line.find(':');
        if (colon == std::string::npos)
            continue;
        std::string value = line.substr(colon + 1);
        value.erase(0, value.find_first_not_of(' '));
        reply.headers[lowerCase(line.substr(0, colon))] = value;
    }
    const auto length = reply.headers.find("content-length");
    const std::size_t bodyLength = length == reply.headers.end() ? 0 : std::stoul(length->second);
    const std::size_t bodyStart = headerEnd + 4;
    while (m_buffer.size() < bodyStart + bodyLength) {
        if (!receive(remainingMs(deadline)))
            return std::nullopt;
    }
    reply.body = m_buffer.substr(bodyStart, bodyLength);
    m_buffer.erase(0, bodyStart + bodyLength);
    return reply;
}

bool RawHttpConnection::closedByServer(int timeoutMs)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    while (!m_ended) {
        if (!receive(remainingMs(deadline)) && !m_ended)
            return false;
    }
    return m_buffer.empty();
}

long long peakResidentBytes(long long pid)
{
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmHWM:", 0) == 0)
            return std::stoll(line.substr(6)) * 1024; // "VmHWM:   12345 kB"
    }
    return -1;
}

} // namespace kenshu::test
