// The pieces under a tus PATCH: the two-thread file writer, and the unsynced transaction that
// moves an upload's offset without leaving the connection unsynced for other writes.
#include "BodyReader.h"
#include "ServerDatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace kenshu;
using namespace kenshu::server;

namespace {

QByteArray noise(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(bytes.data()), size / 4);
    return bytes;
}

} // namespace

TEST(Server_PipelinedFileWriterTest, WritesAndConsumesEveryByteInOrderFromTheOffset)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"part"_s));
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    const QByteArray before("0123456789");
    ASSERT_EQ(file.write(before), before.size());
    ASSERT_TRUE(file.flush());

    // 3.5 MiB in pieces of odd sizes: full buffers are handed over, the rest at finish().
    const QByteArray data = noise((7 << 20) / 2);
    QCryptographicHash consumed(QCryptographicHash::Sha256);
    {
        PipelinedFileWriter writer(
            file.handle(), before.size(), [&consumed](const char* bytes, std::size_t size) {
                consumed.addData(QByteArrayView(bytes, static_cast<qsizetype>(size)));
            });
        qsizetype done = 0;
        for (qsizetype piece = 1; done < data.size(); piece = piece * 7 % 100003 + 1) {
            const qsizetype size = std::min(piece, data.size() - done);
            ASSERT_TRUE(writer.write(data.constData() + done, static_cast<std::size_t>(size)));
            done += size;
        }
        ASSERT_TRUE(writer.sync());
    }
    EXPECT_EQ(consumed.result(), QCryptographicHash::hash(data, QCryptographicHash::Sha256));
    file.close();
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), before + data);
}

TEST(Server_PipelinedFileWriterTest, AFailedWriteIsReported)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"part"_s));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)); // pwrite fails with EBADF
    const QByteArray data = noise(3 << 20);
    PipelinedFileWriter writer(file.handle(), 0, [](const char*, std::size_t) {});
    bool accepted = true;
    for (qsizetype done = 0; done < data.size() && accepted; done += 4096)
        accepted = writer.write(data.constData() + done, 4096);
    EXPECT_FALSE(accepted && writer.finish());
    EXPECT_FALSE(writer.finish());
}

TEST(Server_TransactionTest, AnUnsyncedWriteLeavesTheNextWriteSynced)
{
    QTemporaryDir dir;
    const Expected<DatabaseConfig> config = DatabaseConfig::fromOptions(dir.path(), {});
    ASSERT_TRUE(config);
    ServerDatabase database(*config);
    ASSERT_TRUE(database.migrate());
    const auto level = [](Transaction& transaction) {
        Expected<QSqlQuery> query = runQuery(transaction.db(), u"PRAGMA synchronous"_s);
        return query && query->next() ? query->value(0).toInt() : -1;
    };
    {
        Expected<Transaction> unsynced =
            Transaction::begin(database, Transaction::Kind::UnsyncedWrite);
        ASSERT_TRUE(unsynced);
        EXPECT_EQ(level(*unsynced), 1); // NORMAL
        ASSERT_TRUE(unsynced->commit());
    }
    for (const Transaction::Kind kind :
         {Transaction::Kind::Write, Transaction::Kind::RecordWrite}) {
        {
            Expected<Transaction> unsynced =
                Transaction::begin(database, Transaction::Kind::UnsyncedWrite);
            ASSERT_TRUE(unsynced); // rolled back, not committed
        }
        Expected<Transaction> synced = Transaction::begin(database, kind);
        ASSERT_TRUE(synced);
        EXPECT_EQ(level(*synced), 2); // FULL
        ASSERT_TRUE(synced->commit());
    }
}
