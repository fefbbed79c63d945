#pragma once

#include "CaseImporter.h"

#include <QFutureWatcher>
#include <QObject>
#include <atomic>
#include <memory>

namespace kenshu {

// Runs one CaseImporter::run on a worker thread and reports progress and the outcome as
// signals on the thread that owns the job (the GUI thread).
class ImportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportJob)

public:
    ImportJob(QString dataDir, CaseImporter::Formats formats, QObject* parent = nullptr);
    ~ImportJob() override;

    bool isRunning() const;
    void start(const ImportRequest& request);
    void cancel();

signals:
    void progressed(const kenshu::ImportProgress& progress);
    void finished(const kenshu::ImportOutcome& outcome);

private:
    CaseImporter m_importer;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<ImportOutcome> m_watcher;
};

} // namespace kenshu
