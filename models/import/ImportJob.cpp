#include "ImportJob.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace kenshu {

ImportJob::ImportJob(QString dataDir, CaseImporter::Formats formats, QObject* parent)
    : QObject(parent), m_importer(std::move(dataDir), std::move(formats))
{
    qRegisterMetaType<kenshu::ImportProgress>();
    qRegisterMetaType<kenshu::ImportOutcome>();
    connect(&m_watcher, &QFutureWatcher<ImportOutcome>::finished, this,
            [this] { emit finished(m_watcher.result()); });
}

ImportJob::~ImportJob()
{
    // Never leave a writer running behind a destroyed window: stop it and wait.
    cancel();
    m_watcher.waitForFinished();
}

bool ImportJob::isRunning() const
{
    return m_watcher.isRunning();
}

void ImportJob::start(const ImportRequest& request)
{
    Q_ASSERT(!isRunning());
    m_cancel = std::make_shared<std::atomic_bool>(false);
    QPointer<ImportJob> self(this);
    auto report = [self](const ImportProgress& progress) {
        // Queued to the job's thread; dropped if the job is gone.
        QMetaObject::invokeMethod(
            self.data(),
            [self, progress] {
                if (self)
                    emit self->progressed(progress);
            },
            Qt::QueuedConnection);
    };
    m_watcher.setFuture(
        QtConcurrent::run([importer = m_importer, request, report, cancel = m_cancel] {
            return importer.run(request, report, cancel.get());
        }));
}

void ImportJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

} // namespace kenshu
