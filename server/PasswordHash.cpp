#include "PasswordHash.h"

#include "Crypto.h"

#include <QStringList>
#include <openssl/evp.h>

namespace kenshu::server {
namespace {

using namespace Qt::Literals::StringLiterals;

constexpr int kHashBytes = 32;
constexpr int kMinimumTestIterations = 1000;

QByteArray derive(const QString& password, const QByteArray& salt, int iterations)
{
    const QByteArray utf8 = password.toUtf8();
    QByteArray out(kHashBytes, Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(utf8.constData(), static_cast<int>(utf8.size()),
                          reinterpret_cast<const unsigned char*>(salt.constData()),
                          static_cast<int>(salt.size()), iterations, EVP_sha256(), kHashBytes,
                          reinterpret_cast<unsigned char*>(out.data())) != 1)
        return {};
    return out;
}

int testIterations()
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue("KENSHU_SERVER_TEST_PBKDF2_ITERATIONS", &ok);
    return ok ? std::max(value, kMinimumTestIterations) : 0;
}

} // namespace

int passwordIterations()
{
    const int lowered = testIterations();
    return lowered > 0 ? lowered : kDefaultPasswordIterations;
}

bool passwordIterationsLoweredForTests()
{
    return testIterations() > 0;
}

QString hashPassword(const QString& password, int iterations)
{
    const QByteArray salt = randomBytes(16);
    const QByteArray hash = derive(password, salt, iterations);
    if (salt.isEmpty() || hash.isEmpty())
        return {};
    return u"pbkdf2-sha256$%1$%2$%3"_s.arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(hash.toBase64()));
}

bool verifyPassword(const QString& password, const QString& storedHash)
{
    const QStringList parts = storedHash.split(u'$');
    if (parts.size() != 4 || parts[0] != "pbkdf2-sha256"_L1)
        return false;
    bool ok = false;
    const int iterations = parts[1].toInt(&ok);
    if (!ok || iterations < 1)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts[2].toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts[3].toLatin1());
    return equalInConstantTime(derive(password, salt, iterations), expected);
}

void verifyAgainstDummy(const QString& password)
{
    static const QString dummy = hashPassword(u"dummy"_s);
    verifyPassword(password, dummy);
}

} // namespace kenshu::server
