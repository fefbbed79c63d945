#include "Downloader.h"

#include "ApiClient.h"
#include "BlobStore.h"
#include "BlobSyncState.h"
#include "Digest.h"
#include "LocalStore.h"
#include "StoreWorker.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QRegularExpression>

namespace kenshu::sync {
namespace {

using namespace Qt::Literals::StringLiterals;

// A transfer that broke after bytes came is asked again from where it stopped, this often.
constexpr int kResumes = 3;
constexpr qint64 kReadPiece = 1 << 20;

struct ContentRange
{
    qint64 first = -1;
    qint64 total = -1;
};

// "bytes 100-199/200" or "bytes */200".
ContentRange parseContentRange(const QByteArray& header)
{
    static const QRegularExpression pattern(u"^bytes (?:(\\d+)-\\d+|\\*)/(\\d+)$"_s);
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(header.trimmed()));
    if (!match.hasMatch())
        return {};
    ContentRange range;
    range.first = match.captured(1).isEmpty() ? -1 : match.captured(1).toLongLong();
    range.total = match.captured(2).toLongLong();
    return range;
}

Error writeError(const QFile& file)
{
    return Error{QCoreApplication::translate(
                     "Downloader", "Cannot write to the data folder (is the disk full?): %1")
                     .arg(file.errorString())};
}

// The SHA-256 of the file at `path` (lower-case hex); empty if it cannot be read.
QString sha256Of(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    Digest digest(Digest::Algorithm::Sha256);
    QByteArray piece;
    while (!(piece = file.read(kReadPiece)).isEmpty())
        digest.add(piece);
    return file.error() == QFileDevice::NoError ? QString::fromLatin1(digest.result().toHex())
                                                : QString();
}

} // namespace

struct Downloader::Job
{
    QString sha256;
    QPointer<QObject> context;
    std::function<void(const DownloadResult&)> done;
    DownloadResult result;
    std::shared_ptr<QFile> part; // touched on the I/O thread only
    qint64 offset = 0;           // bytes in the part file when the request went
    qint64 received = 0;         // bytes of this request's body
    qint64 total = -1;
    QNetworkReply* reply = nullptr; // cleared when it finishes (deleted later)
    int status = 0;
    QByteArray errorBody;
    bool accepted = false;
    bool failed = false;
    bool refreshed = false;
    bool dropPart = false; // the part file is longer than the blob: it cannot be right
    int resumes = 0;
};

Downloader::Downloader(ApiClient& api, const QString& dataDir, QObject* parent)
    : QObject(parent), m_api(api), m_dataDir(dataDir), m_io(std::make_unique<StoreWorker>(dataDir))
{
}

Downloader::~Downloader()
{
    if (m_active && m_active->reply)
        m_active->reply->abort();
}

QString Downloader::partPath(const QString& dataDir, const QString& sha256)
{
    return QDir(dataDir).filePath(u"downloads/"_s + sha256 + u".part"_s);
}

void Downloader::download(const QString& sha256, QObject* context,
                          std::function<void(const DownloadResult&)> done)
{
    auto job = std::make_shared<Job>();
    job->sha256 = sha256;
    job->result.sha256 = sha256;
    job->context = context;
    job->done = std::move(done);
    job->part = std::make_shared<QFile>(partPath(m_dataDir, sha256));
    if (m_active || !QRegularExpression(u"^[0-9a-f]{64}$"_s).match(sha256).hasMatch()) {
        job->result.localError = m_active ? tr("Another file is being fetched.")
                                          : tr("This is not the name of a file on the server.");
        QMetaObject::invokeMethod(
            this,
            [job] {
                if (job->context)
                    job->done(job->result);
            },
            Qt::QueuedConnection);
        return;
    }
    m_active = job;
    openPart(job);
}

void Downloader::cancel()
{
    if (!m_active)
        return;
    m_active->result.cancelled = true;
    if (m_active->reply)
        m_active->reply->abort();
}

void Downloader::openPart(const std::shared_ptr<Job>& job)
{
    m_io->run<Expected<qint64>>(
        [dataDir = m_dataDir, sha = job->sha256,
         part = job->part](LocalStore&) -> Expected<qint64> {
            if (BlobStore(dataDir).contains(sha))
                return qint64(-1);
            if (!QDir().mkpath(QDir(dataDir).filePath(u"downloads"_s)) ||
                !part->open(QIODevice::WriteOnly | QIODevice::Append))
                return writeError(*part);
            return part->size();
        },
        this,
        [this, job](const Expected<qint64>& opened) {
            if (!opened) {
                job->result.localError = opened.error().message;
                finish(job);
                return;
            }
            if (*opened < 0) {
                job->result.alreadyHere = true;
                finish(job);
                return;
            }
            job->offset = *opened;
            job->result.resumedFrom = *opened;
            request(job);
        });
}

void Downloader::request(const std::shared_ptr<Job>& job)
{
    if (job->result.cancelled) {
        finish(job);
        return;
    }
    QNetworkRequest request = m_api.networkRequest(u"/api/v1/blobs/"_s + job->sha256);
    request.setRawHeader("Accept", "application/octet-stream");
    // Byte offsets must be those of the file itself.
    request.setRawHeader("Accept-Encoding", "identity");
    if (job->offset > 0)
        request.setRawHeader("Range", "bytes=" + QByteArray::number(job->offset) + '-');
    job->received = 0;
    job->accepted = false;
    job->failed = false;
    job->errorBody.clear();
    QNetworkReply* reply = m_api.network()->get(request);
    job->reply = reply;
    connect(reply, &QNetworkReply::readyRead, this,
            [this, job, reply] { dataArrived(job, reply); });
    connect(reply, &QNetworkReply::finished, this,
            [this, job, reply] { replyFinished(job, reply); });
}

bool Downloader::accept(const std::shared_ptr<Job>& job, QNetworkReply* reply)
{
    job->accepted = true;
    job->status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const ContentRange range = parseContentRange(reply->rawHeader("Content-Range"));
    if (job->status == 206 && range.first == job->offset) {
        job->total = range.total;
        return true;
    }
    if (job->status == 200) {
        // The whole file (the server ignored the range): start the part file again.
        job->total = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (job->offset > 0) {
            job->offset = 0;
            job->result.resumedFrom = 0;
            m_io->run<Status>(
                [part = job->part](LocalStore&) -> Status {
                    return part->resize(0) ? Status{} : Status{writeError(*part)};
                },
                this, [](const Status&) {});
        }
        return true;
    }
    if (job->status == 416 && range.total == job->offset) {
        job->total = range.total; // the part file holds it all already
        return true;
    }
    job->dropPart = job->status == 416;
    job->failed = true;
    return false;
}

void Downloader::dataArrived(const std::shared_ptr<Job>& job, QNetworkReply* reply)
{
    if (!job->accepted)
        accept(job, reply);
    if (job->failed || job->status == 416) {
        job->errorBody += reply->readAll();
        return;
    }
    const QByteArray bytes = reply->readAll();
    if (bytes.isEmpty())
        return;
    job->received += bytes.size();
    job->result.fetched += bytes.size();
    m_io->run<Status>(
        [part = job->part, bytes](LocalStore&) -> Status {
            return part->write(bytes) == bytes.size() ? Status{} : Status{writeError(*part)};
        },
        this,
        [job](const Status& written) {
            if (written || !job->result.localError.isEmpty())
                return;
            job->result.localError = written.error().message;
            if (job->reply)
                job->reply->abort();
        });
    emit progress(job->sha256, job->offset + job->received, job->total);
}

void Downloader::replyFinished(const std::shared_ptr<Job>& job, QNetworkReply* reply)
{
    reply->deleteLater();
    job->reply = nullptr;
    if (!job->accepted && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid())
        accept(job, reply);
    if (job->failed || job->status == 416)
        job->errorBody += reply->readAll();
    if (job->result.cancelled || !job->result.localError.isEmpty()) {
        finish(job);
        return;
    }
    if (job->status == 401 && !job->refreshed) {
        refreshThenRequest(job);
        return;
    }
    if (reply->error() != QNetworkReply::NoError && !(job->status == 416 && !job->failed)) {
        const ApiError error = ApiClient::replyError(reply, job->errorBody);
        // Broken off after some bytes came: ask for the rest.
        if (!job->failed && error.isTransient() && job->received > 0 && job->resumes < kResumes) {
            ++job->resumes;
            job->offset += job->received;
            request(job);
            return;
        }
        job->result.error = error;
        finish(job);
        return;
    }
    complete(job);
}

void Downloader::refreshThenRequest(const std::shared_ptr<Job>& job)
{
    // An ordinary API call renews an expired access token (ApiClient), then the download goes
    // again.
    job->refreshed = true;
    ApiRequest check = ApiRequest::get(u"/api/v1/blobs/"_s + job->sha256);
    check.method = "HEAD";
    m_api.send(std::move(check), this, [this, job](const ApiResult& result) {
        if (!result.ok()) {
            job->result.error = result.error;
            finish(job);
            return;
        }
        request(job);
    });
}

void Downloader::complete(const std::shared_ptr<Job>& job)
{
    m_io->run<Expected<qint64>>(
        [dataDir = m_dataDir, sha = job->sha256,
         part = job->part](LocalStore& store) -> Expected<qint64> {
            if (!part->flush())
                return writeError(*part);
            part->close();
            const QString path = part->fileName();
            const qint64 size = QFileInfo(path).size();
            if (sha256Of(path) != sha) {
                QFile::remove(path);
                return Error{QCoreApplication::translate(
                    "Downloader", "A file from the server did not check out and was dropped; it "
                                  "will be fetched again from the start.")};
            }
            if (Status adopted = BlobStore(dataDir).adopt(path, sha); !adopted)
                return adopted.error();
            // It came from the server: nothing to send back.
            if (Status noted =
                    BlobSyncState(store).noteOnServer(sha, size, u"download"_s, sha, size);
                !noted)
                return noted.error();
            return size;
        },
        this,
        [this, job](const Expected<qint64>& stored) {
            if (stored)
                job->result.size = *stored;
            else
                job->result.localError = stored.error().message;
            finish(job);
        });
}

void Downloader::finish(const std::shared_ptr<Job>& job)
{
    // After the writes queued before: the part file is closed when the caller hears of it.
    m_io->run<Status>(
        [part = job->part, drop = job->dropPart](LocalStore&) {
            part->close();
            if (drop)
                part->remove();
            return Status{};
        },
        this,
        [this, job](const Status&) {
            if (m_active == job)
                m_active.reset();
            if (job->context && job->done) {
                const auto done = std::exchange(job->done, nullptr);
                done(job->result);
            }
        });
}

} // namespace kenshu::sync
