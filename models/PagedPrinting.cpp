#include "PagedPrinting.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace kenshu {

using namespace Qt::Literals::StringLiterals;

// The first installed family wins on Linux, Windows and macOS. Qt shapes digits inside Latin
// words with Noto Sans CJK into glyphs that PDF readers cannot map back to text ("Page 1" was
// read as "Page "); the Japanese families before the Chinese ones give kanji their Japanese
// shapes.
QFont printFont()
{
    QFont font;
    font.setFamilies({u"DejaVu Sans"_s, u"Noto Sans"_s, u"Segoe UI"_s, u"Helvetica Neue"_s,
                      u"Noto Sans CJK JP"_s, u"Noto Sans JP"_s, u"Yu Gothic"_s, u"Meiryo"_s,
                      u"Hiragino Sans"_s, u"IPAexGothic"_s});
    font.setPointSizeF(9.5);
    return font;
}

Status printHtml(QPagedPaintDevice& device, const QString& html,
                 const std::function<QString(int page, int pageCount)>& footer)
{
    QTextDocument document;
    // Lay out in the device's resolution, so that what is measured is what is printed.
    document.documentLayout()->setPaintDevice(&device);
    document.setDefaultFont(printFont());
    document.setHtml(html);

    QFont footerFont = printFont();
    footerFont.setPointSizeF(8);
    const qreal footerHeight = QFontMetricsF(footerFont, &device).height() * 2;
    const QSizeF body(device.width(), device.height() - footerHeight);
    document.setPageSize(body);
    const int pageCount = document.pageCount();

    QPainter painter;
    if (!painter.begin(&device))
        return Error{QCoreApplication::translate("FormPrinting", "Cannot start printing.")};
    for (int page = 0; page < pageCount; ++page) {
        if (page > 0 && !device.newPage())
            return Error{QCoreApplication::translate("FormPrinting", "Cannot start a new page.")};
        const QRectF visible(0, page * body.height(), body.width(), body.height());
        painter.save();
        painter.translate(0, -visible.top());
        document.drawContents(&painter, visible);
        painter.restore();
        painter.setFont(footerFont);
        painter.drawText(QRectF(0, body.height(), body.width(), footerHeight), Qt::AlignCenter,
                         footer(page + 1, pageCount));
    }
    if (!painter.end())
        return Error{QCoreApplication::translate("FormPrinting", "Cannot finish printing.")};
    return {};
}

Status writePdfFile(const QString& outPath, const QString& title,
                    const std::function<Status(QPdfWriter& writer)>& print)
{
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QCoreApplication::translate("FormPrinting", "Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(outPath), file.errorString())};
    {
        QPdfWriter writer(&file);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(18, 15, 18, 12), QPageLayout::Millimeter));
        writer.setTitle(title);
        writer.setCreator(u"Kenshu"_s);
        if (Status status = print(writer); !status)
            return status; // QSaveFile discards the partial file
    }
    if (!file.commit())
        return Error{QCoreApplication::translate("FormPrinting", "Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(outPath), file.errorString())};
    return {};
}

} // namespace kenshu
