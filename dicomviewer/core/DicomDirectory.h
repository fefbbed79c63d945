#pragma once

#include "Expected.h"

#include <QStringList>

namespace kenshu {

// The files a DICOMDIR references, as absolute paths. Referenced File IDs are matched without
// regard to case, because CDs mounted on Linux often show ISO 9660 names in lower case.
// Paths of missing files are returned too; the caller reports them.
Expected<QStringList> readDicomDirectory(const QString& dicomdirPath);

} // namespace kenshu
