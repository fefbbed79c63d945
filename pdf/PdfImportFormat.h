#pragma once

#include "ImportFormat.h"

namespace kenshu {

// Recognises PDFs by content and counts their pages with Poppler.
class PdfImportFormat final : public ImportFormat
{
public:
    PdfImportFormat();

    FileInspection inspect(const QString& path, const QByteArray& head) const override;

    static bool looksLikePdf(const QByteArray& head);
};

} // namespace kenshu
