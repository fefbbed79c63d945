#include "CurrentUser.h"

#include "LocalProfile.h"
#include "Settings.h"
#include "SyncSession.h"

namespace kenshu::sync {

Actor actorInRoom(const SignedInMember& member, const QString& roomId)
{
    Actor actor;
    actor.memberId = member.id;
    const QList<Role> roles = member.rolesIn(roomId);
    if (!roles.isEmpty())
        actor.role = roles.first();
    return actor;
}

CurrentUser::CurrentUser(const Settings& settings, const SyncSession& session, QObject* parent)
    : QObject(parent), m_settings(settings), m_session(session)
{
    connect(&session, &SyncSession::stateChanged, this, &CurrentUser::changed);
    connect(&session, &SyncSession::roomChanged, this, &CurrentUser::changed);
}

bool CurrentUser::isSignedIn() const
{
    return m_session.isSignedIn() && !m_session.member().id.isEmpty();
}

Actor CurrentUser::actor() const
{
    if (isSignedIn())
        return actorInRoom(m_session.member(), m_session.roomId());
    return localActor(m_settings);
}

QString CurrentUser::name() const
{
    if (isSignedIn())
        return m_session.member().name;
    return m_settings.value(Settings::Key::MemberName).toString();
}

} // namespace kenshu::sync
