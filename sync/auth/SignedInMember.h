#pragma once

#include "Actor.h"
#include "Expected.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace kenshu::sync {

// The member the server says is signed in (GET /api/v1/me): who they are, the roles they hold
// and the rooms they see. It replaces the local profile while signed in.
struct SignedInMember
{
    struct RoleGrant
    {
        Role role = Role::Resident;
        QString programId;
        QString roomId; // empty: every room of the program
    };
    struct Room
    {
        QString id;
        QString programId;
        int fiscalYear = 0;
        QString name;
    };

    QString id; // the member number; records name members by it
    QString name;
    QString kana;
    QString email;
    QList<RoleGrant> roles;
    QList<Room> rooms;

    static Expected<SignedInMember> fromJson(const QJsonObject& me);
    QJsonObject toJson() const; // the shape of /api/v1/me

    // The roles the member holds in a room (directly or program-wide), in the order granted.
    QList<Role> rolesIn(const QString& roomId) const;
    // Where new cases and reports go when the user has not picked a room: the newest fiscal
    // year among the rooms where the member is a resident, else among all the rooms they see;
    // empty when they see none.
    QString defaultRoomId() const;
};

} // namespace kenshu::sync
