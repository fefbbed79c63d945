#include "DraftLoader.h"

#include "AsyncRun.h"
#include "DraftStore.h"
#include "LocalStore.h"

#include <algorithm>

namespace kenshu {

DraftLoader::DraftLoader(QString dataDir, QObject* parent)
    : QObject(parent), m_dataDir(std::move(dataDir))
{
}

DraftLoader::~DraftLoader() = default;

void DraftLoader::loadAll()
{
    using Result = Expected<QList<StoredDraft>>;
    const quint64 generation = ++m_generation;
    runAsync<Result>(
        this,
        [dataDir = m_dataDir]() -> Result {
            Expected<std::unique_ptr<LocalStore>> store = LocalStore::open(dataDir);
            if (!store)
                return store.error();
            // Reading needs no editor: the id only stamps writes.
            const DraftStore drafts(**store, QString());
            QList<StoredDraft> all;
            for (RecordType type : {RecordType::Report, RecordType::EvaluationSheet}) {
                for (const ReportDraft& draft : drafts.list(type))
                    all.append({type, draft});
            }
            std::stable_sort(all.begin(), all.end(), [](const auto& a, const auto& b) {
                return a.draft.savedAt > b.draft.savedAt;
            });
            return all;
        },
        [this, generation](const Result& result) {
            if (generation != m_generation)
                return; // a newer load is on its way
            if (result)
                emit draftsLoaded(*result);
            else
                emit failed(result.error().message);
        });
}

} // namespace kenshu
