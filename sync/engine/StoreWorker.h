#pragma once

#include "Expected.h"

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>
#include <functional>
#include <memory>

namespace kenshu {
class LocalStore;
}

namespace kenshu::sync {

// Runs local-store work for sync on a thread of its own with its own connection, so that the
// thread that talks to the network (the GUI thread in the app) never waits on SQLite. Jobs run
// one at a time in the order given; each result is handed to `done` on `context`'s thread,
// unless `context` is gone by then.
class StoreWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreWorker)

public:
    explicit StoreWorker(QString dataDir, QObject* parent = nullptr);
    // Finishes the job in progress, closes the store on its thread and stops the thread.
    ~StoreWorker() override;

    // `Result` must be constructible from an Error (Status, Expected<T>): a store that cannot
    // be opened is reported through it.
    template <typename Result>
    void run(std::function<Result(LocalStore&)> work, QObject* context,
             std::function<void(const Result&)> done)
    {
        QPointer<QObject> receiver(context);
        post([this, work = std::move(work), receiver, done = std::move(done)] {
            LocalStore* store = openStore();
            const Result result = store ? work(*store) : Result(m_openError);
            if (!receiver)
                return;
            QMetaObject::invokeMethod(
                receiver.data(),
                [receiver, done, result] {
                    if (receiver)
                        done(result);
                },
                Qt::QueuedConnection);
        });
    }

private:
    void post(std::function<void()> job);
    LocalStore* openStore(); // on the worker thread only

    QString m_dataDir;
    QThread m_thread;
    QObject* m_context; // lives in m_thread; jobs are queued to it
    std::unique_ptr<LocalStore> m_store;
    Error m_openError;
};

} // namespace kenshu::sync
