// ResumableSha256 needs SHA256_CTX's chaining words, which OpenSSL 3 exposes only through
// the (deprecated, still exported) low-level SHA256_* functions; EVP contexts are opaque.
// Defined before any OpenSSL header (Crypto.h includes one).
#define OPENSSL_SUPPRESS_DEPRECATED
#include "Crypto.h"

#include <cstring>
#include <openssl/crypto.h>
#include <openssl/rand.h>
#include <openssl/sha.h>

namespace kenshu::server {

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
    return QString::fromLatin1(Digest::sha256(bytes).toHex());
}

bool equalInConstantTime(const QByteArray& a, const QByteArray& b)
{
    return a.size() == b.size() &&
           CRYPTO_memcmp(a.constData(), b.constData(), static_cast<std::size_t>(a.size())) == 0;
}

namespace {

constexpr char kStateVersion = 1;
constexpr qsizetype kBlock = SHA256_CBLOCK; // 64
constexpr qsizetype kFixedStateSize = 1 + 8 * 4 + 8;

void appendBigEndian(QByteArray& out, quint64 value, int bytes)
{
    for (int shift = (bytes - 1) * 8; shift >= 0; shift -= 8)
        out.append(static_cast<char>((value >> shift) & 0xff));
}

quint64 readBigEndian(const char* in, int bytes)
{
    quint64 value = 0;
    for (int i = 0; i < bytes; ++i)
        value = (value << 8) | static_cast<unsigned char>(in[i]);
    return value;
}

} // namespace

ResumableSha256::ResumableSha256() : m_ctx()
{
    SHA256_Init(&m_ctx);
}

void ResumableSha256::add(const char* data, std::size_t size)
{
    SHA256_Update(&m_ctx, data, size);
}

qint64 ResumableSha256::size() const
{
    // Nh:Nl counts bits.
    const SHA256_CTX& ctx = m_ctx;
    return static_cast<qint64>(((quint64(ctx.Nh) << 32) | ctx.Nl) >> 3);
}

QByteArray ResumableSha256::result() const
{
    SHA256_CTX copy = m_ctx;
    unsigned char out[SHA256_DIGEST_LENGTH];
    SHA256_Final(out, &copy);
    return QByteArray(reinterpret_cast<const char*>(out), SHA256_DIGEST_LENGTH);
}

QByteArray ResumableSha256::state() const
{
    const SHA256_CTX& ctx = m_ctx;
    QByteArray out;
    out.reserve(kFixedStateSize + kBlock);
    out.append(kStateVersion);
    for (const SHA_LONG word : ctx.h)
        appendBigEndian(out, word, 4);
    appendBigEndian(out, static_cast<quint64>(size()), 8);
    // The unfinished block is kept in `data` as the message bytes themselves.
    out.append(reinterpret_cast<const char*>(ctx.data), static_cast<qsizetype>(ctx.num));
    return out;
}

std::optional<ResumableSha256> ResumableSha256::fromState(const QByteArray& state)
{
    if (state.size() < kFixedStateSize || state.at(0) != kStateVersion)
        return std::nullopt;
    const char* in = state.constData() + 1;
    const quint64 bytes = readBigEndian(in + 8 * 4, 8);
    const auto pending = static_cast<qsizetype>(bytes % kBlock);
    if (bytes > (quint64(1) << 60) || state.size() != kFixedStateSize + pending)
        return std::nullopt;
    ResumableSha256 digest;
    SHA256_CTX& ctx = digest.m_ctx;
    for (int i = 0; i < 8; ++i)
        ctx.h[i] = static_cast<SHA_LONG>(readBigEndian(in + 4 * i, 4));
    const quint64 bits = bytes << 3;
    ctx.Nl = static_cast<SHA_LONG>(bits & 0xffffffffu);
    ctx.Nh = static_cast<SHA_LONG>(bits >> 32);
    std::memcpy(ctx.data, state.constData() + kFixedStateSize, static_cast<std::size_t>(pending));
    ctx.num = static_cast<unsigned int>(pending);
    return digest;
}

} // namespace kenshu::server
