#include "BlobSender.h"

#include "ApiClient.h"
#include "AsyncRun.h"
#include "BlobPreparer.h"
#include "BlobStore.h"
#include "BlobSyncState.h"
#include "LocalStore.h"
#include "ReferencedBlobs.h"
#include "SnapshotClearance.h"
#include "StoreWorker.h"
#include "TusUploader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QSet>
#include <algorithm>

namespace kenshu::sync {

// One file made ready to leave (on a worker thread).
struct BlobSender::Preparation
{
    ReferencedBlob blob;
    std::optional<PreparedBlob> prepared; // nullopt: not here (then it came from the server)
    qint64 localSize = 0;
    qint64 size = 0; // of what goes up
};

namespace {

using HeldSeries = SyncIssue::HeldSeries;
using Preparation = BlobSender::Preparation;

struct Preparations
{
    QList<Preparation> files;
    QString error;
};

Preparations prepareAll(const QString& dataDir, const QList<ReferencedBlob>& blobs)
{
    Preparations result;
    const BlobStore store(dataDir);
    for (const ReferencedBlob& blob : blobs) {
        Preparation file;
        file.blob = blob;
        const QString path = store.pathFor(blob.sha256);
        if (!QFileInfo::exists(path)) {
            if (blob.kind == ReferencedBlob::Kind::Dicom) {
                result.error = QCoreApplication::translate(
                    "BlobSender", "An image of the study is missing from the data folder; import "
                                  "the study again.");
                return result;
            }
            result.files.append(file);
            continue;
        }
        Expected<PreparedBlob> prepared = prepareBlob(dataDir, path);
        if (!prepared) {
            result.error = prepared.error().message;
            return result;
        }
        file.localSize = QFileInfo(path).size();
        file.size = QFileInfo(prepared->path()).size();
        file.prepared = *prepared;
        result.files.append(file);
    }
    return result;
}

// The series whose images the user must look at first, each once.
QList<HeldSeries> seriesToConfirm(const QList<Preparation>& files, const QSet<QString>& confirmed)
{
    QList<HeldSeries> held;
    for (const Preparation& file : files) {
        if (!file.prepared || !file.prepared->needsBurnedInTextConfirmation() ||
            confirmed.contains(file.blob.seriesInstanceUid))
            continue;
        const HeldSeries::Reason reason =
            file.prepared->burnedInText() == deid::BurnedInTextRisk::Declared
                ? HeldSeries::Reason::Declared
                : HeldSeries::Reason::Likely;
        auto known = std::find_if(held.begin(), held.end(), [&](const HeldSeries& series) {
            return series.seriesInstanceUid == file.blob.seriesInstanceUid;
        });
        if (known == held.end())
            held.append(
                {file.blob.seriesInstanceUid, file.blob.seriesNumber, file.blob.modality, reason});
        else if (reason == HeldSeries::Reason::Declared)
            known->reason = reason;
    }
    return held;
}

} // namespace

struct BlobSender::Job
{
    Record record;
    QList<ReferencedBlob> blobs;
    OutgoingBlobs onServer;
    QSet<QString> confirmed;
    QList<Preparation> files; // not on the server yet
    int next = 0;
    qint64 bytesBefore = 0; // of the files already sent
    qint64 bytesTotal = 0;
    BlobsOutcome outcome;
    QPointer<QObject> context;
    std::function<void(const BlobsOutcome&)> done;

    UploadProgress progress(qint64 acknowledged) const
    {
        return {record.id, next + 1, int(files.size()), bytesBefore + acknowledged, bytesTotal};
    }
};

BlobSender::BlobSender(ApiClient& api, const QString& dataDir, StoreWorker& store, QObject* parent)
    : QObject(parent), m_dataDir(dataDir), m_store(store),
      m_uploader(std::make_unique<TusUploader>(api, dataDir))
{
    qRegisterMetaType<kenshu::sync::UploadProgress>();
}

BlobSender::~BlobSender() = default;

void BlobSender::removeCopies(const QList<Preparation>& files)
{
    QStringList copies;
    for (const Preparation& file : files) {
        if (file.prepared && file.prepared->deidentified())
            copies.append(file.prepared->path());
    }
    if (copies.isEmpty())
        return;
    // On the store's thread, in order: gone before the sync run reports.
    m_store.run<Status>(
        [copies](LocalStore&) {
            for (const QString& copy : copies)
                QFile::remove(copy);
            return Status{};
        },
        this, [](const Status&) {});
}

void BlobSender::sendFor(const Record& record, QObject* context,
                         std::function<void(const BlobsOutcome&)> done)
{
    auto job = std::make_shared<Job>();
    job->record = record;
    job->blobs = referencedBlobs(record);
    job->context = context;
    job->done = std::move(done);
    lookUp(job);
}

void BlobSender::lookUp(const std::shared_ptr<Job>& job)
{
    struct Known
    {
        OutgoingBlobs onServer;
        QSet<QString> confirmed;
        bool snapshotMayLeave = true;
    };
    QStringList hashes;
    for (const ReferencedBlob& blob : std::as_const(job->blobs))
        hashes.append(blob.sha256);
    m_store.run<Expected<Known>>(
        [hashes, record = job->record](LocalStore& store) -> Expected<Known> {
            const BlobSyncState state(store);
            return Known{state.onServer(hashes), state.confirmedSeries(record.id),
                         snapshotMayLeave(store, record)};
        },
        this,
        [this, job](const Expected<Known>& known) {
            if (!known) {
                job->outcome.status = BlobsOutcome::Status::Failed;
                job->outcome.localError = known.error().message;
                finish(job);
                return;
            }
            job->onServer = known->onServer;
            job->confirmed = known->confirmed;
            // Not uploaded, and so left out of the comment's wire form (RecordWireForm).
            if (!known->snapshotMayLeave)
                job->blobs.removeIf([](const ReferencedBlob& blob) {
                    return blob.kind == ReferencedBlob::Kind::Png;
                });
            prepare(job);
        });
}

void BlobSender::prepare(const std::shared_ptr<Job>& job)
{
    QList<ReferencedBlob> missing;
    QSet<QString> seen;
    for (const ReferencedBlob& blob : std::as_const(job->blobs)) {
        if (!job->onServer.contains(blob.sha256) && !seen.contains(blob.sha256)) {
            seen.insert(blob.sha256);
            missing.append(blob);
        }
    }
    if (missing.isEmpty()) {
        finish(job);
        return;
    }
    runAsync<Preparations>(
        this, [dataDir = m_dataDir, missing] { return prepareAll(dataDir, missing); },
        [this, job](const Preparations& prepared) {
            job->files = prepared.files;
            if (!prepared.error.isEmpty()) {
                removeCopies(job->files);
                job->outcome.status = BlobsOutcome::Status::Failed;
                job->outcome.localError = prepared.error;
                finish(job);
                return;
            }
            this->prepared(job);
        });
}

void BlobSender::prepared(const std::shared_ptr<Job>& job)
{
    job->outcome.held = seriesToConfirm(job->files, job->confirmed);
    if (!job->outcome.held.isEmpty()) {
        removeCopies(job->files);
        job->outcome.status = BlobsOutcome::Status::Held;
        finish(job);
        return;
    }
    for (const Preparation& file : std::as_const(job->files))
        job->bytesTotal += file.size;
    uploadNext(job);
}

void BlobSender::uploadNext(const std::shared_ptr<Job>& job)
{
    while (job->next < job->files.size() && !job->files[job->next].prepared)
        ++job->next;
    if (job->next >= job->files.size()) {
        finish(job);
        return;
    }
    const Preparation& file = job->files[job->next];
    emit progress(job->progress(0));
    // Only this job's upload runs, so every progress report is about its file.
    auto* relay = new QObject(this);
    connect(m_uploader.get(), &TusUploader::progress, relay,
            [this, job](const QString&, qint64 acknowledged, qint64) {
                emit progress(job->progress(acknowledged));
            });
    m_uploader->upload(*file.prepared, this, [this, job, relay](const UploadResult& result) {
        relay->deleteLater();
        const Preparation& sent = job->files[job->next];
        if (!result.ok()) {
            removeCopies(job->files);
            job->outcome.status = BlobsOutcome::Status::Failed;
            job->outcome.error = result.error;
            job->outcome.localError = result.localError;
            finish(job);
            return;
        }
        if (!result.alreadyStored) {
            job->outcome.uploaded.append(result.sha256);
            job->outcome.uploadedBytes += result.size - result.resumedFrom;
        }
        job->onServer.insert(sent.blob.sha256, {result.sha256, result.size});
        job->bytesBefore += sent.size;
        removeCopies({sent});
        m_store.run<Status>(
            [local = sent.blob, localSize = sent.localSize, result](LocalStore& store) {
                return BlobSyncState(store).noteOnServer(local.sha256, localSize, local.kindName(),
                                                         result.sha256, result.size);
            },
            this,
            [this, job](const Status& noted) {
                if (!noted) {
                    job->outcome.status = BlobsOutcome::Status::Failed;
                    job->outcome.localError = noted.error().message;
                    finish(job);
                    return;
                }
                ++job->next;
                uploadNext(job);
            });
    });
}

void BlobSender::finish(const std::shared_ptr<Job>& job)
{
    if (job->outcome.status == BlobsOutcome::Status::Ready)
        job->outcome.outgoing = job->onServer;
    if (job->context && job->done) {
        const auto done = std::exchange(job->done, nullptr);
        done(job->outcome);
    }
}

} // namespace kenshu::sync
