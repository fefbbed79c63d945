#include "BackgroundWrite.h"

#include <QFutureWatcher>
#include <QMessageBox>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

namespace kenshu {

void writeInBackground(QWidget* window, const QString& title, std::function<Status()> write,
                       std::function<void()> done)
{
    auto* watcher = new QFutureWatcher<Status>(window);
    QObject::connect(watcher, &QFutureWatcher<Status>::finished, window,
                     [window, watcher, title, done] {
                         const Status written = watcher->result();
                         watcher->deleteLater();
                         if (!written)
                             QMessageBox::warning(window, title, written.error().message);
                         else if (done)
                             done();
                     });
    watcher->setFuture(QtConcurrent::run(std::move(write)));
}

} // namespace kenshu
