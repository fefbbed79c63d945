#pragma once

#include "AccountStore.h"
#include "FacilityStore.h"

#include <QJsonObject>

namespace kenshu::server {

// The JSON shapes of accounts in /me and /directory (docs/api.md).
QJsonObject roleToJson(const RoleAssignment& role);
QJsonObject roomToJson(const RoomInfo& room);
// What other members see of a member: no e-mail address.
QJsonObject memberToPublicJson(const MemberInfo& member, const std::vector<RoleAssignment>& roles);
QJsonObject facilityToJson(const FacilityInfo& facility);

} // namespace kenshu::server
