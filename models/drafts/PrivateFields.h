#pragma once

#include <QJsonObject>
#include <QLatin1StringView>
#include <QStringList>

namespace kenshu {

// What of a report stays on the workstation: the fields of a form's section with the id
// "private", such as the case report's remarks (GLOSSARY: the private remarks are not sent; the
// form tells the user so). Sync leaves them out of what goes to the server and keeps the local
// ones when a version of the report comes back. The bundled forms are checked against this list
// (FormFilesTests), since sync works without the form schemas.
inline constexpr QLatin1StringView kPrivateSectionId{"private"};
const QStringList& privateReportFields();

// A report's record data without its private values.
QJsonObject withoutPrivateFields(const QJsonObject& reportData);
// A report from the server (without private values) with those of the local version.
QJsonObject withLocalPrivateFields(const QJsonObject& fromServer, const QJsonObject& local);

} // namespace kenshu
