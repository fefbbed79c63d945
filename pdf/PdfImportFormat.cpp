#include "PdfImportFormat.h"

#include <QCoreApplication>
#include <memory>
#include <poppler-qt6.h>

namespace kenshu {
namespace {

FileInspection rejected(const QString& reason)
{
    FileInspection result;
    result.kind = FileInspection::Kind::Rejected;
    result.reason = reason;
    return result;
}

} // namespace

PdfImportFormat::PdfImportFormat()
{
    // Poppler prints parser complaints to stderr by default; a damaged PDF is reported to the
    // user through the inspection result instead.
    Poppler::setDebugErrorFunction([](const QString&, const QVariant&) {}, QVariant());
}

bool PdfImportFormat::looksLikePdf(const QByteArray& head)
{
    // The header may follow a few bytes of junk (allowed by readers, seen in scanned letters).
    return head.indexOf("%PDF-") >= 0;
}

FileInspection PdfImportFormat::inspect(const QString& path, const QByteArray& head) const
{
    if (!looksLikePdf(head))
        return {};
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    if (!document)
        return rejected(QCoreApplication::translate("PdfImportFormat",
                                                    "The PDF is damaged and cannot be opened."));
    if (document->isLocked())
        return rejected(
            QCoreApplication::translate("PdfImportFormat", "The PDF is protected by a password."));
    const int pages = document->numPages();
    if (pages <= 0)
        return rejected(QCoreApplication::translate("PdfImportFormat", "The PDF has no pages."));
    FileInspection result;
    result.kind = FileInspection::Kind::PdfDocument;
    result.pdfPages = pages;
    return result;
}

} // namespace kenshu
