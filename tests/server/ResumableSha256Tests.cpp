// ResumableSha256: a whole-file hash saved after any number of bytes and restored gives the
// same digest as hashing in one go; malformed states are refused.
#include "Crypto.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <gtest/gtest.h>

using kenshu::server::ResumableSha256;

namespace {

QByteArray noise(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (char& byte : bytes)
        byte = static_cast<char>(QRandomGenerator::global()->bounded(256));
    return bytes;
}

QByteArray sha256(const QByteArray& bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

} // namespace

TEST(Server_ResumableSha256Test, RestoredStateGoesOnFromAnySplit)
{
    const QByteArray data = noise(1000);
    for (const qsizetype split : {0, 1, 55, 56, 63, 64, 65, 127, 128, 129, 500, 999, 1000}) {
        ResumableSha256 first;
        first.add(data.constData(), static_cast<std::size_t>(split));
        const QByteArray state = first.state();
        EXPECT_EQ(state.size(), 41 + split % 64) << split;
        std::optional<ResumableSha256> restored = ResumableSha256::fromState(state);
        ASSERT_TRUE(restored) << split;
        EXPECT_EQ(restored->size(), split);
        EXPECT_EQ(restored->state(), state);
        restored->add(data.constData() + split, static_cast<std::size_t>(data.size() - split));
        EXPECT_EQ(restored->result(), sha256(data)) << split;
        EXPECT_EQ(restored->size(), data.size());
    }
}

TEST(Server_ResumableSha256Test, ManyRoundTripsAndResultKeepTheStateUsable)
{
    const QByteArray data = noise(4096 + 17);
    ResumableSha256 digest;
    qsizetype done = 0;
    for (qsizetype step = 1; done < data.size(); step = step * 3 % 97 + 1) {
        const qsizetype size = std::min(step, data.size() - done);
        digest.add(data.constData() + done, static_cast<std::size_t>(size));
        done += size;
        EXPECT_EQ(digest.result(), sha256(data.left(done)));
        std::optional<ResumableSha256> restored = ResumableSha256::fromState(digest.state());
        ASSERT_TRUE(restored);
        digest = std::move(*restored);
    }
    EXPECT_EQ(digest.result(), sha256(data));
}

TEST(Server_ResumableSha256Test, CountsPastFourGibibits)
{
    // 5 * 10^9 bytes: the bit count needs both of OpenSSL's 32-bit halves.
    ResumableSha256 digest;
    QByteArray state = digest.state();
    const quint64 bytes = 5'000'000'000ULL - 5'000'000'000ULL % 64;
    for (int i = 0; i < 8; ++i)
        state[33 + i] = static_cast<char>((bytes >> (56 - 8 * i)) & 0xff);
    std::optional<ResumableSha256> restored = ResumableSha256::fromState(state);
    ASSERT_TRUE(restored);
    EXPECT_EQ(restored->size(), static_cast<qint64>(bytes));
    EXPECT_EQ(restored->state(), state);
}

TEST(Server_ResumableSha256Test, MalformedStatesAreRefused)
{
    ResumableSha256 digest;
    const QByteArray data = noise(70);
    digest.add(data.constData(), static_cast<std::size_t>(data.size()));
    const QByteArray state = digest.state(); // 41 + 6 bytes
    ASSERT_TRUE(ResumableSha256::fromState(state));
    EXPECT_FALSE(ResumableSha256::fromState({}));
    EXPECT_FALSE(ResumableSha256::fromState(state.left(40)));
    EXPECT_FALSE(ResumableSha256::fromState(state.chopped(1)));
    EXPECT_FALSE(ResumableSha256::fromState(state + 'x'));
    QByteArray otherVersion = state;
    otherVersion[0] = 2;
    EXPECT_FALSE(ResumableSha256::fromState(otherVersion));
}
