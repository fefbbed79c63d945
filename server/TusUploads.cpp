#include "TusUploads.h"

#include "BlobStorage.h"
#include "BodyReader.h"
#include "ContentSniffer.h"
#include "HttpReplies.h"
#include "ServerDatabase.h"
#include "UtcTimestamp.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QUuid>
#include <cstdio>
#include <sys/file.h>
#include <unistd.h>

namespace kenshu::server {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr auto kTusVersion = "1.0.0";
constexpr int kChecksumMismatch = 460; // tus checksum extension
constexpr int kLocked = 423;

QString translate(const char* text)
{
    return QCoreApplication::translate("TusUploads", text);
}

void sendError(httplib::Response& response, int status, const QString& code, const QString& message)
{
    sendReply(response, errorReply(status, code, message));
    response.set_header("Tus-Resumable", kTusVersion);
}

std::optional<qint64> headerNumber(const httplib::Request& request, const char* name)
{
    if (!request.has_header(name))
        return std::nullopt;
    bool ok = false;
    const qint64 value = QByteArray::fromStdString(request.get_header_value(name)).toLongLong(&ok);
    return ok && value >= 0 ? std::optional<qint64>(value) : std::nullopt;
}

// Upload-Metadata: "key base64value,key2 base64value2" -> the decoded value of `key`.
QString metadataValue(const std::string& metadata, const QString& key)
{
    for (const QByteArray& pair : QByteArray::fromStdString(metadata).split(',')) {
        const QList<QByteArray> parts = pair.trimmed().split(' ');
        if (!parts.isEmpty() && QString::fromLatin1(parts[0]) == key)
            return parts.size() > 1 ? QString::fromUtf8(QByteArray::fromBase64(parts[1]))
                                    : QString();
    }
    return {};
}

bool tusVersionAccepted(const httplib::Request& request, httplib::Response& response)
{
    if (request.get_header_value("Tus-Resumable") == kTusVersion)
        return true;
    response.set_header("Tus-Version", kTusVersion);
    sendError(response, 412, u"tus_version"_s, translate("Only tus 1.0.0 is supported."));
    return false;
}

// Locks the upload file against a second PATCH (from this or another server on the same
// data directory); released when the file closes, also if the process dies.
bool lockExclusively(QFile& file)
{
    return ::flock(file.handle(), LOCK_EX | LOCK_NB) == 0;
}

QByteArray readHead(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(kSniffBytes) : QByteArray();
}

} // namespace

QString bootIdentity()
{
    if (const QByteArray test = qgetenv("KENSHU_SERVER_TEST_BOOT_ID"); !test.isEmpty())
        return QString::fromUtf8(test);
    QFile file(u"/proc/sys/kernel/random/boot_id"_s);
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray id = file.readAll().trimmed();
        if (!id.isEmpty())
            return QString::fromLatin1(id);
    }
    return u"process-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

struct TusUploads::Upload
{
    QString id;
    qint64 length = 0;
    qint64 offset = 0;
    QString sha256;
    QString path;
    QString hashState; // base64 of ResumableSha256::state() at `offset`
    QString hashBoot;  // the boot that wrote the bytes it covers
};

TusUploads::TusUploads(const ServerDatabase& database, const BlobStorage& blobs, qint64 maxSize,
                       QString bootId)
    : m_database(database), m_blobs(blobs), m_maxSize(maxSize), m_bootId(std::move(bootId))
{
}

void TusUploads::options(httplib::Response& response) const
{
    response.status = 204;
    response.set_header("Tus-Resumable", kTusVersion);
    response.set_header("Tus-Version", kTusVersion);
    response.set_header("Tus-Extension", "creation,checksum,termination");
    response.set_header("Tus-Checksum-Algorithm", "sha1,sha256");
    response.set_header("Tus-Max-Size", std::to_string(m_maxSize));
}

void TusUploads::create(const QString& memberId, const httplib::Request& request,
                        httplib::Response& response) const
{
    if (!tusVersionAccepted(request, response))
        return;
    const std::optional<qint64> length = headerNumber(request, "Upload-Length");
    if (!length)
        return sendError(response, 400, u"upload_length"_s,
                         translate("Upload-Length is required (Upload-Defer-Length is not "
                                   "supported)."));
    if (*length > m_maxSize)
        return sendError(
            response, 413, u"too_large"_s,
            translate("The file is larger than this server accepts (%1 bytes).").arg(m_maxSize));
    const std::string metadata = request.get_header_value("Upload-Metadata");
    const QString sha256 = metadataValue(metadata, u"sha256"_s).toLower();
    if (!isSha256Hex(sha256))
        return sendError(response, 400, u"sha256_metadata"_s,
                         translate("Upload-Metadata must carry the file's SHA-256 (key sha256, "
                                   "64 hex digits)."));
    const QString id = QUuid::createUuid().toString(QUuid::Id128);
    QFile part(QDir(m_blobs.uploadDirectory()).filePath(id + u".part"_s));
    if (!part.open(QIODevice::WriteOnly))
        return sendError(response, 500, u"server_error"_s, translate("Cannot store uploads."));
    part.close();
    Expected<Transaction> transaction = Transaction::begin(m_database, Transaction::Kind::Write);
    Expected<QSqlQuery> insert =
        transaction
            ? runQuery(transaction->db(),
                       u"INSERT INTO uploads (id, member_id, length, upload_offset, sha256, "
                       "metadata, created_at) VALUES (?, ?, ?, 0, ?, ?, ?)"_s,
                       {id, memberId, *length, sha256, QString::fromStdString(metadata),
                        formatUtcTimestamp(QDateTime::currentDateTimeUtc())})
            : Expected<QSqlQuery>(transaction.error());
    if (!insert || !transaction->commit()) {
        part.remove();
        return sendError(response, 500, u"server_error"_s, translate("Cannot store uploads."));
    }
    response.status = 201;
    response.set_header("Location", "/api/v1/uploads/" + id.toStdString());
    response.set_header("Tus-Resumable", kTusVersion);
}

void TusUploads::head(const QString& memberId, const QString& uploadId,
                      httplib::Response& response) const
{
    Expected<QSqlDatabase> db = m_database.connection();
    Expected<QSqlQuery> query =
        db ? runQuery(*db,
                      u"SELECT length, upload_offset FROM uploads WHERE id = ? AND member_id = ?"_s,
                      {uploadId, memberId})
           : Expected<QSqlQuery>(db.error());
    response.set_header("Tus-Resumable", kTusVersion);
    response.set_header("Cache-Control", "no-store");
    if (!query || !query->next()) {
        response.status = 404;
        return;
    }
    response.status = 200;
    response.set_header("Upload-Length", query->value(0).toString().toStdString());
    response.set_header("Upload-Offset", query->value(1).toString().toStdString());
}

void TusUploads::patch(const QString& memberId, const QString& uploadId,
                       const httplib::Request& request, httplib::Response& response,
                       const httplib::ContentReader& reader) const
{
    if (!tusVersionAccepted(request, response))
        return;
    if (request.get_header_value("Content-Type") != "application/offset+octet-stream")
        return sendError(response, 415, u"content_type"_s,
                         translate("A PATCH carries application/offset+octet-stream."));
    const std::optional<qint64> claimedOffset = headerNumber(request, "Upload-Offset");
    if (!claimedOffset)
        return sendError(response, 400, u"upload_offset"_s, translate("Upload-Offset is missing."));

    // Upload-Checksum: "<algorithm> <base64 digest>" of this chunk.
    std::optional<Digest> chunkDigest;
    QByteArray expectedChunkDigest;
    if (request.has_header("Upload-Checksum")) {
        const QList<QByteArray> parts =
            QByteArray::fromStdString(request.get_header_value("Upload-Checksum")).split(' ');
        if (parts.size() != 2 || (parts[0] != "sha1" && parts[0] != "sha256"))
            return sendError(response, 400, u"checksum_algorithm"_s,
                             translate("Upload-Checksum must use sha1 or sha256."));
        chunkDigest.emplace(parts[0] == "sha1" ? Digest::Algorithm::Sha1
                                               : Digest::Algorithm::Sha256);
        expectedChunkDigest = QByteArray::fromBase64(parts[1]);
    }

    const auto readUpload = [&]() -> std::optional<Upload> {
        Expected<QSqlDatabase> db = m_database.connection();
        Expected<QSqlQuery> query =
            db ? runQuery(*db,
                          u"SELECT length, upload_offset, sha256, hash_state, hash_boot "
                          "FROM uploads WHERE id = ? AND member_id = ?"_s,
                          {uploadId, memberId})
               : Expected<QSqlQuery>(db.error());
        if (!query || !query->next())
            return std::nullopt;
        return Upload{uploadId,
                      query->value(0).toLongLong(),
                      query->value(1).toLongLong(),
                      query->value(2).toString(),
                      QDir(m_blobs.uploadDirectory()).filePath(uploadId + u".part"_s),
                      query->value(3).toString(),
                      query->value(4).toString()};
    };
    if (!readUpload())
        return sendError(response, 404, u"not_found"_s, translate("There is no such upload."));

    QFile part(QDir(m_blobs.uploadDirectory()).filePath(uploadId + u".part"_s));
    if (!part.open(QIODevice::ReadWrite))
        return sendError(response, 404, u"not_found"_s, translate("There is no such upload."));
    if (!lockExclusively(part))
        return sendError(response, kLocked, u"upload_busy"_s,
                         translate("Another request is writing to this upload."));
    // Read again under the lock: another server may have appended a chunk (or finished or
    // terminated the upload) since.
    const std::optional<Upload> current = readUpload();
    if (!current) {
        part.remove(); // opening it made it again
        return sendError(response, 404, u"not_found"_s, translate("There is no such upload."));
    }
    const Upload& upload = *current;
    if (*claimedOffset != upload.offset) {
        response.set_header("Upload-Offset", std::to_string(upload.offset));
        return sendError(
            response, 409, u"offset_mismatch"_s,
            translate("Upload-Offset does not match the server's offset %1.").arg(upload.offset));
    }
    if (part.size() < upload.offset) {
        part.close();
        remove(upload.id);
        return sendError(response, 404, u"upload_lost"_s,
                         translate("The server lost part of this upload; start it again."));
    }
    // Bytes past the stored offset are a chunk that was never confirmed: drop them.
    if (!part.resize(upload.offset))
        return sendError(response, 500, u"server_error"_s, translate("Cannot write the upload."));

    // Each byte is read once from the connection: this thread checks it against the chunk's
    // checksum while a second one adds it to the whole file's hash and writes it.
    ResumableSha256 whole = wholeFileDigest(upload);
    qint64 received = 0;
    bool written = false;
    BodyResult body = BodyResult::Aborted;
    {
        PipelinedFileWriter writer(
            part.handle(), upload.offset,
            [&whole](const char* data, std::size_t size) { whole.add(data, size); });
        body =
            streamBody(request, reader, static_cast<std::uint64_t>(upload.length - upload.offset),
                       [&](const char* data, std::size_t size) {
                           if (chunkDigest)
                               chunkDigest->add(data, size);
                           received += static_cast<qint64>(size);
                           return writer.write(data, size);
                       });
        // Also when the body broke off: nothing may still be writing when the file is cut.
        written = writer.finish();
    }
    const bool checksumOk = !chunkDigest || chunkDigest->result() == expectedChunkDigest;
    const qint64 offset = upload.offset + received;
    // Chunks are not synced one by one (that halves throughput); the whole file is synced
    // before it becomes a blob, and a file that lost acknowledged bytes in a power cut fails
    // the whole-file SHA-256 (it is hashed again from the disk after a reboot) or is found
    // short at the next PATCH.
    const bool stored = body == BodyResult::Complete && checksumOk && written &&
                        (offset < upload.length || ::fdatasync(part.handle()) == 0);
    if (!stored) {
        part.resize(upload.offset);
        if (body == BodyResult::TooLarge)
            return sendError(response, 413, u"too_large"_s,
                             translate("The chunk goes past the upload's length."));
        if (!checksumOk)
            return sendError(response, kChecksumMismatch, u"checksum_mismatch"_s,
                             translate("The chunk does not match its Upload-Checksum."));
        return sendError(response, 500, u"server_error"_s, translate("Cannot write the upload."));
    }

    // Refuse other content as soon as its first bytes are in.
    if (upload.offset < kSniffBytes && (offset >= kSniffBytes || offset == upload.length) &&
        contentKind(readHead(upload.path)).isEmpty()) {
        part.close();
        remove(upload.id);
        return sendError(response, 415, u"unsupported_content"_s,
                         translate("Only DICOM, PDF and PNG files are accepted."));
    }

    // Not synced: after a power cut the client finds an earlier offset with HEAD (or a 409)
    // and sends from there again; the hash state is in the same row and goes back with it.
    Expected<Transaction> transaction =
        Transaction::begin(m_database, Transaction::Kind::UnsyncedWrite);
    Expected<QSqlQuery> update =
        transaction
            ? runQuery(transaction->db(),
                       u"UPDATE uploads SET upload_offset = ?, hash_state = ?, hash_boot = ? "
                       "WHERE id = ?"_s,
                       {offset, QString::fromLatin1(whole.state().toBase64()), m_bootId, upload.id})
            : Expected<QSqlQuery>(transaction.error());
    if (!update || !transaction->commit()) {
        part.resize(upload.offset);
        return sendError(response, 500, u"server_error"_s, translate("Cannot write the upload."));
    }
    part.close();

    response.set_header("Upload-Offset", std::to_string(offset));
    if (offset == upload.length && !finish(upload, whole.result(), response))
        return;
    response.status = 204;
    response.set_header("Tus-Resumable", kTusVersion);
}

void TusUploads::terminate(const QString& memberId, const QString& uploadId,
                           httplib::Response& response) const
{
    Expected<QSqlDatabase> db = m_database.connection();
    Expected<QSqlQuery> query =
        db ? runQuery(*db, u"SELECT 1 FROM uploads WHERE id = ? AND member_id = ?"_s,
                      {uploadId, memberId})
           : Expected<QSqlQuery>(db.error());
    if (!query || !query->next())
        return sendError(response, 404, u"not_found"_s, translate("There is no such upload."));
    query->finish();
    remove(uploadId);
    response.status = 204;
    response.set_header("Tus-Resumable", kTusVersion);
}

void TusUploads::putBlob(const QString& sha256, const httplib::Request& request,
                         httplib::Response& response, const httplib::ContentReader& reader) const
{
    if (!isSha256Hex(sha256))
        return sendError(response, 400, u"sha256"_s, translate("Blobs are named by SHA-256."));
    QFile part(QDir(m_blobs.uploadDirectory())
                   .filePath(u"put-"_s + QUuid::createUuid().toString(QUuid::Id128)));
    if (!part.open(QIODevice::WriteOnly))
        return sendError(response, 500, u"server_error"_s, translate("Cannot store uploads."));
    Digest digest(Digest::Algorithm::Sha256);
    BufferedFileWriter writer(part);
    QByteArray head;
    qint64 size = 0;
    const BodyResult body =
        streamBody(request, reader, static_cast<std::uint64_t>(m_maxSize),
                   [&](const char* data, std::size_t length) {
                       if (head.size() < kSniffBytes)
                           head.append(data, static_cast<qsizetype>(std::min<std::size_t>(
                                                 length, kSniffBytes - head.size())));
                       digest.add(data, length);
                       size += static_cast<qint64>(length);
                       return writer.write(data, length);
                   });
    const bool written = body == BodyResult::Complete && writer.sync();
    part.close();
    const auto fail = [&](int status, const QString& code, const QString& message) {
        part.remove();
        sendError(response, status, code, message);
    };
    if (body == BodyResult::TooLarge)
        return fail(
            413, u"too_large"_s,
            translate("The file is larger than this server accepts (%1 bytes).").arg(m_maxSize));
    if (!written)
        return fail(500, u"server_error"_s, translate("Cannot write the upload."));
    if (QString::fromLatin1(digest.result().toHex()) != sha256)
        return fail(kChecksumMismatch, u"sha256_mismatch"_s,
                    translate("The content does not hash to the SHA-256 in the address."));
    const QString kind = contentKind(head);
    if (kind.isEmpty())
        return fail(415, u"unsupported_content"_s,
                    translate("Only DICOM, PDF and PNG files are accepted."));
    const bool existed = m_blobs.blobSize(sha256).has_value();
    if (!m_blobs.adopt(part.fileName(), sha256, size, kind))
        return fail(500, u"server_error"_s, translate("Cannot store the blob."));
    response.status = existed ? 200 : 201;
}

ResumableSha256 TusUploads::wholeFileDigest(const Upload& upload) const
{
    // Stored during this boot: the page cache still holds exactly the bytes it covers.
    if (!upload.hashBoot.isEmpty() && upload.hashBoot == m_bootId) {
        std::optional<ResumableSha256> saved =
            ResumableSha256::fromState(QByteArray::fromBase64(upload.hashState.toLatin1()));
        if (saved && saved->size() == upload.offset)
            return *saved;
    }
    // Written before a reboot (a power cut may have lost unsynced bytes), on another machine
    // or by an older server: hash what the file holds now.
    if (upload.offset > 0) {
        std::fprintf(stderr,
                     "kenshu-server: upload %s: hashing its first %lld bytes again from the disk "
                     "(no hash state from this boot)\n",
                     qPrintable(upload.id), static_cast<long long>(upload.offset));
        std::fflush(stderr);
    }
    ResumableSha256 digest;
    QFile file(upload.path);
    if (file.open(QIODevice::ReadOnly)) {
        QByteArray buffer(1 << 20, Qt::Uninitialized);
        qint64 remaining = upload.offset;
        while (remaining > 0) {
            const qint64 read =
                file.read(buffer.data(), std::min<qint64>(remaining, buffer.size()));
            if (read <= 0)
                break;
            digest.add(buffer.constData(), static_cast<std::size_t>(read));
            remaining -= read;
        }
    }
    return digest;
}

bool TusUploads::finish(const Upload& upload, const QByteArray& sha256,
                        httplib::Response& response) const
{
    if (QString::fromLatin1(sha256.toHex()) != upload.sha256) {
        remove(upload.id);
        sendError(response, kChecksumMismatch, u"sha256_mismatch"_s,
                  translate("The uploaded file does not match the SHA-256 in Upload-Metadata; "
                            "upload it again."));
        return false;
    }
    const QString kind = contentKind(readHead(upload.path));
    const QString verified = upload.path + u".verified"_s;
    if (!QFile::rename(upload.path, verified) ||
        !m_blobs.adopt(verified, upload.sha256, upload.length, kind)) {
        sendError(response, 500, u"server_error"_s, translate("Cannot store the blob."));
        return false;
    }
    remove(upload.id);
    return true;
}

void TusUploads::remove(const QString& uploadId) const
{
    QFile::remove(QDir(m_blobs.uploadDirectory()).filePath(uploadId + u".part"_s));
    Expected<Transaction> transaction = Transaction::begin(m_database, Transaction::Kind::Write);
    if (!transaction)
        return;
    if (runQuery(transaction->db(), u"DELETE FROM uploads WHERE id = ?"_s, {uploadId}))
        transaction->commit();
}

} // namespace kenshu::server
