#include "FacilityStore.h"

#include "CertificationPeriods.h"
#include "ServerDatabase.h"

#include <QCoreApplication>
#include <QUuid>

namespace kenshu::server {
namespace {

using namespace Qt::Literals::StringLiterals;

QString translate(const char* text)
{
    return QCoreApplication::translate("FacilityStore", text);
}

// Reads the facilities a query selects (id, program_id, name, number) with their periods.
Expected<std::vector<FacilityInfo>> readFacilities(const QSqlDatabase& db, const QString& sql,
                                                   const QString& value)
{
    Expected<QSqlQuery> query = runQuery(db, sql, {value});
    if (!query)
        return query.error();
    std::vector<FacilityInfo> facilities;
    while (query->next()) {
        facilities.push_back({query->value(0).toString(),
                              query->value(1).toString(),
                              query->value(2).toString(),
                              query->value(3).toString(),
                              {}});
    }
    for (FacilityInfo& facility : facilities) {
        Expected<std::vector<DateRange>> periods =
            readCertifications(db, Certified::Facility, facility.id);
        if (!periods)
            return periods.error();
        facility.certifications = std::move(*periods);
    }
    return facilities;
}

} // namespace

FacilityStore::FacilityStore(const ServerDatabase& database) : m_database(database) {}

Expected<QString> FacilityStore::createFacility(const FacilityInfo& facility) const
{
    if (facility.name.trimmed().isEmpty())
        return Error{translate("A facility needs a name.")};
    for (const DateRange& period : facility.certifications) {
        if (!period.isValid())
            return Error{translate("A certification period needs a start that is not after its "
                                   "end.")};
    }
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // A null QString would be bound as SQL NULL.
    const QString number = facility.number.isNull() ? u""_s : facility.number.trimmed();
    const Status status = inWriteTransaction(m_database, [&](const QSqlDatabase& db) -> Status {
        Expected<QSqlQuery> program =
            runQuery(db, u"SELECT 1 FROM programs WHERE id = ?"_s, {facility.programId});
        if (!program)
            return program.error();
        if (!program->next())
            return Error{translate("There is no program %1.").arg(facility.programId)};
        Expected<QSqlQuery> insert = runQuery(
            db, u"INSERT INTO facilities (id, program_id, name, number) VALUES (?, ?, ?, ?)"_s,
            {id, facility.programId, facility.name.trimmed(), number});
        if (!insert)
            return insert.error();
        return storeCertifications(db, Certified::Facility, id, facility.certifications);
    });
    if (!status)
        return status.error();
    return id;
}

Expected<std::optional<FacilityInfo>> FacilityStore::facility(const QSqlDatabase& db,
                                                              const QString& id)
{
    Expected<std::vector<FacilityInfo>> found = readFacilities(
        db, u"SELECT id, program_id, name, number FROM facilities WHERE id = ?"_s, id);
    if (!found)
        return found.error();
    if (found->empty())
        return std::optional<FacilityInfo>();
    return std::optional(found->front());
}

Expected<std::vector<FacilityInfo>> FacilityStore::facilitiesFor(const QSqlDatabase& db,
                                                                 const QString& memberId)
{
    return readFacilities(db,
                          u"SELECT id, program_id, name, number FROM facilities WHERE program_id "
                          "IN (SELECT program_id FROM role_assignments WHERE member_id = ?) "
                          "ORDER BY program_id, name"_s,
                          memberId);
}

} // namespace kenshu::server
