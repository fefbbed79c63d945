#include "Crypto.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace kenshu::server {

struct Digest::Context
{
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    ~Context() { EVP_MD_CTX_free(ctx); }
};

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(bytes.data()), count) != 1)
        return {};
    return bytes;
}

QString randomToken()
{
    return QString::fromLatin1(
        randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString sha256Hex(const QByteArray& bytes)
{
    Digest digest(Digest::Algorithm::Sha256);
    digest.add(bytes.constData(), static_cast<std::size_t>(bytes.size()));
    return QString::fromLatin1(digest.result().toHex());
}

bool equalInConstantTime(const QByteArray& a, const QByteArray& b)
{
    return a.size() == b.size() &&
           CRYPTO_memcmp(a.constData(), b.constData(), static_cast<std::size_t>(a.size())) == 0;
}

Digest::Digest(Algorithm algorithm) : m_context(std::make_unique<Context>())
{
    EVP_DigestInit_ex(m_context->ctx, algorithm == Algorithm::Sha1 ? EVP_sha1() : EVP_sha256(),
                      nullptr);
}

Digest::~Digest() = default;

Digest::Digest(const Digest& other) : m_context(std::make_unique<Context>())
{
    EVP_MD_CTX_copy_ex(m_context->ctx, other.m_context->ctx);
}

void Digest::add(const char* data, std::size_t size)
{
    EVP_DigestUpdate(m_context->ctx, data, size);
}

QByteArray Digest::result() const
{
    Context copy;
    EVP_MD_CTX_copy_ex(copy.ctx, m_context->ctx);
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(copy.ctx, out, &length);
    return QByteArray(reinterpret_cast<const char*>(out), static_cast<qsizetype>(length));
}

} // namespace kenshu::server
