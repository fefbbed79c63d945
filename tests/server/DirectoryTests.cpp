// The member and facility directory, and programs that require an approved credential before
// residents register cases and reports, against the real server.
#include "ServerTestFixture.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;
using namespace kenshu::test;

namespace {

using Server_DirectoryTest = ServerTest;

QJsonObject byId(const QJsonArray& array, const QString& id)
{
    for (const QJsonValue& value : array) {
        if (value[u"id"_s].toString() == id)
            return value.toObject();
    }
    return {};
}

} // namespace

TEST_P(Server_DirectoryTest, MembersAndFacilitiesOfTheCallersProgramsOnly)
{
    const QString data = m_data.path();
    ASSERT_TRUE(runAdmin(data, m_dbUrl,
                         {u"create-program"_s, u"--id"_s, u"other"_s, u"--name"_s, u"Other"_s}));
    ASSERT_TRUE(runAdmin(data, m_dbUrl,
                         {u"create-member"_s, u"--member"_s, u"x1"_s, u"--name"_s, u"Outsider"_s,
                          u"--kana"_s, u"ソト"_s, u"--email"_s, u"x1@example.org"_s}));
    ASSERT_TRUE(runAdmin(data, m_dbUrl,
                         {u"assign-role"_s, u"--member"_s, u"x1"_s, u"--role"_s, u"supervisor"_s,
                          u"--program"_s, u"other"_s}));
    // s1 also supervises in the other program: r1 must not learn that.
    ASSERT_TRUE(runAdmin(data, m_dbUrl,
                         {u"assign-role"_s, u"--member"_s, u"s1"_s, u"--role"_s, u"supervisor"_s,
                          u"--program"_s, u"other"_s}));
    const auto north = runAdmin(data, m_dbUrl,
                                {u"create-facility"_s, u"--program"_s, u"cvit"_s, u"--name"_s,
                                 u"North Hospital"_s, u"--number"_s, u"1234"_s, u"--certified"_s,
                                 u"2015-04-01:2020-03-31"_s, u"--certified"_s, u"2020-04-01:"_s});
    ASSERT_TRUE(north);
    ASSERT_TRUE(
        runAdmin(data, m_dbUrl,
                 {u"create-facility"_s, u"--program"_s, u"other"_s, u"--name"_s, u"Elsewhere"_s}));
    EXPECT_FALSE(runAdmin(data, m_dbUrl,
                          {u"create-facility"_s, u"--program"_s, u"nope"_s, u"--name"_s, u"X"_s}));

    EXPECT_EQ(m_client->Get("/api/v1/directory")->status, 401);
    const httplib::Result result = m_client->Get("/api/v1/directory", auth(login(u"r1"_s)));
    ASSERT_TRUE(result);
    ASSERT_EQ(result->status, 200);
    const QJsonObject directory = jsonOf(result);
    const QJsonArray members = directory[u"members"_s].toArray();
    QStringList ids;
    for (const QJsonValue& member : members)
        ids.append(member[u"id"_s].toString());
    EXPECT_EQ(ids, (QStringList{u"d1"_s, u"r1"_s, u"r2"_s, u"s1"_s, u"s2"_s}));
    EXPECT_FALSE(result->body.find("@example.org") != std::string::npos) << result->body;

    const QJsonObject s1 = byId(members, u"s1"_s);
    EXPECT_EQ(s1[u"name"_s].toString(), u"Member s1"_s);
    EXPECT_EQ(s1[u"kana"_s].toString(), u"メンバー"_s);
    ASSERT_EQ(s1[u"roles"_s].toArray().size(), 1);
    EXPECT_EQ(s1[u"roles"_s][0][u"programId"_s].toString(), u"cvit"_s);
    EXPECT_EQ(s1[u"roles"_s][0][u"role"_s].toString(), u"supervisor"_s);
    EXPECT_TRUE(s1[u"roles"_s][0][u"roomId"_s].isNull());
    EXPECT_EQ(s1[u"certifications"_s][0][u"start"_s].toString(), u"2020-04-01"_s);
    const QJsonObject s2 = byId(members, u"s2"_s);
    EXPECT_EQ(s2[u"roles"_s][0][u"roomId"_s].toString(), m_roomA);
    EXPECT_EQ(s2[u"certifications"_s][0][u"end"_s].toString(), u"2023-12-31"_s);

    const QJsonArray facilities = directory[u"facilities"_s].toArray();
    ASSERT_EQ(facilities.size(), 1);
    const QJsonObject facility = facilities[0].toObject();
    EXPECT_EQ(facility[u"id"_s].toString(), north->value(u"id"_s).toString());
    EXPECT_EQ(facility[u"name"_s].toString(), u"North Hospital"_s);
    EXPECT_EQ(facility[u"number"_s].toString(), u"1234"_s);
    EXPECT_EQ(facility[u"programId"_s].toString(), u"cvit"_s);
    ASSERT_EQ(facility[u"certifications"_s].toArray().size(), 2);
    EXPECT_EQ(facility[u"certifications"_s][0][u"end"_s].toString(), u"2020-03-31"_s);
    EXPECT_FALSE(facility[u"certifications"_s][1].toObject().contains(u"end"_s));
}

TEST_P(Server_DirectoryTest, ResidentsRegisterOnlyWithAnApprovedCredentialWhereRequired)
{
    const QString data = m_data.path();
    ASSERT_TRUE(runAdmin(data, m_dbUrl,
                         {u"create-program"_s, u"--id"_s, u"icu"_s, u"--name"_s, u"ICU"_s,
                          u"--requires-credential"_s}));
    const auto room = runAdmin(data, m_dbUrl,
                               {u"create-room"_s, u"--program"_s, u"icu"_s, u"--fiscal-year"_s,
                                u"2024"_s, u"--name"_s, u"ICU 2024"_s});
    ASSERT_TRUE(room);
    const QString icu = room->value(u"id"_s).toString();
    for (const auto& [member, role] :
         {std::pair(u"r1"_s, u"resident"_s), std::pair(u"d1"_s, u"director"_s)}) {
        ASSERT_TRUE(runAdmin(data, m_dbUrl,
                             {u"assign-role"_s, u"--member"_s, member, u"--role"_s, role,
                              u"--program"_s, u"icu"_s}));
    }
    const std::string r1 = login(u"r1"_s);
    const std::string d1 = login(u"d1"_s);
    const auto refusal = [](const httplib::Result& result) {
        return jsonOf(result)[u"error"_s].toString();
    };

    // No credential yet: no case. The CVIT program asks for none: a case there is fine.
    EXPECT_EQ(refusal(putRecord(r1, u"case"_s, QUuid::createUuid(), caseBody(icu, u"r1"_s))),
              u"credential_not_approved"_s);
    EXPECT_EQ(putRecord(r1, u"case"_s, QUuid::createUuid(), caseBody(m_roomA, u"r1"_s))->status,
              201);

    // Submitted and waiting for the director: still no case.
    const QUuid credential = QUuid::createUuid();
    const auto credentialBody = [&](const QString& state) {
        return QJsonObject{{u"data"_s, QJsonObject{{u"roomId"_s, icu},
                                                   {u"authorId"_s, u"r1"_s},
                                                   {u"state"_s, state},
                                                   {u"fileName"_s, u"license.pdf"_s}}}};
    };
    ASSERT_EQ(putRecord(r1, u"credential"_s, credential, credentialBody(u"waiting"_s))->status,
              201);
    EXPECT_EQ(refusal(putRecord(r1, u"case"_s, QUuid::createUuid(), caseBody(icu, u"r1"_s))),
              u"credential_not_approved"_s);

    // Approved by the director: cases can be registered; the director needs no credential.
    ASSERT_EQ(putRecord(d1, u"credential"_s, credential, credentialBody(u"approved"_s), 1)->status,
              200);
    EXPECT_EQ(putRecord(r1, u"case"_s, QUuid::createUuid(), caseBody(icu, u"r1"_s))->status, 201);
    EXPECT_EQ(putRecord(d1, u"case"_s, QUuid::createUuid(), caseBody(icu, u"d1"_s))->status, 201);
}

INSTANTIATE_TEST_SUITE_P(Backends, Server_DirectoryTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgres), backendName);
