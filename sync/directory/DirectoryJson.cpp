#include "DirectoryJson.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace kenshu::sync {
namespace {

using namespace Qt::Literals::StringLiterals;

Error badDirectory(const QString& detail)
{
    return Error{QCoreApplication::translate("DirectoryJson",
                                             "The member directory from the server cannot be "
                                             "read: %1")
                     .arg(detail)};
}

// Fails naming `owner` (e.g. "member 123456") when a period is malformed.
Expected<std::vector<DateRange>> parsePeriods(const QJsonValue& value, const QString& owner)
{
    std::vector<DateRange> periods;
    for (const QJsonValue& entry : value.toArray()) {
        const QJsonObject object = entry.toObject();
        const QJsonValue end = object.value(u"end"_s);
        std::optional<DateRange> period = DateRange::fromJson(object);
        if (!period || !period->isValid() || !(end.isNull() || end.isUndefined() || end.isString()))
            return badDirectory(QCoreApplication::translate("DirectoryJson",
                                                            "%1 has a certification period that is "
                                                            "not two dates (yyyy-MM-dd).")
                                    .arg(owner));
        periods.push_back(*period);
    }
    return periods;
}

Expected<DirectoryMember> parseMember(const QJsonObject& object)
{
    DirectoryMember member;
    member.id = object.value(u"id"_s).toString();
    if (member.id.isEmpty())
        return badDirectory(
            QCoreApplication::translate("DirectoryJson", "a member has no member number."));
    member.name = object.value(u"name"_s).toString();
    member.kana = object.value(u"kana"_s).toString();
    for (const QJsonValue& value : object.value(u"roles"_s).toArray()) {
        const QJsonObject grant = value.toObject();
        const std::optional<Role> role = roleFromName(grant.value(u"role"_s).toString());
        if (!role)
            continue;
        member.roles.append(
            {*role, grant.value(u"programId"_s).toString(), grant.value(u"roomId"_s).toString()});
    }
    Expected<std::vector<DateRange>> periods =
        parsePeriods(object.value(u"certifications"_s),
                     QCoreApplication::translate("DirectoryJson", "Member %1").arg(member.id));
    if (!periods)
        return periods.error();
    member.certifications = std::move(*periods);
    return member;
}

Expected<DirectoryFacility> parseFacility(const QJsonObject& object)
{
    DirectoryFacility facility;
    facility.id = object.value(u"id"_s).toString();
    if (facility.id.isEmpty())
        return badDirectory(QCoreApplication::translate("DirectoryJson", "a facility has no id."));
    facility.name = object.value(u"name"_s).toString();
    facility.number = object.value(u"number"_s).toString();
    facility.programId = object.value(u"programId"_s).toString();
    Expected<std::vector<DateRange>> periods = parsePeriods(
        object.value(u"certifications"_s),
        QCoreApplication::translate("DirectoryJson", "Facility %1").arg(facility.name));
    if (!periods)
        return periods.error();
    facility.certifications = std::move(*periods);
    return facility;
}

} // namespace

Expected<Directory> parseDirectory(const QJsonObject& body)
{
    if (!body.value(u"members"_s).isArray() || !body.value(u"facilities"_s).isArray())
        return badDirectory(
            QCoreApplication::translate("DirectoryJson", "it lists no members or no facilities."));
    Directory directory;
    for (const QJsonValue& value : body.value(u"members"_s).toArray()) {
        Expected<DirectoryMember> member = parseMember(value.toObject());
        if (!member)
            return member.error();
        directory.members.append(std::move(*member));
    }
    for (const QJsonValue& value : body.value(u"facilities"_s).toArray()) {
        Expected<DirectoryFacility> facility = parseFacility(value.toObject());
        if (!facility)
            return facility.error();
        directory.facilities.append(std::move(*facility));
    }
    return directory;
}

} // namespace kenshu::sync
