#pragma once

#include <QByteArray>
#include <memory>

namespace kenshu {

// An incremental digest (sha1 or sha256) with OpenSSL that can be copied, so a running
// whole-file hash can be kept aside while a chunk's own hash is checked.
class Digest final
{
public:
    enum class Algorithm { Sha1, Sha256 };

    explicit Digest(Algorithm algorithm);
    ~Digest();
    Digest(const Digest& other);
    Digest& operator=(const Digest&) = delete;

    void add(const char* data, std::size_t size);
    void add(const QByteArray& bytes)
    {
        add(bytes.constData(), static_cast<std::size_t>(bytes.size()));
    }
    // The digest of everything added so far (the running state stays usable).
    QByteArray result() const;

    // The SHA-256 of `bytes`, raw.
    static QByteArray sha256(const QByteArray& bytes);

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};

} // namespace kenshu
