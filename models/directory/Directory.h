#pragma once

#include "Actor.h"
#include "DateRange.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <vector>

namespace kenshu {

// A role a member holds in a program, in one room or (roomId empty) in all its rooms.
struct DirectoryRole
{
    Role role = Role::Resident;
    QString programId;
    QString roomId;
};

// One member as the server's directory lists them (GET /api/v1/directory).
struct DirectoryMember
{
    QString id; // the member number; also what supervisors are found by
    QString name;
    QString kana;
    QList<DirectoryRole> roles;
    // Supervisor certification periods; renewals that touch join up (rangesCover).
    std::vector<DateRange> certifications;

    // Holds `role` in the program, for the room `roomId` (empty: any room of the program).
    bool holds(Role role, const QString& programId, const QString& roomId) const;
};

// A training facility (診療施設) with its certification periods.
struct DirectoryFacility
{
    QString id;
    QString name;
    QString number; // the facility's certification number, searched like its name
    QString programId;
    std::vector<DateRange> certifications;

    // No certification runs on `today` or later: shown as "(certification ended)", and still
    // chosen for cases that fall within an earlier period.
    bool certificationEnded(const QDate& today) const;
};

// The members and facilities the signed-in member may choose from: those sharing a program.
struct Directory
{
    QList<DirectoryMember> members;
    QList<DirectoryFacility> facilities;

    const DirectoryMember* member(const QString& id) const;
    const DirectoryFacility* facility(const QString& id) const;
};

// The directory with the time it was fetched from the server (it is used offline as well).
struct DirectorySnapshot
{
    Directory directory;
    QDateTime fetchedAt; // UTC
};

// Where a report lives: its program and room. An empty room means "not placed yet": any room
// of the program.
struct ProgramScope
{
    QString programId;
    QString roomId;
};

// The rooms the signed-in member sees, to place a report: each room's program, and the room a
// report not yet placed will go to (SignedInMember::defaultRoomId).
struct RoomPrograms
{
    QHash<QString, QString> programOfRoom;
    QString defaultRoomId;

    // The scope of a report in `roomId` (empty: not placed yet, so the default room).
    ProgramScope scopeOf(const QString& roomId) const;
};

} // namespace kenshu
