#include "CaseImporter.h"

#include "BlobStore.h"
#include "CaseConsultation.h"
#include "CaseLibrary.h"
#include "CaseTitle.h"
#include "LocalStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;

constexpr int kThumbnailSide = 160;
constexpr qint64 kHeadSize = 1024;

struct InspectedFile
{
    QString path;
    int formatIndex = -1;
    FileInspection inspection;
};

// A DICOM instance copied into the blob store, waiting to be recorded.
struct CopiedInstance
{
    const DicomInstanceMeta* meta = nullptr;
    InstanceEntry instance;
};

// Reports progress from any thread, one call at a time.
class ProgressReporter
{
public:
    explicit ProgressReporter(const ImportProgressCallback& callback) : m_callback(callback) {}

    void report(ImportProgress::Phase phase, int done, int total)
    {
        if (!m_callback)
            return;
        QMutexLocker lock(&m_mutex);
        m_callback(ImportProgress{phase, done, total});
    }

private:
    const ImportProgressCallback& m_callback;
    QMutex m_mutex;
};

bool isCancelled(const std::atomic_bool* cancel)
{
    return cancel && cancel->load();
}

bool isIndexFileName(const QString& path)
{
    return QFileInfo(path).fileName().compare("DICOMDIR"_L1, Qt::CaseInsensitive) == 0;
}

// Expands folders, follows index files (DICOMDIR) and drops repeats. Paths come back absolute
// and sorted, so an import is repeatable.
QStringList collectFiles(const QStringList& paths, const CaseImporter::Formats& formats,
                         QList<ImportIssue>& issues)
{
    QStringList files;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            issues.append({ImportIssue::Kind::Rejected, path,
                           QCoreApplication::translate("CaseImporter",
                                                       "The file or folder does not exist.")});
        } else if (info.isDir()) {
            QDirIterator it(info.absoluteFilePath(), QDir::Files | QDir::NoDotAndDotDot,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                files.append(QFileInfo(it.next()).absoluteFilePath());
        } else {
            files.append(info.absoluteFilePath());
        }
    }

    QStringList referenced;
    for (const QString& file : std::as_const(files)) {
        if (!isIndexFileName(file))
            continue;
        for (const auto& format : formats) {
            const Expected<QStringList> listed = format->indexedFiles(file);
            if (!listed) {
                issues.append({ImportIssue::Kind::Rejected, file, listed.error().message});
                continue;
            }
            for (const QString& entry : *listed) {
                if (QFileInfo::exists(entry)) {
                    referenced.append(entry);
                } else {
                    issues.append(
                        {ImportIssue::Kind::Rejected, entry,
                         QCoreApplication::translate(
                             "CaseImporter", "Listed in the DICOMDIR, but the file is missing.")});
                }
            }
        }
    }
    files += referenced;

    QSet<QString> seen;
    QStringList unique;
    for (const QString& file : std::as_const(files)) {
        const QString canonical = QFileInfo(file).canonicalFilePath();
        const QString key = canonical.isEmpty() ? file : canonical;
        if (!seen.contains(key)) {
            seen.insert(key);
            unique.append(file);
        }
    }
    std::sort(unique.begin(), unique.end());
    return unique;
}

void inspectFile(InspectedFile& file, const CaseImporter::Formats& formats)
{
    QFile handle(file.path);
    if (!handle.open(QIODevice::ReadOnly)) {
        file.inspection.kind = FileInspection::Kind::Rejected;
        file.inspection.reason =
            QCoreApplication::translate("CaseImporter", "Cannot read the file: %1")
                .arg(handle.errorString());
        return;
    }
    if (handle.size() == 0) {
        file.inspection.reason = QCoreApplication::translate("CaseImporter", "The file is empty.");
        return;
    }
    const QByteArray head = handle.read(kHeadSize);
    handle.close();
    for (int index = 0; index < int(formats.size()); ++index) {
        FileInspection inspection = formats[size_t(index)]->inspect(file.path, head);
        if (inspection.kind != FileInspection::Kind::NotRecognised) {
            file.formatIndex = index;
            file.inspection = std::move(inspection);
            return;
        }
    }
    file.inspection.reason =
        QCoreApplication::translate("CaseImporter", "Not a DICOM or PDF file.");
}

// Blobs written by this import; removed again unless the import commits. A concurrent import
// may have found the same content already stored and recorded it, so a file is removed only
// if no committed record names it, checked under the write lock.
class WrittenBlobs
{
public:
    WrittenBlobs(const BlobStore& blobs, LocalStore& store) : m_blobs(blobs), m_store(store) {}
    ~WrittenBlobs()
    {
        if (m_committed || m_written.isEmpty() || !m_store.begin())
            return; // without the lock, an orphan file is safer than a missing one
        for (const QString& sha : std::as_const(m_written)) {
            if (!m_store.hasBlob(sha))
                m_blobs.discard(sha);
        }
        m_store.rollback();
    }
    WrittenBlobs(const WrittenBlobs&) = delete;
    WrittenBlobs& operator=(const WrittenBlobs&) = delete;

    void add(const StoredBlob& blob)
    {
        if (blob.newlyWritten)
            m_written.append(blob.sha256);
    }
    void commit() { m_committed = true; }

private:
    const BlobStore& m_blobs;
    LocalStore& m_store;
    QStringList m_written;
    bool m_committed = false;
};

// Records a stored file, after checking (under the write lock) that a failed concurrent import
// did not remove it in the meantime.
Status recordBlob(LocalStore& store, const BlobStore& blobs, const QString& sha256, qint64 size,
                  const QString& kind)
{
    if (!blobs.contains(sha256)) {
        return Error{QCoreApplication::translate(
            "CaseImporter", "A file was removed from the data folder during the import. "
                            "Import again.")};
    }
    return store.putBlob(sha256, size, kind);
}

// Adds an instance to its study and series in the case, creating them as needed.
void placeInstance(CaseEntry& target, const DicomInstanceMeta& meta, const InstanceEntry& instance)
{
    StudyEntry* study = target.findStudy(meta.studyInstanceUid);
    if (!study) {
        StudyEntry entry;
        entry.id = QUuid::createUuid();
        entry.caseId = target.id;
        entry.studyInstanceUid = meta.studyInstanceUid;
        entry.studyDate = meta.studyDate;
        entry.studyTime = meta.studyTime;
        entry.description = meta.studyDescription;
        target.studies.append(entry);
        study = &target.studies.last();
    }
    SeriesEntry* series = study->findSeries(meta.seriesInstanceUid);
    if (!series) {
        SeriesEntry entry;
        entry.seriesInstanceUid = meta.seriesInstanceUid;
        entry.modality = meta.modality;
        entry.description = meta.seriesDescription;
        entry.seriesNumber = meta.seriesNumber;
        study->series.append(entry);
        series = &study->series.last();
    }
    series->instances.append(instance);
}

// A closed consultation is the supervisor's approval of the case as it was: nothing is added.
Expected<CaseEntry> openCaseOnly(CaseEntry entry)
{
    if (const Decision open = canAddToCase(entry.closed ? CaseState::Closed : CaseState::Open);
        !open)
        return Error{
            QCoreApplication::translate("CaseImporter", "%1: %2").arg(entry.title, open.message())};
    return entry;
}

// The case an import goes into: the existing one by id ("Add study"), else the one with the
// title, else a new one (not yet stored). `created` tells which.
Expected<CaseEntry> resolveTargetCase(const CaseLibrary& library, const ImportRequest& request,
                                      bool& created)
{
    created = false;
    if (!request.caseId.isNull()) {
        if (std::optional<CaseEntry> existing = library.loadCase(request.caseId))
            return openCaseOnly(std::move(*existing));
        return Error{QCoreApplication::translate("CaseImporter", "The case no longer exists.")};
    }
    const QString title = request.caseTitle.trimmed();
    if (const QString problem = caseTitleProblem(title); !problem.isEmpty())
        return Error{problem};
    if (const std::optional<QUuid> id = library.findCaseByTitle(title)) {
        if (std::optional<CaseEntry> existing = library.loadCase(*id))
            return openCaseOnly(std::move(*existing));
    }
    CaseEntry entry;
    entry.id = QUuid::createUuid();
    entry.title = title;
    entry.note = request.caseNote.trimmed();
    entry.createdAt = QDateTime::currentDateTimeUtc();
    created = true;
    return entry;
}

} // namespace

CaseImporter::CaseImporter(QString dataDir, Formats formats)
    : m_dataDir(std::move(dataDir)), m_formats(std::move(formats))
{
}

ImportOutcome CaseImporter::run(const ImportRequest& request,
                                const ImportProgressCallback& progressCallback,
                                const std::atomic_bool* cancel) const
{
    ImportOutcome outcome;
    ProgressReporter progress(progressCallback);

    Expected<std::unique_ptr<LocalStore>> opened = LocalStore::open(m_dataDir);
    if (!opened) {
        outcome.failure = opened.error();
        return outcome;
    }
    LocalStore& store = **opened;
    CaseLibrary library(store);

    Expected<CaseEntry> resolved = resolveTargetCase(library, request, outcome.caseCreated);
    if (!resolved) {
        outcome.failure = resolved.error();
        return outcome;
    }
    CaseEntry target = std::move(*resolved);
    outcome.caseId = target.id;
    outcome.caseTitle = target.title;

    progress.report(ImportProgress::Phase::Scanning, 0, 0);
    const QStringList paths = collectFiles(request.paths, m_formats, outcome.issues);

    // Read every file in parallel: headers only for DICOM, page count for PDF.
    std::vector<InspectedFile> inspected(size_t(paths.size()));
    for (qsizetype i = 0; i < paths.size(); ++i)
        inspected[size_t(i)].path = paths[i];
    std::atomic_int inspectedCount{0};
    const int total = int(inspected.size());
    QThreadPool pool;
    QtConcurrent::blockingMap(&pool, inspected, [&](InspectedFile& file) {
        if (isCancelled(cancel))
            return;
        inspectFile(file, m_formats);
        progress.report(ImportProgress::Phase::Reading, ++inspectedCount, total);
    });
    if (isCancelled(cancel)) {
        outcome.cancelled = true;
        return outcome;
    }

    // Decide what is new. The same SOP instance twice (in this import or already in the case)
    // is stored once; so is the same PDF content.
    QSet<QString> knownInstances = target.sopInstanceUids();
    QSet<QString> knownDocuments = target.documentHashes();

    std::vector<const InspectedFile*> toStore;
    for (const InspectedFile& file : inspected) {
        switch (file.inspection.kind) {
        case FileInspection::Kind::NotRecognised:
            outcome.issues.append({ImportIssue::Kind::Skipped, file.path, file.inspection.reason});
            break;
        case FileInspection::Kind::Rejected:
            outcome.issues.append({ImportIssue::Kind::Rejected, file.path, file.inspection.reason});
            break;
        case FileInspection::Kind::Index:
            break;
        case FileInspection::Kind::DicomInstance: {
            const QString& sop = file.inspection.dicom.instance.sopInstanceUid;
            if (knownInstances.contains(sop)) {
                ++outcome.instancesAlreadyPresent;
            } else {
                knownInstances.insert(sop);
                toStore.push_back(&file);
            }
            break;
        }
        case FileInspection::Kind::PdfDocument:
            toStore.push_back(&file);
            break;
        }
    }

    // Copy into the blob store, hashing on the way, then record everything in one transaction.
    const BlobStore blobs(m_dataDir);
    WrittenBlobs written(blobs, store);
    QHash<QString, QString> newThumbnailSources; // series UID -> file to preview
    QHash<QString, int> thumbnailFormat;
    QList<DocumentEntry> newDocuments;
    QList<CopiedInstance> newInstances;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int copied = 0;
    for (const InspectedFile* file : toStore) {
        if (isCancelled(cancel)) {
            outcome.cancelled = true;
            return outcome;
        }
        progress.report(ImportProgress::Phase::Copying, copied, int(toStore.size()));
        Expected<StoredBlob> stored = blobs.ingest(file->path);
        if (!stored) {
            outcome.failure =
                Error{QCoreApplication::translate("CaseImporter", "Nothing was imported: %1")
                          .arg(stored.error().message)};
            return outcome;
        }
        written.add(*stored);
        ++copied;

        if (file->inspection.kind == FileInspection::Kind::PdfDocument) {
            if (knownDocuments.contains(stored->sha256)) {
                ++outcome.documentsAlreadyPresent;
                continue;
            }
            knownDocuments.insert(stored->sha256);
            DocumentEntry document;
            document.id = QUuid::createUuid();
            document.caseId = target.id;
            document.name = QFileInfo(file->path).fileName();
            document.pages = file->inspection.pdfPages;
            document.sha256 = stored->sha256;
            document.size = stored->size;
            document.addedAt = now;
            newDocuments.append(document);
            continue;
        }

        const DicomInstanceMeta& meta = file->inspection.dicom;
        InstanceEntry instance = meta.instance;
        instance.sha256 = stored->sha256;
        instance.size = stored->size;
        newInstances.append({&meta, instance});

        // Preview the middle of the series' first file: XA loops start before the contrast.
        auto source = newThumbnailSources.find(meta.seriesInstanceUid);
        if (source == newThumbnailSources.end()) {
            newThumbnailSources.insert(meta.seriesInstanceUid, file->path);
            thumbnailFormat.insert(meta.seriesInstanceUid, file->formatIndex);
        }
    }
    progress.report(ImportProgress::Phase::Copying, copied, int(toStore.size()));

    QHash<QString, QByteArray> thumbnails;
    for (auto it = newThumbnailSources.cbegin(); it != newThumbnailSources.cend(); ++it) {
        if (!store.thumbnail(it.key()).isEmpty())
            continue;
        const auto& format = m_formats[size_t(thumbnailFormat.value(it.key()))];
        const QByteArray png = format->thumbnailPng(it.value(), kThumbnailSide);
        if (!png.isEmpty())
            thumbnails.insert(it.key(), png);
    }

    if (isCancelled(cancel)) {
        outcome.cancelled = true;
        return outcome;
    }
    if (newInstances.isEmpty() && newDocuments.isEmpty()) {
        // Nothing new: leave the library exactly as it was (no empty case either).
        if (outcome.caseCreated) {
            outcome.caseCreated = false;
            outcome.caseId = QUuid();
        }
        return outcome;
    }
    progress.report(ImportProgress::Phase::Saving, 0, 1);
    if (Status status = store.begin(); !status) {
        outcome.failure = status.error();
        return outcome;
    }
    auto fail = [&](const Status& status) {
        store.rollback();
        outcome.failure =
            Error{QCoreApplication::translate("CaseImporter", "Nothing was imported: %1")
                      .arg(status.error().message)};
        return outcome;
    };

    // Re-read the case under the write lock and merge into that: another import (kenshuctl
    // beside the GUI) may have changed it since it was read above, and a study record holds all
    // of its instances, so writing the earlier copy back would drop the other import's ones.
    std::optional<CaseEntry> current;
    if (!outcome.caseCreated) {
        current = library.loadCase(target.id);
        if (!current) {
            return fail(
                Error{QCoreApplication::translate("CaseImporter", "The case no longer exists.")});
        }
    } else if (const std::optional<QUuid> id = library.findCaseByTitle(target.title)) {
        current = library.loadCase(*id); // created by another import meanwhile
    }
    if (current) {
        outcome.caseCreated = false;
        target = std::move(*current);
        outcome.caseId = target.id;
    }
    QSet<QString> presentInstances = target.sopInstanceUids();
    for (const CopiedInstance& copiedInstance : std::as_const(newInstances)) {
        const DicomInstanceMeta& meta = *copiedInstance.meta;
        if (presentInstances.contains(meta.instance.sopInstanceUid)) {
            ++outcome.instancesAlreadyPresent;
            continue;
        }
        presentInstances.insert(meta.instance.sopInstanceUid);
        placeInstance(target, meta, copiedInstance.instance);
        ++outcome.instancesAdded;
        if (!outcome.studiesTouched.contains(meta.studyInstanceUid))
            outcome.studiesTouched.append(meta.studyInstanceUid);
    }
    const QSet<QString> presentDocuments = target.documentHashes();
    QList<DocumentEntry> documentsToAdd;
    for (DocumentEntry document : std::as_const(newDocuments)) {
        if (presentDocuments.contains(document.sha256)) {
            ++outcome.documentsAlreadyPresent;
            continue;
        }
        document.caseId = target.id;
        documentsToAdd.append(document);
    }
    if (outcome.instancesAdded == 0 && documentsToAdd.isEmpty()) {
        // Another import added all of it meanwhile; its records may name the files copied
        // here (same content), so they stay.
        store.rollback();
        written.commit();
        return outcome;
    }

    if (outcome.caseCreated) {
        if (Status status = library.putCase(target.id, target.title, target.note, target.createdAt,
                                            request.actor);
            !status)
            return fail(status);
    }
    for (StudyEntry& study : target.studies) {
        if (!outcome.studiesTouched.contains(study.studyInstanceUid))
            continue;
        study.sortSeries();
        if (Status status = library.putStudy(study, request.actor); !status)
            return fail(status);
        for (const SeriesEntry& series : std::as_const(study.series)) {
            for (const InstanceEntry& instance : series.instances) {
                if (Status status =
                        recordBlob(store, blobs, instance.sha256, instance.size, u"dicom"_s);
                    !status)
                    return fail(status);
            }
        }
    }
    for (const DocumentEntry& document : std::as_const(documentsToAdd)) {
        if (Status status = library.putDocument(document, request.actor); !status)
            return fail(status);
        if (Status status = recordBlob(store, blobs, document.sha256, document.size, u"pdf"_s);
            !status)
            return fail(status);
        ++outcome.documentsAdded;
    }
    for (auto it = thumbnails.cbegin(); it != thumbnails.cend(); ++it) {
        if (Status status = store.putThumbnail(it.key(), it.value()); !status)
            return fail(status);
    }
    if (Status status = store.commit(); !status)
        return fail(status);
    written.commit();
    progress.report(ImportProgress::Phase::Saving, 1, 1);
    return outcome;
}

} // namespace kenshu
