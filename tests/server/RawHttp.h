// A plain-HTTP connection driven byte by byte, for what a well-behaved client never does:
// bodies the server should not read, pipelined requests behind a refused one, chunked bodies
// that never end. For a server started with --insecure-http on 127.0.0.1.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace kenshu::test {

struct RawReply
{
    int status = 0;
    std::map<std::string, std::string> headers; // names in lower case
    std::string body;

    std::string header(const std::string& lowerCaseName) const
    {
        const auto found = headers.find(lowerCaseName);
        return found == headers.end() ? std::string() : found->second;
    }
};

class RawHttpConnection final
{
public:
    explicit RawHttpConnection(int port);
    ~RawHttpConnection();
    RawHttpConnection(const RawHttpConnection&) = delete;
    RawHttpConnection& operator=(const RawHttpConnection&) = delete;

    bool connected() const { return m_fd >= 0; }
    // Sends all of `bytes`; false when the server closed the connection meanwhile.
    bool send(std::string_view bytes);
    // Sends `bytes` unless the server answers (or closes) first: then stops and returns false.
    bool sendUnlessAnswered(std::string_view bytes);
    // The next response (status line, headers, a Content-Length body); nullopt when the
    // connection ends or nothing complete arrives within `timeoutMs`.
    std::optional<RawReply> readReply(int timeoutMs = 10000);
    // True when the server ends the connection (end of stream or reset) within `timeoutMs`
    // without sending anything more.
    bool closedByServer(int timeoutMs = 10000);

private:
    // Reads what is there (waiting up to `timeoutMs` for something); false at the end of the
    // stream, on an error or when nothing came.
    bool receive(int timeoutMs);

    int m_fd = -1;
    bool m_ended = false;
    std::string m_buffer;
};

// The highest resident set size the process `pid` has had (VmHWM), in bytes; -1 if unknown.
long long peakResidentBytes(long long pid);

} // namespace kenshu::test
