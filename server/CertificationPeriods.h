#pragma once

#include "DateRange.h"
#include "Expected.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QString>
#include <vector>

namespace kenshu::server {

// Who holds certification periods: a supervisor (a member) or a training facility.
enum class Certified { Member, Facility };

// The periods stored for a member or a facility, oldest first.
Expected<std::vector<DateRange>> readCertifications(const QSqlDatabase& db, Certified holder,
                                                    const QString& id);
Status storeCertifications(const QSqlDatabase& db, Certified holder, const QString& id,
                           const std::vector<DateRange>& periods);
// [{"start", "end"}] ("end" absent while running), as /me and /directory give them.
QJsonArray certificationsToJson(const std::vector<DateRange>& periods);

} // namespace kenshu::server
