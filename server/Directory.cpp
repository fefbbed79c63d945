#include "Directory.h"

#include "AccountJson.h"
#include "ServerDatabase.h"

#include <QJsonArray>
#include <QSet>

namespace kenshu::server {

using namespace Qt::Literals::StringLiterals;

Expected<QJsonObject> directoryFor(const QSqlDatabase& db, const QString& memberId)
{
    QSet<QString> programs;
    for (const RoleAssignment& role : AccountStore::roles(db, memberId))
        programs.insert(role.programId);

    Expected<QSqlQuery> query = runQuery(
        db,
        u"SELECT DISTINCT member_id FROM role_assignments WHERE program_id IN "
        "(SELECT program_id FROM role_assignments WHERE member_id = ?) ORDER BY member_id"_s,
        {memberId});
    if (!query)
        return query.error();
    QStringList memberIds;
    while (query->next())
        memberIds.append(query->value(0).toString());

    QJsonArray members;
    for (const QString& id : std::as_const(memberIds)) {
        const std::optional<MemberInfo> member = AccountStore::member(db, id);
        if (!member)
            continue;
        // Only the roles in programs the caller shares: other programs are not theirs to see.
        std::vector<RoleAssignment> shared;
        for (const RoleAssignment& role : AccountStore::roles(db, id)) {
            if (programs.contains(role.programId))
                shared.push_back(role);
        }
        members.append(memberToPublicJson(*member, shared));
    }

    Expected<std::vector<FacilityInfo>> facilities = FacilityStore::facilitiesFor(db, memberId);
    if (!facilities)
        return facilities.error();
    QJsonArray facilityArray;
    for (const FacilityInfo& facility : *facilities)
        facilityArray.append(facilityToJson(facility));
    return QJsonObject{{u"members"_s, members}, {u"facilities"_s, facilityArray}};
}

} // namespace kenshu::server
