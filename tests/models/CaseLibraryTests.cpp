#include "CaseLibrary.h"
#include "LocalStore.h"
#include "QtPrinters.h"

#include <QTemporaryDir>
#include <algorithm>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace kenshu;

namespace {

StudyEntry makeStudy(const QUuid& caseId, const QString& uid, int seriesCount)
{
    StudyEntry study;
    study.id = QUuid::createUuid();
    study.caseId = caseId;
    study.studyInstanceUid = uid;
    study.studyDate = u"20260115"_s;
    study.studyTime = u"101500"_s;
    study.description = u"冠動脈造影"_s;
    for (int s = 0; s < seriesCount; ++s) {
        SeriesEntry series;
        series.seriesInstanceUid = uid + u".%1"_s.arg(s + 1);
        series.modality = s == 0 ? u"XA"_s : u"SC"_s;
        series.description = u"LCA RAO 30"_s;
        series.seriesNumber = s + 1;
        for (int i = 0; i < 2; ++i) {
            InstanceEntry instance;
            instance.sopInstanceUid = series.seriesInstanceUid + u".%1"_s.arg(i + 1);
            instance.sopClassUid = u"1.2.840.10008.5.1.4.1.1.12.1"_s;
            instance.transferSyntaxUid = u"1.2.840.10008.1.2.1"_s;
            instance.instanceNumber = i + 1;
            instance.frames = 10 * (i + 1);
            instance.rows = 64;
            instance.columns = 64;
            instance.sha256 = u"%1"_s.arg(s * 10 + i, 64, 10, QLatin1Char('0'));
            instance.size = 4096 + i;
            series.instances.append(instance);
        }
        study.series.append(series);
    }
    return study;
}

DocumentEntry makeDocument(const QUuid& caseId, const QString& name)
{
    DocumentEntry document;
    document.id = QUuid::createUuid();
    document.caseId = caseId;
    document.name = name;
    document.pages = 3;
    document.sha256 = u"f"_s.repeated(64);
    document.size = 999;
    document.addedAt = QDateTime(QDate(2026, 2, 1), QTime(8, 0, 0, 250), Qt::UTC);
    return document;
}

class Models_CaseLibraryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        Expected<std::unique_ptr<LocalStore>> opened = LocalStore::open(m_dir.path());
        ASSERT_TRUE(opened.hasValue()) << opened.error().message.toStdString();
        m_store = std::move(*opened);
        m_library = std::make_unique<CaseLibrary>(*m_store);
    }

    const CaseSummary* summaryOf(const QList<CaseSummary>& summaries, const QUuid& id)
    {
        const auto it = std::find_if(summaries.begin(), summaries.end(),
                                     [&](const CaseSummary& entry) { return entry.id == id; });
        return it == summaries.end() ? nullptr : &*it;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<CaseLibrary> m_library;
};

} // namespace

TEST_F(Models_CaseLibraryTest, EmptyLibraryHasNoCases)
{
    const Expected<QList<CaseSummary>> summaries = m_library->caseSummaries();
    ASSERT_TRUE(summaries.hasValue());
    EXPECT_TRUE(summaries->isEmpty());
    EXPECT_TRUE(m_library->caseTitles().isEmpty());
    EXPECT_FALSE(m_library->findCaseByTitle(u"123456-001"_s).has_value());
    EXPECT_FALSE(m_library->loadCase(QUuid::createUuid()).has_value());
}

TEST_F(Models_CaseLibraryTest, SummariesCountStudiesAndDocumentsPerCase)
{
    const QUuid a = QUuid::createUuid();
    const QUuid b = QUuid::createUuid();
    const QUuid c = QUuid::createUuid();
    const QDateTime created(QDate(2026, 1, 10), QTime(9, 30), Qt::UTC);
    ASSERT_TRUE(m_library->putCase(a, u"123456-001"_s, u"LAD\nsecond line"_s, created, u"u"_s));
    ASSERT_TRUE(m_library->putCase(b, u"123456-002"_s, {}, created, u"u"_s));
    ASSERT_TRUE(m_library->putCase(c, u"123456-003"_s, {}, created, u"u"_s));

    ASSERT_TRUE(m_library->putStudy(makeStudy(a, u"1.2.1"_s, 1), u"u"_s));
    ASSERT_TRUE(m_library->putStudy(makeStudy(a, u"1.2.2"_s, 2), u"u"_s));
    ASSERT_TRUE(m_library->putDocument(makeDocument(a, u"report.pdf"_s), u"u"_s));
    ASSERT_TRUE(m_library->putDocument(makeDocument(b, u"one.pdf"_s), u"u"_s));
    ASSERT_TRUE(m_library->putDocument(makeDocument(b, u"two.pdf"_s), u"u"_s));
    // A deleted study does not count.
    const StudyEntry gone = makeStudy(a, u"1.2.3"_s, 1);
    ASSERT_TRUE(m_library->putStudy(gone, u"u"_s));
    std::optional<Record> tombstone = m_store->record(gone.id);
    ASSERT_TRUE(tombstone.has_value());
    tombstone->deleted = true;
    ASSERT_TRUE(m_store->putRecord(*tombstone));
    // A deleted case is not listed.
    std::optional<Record> deletedCase = m_store->record(c);
    ASSERT_TRUE(deletedCase.has_value());
    deletedCase->deleted = true;
    ASSERT_TRUE(m_store->putRecord(*deletedCase));

    const Expected<QList<CaseSummary>> summaries = m_library->caseSummaries();
    ASSERT_TRUE(summaries.hasValue()) << summaries.error().message.toStdString();
    ASSERT_EQ(summaries->size(), 2);

    const CaseSummary* first = summaryOf(*summaries, a);
    ASSERT_NE(first, nullptr);
    EXPECT_EQ(first->title, u"123456-001"_s);
    EXPECT_EQ(first->note, u"LAD\nsecond line"_s);
    EXPECT_EQ(first->createdAt, created);
    EXPECT_EQ(first->studyCount, 2);
    EXPECT_EQ(first->documentCount, 1);
    EXPECT_TRUE(first->updatedAt.isValid());
    EXPECT_GE(first->updatedAt, m_store->record(a)->updatedAt);

    const CaseSummary* second = summaryOf(*summaries, b);
    ASSERT_NE(second, nullptr);
    EXPECT_EQ(second->studyCount, 0);
    EXPECT_EQ(second->documentCount, 2);
    EXPECT_EQ(summaryOf(*summaries, c), nullptr);

    QStringList titles = m_library->caseTitles();
    titles.sort();
    EXPECT_EQ(titles, (QStringList{u"123456-001"_s, u"123456-002"_s}));
}

TEST_F(Models_CaseLibraryTest, LoadCaseRoundTripsStudiesAndDocuments)
{
    const QUuid id = QUuid::createUuid();
    const QDateTime created(QDate(2026, 1, 10), QTime(9, 30, 0, 5), Qt::UTC);
    ASSERT_TRUE(m_library->putCase(id, u"123456-001"_s, u"note"_s, created, u"123456"_s));
    const StudyEntry study = makeStudy(id, u"1.2.840.1"_s, 2);
    const DocumentEntry document = makeDocument(id, u"紹介状.pdf"_s);
    ASSERT_TRUE(m_library->putStudy(study, u"123456"_s));
    ASSERT_TRUE(m_library->putDocument(document, u"123456"_s));

    const std::optional<CaseEntry> loaded = m_library->loadCase(id);
    ASSERT_TRUE(loaded.has_value());
    EXPECT_EQ(loaded->id, id);
    EXPECT_EQ(loaded->title, u"123456-001"_s);
    EXPECT_EQ(loaded->note, u"note"_s);
    EXPECT_EQ(loaded->createdAt, created);
    ASSERT_EQ(loaded->studies.size(), 1);
    const StudyEntry& read = loaded->studies.first();
    EXPECT_EQ(read.id, study.id);
    EXPECT_EQ(read.caseId, id);
    EXPECT_EQ(read.studyInstanceUid, study.studyInstanceUid);
    EXPECT_EQ(read.studyDate, u"20260115"_s);
    EXPECT_EQ(read.studyTime, u"101500"_s);
    EXPECT_EQ(read.description, u"冠動脈造影"_s);
    ASSERT_EQ(read.series.size(), 2);
    EXPECT_EQ(read.modalities(), (QStringList{u"XA"_s, u"SC"_s}));
    EXPECT_EQ(read.instanceCount(), 4);
    EXPECT_EQ(read.frameCount(), 60);
    for (int s = 0; s < 2; ++s) {
        const SeriesEntry& expected = study.series[s];
        const SeriesEntry& actual = read.series[s];
        EXPECT_EQ(actual.seriesInstanceUid, expected.seriesInstanceUid);
        EXPECT_EQ(actual.modality, expected.modality);
        EXPECT_EQ(actual.description, expected.description);
        EXPECT_EQ(actual.seriesNumber, expected.seriesNumber);
        ASSERT_EQ(actual.instances.size(), expected.instances.size());
        for (int i = 0; i < int(actual.instances.size()); ++i) {
            const InstanceEntry& e = expected.instances[i];
            const InstanceEntry& a = actual.instances[i];
            EXPECT_EQ(a.sopInstanceUid, e.sopInstanceUid);
            EXPECT_EQ(a.sopClassUid, e.sopClassUid);
            EXPECT_EQ(a.transferSyntaxUid, e.transferSyntaxUid);
            EXPECT_EQ(a.instanceNumber, e.instanceNumber);
            EXPECT_EQ(a.frames, e.frames);
            EXPECT_EQ(a.rows, e.rows);
            EXPECT_EQ(a.columns, e.columns);
            EXPECT_EQ(a.sha256, e.sha256);
            EXPECT_EQ(a.size, e.size);
        }
    }
    ASSERT_EQ(loaded->documents.size(), 1);
    const DocumentEntry& doc = loaded->documents.first();
    EXPECT_EQ(doc.id, document.id);
    EXPECT_EQ(doc.name, u"紹介状.pdf"_s);
    EXPECT_EQ(doc.pages, 3);
    EXPECT_EQ(doc.sha256, document.sha256);
    EXPECT_EQ(doc.size, 999);
    EXPECT_EQ(doc.addedAt, document.addedAt);

    EXPECT_EQ(m_library->findCaseByTitle(u"123456-001"_s), std::optional<QUuid>(id));
    EXPECT_FALSE(m_library->findCaseByTitle(u"123456-002"_s).has_value());
    // A study id is not a case.
    EXPECT_FALSE(m_library->loadCase(study.id).has_value());
}

TEST_F(Models_CaseLibraryTest, WritesAreLocalEditsThatKeepTheServerRevision)
{
    const QUuid id = QUuid::createUuid();
    // The case as it came from the server, at revision 7.
    Record fromServer;
    fromServer.id = id;
    fromServer.type = RecordType::Case;
    fromServer.rev = 7;
    fromServer.updatedAt = QDateTime::currentDateTimeUtc();
    fromServer.data = caseDataToJson(u"123456-001"_s, {}, fromServer.updatedAt);
    ASSERT_TRUE(m_store->putRecord(fromServer, false));
    ASSERT_EQ(m_store->outboxSize(), 0);

    ASSERT_TRUE(
        m_library->putCase(id, u"123456-001"_s, u"edited"_s, fromServer.updatedAt, u"654321"_s));
    const std::optional<Record> edited = m_store->record(id);
    ASSERT_TRUE(edited.has_value());
    EXPECT_EQ(edited->rev, 7);
    EXPECT_EQ(edited->updatedBy, u"654321"_s);
    EXPECT_EQ(edited->data.value(u"note"_s).toString(), u"edited"_s);
    EXPECT_EQ(m_store->outboxSize(), 1);
}

TEST(Models_LibraryTypesTest, SortSeriesOrdersSeriesAndInstances)
{
    StudyEntry study;
    for (int number : {3, 1, 2}) {
        SeriesEntry series;
        series.seriesNumber = number;
        series.seriesInstanceUid = u"1.%1"_s.arg(number);
        for (int instanceNumber : {2, 3, 1}) {
            InstanceEntry instance;
            instance.instanceNumber = instanceNumber;
            instance.sopInstanceUid = series.seriesInstanceUid + u".%1"_s.arg(instanceNumber);
            series.instances.append(instance);
        }
        study.series.append(series);
    }
    study.sortSeries();
    for (int s = 0; s < 3; ++s) {
        EXPECT_EQ(study.series[s].seriesNumber, s + 1);
        for (int i = 0; i < 3; ++i)
            EXPECT_EQ(study.series[s].instances[i].instanceNumber, i + 1);
    }
    ASSERT_NE(study.findSeries(u"1.2"_s), nullptr);
    EXPECT_EQ(study.findSeries(u"1.2"_s)->seriesNumber, 2);
    EXPECT_EQ(study.findSeries(u"9.9"_s), nullptr);
    ASSERT_NE(study.series[0].findInstance(u"1.1.3"_s), nullptr);
    EXPECT_EQ(study.series[0].findInstance(u"1.1.3"_s)->instanceNumber, 3);
}
