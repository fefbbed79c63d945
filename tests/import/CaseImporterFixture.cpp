#include "CaseImporterFixture.h"

#include "AppSetup.h"
#include "CaseLibrary.h"
#include "LocalStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlRecord>
#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcuid.h>

using namespace Qt::Literals::StringLiterals;

namespace kenshu::tests {
namespace {

QStringList tableRows(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    QStringList rows;
    if (!query.exec(sql)) {
        ADD_FAILURE() << "query failed: " << sql.toStdString();
        return rows;
    }
    while (query.next()) {
        QStringList columns;
        const QSqlRecord record = query.record();
        for (int i = 0; i < record.count(); ++i) {
            const QVariant value = query.value(i);
            columns.append(
                value.typeId() == QMetaType::QByteArray
                    ? QString::fromLatin1(
                          QCryptographicHash::hash(value.toByteArray(), QCryptographicHash::Sha256)
                              .toHex())
                    : value.toString());
        }
        rows.append(columns.join(u" | "_s));
    }
    return rows;
}

QString dicomString(DcmItem& item, const DcmTagKey& tag)
{
    OFString value;
    if (item.findAndGetOFString(tag, value).bad())
        return {};
    return QString::fromUtf8(value.c_str()).trimmed();
}

} // namespace

bool LibrarySnapshot::operator==(const LibrarySnapshot& other) const
{
    return records == other.records && outbox == other.outbox && blobIndex == other.blobIndex &&
           thumbnails == other.thumbnails && syncState == other.syncState &&
           blobFiles == other.blobFiles;
}

void PrintTo(const LibrarySnapshot& snapshot, std::ostream* os)
{
    const auto section = [os](const char* name, const QStringList& rows) {
        *os << "\n  " << name << " (" << rows.size() << "):";
        for (const QString& row : rows)
            *os << "\n    " << row.left(160).toStdString();
    };
    section("records", snapshot.records);
    section("outbox", snapshot.outbox);
    section("blobs table", snapshot.blobIndex);
    section("thumbnails", snapshot.thumbnails);
    section("sync_state", snapshot.syncState);
    section("blob files", snapshot.blobFiles);
}

void PrintTo(const SeriesCount& count, std::ostream* os)
{
    *os << "{instances " << count.instances << ", frames " << count.frames << "}";
}

DicomContent countDicomFiles(const QString& root)
{
    DicomContent content;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        DcmFileFormat file;
        if (file.loadFile(QFile::encodeName(path).constData()).bad())
            continue;
        if (dicomString(*file.getMetaInfo(), DCM_MediaStorageSOPClassUID) ==
            QLatin1StringView(UID_MediaStorageDirectoryStorage))
            continue;
        DcmDataset& dataset = *file.getDataset();
        Sint32 frames = 1;
        if (dataset.findAndGetSint32(DCM_NumberOfFrames, frames).bad())
            frames = 1;
        SeriesCount& count = content[dicomString(dataset, DCM_StudyInstanceUID)]
                                    [dicomString(dataset, DCM_SeriesInstanceUID)];
        ++count.instances;
        count.frames += int(frames);
    }
    return content;
}

DicomContent contentOf(const CaseEntry& entry)
{
    DicomContent content;
    for (const StudyEntry& study : entry.studies) {
        for (const SeriesEntry& series : study.series) {
            SeriesCount& count = content[study.studyInstanceUid][series.seriesInstanceUid];
            count.instances += int(series.instances.size());
            count.frames += series.frameCount();
        }
    }
    return content;
}

QString sha256OfFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

void CaseImporterFixture::SetUp()
{
    ASSERT_TRUE(m_data.isValid());
    ASSERT_TRUE(m_input.isValid());
}

QString CaseImporterFixture::inputPath(const QString& relative) const
{
    return QDir(m_input.path()).filePath(relative);
}

testdata::DicomSpec CaseImporterFixture::makeSpec(const QString& studyUid, const QString& seriesUid,
                                                  int seriesNumber, int instanceNumber, int frames)
{
    testdata::DicomSpec spec;
    spec.studyInstanceUid = studyUid.isEmpty() ? testdata::newUid() : studyUid;
    spec.seriesInstanceUid = seriesUid.isEmpty() ? testdata::newUid() : seriesUid;
    spec.sopInstanceUid = testdata::newUid();
    spec.seriesNumber = seriesNumber;
    spec.instanceNumber = instanceNumber;
    spec.frames = frames;
    return spec;
}

QString CaseImporterFixture::writeDicomFile(const QString& relative,
                                            const testdata::DicomSpec& spec)
{
    const QString path = inputPath(relative);
    const QString error = testdata::writeDicom(path, spec);
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    return path;
}

QString CaseImporterFixture::writeTextFile(const QString& relative, const QByteArray& content)
{
    const QString path = inputPath(relative);
    EXPECT_TRUE(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly)) << path.toStdString();
    EXPECT_EQ(file.write(content), content.size());
    return path;
}

ImportRequest CaseImporterFixture::request(const QStringList& paths, const QString& title,
                                           const QString& note) const
{
    ImportRequest result;
    result.caseTitle = title;
    result.caseNote = note;
    result.paths = paths;
    result.actor = u"123456"_s;
    return result;
}

ImportOutcome CaseImporterFixture::runImport(const QStringList& paths, const QString& title,
                                             const QString& note)
{
    return runImport(request(paths, title, note));
}

ImportOutcome CaseImporterFixture::runImport(const ImportRequest& importRequest,
                                             const ImportProgressCallback& progress,
                                             const std::atomic_bool* cancel)
{
    return runImportWith(defaultImportFormats(), importRequest, progress, cancel);
}

ImportOutcome CaseImporterFixture::runImportWith(const CaseImporter::Formats& formats,
                                                 const ImportRequest& importRequest,
                                                 const ImportProgressCallback& progress,
                                                 const std::atomic_bool* cancel)
{
    const CaseImporter importer(dataDir(), formats);
    return importer.run(importRequest, progress, cancel);
}

std::unique_ptr<LocalStore> CaseImporterFixture::openStore() const
{
    Expected<std::unique_ptr<LocalStore>> opened = LocalStore::open(dataDir());
    if (!opened) {
        ADD_FAILURE() << "cannot open the store: " << opened.error().message.toStdString();
        return nullptr;
    }
    return std::move(*opened);
}

LibrarySnapshot CaseImporterFixture::snapshot() const
{
    LibrarySnapshot result;
    const std::unique_ptr<LocalStore> store = openStore();
    if (!store)
        return result;
    const QSqlDatabase db = store->database();
    result.records = tableRows(db, u"SELECT * FROM records ORDER BY rowid"_s);
    result.outbox = tableRows(db, u"SELECT * FROM outbox ORDER BY seq"_s);
    result.blobIndex = tableRows(db, u"SELECT * FROM blobs ORDER BY sha256"_s);
    result.thumbnails = tableRows(db, u"SELECT * FROM thumbnails ORDER BY series_uid"_s);
    result.syncState = tableRows(db, u"SELECT * FROM sync_state ORDER BY key"_s);
    result.blobFiles = blobFiles();
    return result;
}

QStringList CaseImporterFixture::blobFiles() const
{
    const QDir root(QDir(dataDir()).filePath(u"blobs"_s));
    QStringList files;
    QDirIterator it(root.path(), QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.append(root.relativeFilePath(path) + u' ' + sha256OfFile(path));
    }
    files.sort();
    return files;
}

QList<CaseSummary> CaseImporterFixture::summaries() const
{
    const std::unique_ptr<LocalStore> store = openStore();
    if (!store)
        return {};
    const CaseLibrary library(*store);
    Expected<QList<CaseSummary>> result = library.caseSummaries();
    if (!result) {
        ADD_FAILURE() << result.error().message.toStdString();
        return {};
    }
    return *result;
}

std::optional<CaseEntry> CaseImporterFixture::loadCase(const QUuid& id) const
{
    const std::unique_ptr<LocalStore> store = openStore();
    if (!store)
        return std::nullopt;
    return CaseLibrary(*store).loadCase(id);
}

QString CaseImporterFixture::issuesText(const ImportOutcome& outcome)
{
    QStringList lines;
    for (const ImportIssue& issue : outcome.issues) {
        lines.append((issue.kind == ImportIssue::Kind::Skipped ? u"skipped "_s : u"rejected "_s) +
                     issue.path + u": "_s + issue.reason);
    }
    if (outcome.failure)
        lines.append(u"failure: "_s + outcome.failure->message);
    return lines.join(u'\n');
}

const ImportIssue* CaseImporterFixture::findIssue(const ImportOutcome& outcome, const QString& path)
{
    const QString wanted = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    for (const ImportIssue& issue : outcome.issues) {
        if (QDir::cleanPath(QFileInfo(issue.path).absoluteFilePath()) == wanted)
            return &issue;
    }
    return nullptr;
}

} // namespace kenshu::tests
