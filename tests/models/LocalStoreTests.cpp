#include "LocalStore.h"
#include "QtPrinters.h"
#include "StoreMigrations.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <QVariant>
#include <QtConcurrent/QtConcurrentRun>
#include <functional>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace kenshu;

namespace {

// A plain SQLite connection to a file, independent of LocalStore.
void withRawDatabase(const QString& path, const std::function<void(QSqlDatabase&)>& body)
{
    const QString name = u"raw-"_s + QUuid::createUuid().toString(QUuid::Id128);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open()) << db.lastError().text().toStdString();
        body(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QVariant scalar(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        ADD_FAILURE() << sql.toStdString() << ": " << query.lastError().text().toStdString();
        return {};
    }
    return query.value(0);
}

QStringList tableNames(QSqlDatabase& db)
{
    QSqlQuery query(db);
    QStringList names;
    EXPECT_TRUE(query.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                           "LIKE 'sqlite_%' ORDER BY name"_s));
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

std::unique_ptr<LocalStore> openStore(const QString& dataDir)
{
    Expected<std::unique_ptr<LocalStore>> opened = LocalStore::open(dataDir);
    if (!opened) {
        ADD_FAILURE() << "cannot open the store: " << opened.error().message.toStdString();
        return nullptr;
    }
    return std::move(*opened);
}

Record sampleRecord()
{
    Record record;
    record.id = QUuid::createUuid();
    record.type = RecordType::Study;
    record.parentId = QUuid::createUuid();
    record.rev = 5;
    record.updatedAt = QDateTime(QDate(2026, 1, 15), QTime(10, 15, 30, 123), Qt::UTC);
    record.updatedBy = u"123456"_s;
    record.data = QJsonObject{
        {u"description"_s, u"冠動脈造影"_s},
        {u"series"_s, QJsonArray{QJsonObject{{u"modality"_s, u"XA"_s}, {u"frames"_s, 30}}}},
        {u"flag"_s, true},
    };
    return record;
}

class Models_LocalStoreTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    QString dataDir() const { return m_dir.path(); }
    QString databasePath() const { return QDir(m_dir.path()).filePath(u"kenshu.sqlite"_s); }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(Models_LocalStoreTest, MigratesAnEmptyDatabaseToTheCurrentSchema)
{
    // An existing, empty SQLite file: user_version 0.
    withRawDatabase(databasePath(), [](QSqlDatabase& db) {
        EXPECT_EQ(scalar(db, u"PRAGMA user_version"_s).toInt(), 0);
        EXPECT_TRUE(tableNames(db).isEmpty());
    });

    std::unique_ptr<LocalStore> store = openStore(dataDir());
    ASSERT_TRUE(store);
    EXPECT_EQ(store->databasePath(), databasePath());
    EXPECT_EQ(store->schemaVersion(), LocalStore::kSchemaVersion);
    store.reset();

    withRawDatabase(databasePath(), [](QSqlDatabase& db) {
        EXPECT_EQ(scalar(db, u"PRAGMA user_version"_s).toInt(), LocalStore::kSchemaVersion);
        const QStringList tables = tableNames(db);
        for (const QString& table : {u"records"_s, u"outbox"_s, u"blobs"_s, u"sync_state"_s,
                                     u"thumbnails"_s, u"sync_issues"_s})
            EXPECT_TRUE(tables.contains(table)) << table.toStdString();
        // WAL is a property of the file: a fresh connection sees it.
        EXPECT_EQ(scalar(db, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    });
}

TEST_F(Models_LocalStoreTest, CreatesTheDataFolderAndTheDatabase)
{
    const QString nested = QDir(dataDir()).filePath(u"a/b/data"_s);
    std::unique_ptr<LocalStore> store = openStore(nested);
    ASSERT_TRUE(store);
    EXPECT_TRUE(QFile::exists(QDir(nested).filePath(u"kenshu.sqlite"_s)));
    EXPECT_EQ(store->schemaVersion(), LocalStore::kSchemaVersion);
    QSqlDatabase db = store->database();
    EXPECT_EQ(scalar(db, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    // synchronous=FULL (2) for drafts.
    EXPECT_EQ(scalar(db, u"PRAGMA synchronous"_s).toInt(), 2);
}

TEST_F(Models_LocalStoreTest, ReopeningIsIdempotent)
{
    const Record record = sampleRecord();
    QStringList schemaBefore;
    {
        std::unique_ptr<LocalStore> store = openStore(dataDir());
        ASSERT_TRUE(store);
        ASSERT_TRUE(store->putRecord(record));
        QSqlDatabase db = store->database();
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(u"SELECT sql FROM sqlite_master ORDER BY name"_s));
        while (query.next())
            schemaBefore.append(query.value(0).toString());
    }
    for (int round = 0; round < 2; ++round) {
        std::unique_ptr<LocalStore> store = openStore(dataDir());
        ASSERT_TRUE(store);
        EXPECT_EQ(store->schemaVersion(), LocalStore::kSchemaVersion);
        EXPECT_TRUE(store->record(record.id).has_value());
        EXPECT_EQ(store->outboxSize(), 1);
        QSqlDatabase db = store->database();
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(u"SELECT sql FROM sqlite_master ORDER BY name"_s));
        QStringList schema;
        while (query.next())
            schema.append(query.value(0).toString());
        EXPECT_EQ(schema, schemaBefore);
    }
}

TEST_F(Models_LocalStoreTest, TwoStoresOnOneFolderSeeEachOthersCommits)
{
    std::unique_ptr<LocalStore> first = openStore(dataDir());
    std::unique_ptr<LocalStore> second = openStore(dataDir());
    ASSERT_TRUE(first && second);
    const Record record = sampleRecord();
    ASSERT_TRUE(first->putRecord(record));
    EXPECT_TRUE(second->record(record.id).has_value());
}

TEST_F(Models_LocalStoreTest, OpeningANewLibraryFromSeveralThreadsAtOnceSucceeds)
{
    // The GUI's writers and loaders each open their own connection, possibly at first start.
    for (int round = 0; round < 5; ++round) {
        const QString folder = dataDir() + u"/round"_s + QString::number(round);
        QList<QFuture<QString>> opens;
        for (int i = 0; i < 6; ++i) {
            opens.append(QtConcurrent::run([folder] {
                Expected<std::unique_ptr<LocalStore>> store = LocalStore::open(folder);
                return store ? QString() : store.error().message;
            }));
        }
        for (QFuture<QString>& open : opens)
            EXPECT_EQ(open.result(), QString());
        std::unique_ptr<LocalStore> store = openStore(folder);
        ASSERT_TRUE(store);
        EXPECT_EQ(store->schemaVersion(), LocalStore::kSchemaVersion);
    }
}

TEST_F(Models_LocalStoreTest, RefusesADatabaseFromANewerVersionAndLeavesItUntouched)
{
    const int newer = LocalStore::kSchemaVersion + 1;
    withRawDatabase(databasePath(), [newer](QSqlDatabase& db) {
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(u"CREATE TABLE future (x TEXT)"_s));
        ASSERT_TRUE(query.exec(u"INSERT INTO future VALUES ('kept')"_s));
        ASSERT_TRUE(query.exec(u"PRAGMA user_version = %1"_s.arg(newer)));
    });
    const QByteArray hashBefore = fileHash(databasePath());
    ASSERT_FALSE(hashBefore.isEmpty());
    const QStringList filesBefore = QDir(dataDir()).entryList(QDir::Files | QDir::Hidden);

    Expected<std::unique_ptr<LocalStore>> opened = LocalStore::open(dataDir());
    ASSERT_FALSE(opened.hasValue());
    const QString message = opened.error().message;
    EXPECT_TRUE(message.contains(u"newer version"_s)) << message.toStdString();
    EXPECT_TRUE(message.contains(QString::number(newer))) << message.toStdString();
    EXPECT_TRUE(message.contains(QString::number(LocalStore::kSchemaVersion)))
        << message.toStdString();

    EXPECT_EQ(fileHash(databasePath()), hashBefore) << "the database file was modified";
    EXPECT_EQ(QDir(dataDir()).entryList(QDir::Files | QDir::Hidden), filesBefore);
    withRawDatabase(databasePath(), [newer](QSqlDatabase& db) {
        EXPECT_EQ(scalar(db, u"PRAGMA user_version"_s).toInt(), newer);
        EXPECT_EQ(tableNames(db), QStringList{u"future"_s});
        EXPECT_EQ(scalar(db, u"PRAGMA journal_mode"_s).toString(), u"delete"_s);
    });
}

TEST_F(Models_LocalStoreTest, RecordRoundTrip)
{
    std::unique_ptr<LocalStore> store = openStore(dataDir());
    ASSERT_TRUE(store);
    const Record written = sampleRecord();
    ASSERT_TRUE(store->putRecord(written));

    const std::optional<Record> read = store->record(written.id);
    ASSERT_TRUE(read.has_value());
    EXPECT_EQ(read->id, written.id);
    EXPECT_EQ(read->type, RecordType::Study);
    EXPECT_EQ(read->parentId, written.parentId);
    EXPECT_EQ(read->rev, 5);
    EXPECT_EQ(read->updatedAt, written.updatedAt);
    EXPECT_EQ(read->updatedAt.time().msec(), 123);
    EXPECT_EQ(read->updatedBy, u"123456"_s);
    EXPECT_FALSE(read->deleted);
    EXPECT_EQ(read->data, written.data);
    EXPECT_EQ(read->data.value(u"description"_s).toString(), u"冠動脈造影"_s);

    EXPECT_FALSE(store->record(QUuid::createUuid()).has_value());
}

TEST_F(Models_LocalStoreTest, RecordWithoutParentKeepsANullParent)
{
    std::unique_ptr<LocalStore> store = openStore(dataDir());
    ASSERT_TRUE(store);
    Record record = sampleRecord();
    record.type = RecordType::EvaluationSheet;
    record.parentId = QUuid();
    ASSERT_TRUE(store->putRecord(record));
    const std::optional<Record> read = store->record(record.id);
    ASSERT_TRUE(read.has_value());
    EXPECT_TRUE(read->parentId.isNull());
    EXPECT_EQ(read->type, RecordType::EvaluationSheet);
}

TEST_F(Models_LocalStoreTest, PutRecordReplacesAnExistingRecord)
{
    std::unique_ptr<LocalStore> store = openStore(dataDir());
    ASSERT_TRUE(store);
    Record record = sampleRecord();
    ASSERT_TRUE(store->putRecord(record));
    record.data = QJsonObject{{u"description"_s, u"changed"_s}};
    record.rev = 6;
    record.deleted = true;
    ASSERT_TRUE(store->putRecord(record));

    const std::optional<Record> read = store->record(record.id);
    ASSERT_TRUE(read.has_value());
    EXPECT_EQ(read->data, record.data);
    EXPECT_EQ(read->rev, 6);
    EXPECT_TRUE(read->deleted);
    QSqlDatabase db = store->database();
    EXPECT_EQ(scalar(db, u"SELECT COUNT(*) FROM records"_s).toInt(), 1);
}

TEST_F(Models_LocalStoreTest, RecordsFiltersByTypeAndParentAndSkipsDeleted)
{
    std::unique_ptr<LocalStore> store = openStore(dataDir());
    ASSERT_TRUE(store);
    const QUuid caseA = QUuid::createUuid();
    const QUuid caseB = QUuid::createUuid();
    QList<QUuid> studiesOfA;
    for (int i = 0; i < 3; ++i) {
        Record study = sampleRecord();
        study.parentId = caseA;
        study.data = QJsonObject{{u"n"_s, i}};
        ASSERT_TRUE(store->putRecord(study));
        studiesOfA.append(study.id);
    }
    Record studyOfB = sampleRecord();
    studyOfB.parentId = caseB;
    ASSERT_TRUE(store->putRecord(studyOfB));
    Record deleted = sampleRecord();
    deleted.parentId = caseA;
    deleted.deleted = true;
    ASSERT_TRUE(store->putRecord(deleted));
    Record document = sampleRecord();
    document.type = RecordType::Document;
    document.parentId = caseA;
    ASSERT_TRUE(store->putRecord(document));

    const QList<Record> ofA = store->records(RecordType::Study, caseA);
    ASSERT_EQ(ofA.size(), 3);
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(ofA[i].id, studiesOfA[i]) << "records come back in insertion order";
        EXPECT_EQ(ofA[i].data.value(u"n"_s).toInt(), i);
    }
    ASSERT_EQ(store->records(RecordType::Study, caseB).size(), 1);
    EXPECT_EQ(store->records(RecordType::Study, caseB).first().id, studyOfB.id);
    EXPECT_EQ(store->records(RecordType::Study).size(), 4);
    ASSERT_EQ(store->records(RecordType::Document, caseA).size(), 1);
    EXPECT_EQ(store->records(RecordType::Document, caseA).first().id, document.id);
    EXPECT_TRUE(store->records(RecordType::Study, QUuid::createUuid()).isEmpty());
    EXPECT_TRUE(store->records(RecordType::Case).isEmpty());

    // A deleted record is still readable by id (as a tombstone).
    const std::optional<Record> tombstone = store->record(deleted.id);
    ASSERT_TRUE(tombstone.has_value());
    EXPECT_TRUE(tombstone->deleted);
}

TEST_F(Models_LocalStoreTest, LocalEditsGoToTheOutboxAndMarkTheRecordDirty)
{
    std::unique_ptr<LocalStore> store = openStore(dataDir());
    ASSERT_TRUE(store);
    EXPECT_EQ(store->outboxSize(), 0);

    Record local = sampleRecord();
    ASSERT_TRUE(store->putRecord(local));
    EXPECT_EQ(store->outboxSize(), 1);

    // A change that came from the server is not queued and not dirty.
    Record remote = sampleRecord();
    ASSERT_TRUE(store->putRecord(remote, false));
    EXPECT_EQ(store->outboxSize(), 1);

    // A second local edit of the same record is a second mutation.
    local.rev = 7;
    ASSERT_TRUE(store->putRecord(local));
    EXPECT_EQ(store->outboxSize(), 2);

    // A server update of a record with unsent local edits keeps it dirty.
    ASSERT_TRUE(store->putRecord(local, false));
    EXPECT_EQ(store->outboxSize(), 2);

    QSqlDatabase db = store->database();
    QSqlQuery query(db);
    query.prepare(u"SELECT dirty FROM records WHERE id = ?"_s);
    query.addBindValue(local.id.toString(QUuid::WithoutBraces));
    ASSERT_TRUE(query.exec() && query.next());
    EXPECT_EQ(query.value(0).toInt(), 1);
    query.finish();
    query.prepare(u"SELECT dirty FROM records WHERE id = ?"_s);
    query.addBindValue(remote.id.toString(QUuid::WithoutBraces));
    ASSERT_TRUE(query.exec() && query.next());
    EXPECT_EQ(query.value(0).toInt(), 0);
    query.finish();

    ASSERT_TRUE(query.exec(u"SELECT seq, record_id, type, base_rev FROM outbox ORDER BY seq"_s));
    QList<qint64> seqs;
    QList<qint64> baseRevs;
    while (query.next()) {
        seqs.append(query.value(0).toLongLong());
        EXPECT_EQ(query.value(1).toString(), local.id.toString(QUuid::WithoutBraces));
        EXPECT_EQ(query.value(2).toString(), u"study"_s);
        baseRevs.append(query.value(3).toLongLong());
    }
    ASSERT_EQ(seqs.size(), 2);
    EXPECT_LT(seqs[0], seqs[1]);
    EXPECT_EQ(baseRevs, (QList<qint64>{5, 7}));
}

TEST_F(Models_LocalStoreTest, RollbackUndoesRecordsAndOutbox)
{
    std::unique_ptr<LocalStore> store = openStore(dataDir());
    ASSERT_TRUE(store);
    const Record kept = sampleRecord();
    ASSERT_TRUE(store->begin());
    ASSERT_TRUE(store->putRecord(kept));
    ASSERT_TRUE(store->commit());

    const Record dropped = sampleRecord();
    ASSERT_TRUE(store->begin());
    ASSERT_TRUE(store->putRecord(dropped));
    ASSERT_TRUE(store->putBlob(u"ab"_s.repeated(32), 10, u"dicom"_s));
    EXPECT_TRUE(store->record(dropped.id).has_value());
    store->rollback();

    EXPECT_TRUE(store->record(kept.id).has_value());
    EXPECT_FALSE(store->record(dropped.id).has_value());
    EXPECT_FALSE(store->hasBlob(u"ab"_s.repeated(32)));
    EXPECT_EQ(store->outboxSize(), 1);
}

TEST_F(Models_LocalStoreTest, BlobIndexAndThumbnails)
{
    std::unique_ptr<LocalStore> store = openStore(dataDir());
    ASSERT_TRUE(store);
    const QString sha = u"0123456789abcdef"_s.repeated(4);
    EXPECT_FALSE(store->hasBlob(sha));
    ASSERT_TRUE(store->putBlob(sha, 1234, u"dicom"_s));
    EXPECT_TRUE(store->hasBlob(sha));
    // Registering the same content again is harmless and keeps the first entry.
    ASSERT_TRUE(store->putBlob(sha, 1234, u"pdf"_s));
    QSqlDatabase db = store->database();
    EXPECT_EQ(scalar(db, u"SELECT COUNT(*) FROM blobs"_s).toInt(), 1);
    EXPECT_EQ(scalar(db, u"SELECT kind FROM blobs"_s).toString(), u"dicom"_s);
    EXPECT_EQ(scalar(db, u"SELECT size FROM blobs"_s).toLongLong(), 1234);
    EXPECT_EQ(scalar(db, u"SELECT state FROM blobs"_s).toString(), u"local"_s);

    EXPECT_TRUE(store->thumbnail(u"1.2.3"_s).isEmpty());
    ASSERT_TRUE(store->putThumbnail(u"1.2.3"_s, QByteArray("first\0png", 9)));
    EXPECT_EQ(store->thumbnail(u"1.2.3"_s), QByteArray("first\0png", 9));
    ASSERT_TRUE(store->putThumbnail(u"1.2.3"_s, QByteArray("second")));
    EXPECT_EQ(store->thumbnail(u"1.2.3"_s), QByteArray("second"));
    EXPECT_TRUE(store->thumbnail(u"1.2.4"_s).isEmpty());
}

TEST(Models_RecordTest, TypeNamesRoundTrip)
{
    const QList<RecordType> types{RecordType::Program,         RecordType::Room,
                                  RecordType::Member,          RecordType::Case,
                                  RecordType::Study,           RecordType::Document,
                                  RecordType::Comment,         RecordType::Annotation,
                                  RecordType::Report,          RecordType::EvaluationSheet,
                                  RecordType::ApprovalRequest, RecordType::Credential,
                                  RecordType::Notification};
    QStringList names;
    for (RecordType type : types) {
        const QString name = recordTypeName(type);
        EXPECT_FALSE(name.isEmpty());
        EXPECT_FALSE(names.contains(name)) << name.toStdString();
        names.append(name);
        EXPECT_EQ(recordTypeFromName(name), std::optional<RecordType>(type));
    }
    EXPECT_EQ(recordTypeName(RecordType::EvaluationSheet), u"evaluation_sheet"_s);
    EXPECT_EQ(recordTypeName(RecordType::ApprovalRequest), u"approval_request"_s);
    EXPECT_EQ(recordTypeFromName(u"Case"_s), std::nullopt);
    EXPECT_EQ(recordTypeFromName(u""_s), std::nullopt);
}

TEST_F(Models_LocalStoreTest, UpgradesAVersionOneLibraryKeepingItsRecords)
{
    // A library as the first release wrote it: schema 1 with one case in it.
    withRawDatabase(databasePath(), [](QSqlDatabase& db) {
        QSqlQuery query(db);
        for (const QString& statement : migrationStatements(1))
            ASSERT_TRUE(query.exec(statement)) << query.lastError().text().toStdString();
        ASSERT_TRUE(query.exec(u"INSERT INTO records (id, type, updated_at, data) VALUES "
                               "('6f1c0f64-51f5-4c64-9a7e-0d5c6c1f0a01', 'case', "
                               "'2026-01-15T10:00:00.000Z', '{\"title\":\"123456-001\"}')"_s));
        ASSERT_TRUE(query.exec(u"PRAGMA user_version = 1"_s));
    });

    std::unique_ptr<LocalStore> store = openStore(dataDir());
    ASSERT_TRUE(store);
    EXPECT_EQ(store->schemaVersion(), LocalStore::kSchemaVersion);
    const std::optional<Record> record =
        store->record(QUuid::fromString(u"6f1c0f64-51f5-4c64-9a7e-0d5c6c1f0a01"_s));
    ASSERT_TRUE(record.has_value());
    EXPECT_EQ(record->data.value("title"_L1).toString(), u"123456-001"_s);
    store.reset();

    withRawDatabase(databasePath(), [](QSqlDatabase& db) {
        EXPECT_EQ(scalar(db, u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name "
                             "IN ('records_case_list', 'records_case_children')"_s)
                      .toInt(),
                  2);
    });
}
