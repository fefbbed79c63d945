#pragma once

#include "Digest.h"

#include <QByteArray>
#include <QString>
#include <openssl/sha.h>
#include <optional>

namespace kenshu::server {

// Random bytes from OpenSSL's CSPRNG (RAND_bytes); empty if it fails.
QByteArray randomBytes(int count);
// A random token: 32 bytes, base64url without padding (for access and refresh tokens).
QString randomToken();
// Lower-case hex SHA-256 of `bytes` (how tokens are stored).
QString sha256Hex(const QByteArray& bytes);
// Constant-time comparison of two byte strings of equal length.
bool equalInConstantTime(const QByteArray& a, const QByteArray& b);

// A running SHA-256 whose state can be saved as a few bytes and restored, so that the
// whole-file hash of an upload goes on across requests, processes and servers without
// re-reading what was received before. Same speed as Digest (OpenSSL's SHA-NI/AVX code).
class ResumableSha256 final
{
public:
    ResumableSha256();

    void add(const char* data, std::size_t size);
    // Bytes added so far.
    qint64 size() const;
    // The digest of everything added so far (the running state stays usable).
    QByteArray result() const;
    // The state: a version byte, the eight chaining words, the byte count and the bytes of
    // the unfinished 64-byte block (41 to 104 bytes).
    QByteArray state() const;
    // A state saved by state(); nothing if it is malformed.
    static std::optional<ResumableSha256> fromState(const QByteArray& state);

private:
    SHA256_CTX m_ctx; // plain data: copied with the object
};

} // namespace kenshu::server
