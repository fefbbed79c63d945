#pragma once

#include <QString>

namespace kenshu::server {

// Passwords are stored only as PBKDF2-HMAC-SHA256 hashes with a random 16-byte salt:
// "pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>". The iteration count is stored
// with each hash, so raising the default later still verifies old hashes.
inline constexpr int kDefaultPasswordIterations = 310000;

// The iteration count for new hashes: the default, unless the test-only environment variable
// KENSHU_SERVER_TEST_PBKDF2_ITERATIONS lowers it (the server warns loudly when it does).
int passwordIterations();
bool passwordIterationsLoweredForTests();

QString hashPassword(const QString& password, int iterations = passwordIterations());
bool verifyPassword(const QString& password, const QString& storedHash);
// Costs as much as a verification, for unknown accounts (no timing hint that they exist).
void verifyAgainstDummy(const QString& password);

} // namespace kenshu::server
