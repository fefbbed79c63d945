#include "LibraryLoader.h"

#include "AsyncRun.h"
#include "CaseLibrary.h"
#include "LocalStore.h"

namespace kenshu {
namespace {

struct LoadedCase
{
    std::optional<CaseEntry> entry;
    QHash<QString, QImage> thumbnails;
    QString error;
};

} // namespace

LibraryLoader::LibraryLoader(QString dataDir, QObject* parent)
    : QObject(parent), m_dataDir(std::move(dataDir))
{
}

LibraryLoader::~LibraryLoader() = default;

void LibraryLoader::loadCases()
{
    using Result = Expected<QList<CaseSummary>>;
    runAsync<Result>(
        this,
        [dataDir = m_dataDir]() -> Result {
            Expected<std::unique_ptr<LocalStore>> store = LocalStore::open(dataDir);
            if (!store)
                return store.error();
            return CaseLibrary(**store).caseSummaries();
        },
        [this](const Result& result) {
            if (result)
                emit casesLoaded(*result);
            else
                emit failed(result.error().message);
        });
}

void LibraryLoader::loadCase(const QUuid& caseId)
{
    const quint64 generation = ++m_caseGeneration;
    runAsync<LoadedCase>(
        this,
        [dataDir = m_dataDir, caseId] {
            LoadedCase loaded;
            Expected<std::unique_ptr<LocalStore>> store = LocalStore::open(dataDir);
            if (!store) {
                loaded.error = store.error().message;
                return loaded;
            }
            loaded.entry = CaseLibrary(**store).loadCase(caseId);
            if (!loaded.entry)
                return loaded;
            for (const StudyEntry& study : std::as_const(loaded.entry->studies)) {
                for (const SeriesEntry& series : study.series) {
                    QImage image;
                    if (image.loadFromData((*store)->thumbnail(series.seriesInstanceUid), "PNG"))
                        loaded.thumbnails.insert(series.seriesInstanceUid, image);
                }
            }
            return loaded;
        },
        [this, generation, caseId](const LoadedCase& loaded) {
            if (generation != m_caseGeneration)
                return; // the user has moved on to another case
            if (!loaded.error.isEmpty())
                emit failed(loaded.error);
            else if (!loaded.entry)
                emit caseMissing(caseId);
            else
                emit caseLoaded(*loaded.entry, loaded.thumbnails);
        });
}

} // namespace kenshu
