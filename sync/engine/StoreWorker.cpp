#include "StoreWorker.h"

#include "LocalStore.h"

namespace kenshu::sync {

StoreWorker::StoreWorker(QString dataDir, QObject* parent)
    : QObject(parent), m_dataDir(std::move(dataDir)), m_context(new QObject)
{
    m_thread.setObjectName(QStringLiteral("kenshu-sync-store"));
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

StoreWorker::~StoreWorker()
{
    // The connection belongs to the worker thread: close it there, after the queued jobs.
    QMetaObject::invokeMethod(
        m_context, [this] { m_store.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void StoreWorker::post(std::function<void()> job)
{
    QMetaObject::invokeMethod(m_context, std::move(job), Qt::QueuedConnection);
}

LocalStore* StoreWorker::openStore()
{
    if (!m_store) {
        Expected<std::unique_ptr<LocalStore>> opened = LocalStore::open(m_dataDir);
        if (!opened) {
            m_openError = opened.error();
            return nullptr;
        }
        m_store = std::move(*opened);
    }
    return m_store.get();
}

} // namespace kenshu::sync
