#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

namespace kenshu {

// Runs `work` on the global thread pool and hands its result to `done` on `receiver`'s
// thread, unless the receiver is gone by then. For reads of the store off the GUI thread.
template <typename Result, typename Work, typename Done>
void runAsync(QObject* receiver, Work work, Done done)
{
    auto* watcher = new QFutureWatcher<Result>(receiver);
    QObject::connect(watcher, &QFutureWatcher<Result>::finished, receiver, [watcher, done] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace kenshu
