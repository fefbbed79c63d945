#include "BlobStore.h"
#include "QtPrinters.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace kenshu;

namespace {

class Models_BlobStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_data.isValid());
        ASSERT_TRUE(m_sources.isValid());
    }

    QString writeSource(const QString& name, const QByteArray& content)
    {
        const QString path = QDir(m_sources.path()).filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        EXPECT_EQ(file.write(content), content.size());
        return path;
    }

    // Every file under <data>/blobs, relative, sorted (temporary files included).
    QStringList blobFiles() const
    {
        const QDir root(QDir(m_data.path()).filePath(u"blobs"_s));
        QStringList files;
        QDirIterator it(root.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(root.relativeFilePath(it.next()));
        files.sort();
        return files;
    }

    static QString sha256Hex(const QByteArray& content)
    {
        return QString::fromLatin1(
            QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    }

    static QByteArray readAll(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QTemporaryDir m_data;
    QTemporaryDir m_sources;
};

} // namespace

TEST_F(Models_BlobStoreTest, IngestStoresTheContentUnderItsSha256)
{
    const BlobStore blobs(m_data.path());
    const QByteArray content("DICM and some bytes\n\0\x01\x02", 23);
    const QString source = writeSource(u"a.dcm"_s, content);

    const Expected<StoredBlob> stored = blobs.ingest(source);
    ASSERT_TRUE(stored.hasValue()) << stored.error().message.toStdString();
    const QString expectedSha = sha256Hex(content);
    EXPECT_EQ(stored->sha256, expectedSha);
    EXPECT_EQ(stored->size, content.size());
    EXPECT_TRUE(stored->newlyWritten);

    const QString path = blobs.pathFor(expectedSha);
    EXPECT_EQ(QDir::cleanPath(path),
              QDir::cleanPath(
                  QDir(m_data.path())
                      .filePath(u"blobs/"_s + expectedSha.left(2) + u'/' + expectedSha.mid(2))));
    EXPECT_TRUE(blobs.contains(expectedSha));
    EXPECT_EQ(readAll(path), content);
    EXPECT_EQ(blobFiles(), QStringList{expectedSha.left(2) + u'/' + expectedSha.mid(2)});
    // A stored blob is never modified in place.
    EXPECT_FALSE(QFileInfo(path).permissions() & QFileDevice::WriteOwner);
    // The source stays where it was.
    EXPECT_EQ(readAll(source), content);
}

TEST_F(Models_BlobStoreTest, LargeContentIsHashedAcrossChunks)
{
    const BlobStore blobs(m_data.path());
    QByteArray content;
    content.reserve(2'500'000);
    for (int i = 0; content.size() < 2'500'000; ++i)
        content.append(char(i * 7 % 251));
    const QString source = writeSource(u"big.bin"_s, content);

    const Expected<StoredBlob> stored = blobs.ingest(source);
    ASSERT_TRUE(stored.hasValue()) << stored.error().message.toStdString();
    EXPECT_EQ(stored->sha256, sha256Hex(content));
    EXPECT_EQ(stored->size, content.size());
    EXPECT_EQ(readAll(blobs.pathFor(stored->sha256)), content);
}

TEST_F(Models_BlobStoreTest, SameContentTwiceIsStoredOnce)
{
    const BlobStore blobs(m_data.path());
    const QByteArray content("same bytes");
    const QString first = writeSource(u"first"_s, content);
    const QString second = writeSource(u"second"_s, content);
    const QString other = writeSource(u"other"_s, QByteArray("other bytes"));

    const Expected<StoredBlob> a = blobs.ingest(first);
    const Expected<StoredBlob> b = blobs.ingest(second);
    const Expected<StoredBlob> c = blobs.ingest(other);
    ASSERT_TRUE(a.hasValue() && b.hasValue() && c.hasValue());
    EXPECT_TRUE(a->newlyWritten);
    EXPECT_FALSE(b->newlyWritten);
    EXPECT_TRUE(c->newlyWritten);
    EXPECT_EQ(a->sha256, b->sha256);
    EXPECT_NE(a->sha256, c->sha256);
    EXPECT_EQ(b->size, content.size());

    // Exactly two files, no temporary leftovers.
    const QStringList files = blobFiles();
    ASSERT_EQ(files.size(), 2) << files.join(u", "_s).toStdString();
    EXPECT_TRUE(files.contains(a->sha256.left(2) + u'/' + a->sha256.mid(2)));
    EXPECT_TRUE(files.contains(c->sha256.left(2) + u'/' + c->sha256.mid(2)));

    // Another BlobStore on the same folder sees the same content.
    const BlobStore again(m_data.path());
    const Expected<StoredBlob> d = again.ingest(first);
    ASSERT_TRUE(d.hasValue());
    EXPECT_FALSE(d->newlyWritten);
    EXPECT_EQ(blobFiles().size(), 2);
}

TEST_F(Models_BlobStoreTest, EmptyFileIsABlobToo)
{
    const BlobStore blobs(m_data.path());
    const Expected<StoredBlob> stored = blobs.ingest(writeSource(u"empty"_s, {}));
    ASSERT_TRUE(stored.hasValue());
    EXPECT_EQ(stored->sha256, sha256Hex({}));
    EXPECT_EQ(stored->size, 0);
    EXPECT_TRUE(blobs.contains(stored->sha256));
}

TEST_F(Models_BlobStoreTest, DiscardRemovesTheBlob)
{
    const BlobStore blobs(m_data.path());
    const Expected<StoredBlob> kept = blobs.ingest(writeSource(u"kept"_s, "kept"));
    const Expected<StoredBlob> dropped = blobs.ingest(writeSource(u"dropped"_s, "dropped"));
    ASSERT_TRUE(kept.hasValue() && dropped.hasValue());

    blobs.discard(dropped->sha256);
    EXPECT_FALSE(blobs.contains(dropped->sha256));
    EXPECT_FALSE(QFile::exists(blobs.pathFor(dropped->sha256)));
    EXPECT_TRUE(blobs.contains(kept->sha256));
    EXPECT_EQ(blobFiles(), QStringList{kept->sha256.left(2) + u'/' + kept->sha256.mid(2)});

    // After a discard the same content is written again.
    const Expected<StoredBlob> again = blobs.ingest(writeSource(u"again"_s, "dropped"));
    ASSERT_TRUE(again.hasValue());
    EXPECT_TRUE(again->newlyWritten);
    EXPECT_EQ(readAll(blobs.pathFor(again->sha256)), QByteArray("dropped"));
}

TEST_F(Models_BlobStoreTest, MissingSourceIsAnErrorAndWritesNothing)
{
    const BlobStore blobs(m_data.path());
    const QString missing = QDir(m_sources.path()).filePath(u"does-not-exist.dcm"_s);
    const Expected<StoredBlob> stored = blobs.ingest(missing);
    ASSERT_FALSE(stored.hasValue());
    EXPECT_TRUE(stored.error().message.contains(u"does-not-exist.dcm"_s))
        << stored.error().message.toStdString();
    EXPECT_TRUE(blobFiles().isEmpty());
}

TEST_F(Models_BlobStoreTest, ContentMadeInMemoryIsStoredLikeAFile)
{
    const QByteArray png("\x89PNG\r\n\x1a\n-snapshot-", 18);
    const BlobStore store(m_data.path());
    const Expected<StoredBlob> fromMemory = store.ingestData(png);
    ASSERT_TRUE(fromMemory) << fromMemory.error().message.toStdString();
    EXPECT_EQ(
        fromMemory->sha256,
        QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex()));
    EXPECT_EQ(fromMemory->size, png.size());
    QFile stored(store.pathFor(fromMemory->sha256));
    ASSERT_TRUE(stored.open(QIODevice::ReadOnly));
    EXPECT_EQ(stored.readAll(), png);
    const Expected<StoredBlob> fromFile = store.ingest(writeSource(u"same.png"_s, png));
    ASSERT_TRUE(fromFile);
    EXPECT_EQ(fromFile->sha256, fromMemory->sha256);
    EXPECT_FALSE(fromFile->newlyWritten);
}
