#pragma once

#include "Expected.h"

#include <QByteArray>
#include <QString>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace kenshu {

// A file copied into the data folder under the SHA-256 of its content.
struct StoredBlob
{
    QString sha256;
    qint64 size = 0;
    bool newlyWritten = false; // false when identical content was already stored
};

// Content-addressed files under <data>/blobs/ab/cdef... . Files are written to a temporary
// name and renamed into place, so a blob path always holds complete content.
class BlobStore final
{
public:
    explicit BlobStore(QString dataDir);

    QString pathFor(const QString& sha256) const;
    bool contains(const QString& sha256) const;

    // Copies `sourcePath` in while hashing it (one read of the source).
    Expected<StoredBlob> ingest(const QString& sourcePath) const;
    // Stores content made in memory (a PNG snapshot for a comment).
    Expected<StoredBlob> ingestData(const QByteArray& content) const;
    // Moves `file` (in the data folder, checked to hold content with that hash) into place, as
    // the blob `sha256`. A blob already stored is kept and `file` removed.
    Status adopt(const QString& file, const QString& sha256) const;
    // Removes a blob that this process wrote but did not commit to the store.
    void discard(const QString& sha256) const;

private:
    Expected<StoredBlob> ingestFrom(QIODevice& source, const QString& sourceName) const;

    QString m_root;
};

} // namespace kenshu
