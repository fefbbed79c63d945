#pragma once

#include <QFile>
#include <cstdint>
#include <functional>
#include <httplib.h>
#include <string>
#include <vector>

namespace kenshu::server {

// How reading a request body ended.
enum class BodyResult {
    Complete,
    TooLarge, // past the limit (HTTP 413); the rest is not read
    Aborted,  // the client went away or a consumer refused
};

// Reads a small body (JSON) into `body`, refusing one longer than `limit` before reading it
// when Content-Length says so, or as soon as it grows past it.
BodyResult readSmallBody(const httplib::Request& request, const httplib::ContentReader& reader,
                         std::size_t limit, std::string& body);

// Passes the body to `consume` piece by piece, never more than `limit` bytes in all; nothing
// is held in memory beyond one piece.
BodyResult streamBody(const httplib::Request& request, const httplib::ContentReader& reader,
                      std::uint64_t limit,
                      const std::function<bool(const char*, std::size_t)>& consume);

// Appends to a file through a 1 MiB buffer (httplib hands bodies over in 4 KiB pieces).
class BufferedFileWriter final
{
public:
    explicit BufferedFileWriter(QFile& file);
    bool write(const char* data, std::size_t size);
    // Hands what is buffered to the operating system.
    bool flush();
    // Flushes and waits until it is on the disk (fdatasync).
    bool sync();

private:
    bool flushBuffer();

    QFile& m_file;
    std::vector<char> m_buffer;
};

} // namespace kenshu::server
