#include "LocalProfile.h"

#include "Settings.h"

namespace kenshu {

Actor localActor(const Settings& settings)
{
    Actor actor;
    actor.memberId = settings.value(Settings::Key::MemberNumber).toString().trimmed();
    const std::optional<Role> role = roleFromName(settings.value(Settings::Key::Role).toString());
    if (role == Role::Supervisor || role == Role::Director)
        actor.role = *role;
    return actor;
}

} // namespace kenshu
