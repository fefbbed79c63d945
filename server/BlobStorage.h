#pragma once

#include "Expected.h"

#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace kenshu::server {

class ServerDatabase;

// Content-addressed blobs under <data>/blobs/ab/cdef… (SHA-256 of the content), listed in the
// blobs table once verified. Uploads in progress live in <data>/uploads. Several servers may
// share the data directory: files only ever appear by an atomic rename.
class BlobStorage final
{
public:
    BlobStorage(const ServerDatabase& database, QString dataDir);

    QString uploadDirectory() const;
    QString blobPath(const QString& sha256) const;
    // The stored blob's size, if it is there.
    std::optional<qint64> blobSize(const QString& sha256) const;
    // Moves a verified file into place and lists it (a blob stored already is kept).
    Status adopt(const QString& verifiedFile, const QString& sha256, qint64 size,
                 const QString& kind) const;

private:
    const ServerDatabase& m_database;
    QString m_dataDir;
};

// A lower-case 64-digit hex SHA-256.
bool isSha256Hex(const QString& text);

} // namespace kenshu::server
