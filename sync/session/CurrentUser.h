#pragma once

#include "Actor.h"
#include "SignedInMember.h"

#include <QObject>
#include <QString>

namespace kenshu {
class Settings;
}

namespace kenshu::sync {

class SyncSession;

// The role a signed-in member acts in within a room: the first role granted there (directly
// or program-wide); a member without a role in the room acts as a resident, with no more rights.
Actor actorInRoom(const SignedInMember& member, const QString& roomId);

// Who the user is for authorship and role decisions in the app: the signed-in member (in the
// chosen room) while signed in, else the local profile in Settings. The one place the screens
// ask; changed() says when the answer changes.
class CurrentUser final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CurrentUser)

public:
    CurrentUser(const Settings& settings, const SyncSession& session, QObject* parent = nullptr);

    bool isSignedIn() const;
    Actor actor() const;
    QString name() const;
    // Whose number new case titles start with.
    QString memberNumber() const { return actor().memberId; }

signals:
    void changed();

private:
    const Settings& m_settings;
    const SyncSession& m_session;
};

} // namespace kenshu::sync
