#include "Directory.h"

namespace kenshu {

bool DirectoryMember::holds(Role wanted, const QString& programId, const QString& roomId) const
{
    for (const DirectoryRole& grant : roles) {
        if (grant.role != wanted || grant.programId != programId)
            continue;
        if (grant.roomId.isEmpty() || roomId.isEmpty() || grant.roomId == roomId)
            return true;
    }
    return false;
}

bool DirectoryFacility::certificationEnded(const QDate& today) const
{
    for (const DateRange& period : certifications) {
        if (period.isValid() && (period.end.isNull() || period.end >= today))
            return false;
    }
    return true;
}

const DirectoryMember* Directory::member(const QString& id) const
{
    for (const DirectoryMember& candidate : members) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

const DirectoryFacility* Directory::facility(const QString& id) const
{
    for (const DirectoryFacility& candidate : facilities) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

ProgramScope RoomPrograms::scopeOf(const QString& roomId) const
{
    const QString room = roomId.isEmpty() ? defaultRoomId : roomId;
    return {programOfRoom.value(room), room};
}

} // namespace kenshu
