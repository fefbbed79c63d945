// PDFs through Poppler: pages and sizes, rendering (on the worker, stale requests dropped),
// search hit positions, and clear messages for files that are not readable PDFs.
#include "PdfDocument.h"
#include "PdfRenderService.h"

#include <QFile>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace kenshu;

namespace {

// Where the test PDF puts its search term, in points from the page's top left.
constexpr double kTermX = 100;
constexpr double kTermBaseline = 300;

class Pdf_DocumentTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    // A4 pages: each says "Page N"; page 2 (index 1) and page 4 (index 3) also say "stenosis"
    // at a known place. Drawn at 72 dpi, so painter units are points.
    QString writeTestPdf(int pages = 4)
    {
        const QString path = m_dir.filePath(u"letter.pdf"_s);
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(72);
        QPainter painter(&writer);
        QFont font(u"DejaVu Sans"_s);
        font.setPixelSize(20);
        painter.setFont(font);
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                writer.newPage();
            painter.drawText(QPointF(72, 72), u"Page %1"_s.arg(page + 1));
            if (page % 2 == 1)
                painter.drawText(QPointF(kTermX, kTermBaseline), u"Stenosis"_s);
        }
        painter.end();
        return path;
    }

    QString writeFile(const QString& name, const QByteArray& content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
        return path;
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(Pdf_DocumentTest, OpensAMultiPagePdfWithItsPageSizes)
{
    const Expected<std::unique_ptr<PdfDocument>> pdf = PdfDocument::open(writeTestPdf());
    ASSERT_TRUE(pdf) << pdf.error().message.toStdString();
    ASSERT_EQ((*pdf)->pageCount(), 4);
    const QSizeF a4 = (*pdf)->pageSize(0);
    EXPECT_NEAR(a4.width(), 595.3, 1.0);
    EXPECT_NEAR(a4.height(), 841.9, 1.0);
    EXPECT_EQ((*pdf)->pageSizes().size(), 4);
    EXPECT_TRUE((*pdf)->pageSize(4).isEmpty());
}

TEST_F(Pdf_DocumentTest, RendersAPageAtTheAskedScaleWithTheTextWhereItWasDrawn)
{
    const Expected<std::unique_ptr<PdfDocument>> pdf = PdfDocument::open(writeTestPdf());
    ASSERT_TRUE(pdf);
    const QImage page = (*pdf)->renderPage(1, 2.0);
    ASSERT_FALSE(page.isNull());
    EXPECT_NEAR(page.width(), 2 * 595.3, 2);
    // Dark pixels of "Stenosis" just above its baseline, and none in an empty area.
    auto darkPixelsIn = [&page](const QRect& area) {
        int dark = 0;
        for (int y = area.top(); y <= area.bottom(); ++y)
            for (int x = area.left(); x <= area.right(); ++x)
                dark += qGray(page.pixel(x, y)) < 128 ? 1 : 0;
        return dark;
    };
    EXPECT_GT(darkPixelsIn(QRect(2 * 100, 2 * 285, 2 * 80, 2 * 14)), 50);
    EXPECT_EQ(darkPixelsIn(QRect(2 * 300, 2 * 500, 100, 100)), 0);
    EXPECT_TRUE((*pdf)->renderPage(9, 1.0).isNull());
}

TEST_F(Pdf_DocumentTest, SearchFindsEveryHitWithItsPlaceOnThePage)
{
    const Expected<std::unique_ptr<PdfDocument>> pdf = PdfDocument::open(writeTestPdf());
    ASSERT_TRUE(pdf);
    const QList<PdfSearchHit> hits = (*pdf)->search(u"stenosis"_s); // case ignored
    ASSERT_EQ(hits.size(), 2);
    EXPECT_EQ(hits[0].page, 1);
    EXPECT_EQ(hits[1].page, 3);
    for (const PdfSearchHit& hit : hits) {
        EXPECT_NEAR(hit.rect.left(), kTermX, 2.0);
        EXPECT_LT(hit.rect.top(), kTermBaseline);
        EXPECT_GT(hit.rect.top(), kTermBaseline - 25);
        EXPECT_NEAR(hit.rect.bottom(), kTermBaseline, 8.0);
        EXPECT_GT(hit.rect.width(), 60); // "Stenosis" at 20 px is ~85 points wide
        EXPECT_LT(hit.rect.width(), 110);
    }
    EXPECT_TRUE((*pdf)->search(u"occlusion"_s).isEmpty());
    EXPECT_TRUE((*pdf)->search(u"  "_s).isEmpty());
}

TEST_F(Pdf_DocumentTest, AMalformedFileGivesAClearMessage)
{
    const QString garbage = writeFile(u"broken.pdf"_s, "%PDF-1.4\nthis is not really a pdf\n");
    const Expected<std::unique_ptr<PdfDocument>> broken = PdfDocument::open(garbage);
    ASSERT_FALSE(broken);
    EXPECT_EQ(broken.error().message,
              u"broken.pdf is not a PDF Kenshu can read (the file may be damaged)."_s);

    // The first half of a real PDF: no cross-reference table, no trailer.
    QFile whole(writeTestPdf());
    ASSERT_TRUE(whole.open(QIODevice::ReadOnly));
    const QByteArray content = whole.readAll();
    const Expected<std::unique_ptr<PdfDocument>> cut =
        PdfDocument::open(writeFile(u"cut.pdf"_s, content.left(content.size() / 2)));
    if (cut) // Poppler may rebuild what it can; then it must still behave
        EXPECT_GE((*cut)->pageCount(), 1);
    else
        EXPECT_FALSE(cut.error().message.isEmpty());

    EXPECT_FALSE(PdfDocument::open(m_dir.filePath(u"missing.pdf"_s)));
}

TEST_F(Pdf_DocumentTest, TheServiceRendersOffTheCallerAndCachesPages)
{
    PdfRenderService service;
    QSignalSpy opened(&service, &PdfRenderService::opened);
    service.open(writeTestPdf());
    ASSERT_TRUE(opened.wait(10000));
    EXPECT_EQ(opened.first().first().toInt(), 4);
    EXPECT_EQ(service.pageCount(), 4);

    QSignalSpy rendered(&service, &PdfRenderService::pageRendered);
    EXPECT_TRUE(service.page(2, 1.5).isNull()); // not rendered yet: queued
    ASSERT_TRUE(rendered.wait(10000));
    EXPECT_EQ(rendered.first().at(0).toInt(), 2);
    const QImage cached = service.page(2, 1.5);
    ASSERT_FALSE(cached.isNull()); // now from the cache, without a new render
    EXPECT_NEAR(cached.width(), 1.5 * 595.3, 2);

    QSignalSpy searched(&service, &PdfRenderService::searchFinished);
    service.search(u"Stenosis"_s);
    ASSERT_TRUE(searched.wait(10000));
    EXPECT_EQ(searched.first().at(1).value<QList<PdfSearchHit>>().size(), 2);

    QSignalSpy thumbnail(&service, &PdfRenderService::thumbnailRendered);
    service.requestThumbnail(3, 120);
    ASSERT_TRUE(thumbnail.wait(10000));
    EXPECT_EQ(thumbnail.first().at(1).value<QImage>().width(), 120);
}

TEST_F(Pdf_DocumentTest, FlippingThroughPagesRendersOnlyTheLastAsked)
{
    PdfRenderService service;
    QSignalSpy opened(&service, &PdfRenderService::opened);
    service.open(writeTestPdf(4));
    ASSERT_TRUE(opened.wait(10000));
    // Keep the worker busy with thumbnails so the page requests queue up behind them.
    for (int i = 0; i < 4; ++i)
        service.requestThumbnail(i, 600);
    QSignalSpy rendered(&service, &PdfRenderService::pageRendered);
    for (int page = 0; page < 4; ++page)
        service.page(page, 3.0);
    ASSERT_TRUE(QTest::qWaitFor([&] { return service.renderedCount() >= 1; }, 10000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return service.droppedCount() == 3; }, 10000));
    ASSERT_EQ(rendered.size(), 1);
    EXPECT_EQ(rendered.first().at(0).toInt(), 3);
}

TEST_F(Pdf_DocumentTest, TheServiceReportsAnUnreadableFile)
{
    PdfRenderService service;
    QSignalSpy failed(&service, &PdfRenderService::failed);
    service.open(writeFile(u"x.pdf"_s, "GIF89a"));
    ASSERT_TRUE(failed.wait(10000));
    EXPECT_TRUE(failed.first().first().toString().contains(u"x.pdf"_s));
    EXPECT_FALSE(service.isOpen());
    EXPECT_TRUE(service.page(0, 1.0).isNull());
}
