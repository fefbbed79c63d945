#include "BlobStore.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;

constexpr qint64 kChunkSize = 1 << 20;

} // namespace

BlobStore::BlobStore(QString dataDir) : m_root(QDir(dataDir).filePath(u"blobs"_s)) {}

QString BlobStore::pathFor(const QString& sha256) const
{
    return QDir(m_root).filePath(sha256.left(2) + u'/' + sha256.mid(2));
}

bool BlobStore::contains(const QString& sha256) const
{
    return QFile::exists(pathFor(sha256));
}

Expected<StoredBlob> BlobStore::ingest(const QString& sourcePath) const
{
    QFile source(sourcePath);
    if (!source.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("BlobStore", "Cannot read %1: %2")
                         .arg(QDir::toNativeSeparators(sourcePath), source.errorString())};
    return ingestFrom(source, QDir::toNativeSeparators(sourcePath));
}

Expected<StoredBlob> BlobStore::ingestData(const QByteArray& content) const
{
    QBuffer source;
    source.setData(content);
    source.open(QIODevice::ReadOnly);
    return ingestFrom(source, QCoreApplication::translate("BlobStore", "the new file"));
}

Expected<StoredBlob> BlobStore::ingestFrom(QIODevice& source, const QString& sourceName) const
{
    if (!QDir().mkpath(m_root))
        return Error{QCoreApplication::translate("BlobStore", "Cannot create %1.")
                         .arg(QDir::toNativeSeparators(m_root))};

    QTemporaryFile temporary(QDir(m_root).filePath(u"incoming-XXXXXX"_s));
    if (!temporary.open())
        return Error{QCoreApplication::translate("BlobStore", "Cannot write to the data folder: %1")
                         .arg(temporary.errorString())};

    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer;
    qint64 size = 0;
    while (!source.atEnd()) {
        buffer = source.read(kChunkSize);
        if (buffer.isEmpty()) // not at the end, yet nothing came: a read error
            return Error{QCoreApplication::translate("BlobStore", "Cannot read %1: %2")
                             .arg(sourceName, source.errorString())};
        hash.addData(buffer);
        if (temporary.write(buffer) != buffer.size()) {
            return Error{QCoreApplication::translate(
                             "BlobStore", "Cannot write to the data folder (is the disk full?): %1")
                             .arg(temporary.errorString())};
        }
        size += buffer.size();
    }
    if (!temporary.flush())
        return Error{QCoreApplication::translate(
                         "BlobStore", "Cannot write to the data folder (is the disk full?): %1")
                         .arg(temporary.errorString())};

    StoredBlob blob;
    blob.sha256 = QString::fromLatin1(hash.result().toHex());
    blob.size = size;
    const QString target = pathFor(blob.sha256);
    if (QFile::exists(target))
        return blob; // same content already stored; the temporary file removes itself

    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return Error{
            QCoreApplication::translate("BlobStore", "Cannot create a folder in the data folder.")};
    temporary.setAutoRemove(false);
    temporary.close();
    if (!QFile::rename(temporary.fileName(), target)) {
        QFile::remove(temporary.fileName());
        // Another import may have stored the same content at the same moment.
        if (QFile::exists(target))
            return blob;
        return Error{QCoreApplication::translate("BlobStore", "Cannot store %1 in the data folder.")
                         .arg(sourceName)};
    }
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::ReadUser);
    blob.newlyWritten = true;
    return blob;
}

Status BlobStore::adopt(const QString& file, const QString& sha256) const
{
    const QString target = pathFor(sha256);
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return Error{
            QCoreApplication::translate("BlobStore", "Cannot create a folder in the data folder.")};
    if (QFile::exists(target)) {
        QFile::remove(file);
        return {};
    }
    if (!QFile::rename(file, target)) {
        if (QFile::exists(target)) {
            QFile::remove(file);
            return {};
        }
        return Error{QCoreApplication::translate("BlobStore", "Cannot store %1 in the data folder.")
                         .arg(QFileInfo(file).fileName())};
    }
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::ReadUser);
    return {};
}

void BlobStore::discard(const QString& sha256) const
{
    const QString path = pathFor(sha256);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QFile::remove(path);
}

} // namespace kenshu
