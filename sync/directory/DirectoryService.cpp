#include "DirectoryService.h"

#include "ApiClient.h"
#include "AsyncRun.h"
#include "DirectoryCache.h"
#include "DirectoryJson.h"

namespace kenshu::sync {

using namespace Qt::Literals::StringLiterals;

DirectoryService::DirectoryService(ApiClient& api, QString dataDir, QObject* parent)
    : QObject(parent), m_api(api), m_dataDir(std::move(dataDir))
{
}

DirectoryService::~DirectoryService() = default;

void DirectoryService::loadSaved()
{
    using Result = Expected<std::optional<DirectorySnapshot>>;
    runAsync<Result>(
        this, [cache = DirectoryCache(m_dataDir)] { return cache.read(); },
        [this](const Result& saved) {
            if (!saved) {
                emit failed(saved.error().message);
                return;
            }
            // A fetch that finished first is newer than the saved copy.
            if (*saved && (!m_snapshot || m_snapshot->fetchedAt < (*saved)->fetchedAt))
                adopt(**saved);
        });
}

void DirectoryService::refresh()
{
    m_api.send(ApiRequest::get(u"/api/v1/directory"_s), this, [this](const ApiResult& result) {
        if (!result.ok()) {
            emit failed(result.error->message);
            return;
        }
        Expected<Directory> directory = parseDirectory(result.json);
        if (!directory) {
            emit failed(directory.error().message);
            return;
        }
        const QDateTime fetchedAt = QDateTime::currentDateTimeUtc();
        adopt({std::move(*directory), fetchedAt});
        runAsync<Status>(
            this,
            [cache = DirectoryCache(m_dataDir), body = result.json, fetchedAt] {
                return cache.write(body, fetchedAt);
            },
            [this](const Status& written) {
                if (!written)
                    emit failed(written.error().message);
            });
    });
}

void DirectoryService::adopt(DirectorySnapshot snapshot)
{
    m_snapshot = std::move(snapshot);
    emit changed();
}

} // namespace kenshu::sync
