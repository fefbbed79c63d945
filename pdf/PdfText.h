#pragma once

#include "Expected.h"

#include <QString>
#include <QStringList>

namespace kenshu {

// The text of each page of a PDF, as a reader would copy it (for search and for checking
// what Kenshu itself exported).
Expected<QStringList> pdfPageTexts(const QString& path);

} // namespace kenshu
