#pragma once

#include "ApiError.h"

#include <QObject>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

class QNetworkReply;

namespace kenshu::sync {

class ApiClient;
class StoreWorker;

// What fetching one blob did.
struct DownloadResult
{
    QString sha256;
    qint64 size = 0;
    qint64 resumedFrom = 0;   // bytes an earlier, interrupted download had left in the part file
    qint64 fetched = 0;       // bytes that came over the network this time
    bool alreadyHere = false; // the data folder had it: nothing was fetched
    bool cancelled = false;
    std::optional<ApiError> error;
    QString localError; // the data folder could not be written, or the file was damaged

    bool ok() const { return !cancelled && !error && localError.isEmpty(); }
};

// Fetches blobs from the server into the data folder's BlobStore (DESIGN.md, "Blobs"): the
// bytes go to <data>/downloads/<sha256>.part as they arrive, and an interrupted download (a
// dropped link, a restart, cancel()) continues from what the part file holds with
// `Range: bytes=N-`. The whole file's SHA-256 is checked before it moves into the BlobStore
// atomically; a part file that does not check out is deleted. TLS, proxy and the access token
// come from the ApiClient. Network on this object's thread, file I/O on a thread of its own.
// One download at a time.
class Downloader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Downloader)

public:
    Downloader(ApiClient& api, const QString& dataDir, QObject* parent = nullptr);
    ~Downloader() override;

    // `done` runs on `context`'s thread, unless it is gone.
    void download(const QString& sha256, QObject* context,
                  std::function<void(const DownloadResult&)> done);
    // Stops the download on its way (reported as cancelled); its part file stays for the next.
    void cancel();
    bool isBusy() const { return m_active != nullptr; }

    // Where a download of `sha256` keeps what has arrived.
    static QString partPath(const QString& dataDir, const QString& sha256);

signals:
    // Bytes of the blob `sha256` in the data folder (resumed ones included) of `total`.
    void progress(const QString& sha256, qint64 received, qint64 total);

private:
    struct Job;
    void openPart(const std::shared_ptr<Job>& job);
    void request(const std::shared_ptr<Job>& job);
    bool accept(const std::shared_ptr<Job>& job, QNetworkReply* reply);
    void dataArrived(const std::shared_ptr<Job>& job, QNetworkReply* reply);
    void replyFinished(const std::shared_ptr<Job>& job, QNetworkReply* reply);
    void refreshThenRequest(const std::shared_ptr<Job>& job);
    void complete(const std::shared_ptr<Job>& job);
    void finish(const std::shared_ptr<Job>& job);

    ApiClient& m_api;
    QString m_dataDir;
    std::unique_ptr<StoreWorker> m_io; // part files, checks and the blob index, in order
    std::shared_ptr<Job> m_active;
};

} // namespace kenshu::sync
