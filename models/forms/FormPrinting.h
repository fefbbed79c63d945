#pragma once

#include "Expected.h"
#include "FormSchema.h"
#include "ReportDraft.h"

#include <QString>

QT_BEGIN_NAMESPACE
class QPagedPaintDevice;
QT_END_NAMESPACE

namespace kenshu {

// Prints a form (formHtml) on a paged device such as a QPrinter or QPdfWriter: pages broken
// to the device's page size, "page n / total" in the footer. `language`: "ja*" or English.
Status printForm(QPagedPaintDevice& device, const FormSchema& schema, const ReportDraft& draft,
                 const QString& language);

// Writes the form as an A4 PDF. `outPath` is replaced only by a complete file.
Status exportFormPdf(const FormSchema& schema, const ReportDraft& draft, const QString& language,
                     const QString& outPath);

} // namespace kenshu
