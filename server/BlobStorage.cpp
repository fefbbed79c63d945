#include "BlobStorage.h"

#include "ServerDatabase.h"
#include "UtcTimestamp.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <cstdio>

namespace kenshu::server {

using namespace Qt::Literals::StringLiterals;

BlobStorage::BlobStorage(const ServerDatabase& database, QString dataDir)
    : m_database(database), m_dataDir(std::move(dataDir))
{
    QDir().mkpath(uploadDirectory());
}

QString BlobStorage::uploadDirectory() const
{
    return QDir(m_dataDir).filePath(u"uploads"_s);
}

QString BlobStorage::blobPath(const QString& sha256) const
{
    return QDir(m_dataDir).filePath(u"blobs/"_s + sha256.left(2) + u'/' + sha256.mid(2));
}

std::optional<qint64> BlobStorage::blobSize(const QString& sha256) const
{
    Expected<QSqlDatabase> db = m_database.connection();
    if (!db)
        return std::nullopt;
    Expected<QSqlQuery> query =
        runQuery(*db, u"SELECT size FROM blobs WHERE sha256 = ?"_s, {sha256});
    if (!query || !query->next())
        return std::nullopt;
    return query->value(0).toLongLong();
}

Status BlobStorage::adopt(const QString& verifiedFile, const QString& sha256, qint64 size,
                          const QString& kind) const
{
    const QString target = blobPath(sha256);
    QDir().mkpath(QFileInfo(target).absolutePath());
    if (QFile::exists(target)) {
        QFile::remove(verifiedFile);
    } else if (std::rename(QFile::encodeName(verifiedFile).constData(),
                           QFile::encodeName(target).constData()) != 0) {
        // rename(2) replaces atomically if another server stored the same blob meanwhile;
        // QFile::rename would refuse to.
        return Error{
            QCoreApplication::translate("BlobStorage", "Cannot store the blob %1.").arg(sha256)};
    }
    Expected<Transaction> transaction = Transaction::begin(m_database, Transaction::Kind::Write);
    if (!transaction)
        return transaction.error();
    Expected<QSqlQuery> insert =
        runQuery(transaction->db(),
                 u"INSERT INTO blobs (sha256, size, content_kind, created_at) VALUES (?, ?, ?, ?) "
                 "ON CONFLICT (sha256) DO NOTHING"_s,
                 {sha256, size, kind, formatUtcTimestamp(QDateTime::currentDateTimeUtc())});
    if (!insert)
        return insert.error();
    return transaction->commit();
}

bool isSha256Hex(const QString& text)
{
    static const QRegularExpression pattern(u"^[0-9a-f]{64}$"_s);
    return pattern.match(text).hasMatch();
}

} // namespace kenshu::server
