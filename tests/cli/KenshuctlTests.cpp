// Runs the real kenshuctl binary: exit codes, messages and the `cases --json` and
// `records --json` shapes.
#include "DraftStore.h"
#include "KenshuctlRunner.h"
#include "LocalStore.h"
#include "QtPrinters.h"
#include "TestData.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QTemporaryDir>
#include <QUuid>
#include <gtest/gtest.h>
#include <utility>

#ifndef KENSHU_CTL_PATH
#error "KENSHU_CTL_PATH must be the path of the kenshuctl binary"
#endif

using namespace Qt::Literals::StringLiterals;
namespace testdata = kenshu::testdata;
using kenshu::testing::CtlRun;
using kenshu::testing::kenshuctlEnvironment;
using kenshu::testing::runKenshuctl;

namespace {

QString sha256OfFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(
        QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
}

QSet<QString> keysOf(const QJsonObject& object)
{
    const QStringList keys = object.keys();
    return QSet<QString>(keys.begin(), keys.end());
}

QSet<QString> keySet(std::initializer_list<QString> keys)
{
    return QSet<QString>(keys);
}

QString describeKeys(const QJsonObject& object)
{
    return object.keys().join(u", "_s);
}

class Cli_KenshuctlTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(QFile::exists(QStringLiteral(KENSHU_CTL_PATH))) << KENSHU_CTL_PATH;
        m_data = path(u"data"_s);
        // A home of its own, so that the default data folder is never the user's.
        ASSERT_TRUE(QDir().mkpath(path(u"home"_s)));
    }

    QString path(const QString& relative) const { return QDir(m_dir.path()).filePath(relative); }

    QProcessEnvironment environment() const { return kenshuctlEnvironment(path(u"home"_s)); }

    CtlRun run(const QStringList& arguments) const { return run(arguments, environment()); }

    CtlRun run(const QStringList& arguments, const QProcessEnvironment& env) const
    {
        return runKenshuctl(arguments, env);
    }

    CtlRun importInto(const QString& title, const QStringList& paths, const QStringList& extra = {})
    {
        return run(QStringList{u"--data-dir"_s, m_data, u"import"_s, u"--case"_s, title} + extra +
                   paths);
    }

    QJsonArray casesJson(const QString& dataDir)
    {
        const CtlRun listed = run({u"--data-dir"_s, dataDir, u"cases"_s, u"--json"_s});
        EXPECT_EQ(listed.exitCode, 0) << ::testing::PrintToString(listed);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(listed.out.toUtf8(), &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError)
            << error.errorString().toStdString() << "\n"
            << listed.out.toStdString();
        EXPECT_TRUE(document.isArray()) << listed.out.toStdString();
        return document.array();
    }

    QString writeDicom(const QString& relative, testdata::DicomSpec spec)
    {
        const QString file = path(relative);
        const QString error = testdata::writeDicom(file, spec);
        EXPECT_TRUE(error.isEmpty()) << error.toStdString();
        return file;
    }

    static testdata::DicomSpec spec(const QString& study, const QString& series, int seriesNumber,
                                    int instanceNumber, int frames = 1)
    {
        testdata::DicomSpec result;
        result.studyInstanceUid = study;
        result.seriesInstanceUid = series;
        result.sopInstanceUid = testdata::newUid();
        result.seriesNumber = seriesNumber;
        result.instanceNumber = instanceNumber;
        result.frames = frames;
        return result;
    }

    // Lines of stdout that start with `prefix`.
    static QStringList linesStartingWith(const CtlRun& run, const QString& prefix)
    {
        QStringList result;
        for (const QString& line : run.outLines()) {
            if (line.startsWith(prefix))
                result.append(line);
        }
        return result;
    }

    QTemporaryDir m_dir;
    QString m_data;
};

} // namespace

TEST_F(Cli_KenshuctlTest, PrintsItsVersion)
{
    const CtlRun result = run({u"--version"_s});
    EXPECT_EQ(result.exitCode, 0) << ::testing::PrintToString(result);
    EXPECT_EQ(result.out, u"kenshuctl "_s + QStringLiteral(KENSHU_EXPECTED_VERSION) + u'\n');
    EXPECT_TRUE(result.err.isEmpty()) << result.err.toStdString();
}

TEST_F(Cli_KenshuctlTest, HelpExitsWithZeroAndNamesTheCommands)
{
    const CtlRun result = run({u"--help"_s});
    EXPECT_EQ(result.exitCode, 0) << ::testing::PrintToString(result);
    EXPECT_TRUE(result.out.contains(u"import"_s));
    EXPECT_TRUE(result.out.contains(u"cases"_s));
    EXPECT_TRUE(result.out.contains(u"records [--type T] [--json]"_s));
    EXPECT_TRUE(result.out.contains(u"--data-dir"_s));
}

// --help after a command shows that command's help and does nothing else (no sync, no sign-out,
// no import into a new data folder).
TEST_F(Cli_KenshuctlTest, HelpAfterACommandOnlyShowsItsHelp)
{
    for (const QString& command :
         {u"import"_s, u"cases"_s, u"records"_s, u"render"_s, u"annotate"_s, u"gsps"_s,
          u"deidentify"_s, u"login"_s, u"sync"_s, u"upload"_s, u"logout"_s, u"bench"_s}) {
        const CtlRun result = run({command, u"--help"_s});
        EXPECT_EQ(result.exitCode, 0) << command.toStdString() << ::testing::PrintToString(result);
        // Without a sign-in, sync and logout would fail (exit 1) had they run.
        EXPECT_TRUE(result.out.startsWith(u"Usage: "_s)) << command.toStdString();
        EXPECT_TRUE(result.out.contains(u"--help"_s)) << command.toStdString();
    }
}

TEST_F(Cli_KenshuctlTest, MissingOrUnknownCommandIsAUsageError)
{
    const CtlRun none = run({});
    EXPECT_EQ(none.exitCode, 2) << ::testing::PrintToString(none);

    const CtlRun unknown = run({u"frobnicate"_s});
    EXPECT_EQ(unknown.exitCode, 2) << ::testing::PrintToString(unknown);
    EXPECT_TRUE(unknown.err.contains(u"Unknown command: frobnicate"_s))
        << unknown.err.toStdString();

    const CtlRun badOption = run({u"--no-such-option"_s, u"cases"_s});
    EXPECT_EQ(badOption.exitCode, 2) << ::testing::PrintToString(badOption);

    const CtlRun badCasesOption = run({u"--data-dir"_s, m_data, u"cases"_s, u"--xml"_s});
    EXPECT_EQ(badCasesOption.exitCode, 2) << ::testing::PrintToString(badCasesOption);
}

TEST_F(Cli_KenshuctlTest, ImportWithoutCaseOrPathsIsAUsageError)
{
    const QString file =
        writeDicom(u"in/IM0001"_s, spec(testdata::newUid(), testdata::newUid(), 1, 1));
    const QList<QStringList> incomplete{
        {u"import"_s},
        {u"import"_s, u"--case"_s, u"123456-001"_s},
        {u"import"_s, file},
    };
    for (const QStringList& arguments : incomplete) {
        const CtlRun result = run(QStringList{u"--data-dir"_s, m_data} + arguments);
        EXPECT_EQ(result.exitCode, 2) << arguments.join(u' ').toStdString() << "\n"
                                      << ::testing::PrintToString(result);
        EXPECT_TRUE(result.err.contains(u"Usage: kenshuctl import"_s)) << result.err.toStdString();
    }
    // Nothing was stored anywhere.
    EXPECT_FALSE(QFile::exists(QDir(m_data).filePath(u"kenshu.sqlite"_s)));
}

TEST_F(Cli_KenshuctlTest, ImportsAndListsCasesAsDocumentedJson)
{
    const QString studyA = testdata::newUid();
    const QString studyB = testdata::newUid();
    const QString seriesA1 = testdata::newUid();
    const QString seriesA2 = testdata::newUid();
    const QString seriesB1 = testdata::newUid();
    testdata::DicomSpec b1 = spec(studyB, seriesB1, 1, 1);
    b1.studyDate = u"20260201"_s;
    b1.studyDescription = u"PCI"_s;
    b1.modality = u"OT"_s;
    writeDicom(u"in/cd/IM0001"_s, spec(studyA, seriesA1, 1, 1));
    writeDicom(u"in/cd/IM0002"_s, spec(studyA, seriesA1, 1, 2));
    writeDicom(u"in/cd/IM0003"_s, spec(studyA, seriesA2, 2, 1, 10));
    writeDicom(u"in/other/IM0001"_s, b1);
    const QString pdf = path(u"in/letter.pdf"_s);
    ASSERT_EQ(testdata::writePdf(pdf, 3), QString());

    const CtlRun imported =
        importInto(u"123456-001"_s, {path(u"in/cd"_s), path(u"in/other/IM0001"_s), pdf},
                   {u"--note"_s, u"LAD CTO"_s});
    ASSERT_EQ(imported.exitCode, 0) << ::testing::PrintToString(imported);
    EXPECT_TRUE(linesStartingWith(imported, u"rejected: "_s).isEmpty());
    EXPECT_TRUE(linesStartingWith(imported, u"skipped: "_s).isEmpty());
    EXPECT_TRUE(imported.out.contains(u"Case 123456-001: 4 new DICOM instance(s), 0 already "
                                      "present; 1 new PDF(s), 0 already present."_s))
        << imported.out.toStdString();

    const QJsonArray cases = casesJson(m_data);
    ASSERT_EQ(cases.size(), 1);
    const QJsonObject entry = cases.first().toObject();
    EXPECT_EQ(keysOf(entry), keySet({u"id"_s, u"title"_s, u"note"_s, u"studies"_s, u"documents"_s}))
        << describeKeys(entry).toStdString();
    EXPECT_FALSE(QUuid::fromString(entry.value(u"id"_s).toString()).isNull());
    EXPECT_FALSE(entry.value(u"id"_s).toString().startsWith(u'{'));
    EXPECT_EQ(entry.value(u"title"_s).toString(), u"123456-001"_s);
    EXPECT_EQ(entry.value(u"note"_s).toString(), u"LAD CTO"_s);

    ASSERT_TRUE(entry.value(u"studies"_s).isArray());
    const QJsonArray studies = entry.value(u"studies"_s).toArray();
    ASSERT_EQ(studies.size(), 2);
    QHash<QString, QJsonObject> byUid;
    for (const QJsonValue& value : studies) {
        const QJsonObject study = value.toObject();
        EXPECT_EQ(keysOf(study),
                  keySet({u"studyInstanceUid"_s, u"studyDate"_s, u"description"_s, u"series"_s}))
            << describeKeys(study).toStdString();
        byUid.insert(study.value(u"studyInstanceUid"_s).toString(), study);
    }
    ASSERT_TRUE(byUid.contains(studyA) && byUid.contains(studyB));
    EXPECT_EQ(byUid[studyA].value(u"studyDate"_s).toString(), u"20260115"_s);
    EXPECT_EQ(byUid[studyA].value(u"description"_s).toString(), u"Coronary angiography"_s);
    EXPECT_EQ(byUid[studyB].value(u"studyDate"_s).toString(), u"20260201"_s);
    EXPECT_EQ(byUid[studyB].value(u"description"_s).toString(), u"PCI"_s);

    // Series in series-number order, with instance and frame counts as numbers.
    const QJsonArray seriesA = byUid[studyA].value(u"series"_s).toArray();
    ASSERT_EQ(seriesA.size(), 2);
    const QSet<QString> seriesKeys{u"seriesInstanceUid"_s, u"modality"_s, u"description"_s,
                                   u"instances"_s, u"frames"_s};
    const struct
    {
        QString uid;
        int instances;
        int frames;
    } expectedA[] = {{seriesA1, 2, 2}, {seriesA2, 1, 10}};
    for (int i = 0; i < 2; ++i) {
        const QJsonObject series = seriesA[i].toObject();
        EXPECT_EQ(keysOf(series), seriesKeys) << describeKeys(series).toStdString();
        EXPECT_EQ(series.value(u"seriesInstanceUid"_s).toString(), expectedA[i].uid);
        EXPECT_EQ(series.value(u"modality"_s).toString(), u"XA"_s);
        EXPECT_TRUE(series.value(u"instances"_s).isDouble());
        EXPECT_TRUE(series.value(u"frames"_s).isDouble());
        EXPECT_EQ(series.value(u"instances"_s).toInt(), expectedA[i].instances);
        EXPECT_EQ(series.value(u"frames"_s).toInt(), expectedA[i].frames);
    }
    const QJsonArray seriesB = byUid[studyB].value(u"series"_s).toArray();
    ASSERT_EQ(seriesB.size(), 1);
    EXPECT_EQ(seriesB[0].toObject().value(u"seriesInstanceUid"_s).toString(), seriesB1);
    EXPECT_EQ(seriesB[0].toObject().value(u"modality"_s).toString(), u"OT"_s);
    EXPECT_EQ(seriesB[0].toObject().value(u"instances"_s).toInt(), 1);
    EXPECT_EQ(seriesB[0].toObject().value(u"frames"_s).toInt(), 1);

    ASSERT_TRUE(entry.value(u"documents"_s).isArray());
    const QJsonArray documents = entry.value(u"documents"_s).toArray();
    ASSERT_EQ(documents.size(), 1);
    const QJsonObject document = documents.first().toObject();
    EXPECT_EQ(keysOf(document), keySet({u"name"_s, u"pages"_s, u"sha256"_s}))
        << describeKeys(document).toStdString();
    EXPECT_EQ(document.value(u"name"_s).toString(), u"letter.pdf"_s);
    EXPECT_EQ(document.value(u"pages"_s).toInt(), 3);
    EXPECT_EQ(document.value(u"sha256"_s).toString(), sha256OfFile(pdf));

    // The plain listing: title, counts, first line of the note.
    const CtlRun plain = run({u"--data-dir"_s, m_data, u"cases"_s});
    EXPECT_EQ(plain.exitCode, 0) << ::testing::PrintToString(plain);
    EXPECT_EQ(plain.out, u"123456-001\t2 study(ies), 1 PDF(s)\tLAD CTO\n"_s);
}

TEST_F(Cli_KenshuctlTest, ReimportingReportsWhatIsAlreadyPresent)
{
    const QString study = testdata::newUid();
    const QString series = testdata::newUid();
    writeDicom(u"in/IM0001"_s, spec(study, series, 1, 1));
    writeDicom(u"in/IM0002"_s, spec(study, series, 1, 2));
    ASSERT_EQ(importInto(u"123456-001"_s, {path(u"in"_s)}).exitCode, 0);
    const QJsonArray before = casesJson(m_data);

    const CtlRun again = importInto(u"123456-001"_s, {path(u"in"_s)});
    EXPECT_EQ(again.exitCode, 0) << ::testing::PrintToString(again);
    EXPECT_TRUE(again.out.contains(u"0 new DICOM instance(s), 2 already present"_s))
        << again.out.toStdString();
    EXPECT_EQ(casesJson(m_data), before);
}

TEST_F(Cli_KenshuctlTest, RejectedFilesAreListedAndExitWithOne)
{
    const QString good =
        writeDicom(u"in/IM0001"_s, spec(testdata::newUid(), testdata::newUid(), 1, 1));
    const QString truncated = path(u"in/IM0002"_s);
    ASSERT_EQ(testdata::writeTruncatedDicom(truncated,
                                            spec(testdata::newUid(), testdata::newUid(), 1, 1, 3)),
              QString());
    const QString shortPixels = path(u"in/IM0003"_s);
    ASSERT_EQ(testdata::writeShortPixelDataDicom(
                  shortPixels, spec(testdata::newUid(), testdata::newUid(), 1, 1)),
              QString());

    const CtlRun result = importInto(u"123456-001"_s, {good, truncated, shortPixels});
    EXPECT_EQ(result.exitCode, 1) << ::testing::PrintToString(result);
    const QStringList rejected = linesStartingWith(result, u"rejected: "_s);
    EXPECT_EQ(rejected.size(), 2) << result.out.toStdString();
    for (const QString& file : {truncated, shortPixels}) {
        const QString prefix = u"rejected: "_s + QDir::toNativeSeparators(file) + u": "_s;
        const QStringList lines = linesStartingWith(result, prefix);
        ASSERT_EQ(lines.size(), 1) << file.toStdString() << "\n" << result.out.toStdString();
        EXPECT_GT(lines.first().size(), prefix.size()) << "no reason given";
    }
    EXPECT_TRUE(linesStartingWith(result, u"rejected: "_s + good).isEmpty());
    EXPECT_TRUE(result.out.contains(u"1 new DICOM instance(s)"_s)) << result.out.toStdString();

    // The good file is in the case all the same.
    const QJsonArray cases = casesJson(m_data);
    ASSERT_EQ(cases.size(), 1);
    const QJsonArray studies = cases.first().toObject().value(u"studies"_s).toArray();
    ASSERT_EQ(studies.size(), 1);
    EXPECT_EQ(studies.first()
                  .toObject()
                  .value(u"series"_s)
                  .toArray()
                  .first()
                  .toObject()
                  .value(u"instances"_s)
                  .toInt(),
              1);
}

TEST_F(Cli_KenshuctlTest, OnlyRejectedFilesCreateNoCase)
{
    const QString truncated = path(u"in/IM0002"_s);
    ASSERT_EQ(testdata::writeTruncatedDicom(truncated,
                                            spec(testdata::newUid(), testdata::newUid(), 1, 1)),
              QString());
    const CtlRun result = importInto(u"123456-001"_s, {truncated});
    EXPECT_EQ(result.exitCode, 1) << ::testing::PrintToString(result);
    EXPECT_EQ(linesStartingWith(result, u"rejected: "_s + truncated + u": "_s).size(), 1)
        << result.out.toStdString();
    EXPECT_TRUE(casesJson(m_data).isEmpty());
}

TEST_F(Cli_KenshuctlTest, SkippedFilesAreListedAndDoNotFailTheImport)
{
    const QString good =
        writeDicom(u"in/IM0001"_s, spec(testdata::newUid(), testdata::newUid(), 1, 1));
    const QString text = path(u"in/notes.txt"_s);
    const QString empty = path(u"in/empty"_s);
    for (const auto& [file, content] :
         {std::pair{text, QByteArray("see the report\n")}, std::pair{empty, QByteArray()}}) {
        QFile out(file);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(content);
    }

    const CtlRun result = importInto(u"123456-001"_s, {path(u"in"_s)});
    EXPECT_EQ(result.exitCode, 0) << ::testing::PrintToString(result);
    EXPECT_TRUE(linesStartingWith(result, u"rejected: "_s).isEmpty()) << result.out.toStdString();
    EXPECT_EQ(linesStartingWith(result, u"skipped: "_s).size(), 2) << result.out.toStdString();
    EXPECT_EQ(linesStartingWith(result, u"skipped: "_s + QDir::toNativeSeparators(text) +
                                            u": Not a DICOM or PDF file."_s)
                  .size(),
              1)
        << result.out.toStdString();
    EXPECT_EQ(linesStartingWith(result, u"skipped: "_s + QDir::toNativeSeparators(empty) +
                                            u": The file is empty."_s)
                  .size(),
              1)
        << result.out.toStdString();
    EXPECT_EQ(casesJson(m_data).size(), 1);
}

TEST_F(Cli_KenshuctlTest, InvalidCaseTitleFails)
{
    const QString good =
        writeDicom(u"in/IM0001"_s, spec(testdata::newUid(), testdata::newUid(), 1, 1));
    const CtlRun result = importInto(u"case-1"_s, {good});
    EXPECT_EQ(result.exitCode, 1) << ::testing::PrintToString(result);
    EXPECT_TRUE(result.err.contains(u"123456-001"_s)) << result.err.toStdString();
    EXPECT_TRUE(casesJson(m_data).isEmpty());
}

TEST_F(Cli_KenshuctlTest, HonoursKenshuDataDirWhenNoOptionIsGiven)
{
    const QString fromEnvironment = path(u"env-data"_s);
    QProcessEnvironment env = environment();
    env.insert(u"KENSHU_DATA_DIR"_s, fromEnvironment);
    const QString good =
        writeDicom(u"in/IM0001"_s, spec(testdata::newUid(), testdata::newUid(), 1, 1));

    const CtlRun imported = run({u"import"_s, u"--case"_s, u"123456-001"_s, good}, env);
    ASSERT_EQ(imported.exitCode, 0) << ::testing::PrintToString(imported);
    EXPECT_TRUE(QFile::exists(QDir(fromEnvironment).filePath(u"kenshu.sqlite"_s)));
    // Nothing went to the default folder under HOME.
    EXPECT_TRUE(QDir(path(u"home"_s))
                    .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
                    .isEmpty());

    const CtlRun listed = run({u"cases"_s, u"--json"_s}, env);
    ASSERT_EQ(listed.exitCode, 0) << ::testing::PrintToString(listed);
    const QJsonArray cases = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    ASSERT_EQ(cases.size(), 1);
    EXPECT_EQ(cases.first().toObject().value(u"title"_s).toString(), u"123456-001"_s);
    EXPECT_EQ(casesJson(fromEnvironment), cases);

    // --data-dir wins over the environment.
    const CtlRun other = run({u"--data-dir"_s, m_data, u"cases"_s, u"--json"_s}, env);
    ASSERT_EQ(other.exitCode, 0) << ::testing::PrintToString(other);
    EXPECT_TRUE(QJsonDocument::fromJson(other.out.toUtf8()).array().isEmpty())
        << other.out.toStdString();
}

TEST_F(Cli_KenshuctlTest, KeepsJapaneseTextIntactUnderTheCLocale)
{
    testdata::DicomSpec japanese = spec(testdata::newUid(), testdata::newUid(), 1, 1);
    japanese.studyDescription = u"冠動脈造影"_s;
    japanese.seriesDescription = u"左冠動脈"_s;
    const QString file = writeDicom(u"in/IM0001"_s, japanese);

    const CtlRun imported =
        importInto(u"123456-001"_s, {file}, {u"--note"_s, u"右冠動脈の慢性完全閉塞"_s});
    ASSERT_EQ(imported.exitCode, 0) << ::testing::PrintToString(imported);
    const QJsonArray cases = casesJson(m_data);
    ASSERT_EQ(cases.size(), 1);
    const QJsonObject entry = cases.first().toObject();
    EXPECT_EQ(entry.value(u"note"_s).toString(), u"右冠動脈の慢性完全閉塞"_s);
    const QJsonObject study = entry.value(u"studies"_s).toArray().first().toObject();
    EXPECT_EQ(study.value(u"description"_s).toString(), u"冠動脈造影"_s);
    EXPECT_EQ(
        study.value(u"series"_s).toArray().first().toObject().value(u"description"_s).toString(),
        u"左冠動脈"_s);
}

// A draft saved here (dirty) and a report as pulled from the server (rev 3, clean).
class Cli_RecordsTest : public Cli_KenshuctlTest
{
protected:
    void SetUp() override
    {
        Cli_KenshuctlTest::SetUp();
        kenshu::Expected<std::unique_ptr<kenshu::LocalStore>> store =
            kenshu::LocalStore::open(m_data);
        ASSERT_TRUE(store) << store.error().message.toStdString();
        m_draft.id = QUuid::fromString(u"11111111-1111-4111-8111-111111111111"_s);
        m_draft.formId = u"specialist_case_report"_s;
        m_draft.formVersion = 1;
        m_draft.state = u"unregistered"_s;
        m_draft.title = u"症例 1"_s;
        m_draft.values = QJsonObject{{"diagnosis"_L1, u"膵癌"_s}};
        ASSERT_TRUE(
            kenshu::DraftStore(**store, u"123456"_s).save(kenshu::RecordType::Report, m_draft));
        kenshu::Record sheet;
        sheet.id = QUuid::fromString(u"22222222-2222-4222-8222-222222222222"_s);
        sheet.type = kenshu::RecordType::EvaluationSheet;
        sheet.rev = 3;
        sheet.updatedAt = QDateTime::currentDateTimeUtc();
        sheet.data = QJsonObject{{"form"_L1, u"curriculum_evaluation_sheet"_s}};
        ASSERT_TRUE((*store)->putRecord(sheet, /*localEdit=*/false));
    }

    QJsonArray recordsJson(const QStringList& extra = {})
    {
        const CtlRun listed =
            run(QStringList{u"--data-dir"_s, m_data, u"records"_s, u"--json"_s} + extra);
        EXPECT_EQ(listed.exitCode, 0) << ::testing::PrintToString(listed);
        const QJsonDocument document = QJsonDocument::fromJson(listed.out.toUtf8());
        EXPECT_TRUE(document.isArray()) << listed.out.toStdString();
        return document.array();
    }

    kenshu::ReportDraft m_draft;
};

TEST_F(Cli_RecordsTest, ListsRecordsAsDocumentedJson)
{
    const QJsonArray records = recordsJson();
    ASSERT_EQ(records.size(), 2);
    const QJsonObject draft = records.at(0).toObject();
    EXPECT_EQ(keysOf(draft), keySet({u"id"_s, u"type"_s, u"rev"_s, u"dirty"_s, u"data"_s}))
        << describeKeys(draft).toStdString();
    EXPECT_EQ(draft.value("id"_L1).toString(), u"11111111-1111-4111-8111-111111111111"_s);
    EXPECT_EQ(draft.value("type"_L1).toString(), u"report"_s);
    EXPECT_EQ(draft.value("rev"_L1).toInt(-1), 0);
    EXPECT_EQ(draft.value("dirty"_L1), QJsonValue(true));
    const QJsonObject data = draft.value("data"_L1).toObject();
    EXPECT_EQ(data.value("form"_L1).toString(), u"specialist_case_report"_s);
    EXPECT_EQ(data.value("values"_L1).toObject().value("diagnosis"_L1).toString(), u"膵癌"_s);

    const QJsonObject sheet = records.at(1).toObject();
    EXPECT_EQ(sheet.value("type"_L1).toString(), u"evaluation_sheet"_s);
    EXPECT_EQ(sheet.value("rev"_L1).toInt(-1), 3);
    EXPECT_EQ(sheet.value("dirty"_L1), QJsonValue(false));
}

TEST_F(Cli_RecordsTest, FiltersByType)
{
    const QJsonArray sheets = recordsJson({u"--type"_s, u"evaluation_sheet"_s});
    ASSERT_EQ(sheets.size(), 1);
    EXPECT_EQ(sheets.first().toObject().value("id"_L1).toString(),
              u"22222222-2222-4222-8222-222222222222"_s);
    EXPECT_TRUE(recordsJson({u"--type"_s, u"comment"_s}).isEmpty());

    const CtlRun unknown = run({u"--data-dir"_s, m_data, u"records"_s, u"--type"_s, u"nope"_s});
    EXPECT_EQ(unknown.exitCode, 2) << ::testing::PrintToString(unknown);
    EXPECT_EQ(unknown.err, u"Unknown record type: nope\n"_s);
}

TEST_F(Cli_RecordsTest, PrintsAReadableTableWithoutJson)
{
    const CtlRun listed = run({u"--data-dir"_s, m_data, u"records"_s});
    ASSERT_EQ(listed.exitCode, 0) << ::testing::PrintToString(listed);
    EXPECT_EQ(
        listed.outLines(),
        (QStringList{u"11111111-1111-4111-8111-111111111111\treport\trev 0\tnot synced\t症例 1"_s,
                     u"22222222-2222-4222-8222-222222222222\tevaluation_sheet\trev 3\tsynced\t"
                     "curriculum_evaluation_sheet"_s}));
}
