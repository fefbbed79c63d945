#pragma once

#include "Downloader.h"

#include <QObject>
#include <QUuid>
#include <functional>
#include <memory>

namespace kenshu::sync {

class ApiClient;
class StoreWorker;

// How far fetching a study's files is, for a progress bar.
struct StudyFetchProgress
{
    QUuid studyId;
    int file = 0; // the file on its way, from 1
    int files = 0;
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
};

// What fetching a study's files did.
struct StudyFetchResult
{
    int fetched = 0;     // files downloaded now
    int alreadyHere = 0; // files the data folder had
    qint64 bytes = 0;    // bytes that came over the network
    bool cancelled = false;
    std::optional<ApiError> error;
    QString localError; // no such study here, or the data folder could not be written

    bool ok() const { return !cancelled && !error && localError.isEmpty(); }
};

// Downloads every file of a study record that the data folder does not have (another member's
// study, synced as a record only), one after the other with the Downloader (resumable, checked),
// with progress over the whole study. The viewer calls it when a study's files are not here.
class StudyFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StudyFetcher)

public:
    StudyFetcher(ApiClient& api, const QString& dataDir, QObject* parent = nullptr);
    ~StudyFetcher() override;

    // `done` runs on `context`'s thread, unless it is gone. One study at a time.
    void fetch(const QUuid& studyId, QObject* context,
               std::function<void(const StudyFetchResult&)> done);
    // Stops after the bytes on their way; what came stays for the next fetch.
    void cancel();

signals:
    void progress(const kenshu::sync::StudyFetchProgress& progress);

private:
    struct Job;
    void fetchNext(const std::shared_ptr<Job>& job);
    void finish(const std::shared_ptr<Job>& job);

    QString m_dataDir;
    std::unique_ptr<StoreWorker> m_store;
    Downloader m_downloader;
    std::shared_ptr<Job> m_active;
};

} // namespace kenshu::sync

Q_DECLARE_METATYPE(kenshu::sync::StudyFetchProgress)
