#pragma once

#include "Expected.h"
#include "SupervisionRecord.h"

#include <QByteArray>

namespace kenshu {

// The supervision record as CSV for Excel: UTF-8 with a byte order mark (Excel reads UTF-8
// without one as the ANSI code page, which garbles Japanese), CRLF line ends, every field
// quoted. One row per resident, half-year and case; dates as yyyy-MM-dd separated by "; ".
QByteArray supervisionCsv(const QList<SupervisionPeriod>& periods);
Status exportSupervisionCsv(const QList<SupervisionPeriod>& periods, const QString& outPath);

// The same as an A4 PDF: a section per resident and half-year with a table of its cases.
Status exportSupervisionPdf(const QList<SupervisionPeriod>& periods, const QString& outPath);

} // namespace kenshu
