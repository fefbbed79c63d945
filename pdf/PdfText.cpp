#include "PdfText.h"

#include <QCoreApplication>
#include <QDir>
#include <memory>
#include <poppler-qt6.h>

namespace kenshu {

Expected<QStringList> pdfPageTexts(const QString& path)
{
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    if (!document || document->isLocked())
        return Error{QCoreApplication::translate("PdfText", "Cannot read the PDF %1.")
                         .arg(QDir::toNativeSeparators(path))};
    QStringList pages;
    for (int index = 0; index < document->numPages(); ++index) {
        const std::unique_ptr<Poppler::Page> page = document->page(index);
        pages.append(page ? page->text(QRectF()) : QString());
    }
    return pages;
}

} // namespace kenshu
