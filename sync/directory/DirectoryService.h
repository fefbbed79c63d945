#pragma once

#include "Directory.h"

#include <QObject>
#include <QString>
#include <optional>

namespace kenshu::sync {

class ApiClient;

// The member and facility directory for the screens: the saved copy at start (offline too),
// replaced by a fresh one from GET /api/v1/directory after sign-in or on demand, which is then
// saved again. File reads and writes run on the thread pool, the request on the event loop;
// nothing blocks. The screens take snapshot() as input; this object is where it comes from.
class DirectoryService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DirectoryService)

public:
    DirectoryService(ApiClient& api, QString dataDir, QObject* parent = nullptr);
    ~DirectoryService() override;

    // Reads the saved copy; changed() follows when there is one (and nothing newer came first).
    void loadSaved();
    // Fetches the directory (the client must be signed in); changed() or failed() follows.
    void refresh();

    // The newest directory known; nullopt before the first fetch or saved copy.
    const std::optional<DirectorySnapshot>& snapshot() const { return m_snapshot; }

signals:
    void changed();
    // The fetch or a file operation failed; the last snapshot stays usable. Translated.
    void failed(const QString& message);

private:
    void adopt(DirectorySnapshot snapshot);

    ApiClient& m_api;
    QString m_dataDir;
    std::optional<DirectorySnapshot> m_snapshot;
};

} // namespace kenshu::sync
