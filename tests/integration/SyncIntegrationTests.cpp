// Integration_SyncTest: two users on two data folders sync through the real kenshu-server over
// TLS (test CA), against SQLite and PostgreSQL. A resident's case made offline reaches the
// server with its author and room; the supervisor pulls it, comments and closes it; the
// resident pulls the closing. A push whose answer was lost is answered again, not applied
// twice. Concurrent edits become a conflict that keeps both versions, never an overwrite; a
// refused change is kept with the reason.
#include "CaseConsultation.h"
#include "CaseLibrary.h"
#include "CommentStore.h"
#include "Decision.h"
#include "QtPrinters.h"
#include "ServerTestFixture.h"
#include "SyncStore.h"
#include "SyncTestClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace kenshu;
using kenshu::sync::SignInResult;
using kenshu::sync::SyncReport;
using kenshu::test::Backend;
using kenshu::test::describe;
using kenshu::test::SyncTestClient;

namespace {

QUuid createCaseOffline(LocalStore& store, const QString& title)
{
    CaseLibrary library(store);
    const QUuid caseId = QUuid::createUuid();
    EXPECT_TRUE(library.putCase(caseId, title, u"LAD"_s, QDateTime::currentDateTimeUtc(),
                                title.section(u'-', 0, 0)));
    StudyEntry study;
    study.id = QUuid::createUuid();
    study.caseId = caseId;
    study.studyInstanceUid = u"2.25.1234567"_s;
    study.studyDate = u"20240401"_s;
    study.description = u"Coronary angiography"_s;
    EXPECT_TRUE(library.putStudy(study, title.section(u'-', 0, 0)));
    return caseId;
}

// An annotation layer on a case: every reviewer of the case may draw on it.
Record annotation(const QUuid& caseId, const QString& text)
{
    Record record;
    record.id = QUuid::createUuid();
    record.type = RecordType::Annotation;
    record.parentId = caseId;
    record.updatedAt = QDateTime::currentDateTimeUtc();
    record.data = {{u"version"_s, 1}, {u"items"_s, QJsonArray{QJsonObject{{u"text"_s, text}}}}};
    return record;
}

// Edits a stored record as the app's stores do: read, change, write back on its rev.
void editRecord(LocalStore& store, const QUuid& id, const QString& key, const QJsonValue& value)
{
    std::optional<Record> record = store.record(id);
    ASSERT_TRUE(record);
    record->data.insert(key, value);
    record->updatedAt = QDateTime::currentDateTimeUtc();
    ASSERT_TRUE(store.putRecord(*record));
}

class Integration_SyncTest : public kenshu::test::ServerTest
{
protected:
    void SetUp() override
    {
        ServerTest::SetUp();
        if (HasFatalFailure() || IsSkipped())
            return;
        ASSERT_TRUE(m_folders.isValid());
        m_service = kenshu::test::uniqueKeychainService();
    }

    QUrl serverUrl() const { return QUrl(u"https://127.0.0.1:%1"_s.arg(m_server->port())); }

    std::unique_ptr<SyncTestClient> client(const QString& folder)
    {
        return std::make_unique<SyncTestClient>(m_folders.filePath(folder), serverUrl(),
                                                certificates().caCert, m_service);
    }

    // The record as the server has it, read by a supervisor who sees every room.
    QJsonObject onServer(const QString& type, const QUuid& id)
    {
        if (m_readerToken.empty())
            m_readerToken = login(u"s1"_s);
        const std::string path = "/api/v1/records/" + type.toStdString() + "/" +
                                 id.toString(QUuid::WithoutBraces).toStdString();
        const httplib::Result result = m_client->Get(path.c_str(), auth(m_readerToken));
        EXPECT_TRUE(result && result->status == 200) << path;
        return kenshu::test::jsonOf(result);
    }

    // How many times the change feed has held a record: each change is a new change number.
    int revisionsOnServer(const QString& type, const QUuid& id)
    {
        return onServer(type, id).value(u"rev"_s).toInt();
    }

    QTemporaryDir m_folders;
    QString m_service;
    std::string m_readerToken;
};

} // namespace

TEST_P(Integration_SyncTest, AResidentsOfflineCaseIsClosedByTheSupervisorAndTheResidentSeesIt)
{
    auto resident = client(u"resident"_s);
    const QUuid caseId = createCaseOffline(resident->store(), u"r1-001"_s);
    EXPECT_EQ(resident->store().outboxSize(), 2) << "made offline: case and study queued";

    ASSERT_EQ(resident->signIn(u"r1"_s).status, SignInResult::Status::SignedIn);
    const SyncReport pushed = resident->sync();
    EXPECT_TRUE(pushed.upToDate()) << describe(pushed);
    EXPECT_EQ(pushed.pushed, 2) << describe(pushed);
    const QJsonObject serverCase = onServer(u"case"_s, caseId);
    EXPECT_EQ(serverCase.value(u"rev"_s).toInt(), 1);
    const QJsonObject caseData = serverCase.value(u"data"_s).toObject();
    EXPECT_EQ(caseData.value(u"authorId"_s).toString(), u"r1"_s);
    EXPECT_EQ(caseData.value(u"roomId"_s).toString(), m_roomA) << "r1's only room";
    EXPECT_EQ(caseData.value(u"title"_s).toString(), u"r1-001"_s);
    EXPECT_EQ(resident->store().record(caseId)->rev, 1);
    EXPECT_EQ(resident->store().outboxSize(), 0);

    auto supervisor = client(u"supervisor"_s);
    ASSERT_EQ(supervisor->signIn(u"s1"_s).status, SignInResult::Status::SignedIn);
    const SyncReport firstPull = supervisor->sync();
    EXPECT_TRUE(firstPull.upToDate()) << describe(firstPull);
    EXPECT_EQ(firstPull.pulled, 2) << describe(firstPull);
    ASSERT_TRUE(supervisor->store().record(caseId));
    EXPECT_EQ(CaseLibrary(supervisor->store()).loadCase(caseId)->studies.size(), 1);

    CommentStore comments(supervisor->store(), Actor{Role::Supervisor, u"s1"_s}, u"Member s1"_s);
    ASSERT_TRUE(comments.post(caseId, u"LAD #7: 90 % stenosis, well treated."_s, std::nullopt));
    ASSERT_TRUE(comments.closeCase(caseId, u"Approved."_s, std::nullopt));
    const SyncReport closing = supervisor->sync();
    EXPECT_TRUE(closing.upToDate()) << describe(closing);
    EXPECT_EQ(closing.pushed, 3) << describe(closing);
    EXPECT_EQ(caseStateOf(onServer(u"case"_s, caseId).value(u"data"_s).toObject()),
              CaseState::Closed);

    const SyncReport seen = resident->sync();
    EXPECT_TRUE(seen.upToDate()) << describe(seen);
    EXPECT_EQ(seen.pulled, 3) << describe(seen);
    EXPECT_EQ(caseStateOf(resident->store().record(caseId)->data), CaseState::Closed);
    EXPECT_EQ(resident->store().records(RecordType::Comment, caseId).size(), 2);

    // Nothing changed since: both are up to date and a sync moves nothing.
    const SyncReport again = resident->sync();
    EXPECT_TRUE(again.upToDate());
    EXPECT_EQ(again.pushed + again.pulled, 0) << describe(again);
}

TEST_P(Integration_SyncTest, APushWhoseAnswerWasLostIsNotAppliedTwice)
{
    auto resident = client(u"resident"_s);
    ASSERT_EQ(resident->signIn(u"r1"_s).status, SignInResult::Status::SignedIn);
    const QUuid caseId = createCaseOffline(resident->store(), u"r1-002"_s);
    ASSERT_TRUE(resident->sync().upToDate());
    editRecord(resident->store(), caseId, u"note"_s, u"LAD and LCx"_s);

    // The first attempt of the queued mutation reached the server, but its answer was lost:
    // the same PUT, with the same Idempotency-Key, straight to the server.
    const auto queued = SyncStore(resident->store()).nextOutboxItem();
    ASSERT_TRUE(queued && *queued);
    const OutboxItem& item = **queued;
    const QJsonObject body{{u"parentId"_s, QJsonValue::Null}, {u"data"_s, item.record.data}};
    const std::string key = resident->deviceId().toStdString() + ":" + std::to_string(item.seq);
    const httplib::Result first =
        putRecord(login(u"r1"_s), u"case"_s, caseId, body, item.record.rev, key);
    ASSERT_TRUE(first && first->status == 200) << (first ? first->body : "no answer");
    EXPECT_EQ(revisionsOnServer(u"case"_s, caseId), 2);

    const SyncReport retried = resident->sync();
    EXPECT_TRUE(retried.upToDate()) << describe(retried);
    EXPECT_EQ(retried.pushed, 1);
    EXPECT_EQ(retried.conflicts, 0);
    EXPECT_EQ(revisionsOnServer(u"case"_s, caseId), 2) << "answered again, not applied again";
    EXPECT_EQ(resident->store().record(caseId)->rev, 2);
    EXPECT_EQ(onServer(u"case"_s, caseId).value(u"data"_s).toObject().value(u"note"_s),
              u"LAD and LCx"_s);
}

TEST_P(Integration_SyncTest, ConcurrentEditsBecomeAConflictNotAnOverwrite)
{
    auto resident = client(u"resident"_s);
    auto supervisor = client(u"supervisor"_s);
    ASSERT_EQ(resident->signIn(u"r1"_s).status, SignInResult::Status::SignedIn);
    ASSERT_EQ(supervisor->signIn(u"s1"_s).status, SignInResult::Status::SignedIn);
    const QUuid caseId = createCaseOffline(resident->store(), u"r1-003"_s);
    const Record layer = annotation(caseId, u"first"_s);
    ASSERT_TRUE(resident->store().putRecord(layer));
    ASSERT_TRUE(resident->sync().upToDate());
    ASSERT_TRUE(supervisor->sync().upToDate());

    // Both draw on the same layer while apart; the supervisor syncs first.
    editRecord(supervisor->store(), layer.id, u"items"_s,
               QJsonArray{QJsonObject{{u"text"_s, u"supervisor's arrow"_s}}});
    editRecord(resident->store(), layer.id, u"items"_s,
               QJsonArray{QJsonObject{{u"text"_s, u"resident's arrow"_s}}});
    ASSERT_TRUE(supervisor->sync().upToDate());

    const SyncReport report = resident->sync();
    EXPECT_EQ(report.conflicts, 1) << describe(report);
    EXPECT_FALSE(report.upToDate());
    EXPECT_EQ(report.pending, 1);
    const QJsonObject serverLayer = onServer(u"annotation"_s, layer.id);
    EXPECT_EQ(serverLayer.value(u"rev"_s).toInt(), 2);
    EXPECT_EQ(serverLayer.value(u"data"_s)
                  .toObject()
                  .value(u"items"_s)
                  .toArray()[0]
                  .toObject()
                  .value(u"text"_s),
              u"supervisor's arrow"_s)
        << "the server's version is not overwritten";
    const Record mine = *resident->store().record(layer.id);
    EXPECT_EQ(mine.data.value(u"items"_s).toArray()[0].toObject().value(u"text"_s),
              u"resident's arrow"_s)
        << "the local version is kept";
    const std::optional<SyncIssue> issue = SyncStore(resident->store()).issue(layer.id);
    ASSERT_TRUE(issue && issue->serverVersion);
    EXPECT_EQ(issue->kind, SyncIssue::Kind::Conflict);
    EXPECT_EQ(issue->serverVersion->updatedBy, u"s1"_s);
    EXPECT_EQ(issue->serverVersion->rev, 2);

    // Another sync changes nothing until the user decides; keeping theirs sends it on top.
    EXPECT_EQ(resident->sync().pushed, 0);
    ASSERT_TRUE(SyncStore(resident->store()).keepLocalVersion(layer.id));
    const SyncReport resolved = resident->sync();
    EXPECT_TRUE(resolved.upToDate()) << describe(resolved);
    EXPECT_EQ(revisionsOnServer(u"annotation"_s, layer.id), 3);
    const SyncReport seen = supervisor->sync();
    EXPECT_EQ(seen.pulled, 1) << describe(seen);
    EXPECT_EQ(supervisor->store()
                  .record(layer.id)
                  ->data.value(u"items"_s)
                  .toArray()[0]
                  .toObject()
                  .value(u"text"_s),
              u"resident's arrow"_s);
}

TEST_P(Integration_SyncTest, ARefusedChangeIsKeptWithTheServersReason)
{
    auto resident = client(u"resident"_s);
    ASSERT_EQ(resident->signIn(u"r1"_s).status, SignInResult::Status::SignedIn);
    const QUuid caseId = createCaseOffline(resident->store(), u"r1-004"_s);
    ASSERT_TRUE(resident->sync().upToDate());
    // Only a supervisor closes a case; a resident's store would not offer it, but the server
    // decides.
    editRecord(resident->store(), caseId, u"state"_s, u"closed"_s);
    const SyncReport report = resident->sync();
    EXPECT_EQ(report.refused, 1) << describe(report);
    EXPECT_FALSE(report.upToDate());
    ASSERT_EQ(report.issues.size(), 1);
    EXPECT_EQ(report.issues[0].kind, SyncIssue::Kind::Refused);
    EXPECT_EQ(report.issues[0].code, u"supervisor_only"_s);
    EXPECT_EQ(report.issues[0].message, refusalMessage(Refusal::SupervisorOnly));
    EXPECT_EQ(resident->store().record(caseId)->data.value(u"state"_s), u"closed"_s) << "kept here";
    EXPECT_EQ(caseStateOf(onServer(u"case"_s, caseId).value(u"data"_s).toObject()),
              CaseState::Open);
}

TEST_P(Integration_SyncTest, ARecordTheOtherUserCannotSeeIsNotPulled)
{
    auto resident = client(u"resident"_s);
    auto other = client(u"other"_s);
    ASSERT_EQ(resident->signIn(u"r1"_s).status, SignInResult::Status::SignedIn);
    ASSERT_EQ(other->signIn(u"r2"_s).status, SignInResult::Status::SignedIn);
    const QUuid caseId = createCaseOffline(resident->store(), u"r1-005"_s);
    ASSERT_TRUE(resident->sync().upToDate());
    const SyncReport report = other->sync();
    EXPECT_TRUE(report.upToDate()) << describe(report);
    EXPECT_EQ(report.pulled, 0) << "r2 is in room B";
    EXPECT_FALSE(other->store().record(caseId));
}

INSTANTIATE_TEST_SUITE_P(Backends, Integration_SyncTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         kenshu::test::backendName);
