#include "BodyReader.h"

#include <cstring>
#include <unistd.h>

namespace kenshu::server {
namespace {

constexpr std::size_t kWriteBuffer = 1 << 20;

} // namespace

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

} // namespace kenshu::server
