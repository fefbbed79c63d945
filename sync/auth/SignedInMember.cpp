#include "SignedInMember.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace kenshu::sync {
namespace {

using namespace Qt::Literals::StringLiterals;

} // namespace

Expected<SignedInMember> SignedInMember::fromJson(const QJsonObject& me)
{
    const QJsonObject member = me.value(u"member"_s).toObject();
    SignedInMember result;
    result.id = member.value(u"id"_s).toString();
    if (result.id.isEmpty())
        return Error{QCoreApplication::translate(
            "SignedInMember", "The server did not say who is signed in (no member id).")};
    result.name = member.value(u"name"_s).toString();
    result.kana = member.value(u"kana"_s).toString();
    result.email = member.value(u"email"_s).toString();
    for (const QJsonValue& value : me.value(u"roles"_s).toArray()) {
        const QJsonObject grant = value.toObject();
        // A role this client does not know grants nothing here.
        const std::optional<Role> role = roleFromName(grant.value(u"role"_s).toString());
        if (!role)
            continue;
        result.roles.append(
            {*role, grant.value(u"programId"_s).toString(), grant.value(u"roomId"_s).toString()});
    }
    for (const QJsonValue& value : me.value(u"rooms"_s).toArray()) {
        const QJsonObject room = value.toObject();
        result.rooms.append({room.value(u"id"_s).toString(), room.value(u"programId"_s).toString(),
                             room.value(u"fiscalYear"_s).toInt(),
                             room.value(u"name"_s).toString()});
    }
    return result;
}

QJsonObject SignedInMember::toJson() const
{
    QJsonArray roleArray;
    for (const RoleGrant& grant : roles) {
        roleArray.append(QJsonObject{
            {u"role"_s, roleName(grant.role)},
            {u"programId"_s, grant.programId},
            {u"roomId"_s, grant.roomId.isEmpty() ? QJsonValue() : QJsonValue(grant.roomId)}});
    }
    QJsonArray roomArray;
    for (const Room& room : rooms) {
        roomArray.append(QJsonObject{{u"id"_s, room.id},
                                     {u"programId"_s, room.programId},
                                     {u"fiscalYear"_s, room.fiscalYear},
                                     {u"name"_s, room.name}});
    }
    return {{u"member"_s,
             QJsonObject{{u"id"_s, id}, {u"name"_s, name}, {u"kana"_s, kana}, {u"email"_s, email}}},
            {u"roles"_s, roleArray},
            {u"rooms"_s, roomArray}};
}

QList<Role> SignedInMember::rolesIn(const QString& roomId) const
{
    QString programId;
    for (const Room& room : rooms) {
        if (room.id == roomId)
            programId = room.programId;
    }
    QList<Role> result;
    for (const RoleGrant& grant : roles) {
        const bool holds = grant.roomId.isEmpty()
                               ? !programId.isEmpty() && grant.programId == programId
                               : grant.roomId == roomId;
        if (holds && !result.contains(grant.role))
            result.append(grant.role);
    }
    return result;
}

QString SignedInMember::defaultRoomId() const
{
    const auto newest = [this](bool residentOnly) {
        const Room* best = nullptr;
        for (const Room& room : rooms) {
            if (residentOnly && !rolesIn(room.id).contains(Role::Resident))
                continue;
            if (!best || room.fiscalYear > best->fiscalYear)
                best = &room;
        }
        return best ? best->id : QString();
    };
    const QString asResident = newest(true);
    return asResident.isEmpty() ? newest(false) : asResident;
}

} // namespace kenshu::sync
