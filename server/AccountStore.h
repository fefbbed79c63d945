#pragma once

#include "Actor.h"
#include "DateRange.h"
#include "Expected.h"
#include "FormSchema.h"

#include <QSqlDatabase>
#include <QString>
#include <optional>
#include <vector>

namespace kenshu::server {

class ServerDatabase;

struct MemberInfo
{
    QString id; // the member number
    QString name;
    QString kana;
    QString email;
    std::vector<DateRange> certifications;
};

struct RoomInfo
{
    QString id;
    QString programId;
    int fiscalYear = 0;
    QString name;
};

// A role in one room, or (empty roomId) in every room of a program.
struct RoleAssignment
{
    Role role = Role::Resident;
    QString programId;
    QString roomId;
};

// Programs, rooms (per program and fiscal year), members with their certification periods,
// role assignments and form schemas: what `kenshu-server admin` manages and what requests are
// checked against. Writes run in their own transaction; reads take the caller's connection so
// they can run inside a request's transaction.
class AccountStore final
{
public:
    explicit AccountStore(const ServerDatabase& database);

    // With `requiresCredential`, the program's residents register cases and reports only once
    // the director has approved their credential (canRegisterRecords).
    Status createProgram(const QString& id, const QString& name,
                         bool requiresCredential = false) const;
    // Returns the new room's id (a UUID).
    Expected<QString> createRoom(const QString& programId, int fiscalYear,
                                 const QString& name) const;
    // An empty password creates a member who cannot sign in until reset-password.
    Status createMember(const MemberInfo& member, const QString& password) const;
    Status assignRole(const QString& memberId, Role role, const QString& programId,
                      const QString& roomId) const;
    Status resetPassword(const QString& memberId, const QString& password) const;
    // Stores a form schema (validated by the shared parser); returns "id vN".
    Expected<QString> importForm(const QByteArray& json) const;

    static std::optional<MemberInfo> member(const QSqlDatabase& db, const QString& id);
    // The member id and stored password hash for a login e-mail (nullopt: no such member).
    static Expected<std::optional<std::pair<QString, QString>>>
    credentialsFor(const QSqlDatabase& db, const QString& email);
    static std::vector<RoleAssignment> roles(const QSqlDatabase& db, const QString& memberId);
    // Rooms the member sees: those assigned directly, and every room of a program assigned.
    static std::vector<RoomInfo> visibleRooms(const QSqlDatabase& db, const QString& memberId);
    // The roles the member acts in within a room (empty: not a member of it).
    static std::vector<Role> rolesInRoom(const QSqlDatabase& db, const QString& memberId,
                                         const QString& roomId);
    // The schema stored by import-form, else the built-in one.
    static std::optional<FormSchema> form(const QSqlDatabase& db, const QString& id, int version);

private:
    const ServerDatabase& m_database;
};

} // namespace kenshu::server
