#include "AccountJson.h"

#include "CertificationPeriods.h"

#include <QJsonArray>

namespace kenshu::server {

using namespace Qt::Literals::StringLiterals;

QJsonObject roleToJson(const RoleAssignment& role)
{
    return {{u"role"_s, roleName(role.role)},
            {u"programId"_s, role.programId},
            {u"roomId"_s,
             role.roomId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(role.roomId)}};
}

QJsonObject roomToJson(const RoomInfo& room)
{
    return {{u"id"_s, room.id},
            {u"programId"_s, room.programId},
            {u"fiscalYear"_s, room.fiscalYear},
            {u"name"_s, room.name}};
}

QJsonObject memberToPublicJson(const MemberInfo& member, const std::vector<RoleAssignment>& roles)
{
    QJsonArray roleArray;
    for (const RoleAssignment& role : roles)
        roleArray.append(roleToJson(role));
    return {{u"id"_s, member.id},
            {u"name"_s, member.name},
            {u"kana"_s, member.kana},
            {u"roles"_s, roleArray},
            {u"certifications"_s, certificationsToJson(member.certifications)}};
}

QJsonObject facilityToJson(const FacilityInfo& facility)
{
    return {{u"id"_s, facility.id},
            {u"programId"_s, facility.programId},
            {u"name"_s, facility.name},
            {u"number"_s, facility.number},
            {u"certifications"_s, certificationsToJson(facility.certifications)}};
}

} // namespace kenshu::server
