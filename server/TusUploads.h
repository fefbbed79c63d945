#pragma once

#include "Crypto.h"

#include <QString>
#include <httplib.h>
#include <map>
#include <mutex>

namespace kenshu::server {

class BlobStorage;
class ServerDatabase;

// Resumable blob uploads, tus 1.0 (core, creation, checksum with sha1/sha256, termination) at
// /api/v1/uploads, plus a one-request PUT /api/v1/blobs/{sha}. Upload-Metadata carries the
// whole file's SHA-256 (key "sha256", hex); the blob becomes visible only when the whole file
// is there, hashes to it and is DICOM, PDF or PNG by content.
//
// State is in the uploads table and <data>/uploads/<id>.part, so any server sharing the
// database and data directory continues an upload. The offset only moves after a chunk was
// received whole, checked and flushed to disk; a partial chunk is cut off again.
class TusUploads final
{
public:
    TusUploads(const ServerDatabase& database, const BlobStorage& blobs, qint64 maxSize);

    void options(httplib::Response& response) const;
    void create(const QString& memberId, const httplib::Request& request,
                httplib::Response& response) const;
    void head(const QString& memberId, const QString& uploadId, httplib::Response& response) const;
    void patch(const QString& memberId, const QString& uploadId, const httplib::Request& request,
               httplib::Response& response, const httplib::ContentReader& reader);
    void terminate(const QString& memberId, const QString& uploadId,
                   httplib::Response& response) const;
    void putBlob(const QString& sha256, const httplib::Request& request,
                 httplib::Response& response, const httplib::ContentReader& reader) const;

private:
    struct Upload;
    struct RunningDigest
    {
        qint64 offset;
        Digest digest;
    };

    Digest wholeFileDigest(const Upload& upload);
    void keepDigest(const QString& uploadId, qint64 offset, const Digest& digest);
    void forgetDigest(const QString& uploadId);
    // Verifies and stores a completed upload; removes it either way.
    bool finish(const Upload& upload, const QByteArray& sha256, httplib::Response& response);
    void remove(const QString& uploadId) const;

    const ServerDatabase& m_database;
    const BlobStorage& m_blobs;
    qint64 m_maxSize;
    // Whole-file hashes so far, kept only to spare re-reading the file; checked against the
    // stored offset and rebuilt from the file after a restart or on another server.
    std::mutex m_digestMutex;
    std::map<QString, RunningDigest> m_digests;
};

} // namespace kenshu::server
