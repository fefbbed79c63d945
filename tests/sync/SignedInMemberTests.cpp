// Sync_SignedInMemberTest: /api/v1/me becomes the signed-in member with roles per room and the
// room new cases go to.
#include "SignedInMember.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using kenshu::Role;
using kenshu::sync::SignedInMember;

namespace {

QJsonObject me(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

const QByteArray kResident = R"({
  "member": {"id": "r1", "name": "Resident One", "kana": "レジデント", "email": "r1@example.org"},
  "roles": [{"role": "resident", "programId": "cvit", "roomId": "room-2024"},
            {"role": "resident", "programId": "cvit", "roomId": "room-2025"},
            {"role": "supervisor", "programId": "pal", "roomId": null},
            {"role": "wizard", "programId": "cvit", "roomId": null}],
  "rooms": [{"id": "room-2024", "programId": "cvit", "fiscalYear": 2024, "name": "2024"},
            {"id": "room-2025", "programId": "cvit", "fiscalYear": 2025, "name": "2025"},
            {"id": "pal-2026", "programId": "pal", "fiscalYear": 2026, "name": "Palliative"}]
})";

} // namespace

TEST(Sync_SignedInMemberTest, ReadsTheMemberRolesAndRooms)
{
    const auto member = SignedInMember::fromJson(me(kResident));
    ASSERT_TRUE(member) << member.error().message.toStdString();
    EXPECT_EQ(member->id, u"r1"_s);
    EXPECT_EQ(member->name, u"Resident One"_s);
    EXPECT_EQ(member->kana, u"レジデント"_s);
    EXPECT_EQ(member->email, u"r1@example.org"_s);
    ASSERT_EQ(member->roles.size(), 3) << "an unknown role grants nothing";
    EXPECT_EQ(member->rooms.size(), 3);
    EXPECT_EQ(member->rolesIn(u"room-2024"_s), QList<Role>{Role::Resident});
    // A program-wide role holds in every room of that program, and only there.
    EXPECT_EQ(member->rolesIn(u"pal-2026"_s), QList<Role>{Role::Supervisor});
    EXPECT_TRUE(member->rolesIn(u"unknown"_s).isEmpty());
}

TEST(Sync_SignedInMemberTest, NewCasesGoToTheNewestRoomWhereTheMemberIsAResident)
{
    const auto member = SignedInMember::fromJson(me(kResident));
    ASSERT_TRUE(member);
    EXPECT_EQ(member->defaultRoomId(), u"room-2025"_s);

    const auto supervisor = SignedInMember::fromJson(me(R"({
      "member": {"id": "s1"},
      "roles": [{"role": "supervisor", "programId": "cvit", "roomId": null}],
      "rooms": [{"id": "a", "programId": "cvit", "fiscalYear": 2023},
                {"id": "b", "programId": "cvit", "fiscalYear": 2024}]})"));
    ASSERT_TRUE(supervisor);
    EXPECT_EQ(supervisor->defaultRoomId(), u"b"_s);

    const auto nowhere = SignedInMember::fromJson(me(R"({"member": {"id": "x"}})"));
    ASSERT_TRUE(nowhere);
    EXPECT_TRUE(nowhere->defaultRoomId().isEmpty());
}

TEST(Sync_SignedInMemberTest, RoundTripsThroughItsJson)
{
    const auto member = SignedInMember::fromJson(me(kResident));
    ASSERT_TRUE(member);
    const auto again = SignedInMember::fromJson(member->toJson());
    ASSERT_TRUE(again);
    EXPECT_EQ(again->toJson(), member->toJson());
    EXPECT_EQ(again->rolesIn(u"pal-2026"_s), QList<Role>{Role::Supervisor});
}

TEST(Sync_SignedInMemberTest, AnAnswerWithoutAMemberIdIsAnError)
{
    EXPECT_FALSE(SignedInMember::fromJson(me(R"({"member": {"name": "nobody"}})")));
    EXPECT_FALSE(SignedInMember::fromJson({}));
}
