#include "TusUploader.h"

#include "ApiClient.h"
#include "AsyncRun.h"
#include "BlobPreparer.h"
#include "Digest.h"
#include "LocalStore.h"
#include "StoreWorker.h"
#include "SyncStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace kenshu::sync {
namespace {

using namespace Qt::Literals::StringLiterals;

constexpr qint64 kReadPiece = 1 << 20;
constexpr int kChecksumRetries = 3;
const QByteArray kTusVersion = QByteArrayLiteral("1.0.0");

QString stateKey(const QString& sha256)
{
    return u"upload."_s + sha256;
}

struct FileFacts
{
    qint64 size = 0;
    QString sha256;
    QString error;
};

// The whole file's SHA-256 (OpenSSL), read in pieces; on a worker thread.
FileFacts hashFile(const QString& path)
{
    FileFacts facts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        facts.error = QCoreApplication::translate("TusUploader", "Cannot read %1: %2")
                          .arg(QFileInfo(path).fileName(), file.errorString());
        return facts;
    }
    Digest digest(Digest::Algorithm::Sha256);
    QByteArray piece;
    while (!(piece = file.read(kReadPiece)).isEmpty())
        digest.add(piece);
    if (file.error() != QFileDevice::NoError) {
        facts.error = QCoreApplication::translate("TusUploader", "Cannot read %1: %2")
                          .arg(QFileInfo(path).fileName(), file.errorString());
        return facts;
    }
    facts.size = file.size();
    facts.sha256 = QString::fromLatin1(digest.result().toHex());
    return facts;
}

qint64 offsetOf(const ApiResult& result)
{
    bool ok = false;
    const qint64 offset = result.header("upload-offset").toLongLong(&ok);
    return ok ? offset : -1;
}

ApiRequest tusRequest(QByteArray method, QString path)
{
    ApiRequest request;
    request.method = std::move(method);
    request.path = std::move(path);
    request.headers.append({QByteArrayLiteral("Tus-Resumable"), kTusVersion});
    return request;
}

} // namespace

struct TusUploader::Chunk
{
    qint64 offset = 0;
    QByteArray bytes;
    QByteArray checksum; // "sha256 <base64>"
    QString error;
};

struct TusUploader::Job
{
    QString path;
    QPointer<QObject> context;
    std::function<void(const UploadResult&)> done;
    UploadResult result;
    QString uploadPath; // /api/v1/uploads/<id>
    int checksumRetries = 0;
    bool startedOver = false;
    QFuture<Chunk> next; // the chunk after the one on its way
    qint64 nextOffset = -1;
};

TusUploader::Chunk TusUploader::readChunk(const QString& path, qint64 offset, qint64 length)
{
    Chunk chunk;
    chunk.offset = offset;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(offset)) {
        chunk.error = QCoreApplication::translate("TusUploader", "Cannot read %1: %2")
                          .arg(QFileInfo(path).fileName(), file.errorString());
        return chunk;
    }
    chunk.bytes = file.read(length);
    if (chunk.bytes.size() != length) {
        chunk.error =
            QCoreApplication::translate("TusUploader", "%1 changed while it was being uploaded.")
                .arg(QFileInfo(path).fileName());
        return chunk;
    }
    chunk.checksum = "sha256 " + Digest::sha256(chunk.bytes).toBase64();
    return chunk;
}

TusUploader::TusUploader(ApiClient& api, const QString& dataDir, QObject* parent)
    : QObject(parent), m_api(api), m_worker(std::make_unique<StoreWorker>(dataDir))
{
}

TusUploader::~TusUploader() = default;

void TusUploader::upload(const PreparedBlob& blob, QObject* context,
                         std::function<void(const UploadResult&)> done)
{
    const QString path = blob.path();
    auto job = std::make_shared<Job>();
    job->path = path;
    job->context = context;
    job->done = std::move(done);
    runAsync<FileFacts>(
        this, [path] { return hashFile(path); },
        [this, job](const FileFacts& facts) {
            if (!facts.error.isEmpty()) {
                finish(job, std::nullopt, facts.error);
                return;
            }
            job->result.size = facts.size;
            job->result.sha256 = facts.sha256;
            checkStored(job);
        });
}

void TusUploader::checkStored(const std::shared_ptr<Job>& job)
{
    ApiRequest request = ApiRequest::get(u"/api/v1/blobs/"_s + job->result.sha256);
    request.method = "HEAD";
    m_api.send(std::move(request), this, [this, job](const ApiResult& result) {
        if (result.ok()) {
            job->result.alreadyStored = true;
            finish(job);
            return;
        }
        if (result.status != 404) {
            finish(job, result.error);
            return;
        }
        resumeOrCreate(job);
    });
}

void TusUploader::resumeOrCreate(const std::shared_ptr<Job>& job)
{
    const QString key = stateKey(job->result.sha256);
    m_worker->run<Expected<QString>>(
        [key](LocalStore& store) -> Expected<QString> { return SyncStore(store).stateValue(key); },
        this,
        [this, job](const Expected<QString>& stored) {
            if (!stored) {
                finish(job, std::nullopt, stored.error().message);
                return;
            }
            if (stored->isEmpty()) {
                create(job);
                return;
            }
            job->uploadPath = *stored;
            askOffset(job);
        });
}

void TusUploader::askOffset(const std::shared_ptr<Job>& job)
{
    m_api.send(tusRequest("HEAD", job->uploadPath), this, [this, job](const ApiResult& result) {
        const qint64 offset = offsetOf(result);
        if (result.ok() && offset >= 0 && offset <= job->result.size) {
            if (job->result.resumedFrom == 0 && !job->startedOver)
                job->result.resumedFrom = offset;
            sendFrom(job, offset);
            return;
        }
        // Unknown to the server (finished, abandoned or lost): start afresh.
        if (result.status == 404 || result.ok()) {
            startOver(job, result.error.value_or(ApiError::fromStatus(404, {})));
            return;
        }
        finish(job, result.error);
    });
}

void TusUploader::create(const std::shared_ptr<Job>& job)
{
    ApiRequest request = tusRequest("POST", u"/api/v1/uploads"_s);
    request.headers.append(
        {QByteArrayLiteral("Upload-Length"), QByteArray::number(job->result.size)});
    // The file name is not sent: a DICOM file's name may hold a patient's name.
    request.headers.append({QByteArrayLiteral("Upload-Metadata"),
                            QByteArray("sha256 " + job->result.sha256.toLatin1().toBase64())});
    // A creation whose answer was lost leaves an unused upload behind, nothing worse; but it
    // is not repeated blindly either.
    request.retry = RetryPolicy::NotDelivered;
    m_api.send(std::move(request), this, [this, job](const ApiResult& result) {
        if (!result.ok()) {
            finish(job, result.error);
            return;
        }
        QString location = QString::fromLatin1(result.header("location"));
        location = QUrl(location).path();
        const QString base = m_api.server().path();
        if (!base.isEmpty() && location.startsWith(base))
            location = location.mid(base.size());
        if (!location.startsWith("/api/"_L1)) {
            finish(job, ApiError::make(ApiError::Kind::BadResponse,
                                       tr("The server did not say where to send the file.")));
            return;
        }
        job->uploadPath = location;
        const QString key = stateKey(job->result.sha256);
        m_worker->run<Status>(
            [key, location](LocalStore& store) {
                return SyncStore(store).setStateValue(key, location);
            },
            this,
            [this, job](const Status& saved) {
                if (!saved) {
                    finish(job, std::nullopt, saved.error().message);
                    return;
                }
                sendFrom(job, 0);
            });
    });
}

void TusUploader::sendFrom(const std::shared_ptr<Job>& job, qint64 offset)
{
    emit progress(job->result.sha256, offset, job->result.size);
    QFuture<Chunk> chunk;
    if (job->nextOffset == offset && job->next.isValid()) {
        chunk = job->next;
    } else {
        const qint64 length = std::min(m_chunkSize, job->result.size - offset);
        chunk = QtConcurrent::run(&TusUploader::readChunk, job->path, offset, length);
    }
    job->next = {};
    job->nextOffset = -1;
    auto* watcher = new QFutureWatcher<Chunk>(this);
    connect(watcher, &QFutureWatcher<Chunk>::finished, this, [this, job, watcher] {
        const Chunk ready = watcher->result();
        watcher->deleteLater();
        if (!ready.error.isEmpty()) {
            finish(job, std::nullopt, ready.error);
            return;
        }
        send(job, ready);
    });
    watcher->setFuture(chunk);
}

void TusUploader::send(const std::shared_ptr<Job>& job, const Chunk& chunk)
{
    ApiRequest request = tusRequest("PATCH", job->uploadPath);
    request.headers.append({QByteArrayLiteral("Upload-Offset"), QByteArray::number(chunk.offset)});
    request.headers.append({QByteArrayLiteral("Upload-Checksum"), chunk.checksum});
    request.contentType = QByteArrayLiteral("application/offset+octet-stream");
    request.body = chunk.bytes;
    // A PATCH sent twice is safe: the second one meets 409 and the offset is asked again.
    request.retry = RetryPolicy::Transient;
    m_api.send(std::move(request), this,
               [this, job, chunk](const ApiResult& result) { patched(job, chunk, result); });
    // Read and hash the next chunk while this one travels.
    const qint64 next = chunk.offset + chunk.bytes.size();
    if (next < job->result.size) {
        job->nextOffset = next;
        job->next = QtConcurrent::run(&TusUploader::readChunk, job->path, next,
                                      std::min(m_chunkSize, job->result.size - next));
    }
}

void TusUploader::patched(const std::shared_ptr<Job>& job, const Chunk& chunk,
                          const ApiResult& result)
{
    if (result.ok()) {
        const qint64 offset = offsetOf(result);
        if (offset < 0 || offset > job->result.size) {
            finish(job, ApiError::make(ApiError::Kind::BadResponse,
                                       tr("The server gave an unexpected upload offset.")));
            return;
        }
        job->checksumRetries = 0;
        if (offset == job->result.size) {
            emit progress(job->result.sha256, offset, job->result.size);
            // The blob exists now; the upload's address is of no further use.
            const QString key = stateKey(job->result.sha256);
            m_worker->run<Status>(
                [key](LocalStore& store) { return SyncStore(store).removeStateValue(key); }, this,
                [this, job](const Status&) { finish(job); });
            return;
        }
        sendFrom(job, offset);
        return;
    }
    const ApiError& error = *result.error;
    if (result.status == 409) {
        // Someone (a retry, another process) moved the offset: ask where it is.
        askOffset(job);
        return;
    }
    if (result.status == 460 && error.code == "checksum_mismatch"_L1 &&
        ++job->checksumRetries <= kChecksumRetries) {
        // Damaged on the way: the offset stayed, send the chunk again.
        sendFrom(job, chunk.offset);
        return;
    }
    if (result.status == 404 || (result.status == 460 && error.code == "sha256_mismatch"_L1)) {
        startOver(job, error);
        return;
    }
    finish(job, error);
}

void TusUploader::startOver(const std::shared_ptr<Job>& job, const ApiError& why)
{
    if (job->startedOver) {
        finish(job, why);
        return;
    }
    job->startedOver = true;
    job->result.resumedFrom = 0;
    job->next = {};
    job->nextOffset = -1;
    // The blob may be complete already (the last answer was lost); else a new upload.
    const QString key = stateKey(job->result.sha256);
    m_worker->run<Status>(
        [key](LocalStore& store) { return SyncStore(store).removeStateValue(key); }, this,
        [this, job](const Status& removed) {
            if (!removed) {
                finish(job, std::nullopt, removed.error().message);
                return;
            }
            checkStored(job);
        });
}

void TusUploader::finish(const std::shared_ptr<Job>& job, std::optional<ApiError> error,
                         const QString& localError)
{
    job->result.error = std::move(error);
    job->result.localError = localError;
    if (job->context && job->done) {
        const auto done = std::exchange(job->done, nullptr);
        done(job->result);
    }
}

} // namespace kenshu::sync
