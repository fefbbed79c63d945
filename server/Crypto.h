#pragma once

#include "Digest.h"

#include <QByteArray>
#include <QString>

namespace kenshu::server {

// Random bytes from OpenSSL's CSPRNG (RAND_bytes); empty if it fails.
QByteArray randomBytes(int count);
// A random token: 32 bytes, base64url without padding (for access and refresh tokens).
QString randomToken();
// Lower-case hex SHA-256 of `bytes` (how tokens are stored).
QString sha256Hex(const QByteArray& bytes);
// Constant-time comparison of two byte strings of equal length.
bool equalInConstantTime(const QByteArray& a, const QByteArray& b);

} // namespace kenshu::server
