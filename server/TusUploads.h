#pragma once

#include "Crypto.h"

#include <QString>
#include <httplib.h>

namespace kenshu::server {

class BlobStorage;
class ServerDatabase;

// The identity of this boot of the machine (the kernel's boot id): bytes written to a file
// during one boot are what it holds for every process until the machine stops, but a power
// cut may lose what was not synced. Without a boot id, a random id for this process. The
// environment variable KENSHU_SERVER_TEST_BOOT_ID replaces it (tests only).
QString bootIdentity();

// Resumable blob uploads, tus 1.0 (core, creation, checksum with sha1/sha256, termination) at
// /api/v1/uploads, plus a one-request PUT /api/v1/blobs/{sha}. Upload-Metadata carries the
// whole file's SHA-256 (key "sha256", hex); the blob becomes visible only when the whole file
// is there, hashes to it and is DICOM, PDF or PNG by content.
//
// State is in the uploads table and <data>/uploads/<id>.part, so any server sharing the
// database and data directory continues an upload. The offset only moves after a chunk was
// received whole, checked and handed to the operating system; a partial chunk is cut off
// again. Each byte is hashed as it streams in: the chunk's Upload-Checksum and the running
// whole-file SHA-256 in the same pass that writes it. The running hash's state is stored with
// the offset, so the last chunk needs only a digest comparison, also after a restart. It is
// trusted only during the boot that wrote it; after a reboot (unsynced bytes may be lost) or
// on another machine the file is hashed again from the disk before the upload goes on.
class TusUploads final
{
public:
    TusUploads(const ServerDatabase& database, const BlobStorage& blobs, qint64 maxSize,
               QString bootId);

    void options(httplib::Response& response) const;
    void create(const QString& memberId, const httplib::Request& request,
                httplib::Response& response) const;
    void head(const QString& memberId, const QString& uploadId, httplib::Response& response) const;
    void patch(const QString& memberId, const QString& uploadId, const httplib::Request& request,
               httplib::Response& response, const httplib::ContentReader& reader) const;
    void terminate(const QString& memberId, const QString& uploadId,
                   httplib::Response& response) const;
    void putBlob(const QString& sha256, const httplib::Request& request,
                 httplib::Response& response, const httplib::ContentReader& reader) const;

private:
    struct Upload;

    // The whole-file SHA-256 of the upload's first `offset` bytes: the stored state, or the
    // file hashed again when the state cannot be trusted.
    ResumableSha256 wholeFileDigest(const Upload& upload) const;
    // Verifies and stores a completed upload; removes it either way.
    bool finish(const Upload& upload, const QByteArray& sha256, httplib::Response& response) const;
    void remove(const QString& uploadId) const;

    const ServerDatabase& m_database;
    const BlobStorage& m_blobs;
    qint64 m_maxSize;
    QString m_bootId;
};

} // namespace kenshu::server
