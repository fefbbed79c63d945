#pragma once

#include <QString>
#include <optional>

namespace kenshu {

// The role a member acts in within a program. A member who holds two roles (a director who
// also supervises) acts in one of them at a time; the caller passes that one.
enum class Role {
    Resident,
    Supervisor,
    Director,
    Admin,
};

QString roleName(Role role);
std::optional<Role> roleFromName(const QString& name);

// Who is asking the workflow rules for permission.
struct Actor
{
    Role role = Role::Resident;
    QString memberId;
};

// The members a record is tied to: its author (the resident who owns it) and, where one is
// named, the supervisor asked to review it (an approval request's addressee).
struct RecordParties
{
    QString authorId;
    QString reviewerId;
};

} // namespace kenshu
