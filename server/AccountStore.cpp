#include "AccountStore.h"

#include "CertificationPeriods.h"
#include "FormLibrary.h"
#include "FormSchemaParser.h"
#include "PasswordHash.h"
#include "ServerDatabase.h"

#include <QCoreApplication>
#include <QUuid>
#include <functional>
#include <mutex>

namespace kenshu::server {
namespace {

using namespace Qt::Literals::StringLiterals;

QString translate(const char* text)
{
    return QCoreApplication::translate("AccountStore", text);
}

bool exists(const QSqlDatabase& db, const QString& sql, const QVariant& value)
{
    Expected<QSqlQuery> query = runQuery(db, sql, {value});
    return query && query->next();
}

// The one rule for new passwords, at creation and at reset.
Status checkNewPassword(const QString& password)
{
    if (password.size() < 8)
        return Error{translate("The password must have at least 8 characters.")};
    return {};
}

} // namespace

AccountStore::AccountStore(const ServerDatabase& database) : m_database(database) {}

Status AccountStore::createProgram(const QString& id, const QString& name,
                                   bool requiresCredential) const
{
    if (id.trimmed().isEmpty() || name.trimmed().isEmpty())
        return Error{translate("A program needs an id and a name.")};
    return inWriteTransaction(m_database, [&](const QSqlDatabase& db) -> Status {
        if (exists(db, u"SELECT 1 FROM programs WHERE id = ?"_s, id))
            return Error{translate("The program %1 exists already.").arg(id)};
        Expected<QSqlQuery> insert =
            runQuery(db, u"INSERT INTO programs (id, name, requires_credential) VALUES (?, ?, ?)"_s,
                     {id, name, requiresCredential ? 1 : 0});
        return insert ? Status{} : Status{insert.error()};
    });
}

Expected<QString> AccountStore::createRoom(const QString& programId, int fiscalYear,
                                           const QString& name) const
{
    if (fiscalYear < 2000 || fiscalYear > 2200 || name.trimmed().isEmpty())
        return Error{translate("A room needs a fiscal year (e.g. 2024) and a name.")};
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const Status status = inWriteTransaction(m_database, [&](const QSqlDatabase& db) -> Status {
        if (!exists(db, u"SELECT 1 FROM programs WHERE id = ?"_s, programId))
            return Error{translate("There is no program %1.").arg(programId)};
        Expected<QSqlQuery> insert = runQuery(
            db, u"INSERT INTO rooms (id, program_id, fiscal_year, name) VALUES (?, ?, ?, ?)"_s,
            {id, programId, fiscalYear, name});
        return insert ? Status{} : Status{insert.error()};
    });
    if (!status)
        return status.error();
    return id;
}

Status AccountStore::createMember(const MemberInfo& member, const QString& password) const
{
    if (member.id.trimmed().isEmpty() || member.name.trimmed().isEmpty() ||
        !member.email.contains(u'@'))
        return Error{translate("A member needs a member number, a name and an e-mail address.")};
    for (const DateRange& period : member.certifications) {
        if (!period.isValid())
            return Error{translate("A certification period needs a start that is not after its "
                                   "end.")};
    }
    if (!password.isEmpty()) {
        if (const Status acceptable = checkNewPassword(password); !acceptable)
            return acceptable;
    }
    // Not null: an empty hash matches no password.
    const QString hash = password.isEmpty() ? u""_s : hashPassword(password);
    return inWriteTransaction(m_database, [&](const QSqlDatabase& db) -> Status {
        if (exists(db, u"SELECT 1 FROM members WHERE id = ?"_s, member.id))
            return Error{translate("The member %1 exists already.").arg(member.id)};
        if (exists(db, u"SELECT 1 FROM members WHERE email = ?"_s, member.email.toLower()))
            return Error{translate("Another member has the e-mail address %1.").arg(member.email)};
        Expected<QSqlQuery> insert = runQuery(
            db,
            u"INSERT INTO members (id, name, kana, email, password_hash) VALUES (?, ?, ?, ?, ?)"_s,
            {member.id, member.name, member.kana, member.email.toLower(), hash});
        if (!insert)
            return insert.error();
        return storeCertifications(db, Certified::Member, member.id, member.certifications);
    });
}

Status AccountStore::assignRole(const QString& memberId, Role role, const QString& programId,
                                const QString& roomId) const
{
    return inWriteTransaction(m_database, [&](const QSqlDatabase& db) -> Status {
        if (!exists(db, u"SELECT 1 FROM members WHERE id = ?"_s, memberId))
            return Error{translate("There is no member %1.").arg(memberId)};
        if (!exists(db, u"SELECT 1 FROM programs WHERE id = ?"_s, programId))
            return Error{translate("There is no program %1.").arg(programId)};
        if (!roomId.isEmpty()) {
            Expected<QSqlQuery> room = runQuery(
                db, u"SELECT 1 FROM rooms WHERE id = ? AND program_id = ?"_s, {roomId, programId});
            if (!room || !room->next())
                return Error{
                    translate("There is no room %1 in the program %2.").arg(roomId, programId)};
        }
        Expected<QSqlQuery> insert =
            runQuery(db,
                     u"INSERT INTO role_assignments (member_id, role, program_id, room_id) "
                     "VALUES (?, ?, ?, COALESCE(?, '')) ON CONFLICT DO NOTHING"_s,
                     {memberId, roleName(role), programId, roomId});
        return insert ? Status{} : Status{insert.error()};
    });
}

Status AccountStore::resetPassword(const QString& memberId, const QString& password) const
{
    if (const Status acceptable = checkNewPassword(password); !acceptable)
        return acceptable;
    const QString hash = hashPassword(password);
    return inWriteTransaction(m_database, [&](const QSqlDatabase& db) -> Status {
        if (!exists(db, u"SELECT 1 FROM members WHERE id = ?"_s, memberId))
            return Error{translate("There is no member %1.").arg(memberId)};
        Expected<QSqlQuery> update =
            runQuery(db, u"UPDATE members SET password_hash = ? WHERE id = ?"_s, {hash, memberId});
        if (!update)
            return update.error();
        // A new password signs the member out everywhere.
        Expected<QSqlQuery> revoke =
            runQuery(db, u"UPDATE tokens SET revoked = 1 WHERE member_id = ?"_s, {memberId});
        return revoke ? Status{} : Status{revoke.error()};
    });
}

Expected<QString> AccountStore::importForm(const QByteArray& json) const
{
    Expected<FormSchema> schema = parseFormSchema(json);
    if (!schema)
        return schema.error();
    const Status status = inWriteTransaction(m_database, [&](const QSqlDatabase& db) -> Status {
        Expected<QSqlQuery> existing =
            runQuery(db, u"SELECT schema FROM forms WHERE id = ? AND version = ?"_s,
                     {schema->id, schema->version});
        if (!existing)
            return existing.error();
        if (existing->next()) {
            if (existing->value(0).toByteArray() == json)
                return {};
            return Error{translate("The form %1 version %2 exists with other content; a changed "
                                   "form needs a new version.")
                             .arg(schema->id)
                             .arg(schema->version)};
        }
        Expected<QSqlQuery> insert =
            runQuery(db, u"INSERT INTO forms (id, version, schema) VALUES (?, ?, ?)"_s,
                     {schema->id, schema->version, QString::fromUtf8(json)});
        return insert ? Status{} : Status{insert.error()};
    });
    if (!status)
        return status.error();
    return u"%1 v%2"_s.arg(schema->id).arg(schema->version);
}

std::optional<MemberInfo> AccountStore::member(const QSqlDatabase& db, const QString& id)
{
    Expected<QSqlQuery> query =
        runQuery(db, u"SELECT name, kana, email FROM members WHERE id = ?"_s, {id});
    if (!query || !query->next())
        return std::nullopt;
    MemberInfo info{
        id, query->value(0).toString(), query->value(1).toString(), query->value(2).toString(), {}};
    Expected<std::vector<DateRange>> periods = readCertifications(db, Certified::Member, id);
    if (!periods)
        return std::nullopt;
    info.certifications = std::move(*periods);
    return info;
}

Expected<std::optional<std::pair<QString, QString>>>
AccountStore::credentialsFor(const QSqlDatabase& db, const QString& email)
{
    Expected<QSqlQuery> query =
        runQuery(db, u"SELECT id, password_hash FROM members WHERE email = ?"_s, {email.toLower()});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<std::pair<QString, QString>>();
    return std::optional(std::make_pair(query->value(0).toString(), query->value(1).toString()));
}

std::vector<RoleAssignment> AccountStore::roles(const QSqlDatabase& db, const QString& memberId)
{
    std::vector<RoleAssignment> result;
    Expected<QSqlQuery> query =
        runQuery(db,
                 u"SELECT role, program_id, room_id FROM role_assignments WHERE member_id = ? "
                 "ORDER BY program_id, room_id, role"_s,
                 {memberId});
    while (query && query->next()) {
        if (const std::optional<Role> role = roleFromName(query->value(0).toString()))
            result.push_back({*role, query->value(1).toString(), query->value(2).toString()});
    }
    return result;
}

std::vector<RoomInfo> AccountStore::visibleRooms(const QSqlDatabase& db, const QString& memberId)
{
    std::vector<RoomInfo> result;
    Expected<QSqlQuery> query =
        runQuery(db,
                 u"SELECT DISTINCT r.id, r.program_id, r.fiscal_year, r.name FROM rooms r "
                 "JOIN role_assignments a ON a.program_id = r.program_id "
                 "AND (a.room_id = '' OR a.room_id = r.id) WHERE a.member_id = ? "
                 "ORDER BY r.program_id, r.fiscal_year, r.name"_s,
                 {memberId});
    while (query && query->next()) {
        result.push_back({query->value(0).toString(), query->value(1).toString(),
                          query->value(2).toInt(), query->value(3).toString()});
    }
    return result;
}

std::vector<Role> AccountStore::rolesInRoom(const QSqlDatabase& db, const QString& memberId,
                                            const QString& roomId)
{
    std::vector<Role> result;
    Expected<QSqlQuery> query =
        runQuery(db,
                 u"SELECT DISTINCT a.role FROM role_assignments a JOIN rooms r "
                 "ON a.program_id = r.program_id AND (a.room_id = '' OR a.room_id = r.id) "
                 "WHERE a.member_id = ? AND r.id = ? ORDER BY a.role"_s,
                 {memberId, roomId});
    while (query && query->next()) {
        if (const std::optional<Role> role = roleFromName(query->value(0).toString()))
            result.push_back(*role);
    }
    return result;
}

std::optional<FormSchema> AccountStore::form(const QSqlDatabase& db, const QString& id, int version)
{
    Expected<QSqlQuery> query =
        runQuery(db, u"SELECT schema FROM forms WHERE id = ? AND version = ?"_s, {id, version});
    if (query && query->next()) {
        Expected<FormSchema> schema = parseFormSchema(query->value(0).toString().toUtf8());
        if (schema)
            return *schema;
    }
    // Built-in schemas never change at run time: parse them once per process.
    static const QList<FormSchema> builtIn = [] {
        Expected<QList<FormSchema>> forms = loadBuiltInForms();
        return forms ? *forms : QList<FormSchema>{};
    }();
    if (const FormSchema* schema = findForm(builtIn, id, version))
        return *schema;
    return std::nullopt;
}

} // namespace kenshu::server
