// Shared fixture of the import suites: a data folder and an input folder per test, generators
// for DICOM files, and an independent view of the library (SQL rows + blob files) to check that
// a failed import changed nothing.
#pragma once

#include "CaseImporter.h"
#include "LibraryTypes.h"
#include "QtPrinters.h"
#include "TestData.h"

#include <QMap>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <memory>
#include <optional>

namespace kenshu {
class LocalStore;
}

namespace kenshu::tests {

// Everything an import may change, as text: all rows of all tables and every file under
// blobs/ with the SHA-256 of its content (temporary files included).
struct LibrarySnapshot
{
    QStringList records;
    QStringList outbox;
    QStringList blobIndex;
    QStringList thumbnails;
    QStringList syncState;
    QStringList blobFiles;

    bool operator==(const LibrarySnapshot& other) const;
    bool operator!=(const LibrarySnapshot& other) const { return !(*this == other); }
};
void PrintTo(const LibrarySnapshot& snapshot, std::ostream* os);

// What a set of DICOM files holds, counted by reading them with DCMTK (not by the importer):
// study UID -> series UID -> {instances, frames}.
struct SeriesCount
{
    int instances = 0;
    int frames = 0;
    bool operator==(const SeriesCount& other) const
    {
        return instances == other.instances && frames == other.frames;
    }
};
using DicomContent = QMap<QString, QMap<QString, SeriesCount>>;
void PrintTo(const SeriesCount& count, std::ostream* os);

// Reads every DICOM Part 10 file under `root` (DICOMDIR files excluded) with DcmFileFormat.
DicomContent countDicomFiles(const QString& root);
// The same view of a case as the importer stored it.
DicomContent contentOf(const CaseEntry& entry);

QString sha256OfFile(const QString& path);

class CaseImporterFixture : public ::testing::Test
{
protected:
    static constexpr const char* kTitle = "123456-001";

    void SetUp() override;

    QString dataDir() const { return m_data.path(); }
    QString inputDir() const { return m_input.path(); }
    QString inputPath(const QString& relative) const;

    // A spec with fresh UIDs in the given study and series (fresh ones when empty).
    static testdata::DicomSpec makeSpec(const QString& studyUid, const QString& seriesUid,
                                        int seriesNumber = 1, int instanceNumber = 1,
                                        int frames = 1);
    // Writes a DICOM file under the input folder; returns its absolute path (fails the test
    // when the writer fails).
    QString writeDicomFile(const QString& relative, const testdata::DicomSpec& spec);
    QString writeTextFile(const QString& relative, const QByteArray& content);

    ImportOutcome runImport(const QStringList& paths,
                            const QString& title = QString::fromLatin1(kTitle),
                            const QString& note = {});
    ImportOutcome runImport(const ImportRequest& request,
                            const ImportProgressCallback& progress = {},
                            const std::atomic_bool* cancel = nullptr);
    ImportOutcome runImportWith(const CaseImporter::Formats& formats, const ImportRequest& request,
                                const ImportProgressCallback& progress = {},
                                const std::atomic_bool* cancel = nullptr);
    ImportRequest request(const QStringList& paths,
                          const QString& title = QString::fromLatin1(kTitle),
                          const QString& note = {}) const;

    std::unique_ptr<LocalStore> openStore() const;
    LibrarySnapshot snapshot() const;
    QList<CaseSummary> summaries() const;
    std::optional<CaseEntry> loadCase(const QUuid& id) const;
    QStringList blobFiles() const;

    static QString issuesText(const ImportOutcome& outcome);
    static const ImportIssue* findIssue(const ImportOutcome& outcome, const QString& path);

    QTemporaryDir m_data;
    QTemporaryDir m_input;
};

} // namespace kenshu::tests
