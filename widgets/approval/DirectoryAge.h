#pragma once

#include <QDateTime>
#include <QString>

namespace kenshu {

// How old the saved member directory is, for a line under a chooser: "Member list from the
// server, updated 3 hours ago (2026-05-01 09:30)". Translated.
QString directoryAgeText(const QDateTime& fetchedAt, const QDateTime& now);

} // namespace kenshu
