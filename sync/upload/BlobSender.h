#pragma once

#include "ApiError.h"
#include "Record.h"
#include "RecordWireForm.h"
#include "SyncIssue.h"

#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <functional>
#include <memory>
#include <optional>

namespace kenshu::sync {

class ApiClient;
class StoreWorker;
class TusUploader;

// How far the uploads for one record are, for a status area (speed and time left come from
// bytesDone over time).
struct UploadProgress
{
    QUuid recordId; // the record whose files go up
    int file = 0;   // the file on its way, from 1
    int files = 0;
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
};

// What became of the files a record names.
struct BlobsOutcome
{
    enum class Status {
        Ready,  // all on the server: the record may go, in its wire form with `outgoing`
        Held,   // images may show burned-in text: the user must confirm `held` first
        Failed, // `error` (network, server: try again later) or `localError` (a file here)
    };
    Status status = Status::Ready;
    OutgoingBlobs outgoing;
    QList<SyncIssue::HeldSeries> held;
    std::optional<ApiError> error;
    QString localError;
    QStringList uploaded; // SHA-256 of the blobs sent (not those the server had already)
    qint64 uploadedBytes = 0;
};

// Puts the files a record names (ReferencedBlobs.h) on the server before the record goes:
// each DICOM file de-identified on a worker thread into the data folder's outgoing area (the
// original never leaves), then uploaded with tus (resuming, nothing the server has sent twice);
// PDF and PNG files as they are. A study with images that may show burned-in text is held, with
// nothing uploaded, until the user confirms its series (SyncStore::confirmBurnedIn). What went up
// is kept in the blobs table, so it is not prepared or checked again; de-identified copies are
// deleted once the server has them.
class BlobSender final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BlobSender)

public:
    BlobSender(ApiClient& api, const QString& dataDir, StoreWorker& store,
               QObject* parent = nullptr);
    ~BlobSender() override;

    void sendFor(const Record& record, QObject* context,
                 std::function<void(const BlobsOutcome&)> done);

    struct Preparation; // one file made ready to leave

signals:
    void progress(const kenshu::sync::UploadProgress& progress);

private:
    struct Job;
    // De-identified copies are of no further use once the server has them, or the push waits.
    void removeCopies(const QList<Preparation>& files);
    void lookUp(const std::shared_ptr<Job>& job);
    void prepare(const std::shared_ptr<Job>& job);
    void prepared(const std::shared_ptr<Job>& job);
    void uploadNext(const std::shared_ptr<Job>& job);
    void finish(const std::shared_ptr<Job>& job);

    QString m_dataDir;
    StoreWorker& m_store;
    std::unique_ptr<TusUploader> m_uploader;
};

} // namespace kenshu::sync

Q_DECLARE_METATYPE(kenshu::sync::UploadProgress)
