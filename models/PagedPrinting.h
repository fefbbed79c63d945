#pragma once

#include "Expected.h"

#include <QFont>
#include <QString>
#include <functional>

QT_BEGIN_NAMESPACE
class QPagedPaintDevice;
class QPdfWriter;
QT_END_NAMESPACE

namespace kenshu {

// The font Kenshu prints with: a Latin family first, then Japanese ones.
QFont printFont();

// Prints rich text on a paged device (QPrinter, QPdfWriter), broken to the device's page
// size, with `footer(page, pageCount)` centred under each page (pages count from 1).
Status printHtml(QPagedPaintDevice& device, const QString& html,
                 const std::function<QString(int page, int pageCount)>& footer);

// Writes an A4 portrait PDF through `print`; `outPath` is replaced only by a complete file.
Status writePdfFile(const QString& outPath, const QString& title,
                    const std::function<Status(QPdfWriter& writer)>& print);

} // namespace kenshu
