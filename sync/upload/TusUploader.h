#pragma once

#include "ApiError.h"

#include <QObject>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace kenshu::sync {

class ApiClient;
class PreparedBlob;
class StoreWorker;
struct ApiResult;

// What uploading one file did.
struct UploadResult
{
    QString sha256; // lower-case hex SHA-256 of the file: the blob's name
    qint64 size = 0;
    bool alreadyStored = false; // the server had the blob: nothing was sent
    qint64 resumedFrom = 0;     // bytes an earlier, interrupted upload had already delivered
    std::optional<ApiError> error;
    QString localError; // the file could not be read

    bool ok() const { return !error && localError.isEmpty(); }
};

// Uploads a file made fit to leave the workstation by prepareBlob as a blob with the
// tus 1.0 protocol (DESIGN.md, "Blobs"): the whole file's SHA-256 in Upload-Metadata, PATCH
// chunks of 8 MiB each with Upload-Checksum sha256, the next chunk read and hashed (OpenSSL)
// while the current one is on its way. A blob the server already has is not sent again. The
// upload's address is kept in the data folder's sync state, so after a dropped link, a crash or
// a restart of either side it resumes from the offset the server acknowledged (HEAD). Hashing
// and reading run on worker threads; nothing blocks the caller's thread.
class TusUploader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TusUploader)

public:
    static constexpr qint64 kDefaultChunkSize = qint64(8) << 20;

    TusUploader(ApiClient& api, const QString& dataDir, QObject* parent = nullptr);
    ~TusUploader() override;

    void setChunkSize(qint64 bytes) { m_chunkSize = bytes; }

    void upload(const PreparedBlob& blob, QObject* context,
                std::function<void(const UploadResult&)> done);

signals:
    // Bytes the server has acknowledged for the blob `sha256`.
    void progress(const QString& sha256, qint64 acknowledged, qint64 total);

private:
    struct Job;
    struct Chunk;
    void checkStored(const std::shared_ptr<Job>& job);
    void resumeOrCreate(const std::shared_ptr<Job>& job);
    void askOffset(const std::shared_ptr<Job>& job);
    void create(const std::shared_ptr<Job>& job);
    void sendFrom(const std::shared_ptr<Job>& job, qint64 offset);
    void send(const std::shared_ptr<Job>& job, const Chunk& chunk);
    void patched(const std::shared_ptr<Job>& job, const Chunk& chunk, const ApiResult& result);
    void startOver(const std::shared_ptr<Job>& job, const ApiError& why);
    void finish(const std::shared_ptr<Job>& job, std::optional<ApiError> error = std::nullopt,
                const QString& localError = {});
    // On a worker thread: `length` bytes at `offset` and their checksum.
    static Chunk readChunk(const QString& path, qint64 offset, qint64 length);

    ApiClient& m_api;
    std::unique_ptr<StoreWorker> m_worker;
    qint64 m_chunkSize = kDefaultChunkSize;
};

} // namespace kenshu::sync
