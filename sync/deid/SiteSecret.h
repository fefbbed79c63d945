#pragma once

#include "Expected.h"

#include <QByteArray>
#include <QString>

namespace kenshu::deid {

// The key behind consistent UID remapping (UidRemapper): 32 random bytes in the data folder,
// created on first use, readable by the user only, never logged or uploaded. Losing it only
// means that studies de-identified before no longer deduplicate with later ones.
// File I/O: call it off the GUI thread.
Expected<QByteArray> loadOrCreateSiteSecret(const QString& dataDir);

// Where the secret lives in a data folder.
QString siteSecretPath(const QString& dataDir);

} // namespace kenshu::deid
