#include "RecordService.h"

#include "AccountStore.h"
#include "FacilityStore.h"
#include "FormSchema.h"
#include "RecordJson.h"
#include "RecordWriteRules.h"
#include "ServerDatabase.h"
#include "UtcTimestamp.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace kenshu::server {
namespace {

using namespace Qt::Literals::StringLiterals;

QString translate(const char* text)
{
    return QCoreApplication::translate("RecordService", text);
}

ApiReply serverError(const Error& error)
{
    // The detail (a database message) goes to the server's log, not to the client.
    qWarning("kenshu-server: %s", qUtf8Printable(error.message));
    return errorReply(500, u"server_error"_s, translate("The server could not do this now."));
}

std::optional<Record> loadRecord(const QSqlDatabase& db, const QUuid& id, QString* roomId)
{
    Expected<QSqlQuery> query = runQuery(
        db,
        u"SELECT %1, room_id FROM records WHERE id = ?"_s.arg(QLatin1StringView(kRecordColumns)),
        {id.toString(QUuid::WithoutBraces)});
    if (!query || !query->next())
        return std::nullopt;
    if (roomId)
        *roomId = query->value(8).toString();
    return recordFromRow(*query);
}

bool livesInParentRoom(RecordType type)
{
    return type == RecordType::Study || type == RecordType::Document ||
           type == RecordType::Comment || type == RecordType::Annotation;
}

bool serverManaged(RecordType type)
{
    return type == RecordType::Program || type == RecordType::Room || type == RecordType::Member ||
           type == RecordType::Notification;
}

// Allowed if any role the member holds in the room allows it; otherwise the first refusal.
Decision decideForRoles(const std::vector<Role>& roles, const QString& memberId,
                        const std::optional<Record>& current, const Record& proposed,
                        const WriteContext& context)
{
    Decision first = Decision::refuse(Refusal::NotAuthor);
    for (std::size_t i = 0; i < roles.size(); ++i) {
        const Decision decision =
            canWriteRecord(current, proposed, Actor{roles[i], memberId}, context);
        if (decision)
            return decision;
        if (i == 0)
            first = decision;
    }
    return first;
}

class PutHandler
{
public:
    PutHandler(const PutRecordRequest& request, Transaction& transaction)
        : m_request(request), m_transaction(transaction), m_db(transaction.db())
    {
    }

    // nullopt when the device has not sent this mutation before.
    Expected<std::optional<ApiReply>> replay() const
    {
        if (m_request.deviceId.isEmpty())
            return std::optional<ApiReply>{};
        Expected<QSqlQuery> query =
            runQuery(m_db,
                     u"SELECT last_seq, status, response FROM device_mutations "
                     "WHERE member_id = ? AND device_id = ?"_s,
                     {m_request.memberId, m_request.deviceId});
        if (!query)
            return query.error();
        if (!query->next())
            return std::optional<ApiReply>{};
        const qint64 lastSeq = query->value(0).toLongLong();
        if (m_request.mutationSeq > lastSeq)
            return std::optional<ApiReply>{};
        if (m_request.mutationSeq < lastSeq)
            return std::optional<ApiReply>{errorReply(
                409, u"mutation_superseded"_s,
                translate("This device has sent newer changes since; this one is out of date."))};
        ApiReply stored;
        stored.status = query->value(1).toInt();
        stored.body = QJsonDocument::fromJson(query->value(2).toString().toUtf8()).object();
        stored.etagRev = stored.body.value(u"rev"_s).toInteger();
        return std::optional<ApiReply>{stored};
    }

    // The answer to a new mutation (writes the record when allowed).
    Expected<ApiReply> apply()
    {
        QString currentRoom;
        const std::optional<Record> current = loadRecord(m_db, m_request.id, &currentRoom);
        if (current && current->type != m_request.type)
            return errorReply(409, u"type_mismatch"_s,
                              translate("A record with this id has another type."));
        if (const std::optional<ApiReply> stale = checkPrecondition(current))
            return *stale;

        Record proposed;
        proposed.id = m_request.id;
        proposed.type = m_request.type;
        proposed.parentId = QUuid::fromString(m_request.body.value(u"parentId"_s).toString());
        proposed.deleted = m_request.body.value(u"deleted"_s).toBool(false);
        proposed.data = m_request.body.value(u"data"_s).toObject();
        proposed.rev = (current ? current->rev : 0) + 1;
        proposed.updatedAt = QDateTime::currentDateTimeUtc();
        proposed.updatedBy = m_request.memberId;

        WriteContext context;
        QString room;
        std::vector<Role> roles{Role::Resident};
        if (!serverManaged(m_request.type)) {
            Expected<QString> resolved = resolveRoom(current, currentRoom, proposed, context);
            if (!resolved)
                return errorReply(422, u"room_unknown"_s, resolved.error().message);
            room = *resolved;
            if (current && room != currentRoom)
                return errorReply(409, u"room_change"_s,
                                  translate("A record cannot move to another room."));
            roles = AccountStore::rolesInRoom(m_db, m_request.memberId, room);
            if (roles.empty())
                return errorReply(403, u"not_in_room"_s,
                                  translate("You are not a member of this record's room."));
            if (const Status filled = fillContext(proposed, room, context); !filled)
                return filled.error();
        }
        const Decision decision =
            decideForRoles(roles, m_request.memberId, current, proposed, context);
        if (!decision)
            return refusalReply(decision);
        if (const Status stored = store(proposed, room); !stored)
            return stored.error();
        ApiReply reply{current && !current->deleted ? 200 : 201, recordToJson(proposed),
                       proposed.rev};
        return reply;
    }

    Status remember(const ApiReply& reply) const
    {
        if (m_request.deviceId.isEmpty())
            return {};
        Expected<QSqlQuery> upsert = runQuery(
            m_db,
            u"INSERT INTO device_mutations (member_id, device_id, last_seq, status, response) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (member_id, device_id) DO UPDATE SET "
            "last_seq = excluded.last_seq, status = excluded.status, "
            "response = excluded.response"_s,
            {m_request.memberId, m_request.deviceId, m_request.mutationSeq, reply.status,
             QString::fromUtf8(QJsonDocument(reply.body).toJson(QJsonDocument::Compact))});
        return upsert ? Status{} : Status{upsert.error()};
    }

private:
    std::optional<ApiReply> checkPrecondition(const std::optional<Record>& current) const
    {
        const bool live = current && !current->deleted;
        const bool fresh =
            m_request.ifNoneMatch ? !live : current && current->rev == *m_request.ifMatch;
        if (fresh)
            return std::nullopt;
        ApiReply reply =
            errorReply(412, u"stale_revision"_s,
                       translate("The record was changed on the server since you last saw it."));
        reply.body.insert(u"current"_s,
                          current ? QJsonValue(recordToJson(*current)) : QJsonValue::Null);
        return reply;
    }

    Expected<QString> resolveRoom(const std::optional<Record>& current, const QString& currentRoom,
                                  const Record& proposed, WriteContext& context) const
    {
        if (livesInParentRoom(m_request.type)) {
            QString parentRoom;
            context.parent = loadRecord(m_db, proposed.parentId, &parentRoom);
            if (!context.parent || context.parent->deleted)
                return Error{translate("The record's parent (parentId) is not on the server.")};
            return parentRoom;
        }
        const QString roomId = proposed.data.value(u"roomId"_s).toString();
        if (roomId.isEmpty() && current)
            return currentRoom;
        Expected<QSqlQuery> room = runQuery(m_db, u"SELECT 1 FROM rooms WHERE id = ?"_s, {roomId});
        if (!room || !room->next())
            return Error{translate("data.roomId must name a room on the server.")};
        return roomId;
    }

    Status fillContext(const Record& proposed, const QString& room, WriteContext& context)
    {
        const QString formId = proposed.data.value(u"form"_s).toString();
        if (!formId.isEmpty()) {
            m_form =
                AccountStore::form(m_db, formId, proposed.data.value(u"formVersion"_s).toInt());
            context.form = m_form ? &*m_form : nullptr;
        }
        const QString reviewerId = recordParties(proposed).reviewerId;
        if (!reviewerId.isEmpty()) {
            if (const std::optional<MemberInfo> reviewer = AccountStore::member(m_db, reviewerId))
                context.reviewerCertifications = reviewer->certifications;
        }
        if (const Status facility = fillFacility(proposed, context); !facility)
            return facility;
        return fillRegistrationCredential(room, context);
    }

    // The certification periods of the facility the report's facility field names.
    Status fillFacility(const Record& proposed, WriteContext& context) const
    {
        if (!context.form)
            return {};
        const QJsonObject values = proposed.data.value(u"values"_s).toObject();
        for (const FormField* field : context.form->fields()) {
            if (field->type != FieldType::FacilityRef)
                continue;
            Expected<std::optional<FacilityInfo>> facility =
                FacilityStore::facility(m_db, values.value(field->id).toString());
            if (!facility)
                return facility.error();
            if (*facility)
                context.facilityCertifications = (*facility)->certifications;
            break;
        }
        return {};
    }

    // In a program that requires it, the writer's credential state: approved if any of their
    // credentials in the program is, else waiting if one is, else not submitted.
    Status fillRegistrationCredential(const QString& room, WriteContext& context) const
    {
        Expected<QSqlQuery> program = runQuery(
            m_db,
            u"SELECT p.requires_credential FROM programs p JOIN rooms r ON r.program_id = p.id "
            "WHERE r.id = ?"_s,
            {room});
        if (!program)
            return program.error();
        if (!program->next() || program->value(0).toInt() == 0)
            return {};
        Expected<QSqlQuery> credentials = runQuery(
            m_db,
            u"SELECT %1 FROM records WHERE type = 'credential' AND deleted = 0 AND room_id IN "
            "(SELECT id FROM rooms WHERE program_id = (SELECT program_id FROM rooms WHERE id = ?))"_s
                .arg(QLatin1StringView(kRecordColumns)),
            {room});
        if (!credentials)
            return credentials.error();
        CredentialState best = CredentialState::NotSubmitted;
        while (credentials->next()) {
            const Record credential = recordFromRow(*credentials);
            if (recordParties(credential).authorId != m_request.memberId)
                continue;
            const auto state = workflowStateFromName(WorkflowKind::Credential,
                                                     credential.data.value(u"state"_s).toString());
            if (!state)
                continue;
            if (const auto* credentialState = std::get_if<CredentialState>(&*state))
                best = std::max(best, *credentialState); // the enum runs in order of progress
        }
        context.registrationCredential = best;
        return {};
    }

    Status store(const Record& record, const QString& room) const
    {
        Expected<QSqlQuery> upsert = runQuery(
            m_db,
            u"INSERT INTO records (id, type, parent_id, room_id, rev, change_number, updated_at, "
            "updated_by, deleted, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET parent_id = excluded.parent_id, rev = excluded.rev, "
            "change_number = excluded.change_number, updated_at = excluded.updated_at, "
            "updated_by = excluded.updated_by, deleted = excluded.deleted, data = excluded.data"_s,
            {record.id.toString(QUuid::WithoutBraces), recordTypeName(record.type),
             record.parentId.isNull() ? QString() : record.parentId.toString(QUuid::WithoutBraces),
             room, record.rev, m_transaction.changeNumber(), formatUtcTimestamp(record.updatedAt),
             record.updatedBy, record.deleted ? 1 : 0,
             QString::fromUtf8(QJsonDocument(record.data).toJson(QJsonDocument::Compact))});
        return upsert ? Status{} : Status{upsert.error()};
    }

    const PutRecordRequest& m_request;
    Transaction& m_transaction;
    QSqlDatabase m_db;
    std::optional<FormSchema> m_form;
};

} // namespace

RecordService::RecordService(const ServerDatabase& database) : m_database(database) {}

ApiReply RecordService::put(const PutRecordRequest& request) const
{
    Expected<Transaction> transaction =
        Transaction::begin(m_database, Transaction::Kind::RecordWrite);
    if (!transaction)
        return serverError(transaction.error());
    PutHandler handler(request, *transaction);
    Expected<std::optional<ApiReply>> replayed = handler.replay();
    if (!replayed)
        return serverError(replayed.error());
    if (*replayed)
        return **replayed;
    Expected<ApiReply> reply = handler.apply();
    if (!reply)
        return serverError(reply.error());
    if (const Status remembered = handler.remember(*reply); !remembered)
        return serverError(remembered.error());
    if (const Status committed = transaction->commit(); !committed)
        return serverError(committed.error());
    return *reply;
}

ApiReply RecordService::get(const QString& memberId, RecordType type, const QUuid& id) const
{
    Expected<QSqlDatabase> db = m_database.connection();
    if (!db)
        return serverError(db.error());
    QString room;
    const std::optional<Record> record = loadRecord(*db, id, &room);
    // Another room's record is answered like a missing one: its existence is not disclosed.
    if (!record || record->type != type || AccountStore::rolesInRoom(*db, memberId, room).empty())
        return errorReply(404, u"not_found"_s, translate("There is no such record."));
    return {200, recordToJson(*record), record->rev};
}

ApiReply RecordService::changes(const QString& memberId, qint64 since, int limit) const
{
    Expected<QSqlDatabase> db = m_database.connection();
    if (!db)
        return serverError(db.error());
    Expected<QSqlQuery> query =
        runQuery(*db,
                 u"SELECT %1, change_number FROM records WHERE change_number > ? AND room_id IN ("
                 "SELECT r.id FROM rooms r JOIN role_assignments a ON a.program_id = r.program_id "
                 "AND (a.room_id = '' OR a.room_id = r.id) WHERE a.member_id = ?) "
                 "ORDER BY change_number LIMIT ?"_s.arg(QLatin1StringView(kRecordColumns)),
                 {since, memberId, limit});
    if (!query)
        return serverError(query.error());
    QJsonArray records;
    qint64 cursor = since;
    while (query->next()) {
        records.append(recordToJson(recordFromRow(*query)));
        cursor = query->value(8).toLongLong();
    }
    return {200,
            {{u"changes"_s, records},
             {u"cursor"_s, QString::number(cursor)},
             {u"hasMore"_s, records.size() == limit}},
            0};
}

} // namespace kenshu::server
