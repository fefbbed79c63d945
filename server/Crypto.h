#pragma once

#include <QByteArray>
#include <QString>
#include <memory>

namespace kenshu::server {

// Random bytes from OpenSSL's CSPRNG (RAND_bytes); empty if it fails.
QByteArray randomBytes(int count);
// A random token: 32 bytes, base64url without padding (for access and refresh tokens).
QString randomToken();
// Lower-case hex SHA-256 of `bytes` (how tokens are stored).
QString sha256Hex(const QByteArray& bytes);
// Constant-time comparison of two byte strings of equal length.
bool equalInConstantTime(const QByteArray& a, const QByteArray& b);

// An incremental digest (sha1 or sha256) that can be copied, so a running whole-file hash can
// be kept aside while a chunk's own hash is checked.
class Digest final
{
public:
    enum class Algorithm { Sha1, Sha256 };

    explicit Digest(Algorithm algorithm);
    ~Digest();
    Digest(const Digest& other);
    Digest& operator=(const Digest&) = delete;

    void add(const char* data, std::size_t size);
    // The digest of everything added so far (the running state stays usable).
    QByteArray result() const;

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};

} // namespace kenshu::server
