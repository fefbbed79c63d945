#pragma once

#include "Expected.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace kenshu::server {

// GET /api/v1/directory: the members who share a program with `memberId` (with their roles in
// those programs and their certification periods, without e-mail addresses) and the
// facilities of those programs — what a resident needs to choose a supervisor and a facility.
Expected<QJsonObject> directoryFor(const QSqlDatabase& db, const QString& memberId);

} // namespace kenshu::server
