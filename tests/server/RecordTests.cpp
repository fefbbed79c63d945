// Records over HTTPS: creation, idempotent replay, stale revisions, the change feed across
// rooms, and the workflow rules enforced by role.
#include "ServerTestFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <set>

using namespace Qt::Literals::StringLiterals;
using namespace kenshu::test;

namespace {

using Server_RecordTest = ServerTest;

QJsonObject withState(QJsonObject body, const QString& state)
{
    QJsonObject data = body[u"data"_s].toObject();
    data.insert(u"state"_s, state);
    body.insert(u"data"_s, data);
    return body;
}

} // namespace

TEST_P(Server_RecordTest, CreateReplayAndStaleRevision)
{
    const std::string r1 = login(u"r1"_s);
    const QUuid id = QUuid::createUuid();
    const httplib::Result created =
        putRecord(r1, u"case"_s, id, caseBody(m_roomA, u"r1"_s), 0, "device-1:1");
    ASSERT_TRUE(created);
    ASSERT_EQ(created->status, 201) << created->body;
    EXPECT_EQ(created->get_header_value("ETag"), "\"1\"");
    const QJsonObject record = jsonOf(created);
    EXPECT_EQ(record[u"rev"_s].toInt(), 1);
    EXPECT_EQ(record[u"updatedBy"_s].toString(), u"r1"_s);

    // The same mutation again (its response was lost): the first answer, not a second write.
    const httplib::Result replay =
        putRecord(r1, u"case"_s, id, caseBody(m_roomA, u"r1"_s), 0, "device-1:1");
    EXPECT_EQ(replay->status, 201);
    EXPECT_EQ(jsonOf(replay), record);

    // A create over an existing record, and a stale If-Match: 412 with the server's version.
    const httplib::Result exists =
        putRecord(r1, u"case"_s, id, caseBody(m_roomA, u"r1"_s), 0, "device-1:2");
    EXPECT_EQ(exists->status, 412);
    QJsonObject edit = caseBody(m_roomA, u"r1"_s);
    edit[u"data"_s] = QJsonObject{{u"roomId"_s, m_roomA},
                                  {u"authorId"_s, u"r1"_s},
                                  {u"title"_s, u"r1-001"_s},
                                  {u"note"_s, u"LAD 90%"_s}};
    const httplib::Result updated = putRecord(r1, u"case"_s, id, edit, 1, "device-1:3");
    ASSERT_EQ(updated->status, 200) << updated->body;
    EXPECT_EQ(jsonOf(updated)[u"rev"_s].toInt(), 2);
    const httplib::Result stale =
        putRecord(r1, u"case"_s, id, caseBody(m_roomA, u"r1"_s), 1, "device-1:4");
    ASSERT_EQ(stale->status, 412);
    EXPECT_EQ(jsonOf(stale)[u"error"_s].toString(), u"stale_revision"_s);
    EXPECT_EQ(jsonOf(stale)[u"current"_s][u"data"_s][u"note"_s].toString(), u"LAD 90%"_s);
    // An older mutation of the device arriving late is not applied.
    EXPECT_EQ(putRecord(r1, u"case"_s, id, edit, 2, "device-1:2")->status, 409);
    // Without a precondition nothing is written.
    const std::string path =
        "/api/v1/records/case/" + id.toString(QUuid::WithoutBraces).toStdString();
    EXPECT_EQ(m_client->Put(path.c_str(), auth(r1), "{\"data\":{}}", "application/json")->status,
              428);

    const httplib::Result fetched = m_client->Get(path.c_str(), auth(r1));
    ASSERT_EQ(fetched->status, 200);
    EXPECT_EQ(jsonOf(fetched)[u"rev"_s].toInt(), 2);
}

TEST_P(Server_RecordTest, ChangeFeedShowsOnlyTheCallersRooms)
{
    const std::string r1 = login(u"r1"_s);
    const std::string r2 = login(u"r2"_s);
    const std::string s1 = login(u"s1"_s);
    const QUuid caseA = QUuid::createUuid();
    const QUuid caseB = QUuid::createUuid();
    const QUuid study = QUuid::createUuid();
    ASSERT_EQ(putRecord(r1, u"case"_s, caseA, caseBody(m_roomA, u"r1"_s))->status, 201);
    ASSERT_EQ(putRecord(r2, u"case"_s, caseB, caseBody(m_roomB, u"r2"_s))->status, 201);
    const QJsonObject studyBody{{u"parentId"_s, caseA.toString(QUuid::WithoutBraces)},
                                {u"data"_s, QJsonObject{{u"studyInstanceUid"_s, u"1.2.3"_s}}}};
    ASSERT_EQ(putRecord(r1, u"study"_s, study, studyBody)->status, 201);
    // r2 cannot write into room A, nor into it through a parent there, nor read it.
    EXPECT_EQ(putRecord(r2, u"case"_s, QUuid::createUuid(), caseBody(m_roomA, u"r2"_s))->status,
              403);
    EXPECT_EQ(putRecord(r2, u"study"_s, QUuid::createUuid(), studyBody)->status, 403);
    const std::string pathA =
        "/api/v1/records/case/" + caseA.toString(QUuid::WithoutBraces).toStdString();
    EXPECT_EQ(m_client->Get(pathA.c_str(), auth(r2))->status, 404);
    // A deletion travels as a tombstone.
    QJsonObject tombstone = studyBody;
    tombstone.insert(u"deleted"_s, true);
    ASSERT_EQ(putRecord(r1, u"study"_s, study, tombstone, 1)->status, 200);

    const auto feed = [&](const std::string& token, int limit) {
        std::vector<QJsonObject> records;
        std::string cursor = "0";
        for (int page = 0; page < 20; ++page) {
            const std::string path =
                "/api/v1/changes?since=" + cursor + "&limit=" + std::to_string(limit);
            const QJsonObject answer = jsonOf(m_client->Get(path.c_str(), auth(token)));
            for (const QJsonValue& value : answer[u"changes"_s].toArray())
                records.push_back(value.toObject());
            cursor = answer[u"cursor"_s].toString().toStdString();
            if (!answer[u"hasMore"_s].toBool())
                break;
        }
        return records;
    };
    const auto ids = [](const std::vector<QJsonObject>& records) {
        std::set<QString> result;
        for (const QJsonObject& record : records)
            result.insert(record[u"id"_s].toString());
        return result;
    };
    const QString a = caseA.toString(QUuid::WithoutBraces);
    const QString b = caseB.toString(QUuid::WithoutBraces);
    const QString s = study.toString(QUuid::WithoutBraces);
    EXPECT_EQ(ids(feed(r1, 1)), (std::set<QString>{a, s}));
    EXPECT_EQ(ids(feed(r2, 1)), (std::set<QString>{b}));
    const std::vector<QJsonObject> all = feed(s1, 2);
    EXPECT_EQ(ids(all), (std::set<QString>{a, b, s}));
    EXPECT_EQ(all.size(), 3u) << "each record once, in its latest version";
    for (const QJsonObject& record : all) {
        EXPECT_EQ(record[u"deleted"_s].toBool(), record[u"id"_s].toString() == s);
    }
    EXPECT_EQ(m_client->Get("/api/v1/changes?since=abc", auth(r1))->status, 400);
}

TEST_P(Server_RecordTest, WorkflowRulesAreEnforcedByRole)
{
    const std::string r1 = login(u"r1"_s);
    const std::string s1 = login(u"s1"_s);
    const std::string s2 = login(u"s2"_s);
    const QUuid caseId = QUuid::createUuid();
    const QJsonObject open = caseBody(m_roomA, u"r1"_s);
    ASSERT_EQ(putRecord(r1, u"case"_s, caseId, open)->status, 201);
    // Someone else cannot create a case in r1's name.
    EXPECT_EQ(jsonOf(putRecord(s1, u"case"_s, QUuid::createUuid(), open))[u"error"_s].toString(),
              u"not_author"_s);

    // A resident cannot close (approve) a case; a supervisor can; then it is locked.
    const httplib::Result residentCloses =
        putRecord(r1, u"case"_s, caseId, withState(open, u"closed"_s), 1);
    EXPECT_EQ(residentCloses->status, 403);
    EXPECT_EQ(jsonOf(residentCloses)[u"error"_s].toString(), u"supervisor_only"_s);
    EXPECT_FALSE(jsonOf(residentCloses)[u"message"_s].toString().isEmpty());
    ASSERT_EQ(putRecord(s1, u"case"_s, caseId, withState(open, u"closed"_s), 1)->status, 200);
    QJsonObject edited = withState(open, u"closed"_s);
    QJsonObject data = edited[u"data"_s].toObject();
    data.insert(u"note"_s, u"changed"_s);
    edited.insert(u"data"_s, data);
    const httplib::Result locked = putRecord(r1, u"case"_s, caseId, edited, 2);
    EXPECT_EQ(locked->status, 409);
    EXPECT_EQ(jsonOf(locked)[u"error"_s].toString(), u"locked_closed"_s);

    // Comments: only their author edits them.
    const QUuid comment = QUuid::createUuid();
    const QJsonObject commentBody{
        {u"parentId"_s, caseId.toString(QUuid::WithoutBraces)},
        {u"data"_s, QJsonObject{{u"authorId"_s, u"s1"_s}, {u"text"_s, u"Check the LAD"_s}}}};
    ASSERT_EQ(putRecord(s1, u"comment"_s, comment, commentBody)->status, 201);
    EXPECT_EQ(jsonOf(putRecord(r1, u"comment"_s, comment, commentBody, 1))[u"error"_s].toString(),
              u"not_author"_s);
    EXPECT_EQ(putRecord(s1, u"comment"_s, comment, commentBody, 1)->status, 200);

    // A case report: the author asks s1 (certified for the care period); s2's certification
    // does not cover it; nobody asks themselves; only the supervisor asked approves. The care
    // period lies within the chosen facility's certification, not the ended one's.
    const auto facility = [&](const QString& name, const QString& period) {
        return runAdmin(m_data.path(), m_dbUrl,
                        {u"create-facility"_s, u"--program"_s, u"cvit"_s, u"--name"_s, name,
                         u"--number"_s, u"F-"_s + name, u"--certified"_s, period})
            .value_or(QJsonObject{})
            .value(u"id"_s)
            .toString();
    };
    const QString certifiedFacility = facility(u"North"_s, u"2019-04-01:"_s);
    const QString endedFacility = facility(u"South"_s, u"2015-04-01:2023-03-31"_s);
    ASSERT_FALSE(certifiedFacility.isEmpty() || endedFacility.isEmpty());
    QString chosenFacility = endedFacility;
    const auto report = [&](const QString& state, const QString& reviewer) {
        return QJsonObject{
            {u"data"_s,
             QJsonObject{{u"roomId"_s, m_roomA},
                         {u"form"_s, u"specialist_case_report"_s},
                         {u"formVersion"_s, 1},
                         {u"state"_s, state},
                         {u"authorId"_s, u"r1"_s},
                         {u"reviewerId"_s, reviewer},
                         {u"requestMessage"_s, u"ご確認をお願いします"_s},
                         {u"values"_s,
                          QJsonObject{{u"care_period"_s, QJsonObject{{u"start"_s, u"2024-05-01"_s},
                                                                     {u"end"_s, u"2024-06-30"_s}}},
                                      {u"facility"_s, chosenFacility}}}}}};
    };
    const QUuid reportId = QUuid::createUuid();
    ASSERT_EQ(putRecord(r1, u"report"_s, reportId, report(u"registered"_s, u"s2"_s))->status, 201);
    const auto refusal = [](const httplib::Result& result) {
        return jsonOf(result)[u"error"_s].toString();
    };
    EXPECT_EQ(
        refusal(putRecord(r1, u"report"_s, reportId, report(u"approval_requested"_s, u"s1"_s), 1)),
        u"care_outside_facility_period"_s);
    chosenFacility = certifiedFacility;
    EXPECT_EQ(
        refusal(putRecord(r1, u"report"_s, reportId, report(u"approval_requested"_s, u"s2"_s), 1)),
        u"reviewer_not_certified_for_period"_s);
    EXPECT_EQ(
        refusal(putRecord(r1, u"report"_s, reportId, report(u"approval_requested"_s, u"r1"_s), 1)),
        u"self_request"_s);
    ASSERT_EQ(
        putRecord(r1, u"report"_s, reportId, report(u"approval_requested"_s, u"s1"_s), 1)->status,
        200);
    EXPECT_EQ(refusal(putRecord(r1, u"report"_s, reportId, report(u"approved"_s, u"s1"_s), 2)),
              u"supervisor_only"_s);
    EXPECT_EQ(refusal(putRecord(s2, u"report"_s, reportId, report(u"approved"_s, u"s1"_s), 2)),
              u"not_assigned_reviewer"_s);
    ASSERT_EQ(putRecord(s1, u"report"_s, reportId, report(u"approved"_s, u"s1"_s), 2)->status, 200);
    EXPECT_EQ(refusal(putRecord(r1, u"report"_s, reportId, report(u"registered"_s, u"s1"_s), 3)),
              u"locked_approved"_s);

    // Nobody takes over a record by rewriting its author: not a comment, not a report.
    QJsonObject takenOver = commentBody;
    takenOver.insert(u"data"_s, QJsonObject{{u"authorId"_s, u"r1"_s}, {u"text"_s, u"Mine now"_s}});
    EXPECT_EQ(refusal(putRecord(s1, u"comment"_s, comment, takenOver, 2)), u"not_author"_s);
    EXPECT_EQ(refusal(putRecord(r1, u"comment"_s, comment, takenOver, 2)), u"not_author"_s);
    QJsonObject handedOver = report(u"approved"_s, u"s1"_s);
    QJsonObject handedData = handedOver[u"data"_s].toObject();
    handedData.insert(u"authorId"_s, u"s1"_s);
    handedOver.insert(u"data"_s, handedData);
    EXPECT_EQ(refusal(putRecord(s1, u"report"_s, reportId, handedOver, 3)), u"not_author"_s);

    // Programs, rooms and members are the administrator's.
    EXPECT_EQ(putRecord(s1, u"room"_s, QUuid::createUuid(), {{u"data"_s, QJsonObject{}}})->status,
              403);
}

INSTANTIATE_TEST_SUITE_P(Backends, Server_RecordTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgres), backendName);
