#include "Actor.h"

#include "NameTable.h"

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;

constexpr NameTable<Role, 4> kRoleNames{{
    {Role::Resident, "resident"_L1},
    {Role::Supervisor, "supervisor"_L1},
    {Role::Director, "director"_L1},
    {Role::Admin, "admin"_L1},
}};

} // namespace

QString roleName(Role role)
{
    return nameFromTable(kRoleNames, role);
}

std::optional<Role> roleFromName(const QString& name)
{
    return valueFromTable(kRoleNames, name);
}

} // namespace kenshu
