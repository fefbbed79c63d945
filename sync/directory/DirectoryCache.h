#pragma once

#include "Directory.h"
#include "Expected.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace kenshu::sync {

// The last directory fetched from the server, kept in the data folder (directory.json) so that
// choosing a supervisor or facility works offline. Holds the server's body as it came, with the
// time it was fetched. Written atomically (QSaveFile): a crash leaves the previous copy.
// Synchronous file I/O: call it off the GUI thread.
class DirectoryCache final
{
public:
    explicit DirectoryCache(QString dataDir);

    QString path() const;
    Status write(const QJsonObject& serverBody, const QDateTime& fetchedAt) const;
    // nullopt when nothing was ever fetched; an error when the copy cannot be read.
    Expected<std::optional<DirectorySnapshot>> read() const;

private:
    QString m_dataDir;
};

} // namespace kenshu::sync
