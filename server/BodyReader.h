#pragma once

#include <QFile>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <httplib.h>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace kenshu::server {

// How reading a request body ended.
enum class BodyResult {
    Complete,
    TooLarge, // past the limit (HTTP 413); the rest is not read
    Aborted,  // the client went away or a consumer refused
};

// Whether the request carries a body (Content-Length above 0, or Transfer-Encoding). Without
// one, reading would wait for bytes that never come.
bool hasBody(const httplib::Request& request);

// Reads a small body (JSON) into `body`, refusing one longer than `limit` before reading it
// when Content-Length says so, or as soon as it grows past it.
BodyResult readSmallBody(const httplib::Request& request, const httplib::ContentReader& reader,
                         std::size_t limit, std::string& body);

// Passes the body to `consume` piece by piece, never more than `limit` bytes in all; nothing
// is held in memory beyond one piece. A request without a body is Complete at once.
BodyResult streamBody(const httplib::Request& request, const httplib::ContentReader& reader,
                      std::uint64_t limit,
                      const std::function<bool(const char*, std::size_t)>& consume);

// Reads a body nobody needs and drops it, up to `limit` bytes (TooLarge past it, before reading
// anything when Content-Length says so), so the connection can carry the next request.
BodyResult discardBody(const httplib::Request& request, const httplib::ContentReader& reader,
                       std::uint64_t limit);

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

// Appends to a file descriptor from a given offset through 1 MiB buffers. A second thread
// hands each full buffer to `consume` (e.g. a running whole-file hash) and writes it while the
// caller fills the next one, so the per-byte work of a large upload runs on two cores. At most
// two buffers are in memory; `consume` sees the bytes in order. Written buffers are handed to
// the disk at once (sync_file_range, no waiting), so that a final sync has little left to do.
class PipelinedFileWriter final
{
public:
    PipelinedFileWriter(int fd, qint64 offset,
                        std::function<void(const char*, std::size_t)> consume);
    ~PipelinedFileWriter();
    PipelinedFileWriter(const PipelinedFileWriter&) = delete;
    PipelinedFileWriter& operator=(const PipelinedFileWriter&) = delete;

    // False once a write failed.
    bool write(const char* data, std::size_t size);
    // Waits until everything given so far was consumed and handed to the operating system.
    bool finish();
    // finish(), then waits until it is on the disk (fdatasync).
    bool sync();

private:
    bool handOver();
    void run();

    int m_fd;
    qint64 m_offset; // where the next handed buffer goes; the worker's while it is busy
    std::function<void(const char*, std::size_t)> m_consume;
    std::vector<char> m_filling;
    std::vector<char> m_handed;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_busy = false; // m_handed and m_offset belong to the worker
    bool m_stop = false;
    bool m_failed = false;
    std::thread m_worker;
};

} // namespace kenshu::server
