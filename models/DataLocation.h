#pragma once

#include <QString>

namespace kenshu {

// Where the local store and blobs live: the --data-dir option if given, else the
// KENSHU_DATA_DIR environment variable, else QStandardPaths::AppDataLocation.
QString resolveDataDir(const QString& commandLineDir = {});

} // namespace kenshu
