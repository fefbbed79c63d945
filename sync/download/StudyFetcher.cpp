#include "StudyFetcher.h"

#include "BlobStore.h"
#include "LibraryTypes.h"
#include "LocalStore.h"
#include "StoreWorker.h"

#include <QCoreApplication>
#include <QPointer>

namespace kenshu::sync {
namespace {

struct Missing
{
    QString sha256;
    qint64 size = 0;
};

struct StudyFiles
{
    QList<Missing> missing;
    int present = 0;
};

// The study's files that the data folder lacks, each once.
Expected<StudyFiles> missingFiles(const LocalStore& store, const QUuid& studyId)
{
    const std::optional<Record> record = store.record(studyId);
    if (!record || record->type != RecordType::Study || record->deleted)
        return Error{QCoreApplication::translate("StudyFetcher", "There is no such study here.")};
    const StudyEntry study = studyFromJson(record->id, record->parentId, record->data);
    const BlobStore blobs(store.dataDir());
    StudyFiles files;
    QSet<QString> seen;
    for (const SeriesEntry& series : study.series) {
        for (const InstanceEntry& instance : series.instances) {
            if (seen.contains(instance.sha256))
                continue;
            seen.insert(instance.sha256);
            if (blobs.contains(instance.sha256))
                ++files.present;
            else
                files.missing.append({instance.sha256, instance.size});
        }
    }
    return files;
}

} // namespace

struct StudyFetcher::Job
{
    QUuid studyId;
    QPointer<QObject> context;
    std::function<void(const StudyFetchResult&)> done;
    QList<Missing> files;
    int next = 0;
    qint64 bytesBefore = 0;
    qint64 bytesTotal = 0;
    StudyFetchResult result;

    StudyFetchProgress progress(qint64 received) const
    {
        return {studyId, next + 1, int(files.size()), bytesBefore + received, bytesTotal};
    }
};

StudyFetcher::StudyFetcher(ApiClient& api, const QString& dataDir, QObject* parent)
    : QObject(parent), m_dataDir(dataDir), m_store(std::make_unique<StoreWorker>(dataDir)),
      m_downloader(api, dataDir)
{
    qRegisterMetaType<kenshu::sync::StudyFetchProgress>();
    connect(&m_downloader, &Downloader::progress, this,
            [this](const QString&, qint64 received, qint64) {
                if (m_active)
                    emit progress(m_active->progress(received));
            });
}

StudyFetcher::~StudyFetcher() = default;

void StudyFetcher::fetch(const QUuid& studyId, QObject* context,
                         std::function<void(const StudyFetchResult&)> done)
{
    auto job = std::make_shared<Job>();
    job->studyId = studyId;
    job->context = context;
    job->done = std::move(done);
    if (m_active) {
        job->result.localError = tr("Another study is being fetched.");
        QMetaObject::invokeMethod(
            this, [this, job] { finish(job); }, Qt::QueuedConnection);
        return;
    }
    m_active = job;
    m_store->run<Expected<StudyFiles>>(
        [studyId](LocalStore& store) { return missingFiles(store, studyId); }, this,
        [this, job](const Expected<StudyFiles>& files) {
            if (!files) {
                job->result.localError = files.error().message;
                finish(job);
                return;
            }
            job->files = files->missing;
            job->result.alreadyHere = files->present;
            for (const Missing& file : std::as_const(job->files))
                job->bytesTotal += file.size;
            fetchNext(job);
        });
}

void StudyFetcher::cancel()
{
    if (!m_active)
        return;
    m_active->result.cancelled = true;
    m_downloader.cancel();
}

void StudyFetcher::fetchNext(const std::shared_ptr<Job>& job)
{
    if (job->result.cancelled || job->next >= job->files.size()) {
        finish(job);
        return;
    }
    emit progress(job->progress(0));
    m_downloader.download(job->files[job->next].sha256, this,
                          [this, job](const DownloadResult& downloaded) {
                              job->result.bytes += downloaded.fetched;
                              if (!downloaded.ok()) {
                                  job->result.cancelled = downloaded.cancelled;
                                  job->result.error = downloaded.error;
                                  job->result.localError = downloaded.localError;
                                  finish(job);
                                  return;
                              }
                              if (downloaded.alreadyHere)
                                  ++job->result.alreadyHere;
                              else
                                  ++job->result.fetched;
                              job->bytesBefore += job->files[job->next].size;
                              ++job->next;
                              fetchNext(job);
                          });
}

void StudyFetcher::finish(const std::shared_ptr<Job>& job)
{
    if (m_active == job)
        m_active.reset();
    if (job->context && job->done) {
        const auto done = std::exchange(job->done, nullptr);
        done(job->result);
    }
}

} // namespace kenshu::sync
