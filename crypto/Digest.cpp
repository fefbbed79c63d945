#include "Digest.h"

#include <openssl/evp.h>

namespace kenshu {

struct Digest::Context
{
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    ~Context() { EVP_MD_CTX_free(ctx); }
};

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

QByteArray Digest::sha256(const QByteArray& bytes)
{
    Digest digest(Algorithm::Sha256);
    digest.add(bytes);
    return digest.result();
}

} // namespace kenshu
