#include "CertificationPeriods.h"

#include "ServerDatabase.h"

namespace kenshu::server {
namespace {

using namespace Qt::Literals::StringLiterals;

// Table and owner column per holder; both tables store yyyy-MM-dd text and NULL for "running".
std::pair<QString, QString> tableOf(Certified holder)
{
    return holder == Certified::Member ? std::pair(u"certifications"_s, u"member_id"_s)
                                       : std::pair(u"facility_certifications"_s, u"facility_id"_s);
}

} // namespace

Expected<std::vector<DateRange>> readCertifications(const QSqlDatabase& db, Certified holder,
                                                    const QString& id)
{
    const auto [table, owner] = tableOf(holder);
    Expected<QSqlQuery> query = runQuery(
        db,
        u"SELECT start_date, end_date FROM %1 WHERE %2 = ? ORDER BY start_date"_s.arg(table, owner),
        {id});
    if (!query)
        return query.error();
    std::vector<DateRange> periods;
    while (query->next()) {
        periods.push_back({QDate::fromString(query->value(0).toString(), Qt::ISODate),
                           QDate::fromString(query->value(1).toString(), Qt::ISODate)});
    }
    return periods;
}

Status storeCertifications(const QSqlDatabase& db, Certified holder, const QString& id,
                           const std::vector<DateRange>& periods)
{
    const auto [table, owner] = tableOf(holder);
    for (const DateRange& period : periods) {
        Expected<QSqlQuery> insert = runQuery(
            db, u"INSERT INTO %1 (%2, start_date, end_date) VALUES (?, ?, ?)"_s.arg(table, owner),
            {id, period.start.toString(Qt::ISODate),
             period.end.isNull() ? QString() : period.end.toString(Qt::ISODate)});
        if (!insert)
            return insert.error();
    }
    return {};
}

QJsonArray certificationsToJson(const std::vector<DateRange>& periods)
{
    QJsonArray array;
    for (const DateRange& period : periods)
        array.append(period.toJson());
    return array;
}

} // namespace kenshu::server
