#include "PdfDocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <poppler-qt6.h>

namespace kenshu {

struct PdfDocument::Impl
{
    std::unique_ptr<Poppler::Document> document;
};

PdfDocument::PdfDocument(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}

PdfDocument::~PdfDocument() = default;

Expected<std::unique_ptr<PdfDocument>> PdfDocument::open(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    if (!QFileInfo(path).isReadable())
        return Error{QCoreApplication::translate("PdfDocument", "Cannot read %1.")
                         .arg(QDir::toNativeSeparators(path))};
    auto impl = std::make_unique<Impl>();
    impl->document = Poppler::Document::load(path);
    if (!impl->document)
        return Error{
            QCoreApplication::translate(
                "PdfDocument", "%1 is not a PDF Kenshu can read (the file may be damaged).")
                .arg(name)};
    if (impl->document->isLocked())
        return Error{QCoreApplication::translate("PdfDocument",
                                                 "%1 is protected by a password. Kenshu opens "
                                                 "only PDFs without one.")
                         .arg(name)};
    if (impl->document->numPages() <= 0)
        return Error{QCoreApplication::translate("PdfDocument", "%1 has no pages.").arg(name)};
    impl->document->setRenderHint(Poppler::Document::Antialiasing);
    impl->document->setRenderHint(Poppler::Document::TextAntialiasing);
    return std::unique_ptr<PdfDocument>(new PdfDocument(std::move(impl)));
}

int PdfDocument::pageCount() const
{
    return m_impl->document->numPages();
}

QSizeF PdfDocument::pageSize(int page) const
{
    if (page < 0 || page >= pageCount())
        return {};
    const std::unique_ptr<Poppler::Page> pdfPage = m_impl->document->page(page);
    return pdfPage ? pdfPage->pageSizeF() : QSizeF();
}

QList<QSizeF> PdfDocument::pageSizes() const
{
    QList<QSizeF> sizes;
    for (int page = 0; page < pageCount(); ++page)
        sizes.append(pageSize(page));
    return sizes;
}

QImage PdfDocument::renderPage(int page, double scale) const
{
    if (page < 0 || page >= pageCount() || scale <= 0)
        return {};
    const std::unique_ptr<Poppler::Page> pdfPage = m_impl->document->page(page);
    if (!pdfPage)
        return {};
    const double dpi = 72.0 * scale;
    return pdfPage->renderToImage(dpi, dpi);
}

QList<PdfSearchHit> PdfDocument::search(const QString& text) const
{
    QList<PdfSearchHit> hits;
    if (text.trimmed().isEmpty())
        return hits;
    for (int page = 0; page < pageCount(); ++page) {
        const std::unique_ptr<Poppler::Page> pdfPage = m_impl->document->page(page);
        if (!pdfPage)
            continue;
        for (const QRectF& rect : pdfPage->search(text, Poppler::Page::IgnoreCase))
            hits.append(PdfSearchHit{page, rect});
    }
    return hits;
}

} // namespace kenshu
