#include "LocalChanges.h"

#include <QCoreApplication>
#include <QThread>

namespace kenshu {

LocalChanges& LocalChanges::instance()
{
    static LocalChanges* changes = [] {
        auto* created = new LocalChanges();
        // Made by whichever thread writes first; it belongs with the application.
        if (QCoreApplication* app = QCoreApplication::instance())
            created->moveToThread(app->thread());
        return created;
    }();
    return *changes;
}

void LocalChanges::notifyQueued(const QString& dataDir)
{
    emit instance().queued(dataDir);
}

} // namespace kenshu
