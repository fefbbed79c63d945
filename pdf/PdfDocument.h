#pragma once

#include "Expected.h"

#include <QImage>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <memory>

namespace kenshu {

// Where a search term was found: a page (0-based) and a rectangle in PDF points (1/72 inch,
// origin top left, as the page is shown unrotated).
struct PdfSearchHit
{
    int page = 0;
    QRectF rect;
};

// One open PDF (Poppler behind it). Not thread-safe: use it from one thread at a time, which
// PdfRenderService does by keeping it on its worker.
class PdfDocument final
{
public:
    // A clear message for a file that is not a readable PDF or needs a password.
    static Expected<std::unique_ptr<PdfDocument>> open(const QString& path);
    ~PdfDocument();
    PdfDocument(const PdfDocument&) = delete;
    PdfDocument& operator=(const PdfDocument&) = delete;

    int pageCount() const;
    // In points; an empty size for a page out of range.
    QSizeF pageSize(int page) const;
    QList<QSizeF> pageSizes() const;
    // At `scale` device pixels per point (1 = 72 dpi), antialiased; null on failure.
    QImage renderPage(int page, double scale) const;
    // Every occurrence on every page, ignoring case, in page order.
    QList<PdfSearchHit> search(const QString& text) const;

private:
    struct Impl;
    explicit PdfDocument(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace kenshu
