#pragma once

#include <QObject>
#include <QString>

namespace kenshu {

// Tells the app that a local change was queued for sync in a data folder, so that sync can
// follow shortly. LocalStore reports here when a change it queued is committed, from whatever
// thread wrote it; connect with the default (auto) connection.
class LocalChanges final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalChanges)

public:
    static LocalChanges& instance();
    // Called by LocalStore, on any thread.
    static void notifyQueued(const QString& dataDir);

signals:
    void queued(const QString& dataDir);

private:
    LocalChanges() = default;
};

} // namespace kenshu
