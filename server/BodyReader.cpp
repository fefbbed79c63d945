#include "BodyReader.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace kenshu::server {
namespace {

constexpr std::size_t kWriteBuffer = 1 << 20;

} // namespace

bool hasBody(const httplib::Request& request)
{
    return request.has_header("Transfer-Encoding") ||
           QByteArray::fromStdString(request.get_header_value("Content-Length")).toULongLong() > 0;
}

BodyResult readSmallBody(const httplib::Request& request, const httplib::ContentReader& reader,
                         std::size_t limit, std::string& body)
{
    return streamBody(request, reader, limit, [&](const char* data, std::size_t size) {
        body.append(data, size);
        return true;
    });
}

BodyResult streamBody(const httplib::Request& request, const httplib::ContentReader& reader,
                      std::uint64_t limit,
                      const std::function<bool(const char*, std::size_t)>& consume)
{
    bool declared = false;
    const qulonglong length = QByteArray::fromStdString(request.get_header_value("Content-Length"))
                                  .toULongLong(&declared);
    if (declared && length > limit)
        return BodyResult::TooLarge;
    if (!hasBody(request))
        return BodyResult::Complete;
    std::uint64_t received = 0;
    bool tooLarge = false;
    const bool read = reader([&](const char* data, std::size_t size) {
        received += size;
        if (received > limit) {
            tooLarge = true;
            return false;
        }
        return consume(data, size);
    });
    if (tooLarge)
        return BodyResult::TooLarge;
    return read ? BodyResult::Complete : BodyResult::Aborted;
}

BodyResult discardBody(const httplib::Request& request, const httplib::ContentReader& reader,
                       std::uint64_t limit)
{
    return streamBody(request, reader, limit, [](const char*, std::size_t) { return true; });
}

BufferedFileWriter::BufferedFileWriter(QFile& file) : m_file(file)
{
    m_buffer.reserve(kWriteBuffer);
}

bool BufferedFileWriter::write(const char* data, std::size_t size)
{
    if (m_buffer.size() + size > kWriteBuffer && !flushBuffer())
        return false;
    if (size >= kWriteBuffer)
        return m_file.write(data, static_cast<qint64>(size)) == static_cast<qint64>(size);
    m_buffer.insert(m_buffer.end(), data, data + size);
    return true;
}

bool BufferedFileWriter::flush()
{
    return flushBuffer() && m_file.flush();
}

bool BufferedFileWriter::sync()
{
    return flush() && ::fdatasync(m_file.handle()) == 0;
}

bool BufferedFileWriter::flushBuffer()
{
    if (m_buffer.empty())
        return true;
    const auto size = static_cast<qint64>(m_buffer.size());
    const bool ok = m_file.write(m_buffer.data(), size) == size;
    m_buffer.clear();
    return ok;
}

PipelinedFileWriter::PipelinedFileWriter(int fd, qint64 offset,
                                         std::function<void(const char*, std::size_t)> consume)
    : m_fd(fd), m_offset(offset), m_consume(std::move(consume))
{
    m_filling.reserve(kWriteBuffer);
    m_handed.reserve(kWriteBuffer);
    m_worker = std::thread([this] { run(); });
}

PipelinedFileWriter::~PipelinedFileWriter()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_worker.join();
}

bool PipelinedFileWriter::write(const char* data, std::size_t size)
{
    while (size > 0) {
        const std::size_t room = kWriteBuffer - m_filling.size();
        const std::size_t taken = std::min(room, size);
        m_filling.insert(m_filling.end(), data, data + taken);
        data += taken;
        size -= taken;
        if (m_filling.size() == kWriteBuffer && !handOver())
            return false;
    }
    return true;
}

bool PipelinedFileWriter::finish()
{
    if (!m_filling.empty() && !handOver())
        return false;
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_busy; });
    return !m_failed;
}

bool PipelinedFileWriter::sync()
{
    return finish() && ::fdatasync(m_fd) == 0;
}

bool PipelinedFileWriter::handOver()
{
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_busy; });
        if (m_failed)
            return false;
        m_filling.swap(m_handed);
        m_busy = true;
    }
    m_changed.notify_all();
    m_filling.clear();
    return true;
}

void PipelinedFileWriter::run()
{
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_busy || m_stop; });
            if (!m_busy)
                return;
        }
        m_consume(m_handed.data(), m_handed.size());
        bool ok = true;
        for (std::size_t done = 0; done < m_handed.size();) {
            const ssize_t written = ::pwrite(m_fd, m_handed.data() + done, m_handed.size() - done,
                                             static_cast<off_t>(m_offset));
            if (written < 0 && errno == EINTR)
                continue;
            if (written <= 0) {
                ok = false;
                break;
            }
            done += static_cast<std::size_t>(written);
            m_offset += written;
        }
        // Start writing it to the disk now (without waiting), so that the sync of the finished
        // file has little left to do.
        if (ok)
            ::sync_file_range(m_fd, m_offset - static_cast<qint64>(m_handed.size()),
                              static_cast<off_t>(m_handed.size()), SYNC_FILE_RANGE_WRITE);
        {
            const std::lock_guard lock(m_mutex);
            m_busy = false;
            m_failed = m_failed || !ok;
        }
        m_changed.notify_all();
    }
}

} // namespace kenshu::server
