#pragma once

#include "DateRange.h"
#include "Expected.h"

#include <QSqlDatabase>
#include <QString>
#include <optional>
#include <vector>

namespace kenshu::server {

class ServerDatabase;

// A training facility (診療施設) of a program, with its certification periods: a case report's
// care period must lie within one of them.
struct FacilityInfo
{
    QString id; // a UUID, what a report's facility field holds
    QString programId;
    QString name;
    QString number; // the certification number, searchable like the name
    std::vector<DateRange> certifications;
};

class FacilityStore final
{
public:
    explicit FacilityStore(const ServerDatabase& database);

    // Returns the new facility's id.
    Expected<QString> createFacility(const FacilityInfo& facility) const;

    // nullopt: no such facility.
    static Expected<std::optional<FacilityInfo>> facility(const QSqlDatabase& db,
                                                          const QString& id);
    // The facilities of every program the member holds a role in.
    static Expected<std::vector<FacilityInfo>> facilitiesFor(const QSqlDatabase& db,
                                                             const QString& memberId);

private:
    const ServerDatabase& m_database;
};

} // namespace kenshu::server
