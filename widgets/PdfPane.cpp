#include "PdfPane.h"

#include "PdfRenderService.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>
#include <cmath>

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;

constexpr double kMinScale = 0.25;
constexpr double kMaxScale = 4.0;
constexpr double kZoomStep = 1.25;
constexpr int kThumbnailWidth = 72;

QToolButton* toolButton(QWidget* parent, const QString& objectName, const QString& text,
                        const QString& toolTip)
{
    auto* button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAutoRaise(true);
    return button;
}

// Fit-width scales change with every pixel of a resize; rounding keeps the cache useful.
double roundedScale(double scale)
{
    return std::clamp(std::round(scale * 50) / 50, kMinScale, kMaxScale);
}

} // namespace

PdfPane::PdfPane(QWidget* parent) : QWidget(parent), m_service(new PdfRenderService(this))
{
    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(u"pdfTitle"_s);
    QFont bold = m_titleLabel->font();
    bold.setBold(true);
    m_titleLabel->setFont(bold);
    m_titleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* close = toolButton(this, u"pdfClose"_s, QString(), tr("Close the PDF"));
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    connect(close, &QToolButton::clicked, this, &PdfPane::closeRequested);

    m_previous = toolButton(this, u"pdfPreviousPage"_s, tr("◀"), tr("Previous page (Page Up)"));
    m_previous->setShortcut(QKeySequence(Qt::Key_PageUp));
    m_next = toolButton(this, u"pdfNextPage"_s, tr("▶"), tr("Next page (Page Down)"));
    m_next->setShortcut(QKeySequence(Qt::Key_PageDown));
    m_pageBox = new QSpinBox(this);
    m_pageBox->setObjectName(u"pdfPage"_s);
    m_pageBox->setToolTip(tr("Page"));
    m_pageTotal = new QLabel(this);
    m_zoomOut = toolButton(this, u"pdfZoomOut"_s, tr("−"), tr("Zoom out"));
    m_zoomIn = toolButton(this, u"pdfZoomIn"_s, tr("+"), tr("Zoom in"));
    m_fit = toolButton(this, u"pdfFitWidth"_s, tr("Fit width"), tr("Fit the page to the width"));
    m_fit->setCheckable(true);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"pdfSearch"_s);
    m_search->setPlaceholderText(tr("Search in the PDF"));
    m_search->setClearButtonEnabled(true);
    m_previousHit =
        toolButton(this, u"pdfPreviousHit"_s, tr("↑"), tr("Previous hit (Shift+Enter)"));
    m_nextHit = toolButton(this, u"pdfNextHit"_s, tr("↓"), tr("Next hit (Enter)"));
    m_hitLabel = new QLabel(this);
    m_hitLabel->setObjectName(u"pdfHits"_s);

    connect(m_previous, &QToolButton::clicked, this, [this] { setPage(m_page - 1); });
    connect(m_next, &QToolButton::clicked, this, [this] { setPage(m_page + 1); });
    connect(m_pageBox, &QSpinBox::valueChanged, this, [this](int page) { setPage(page - 1); });
    connect(m_zoomOut, &QToolButton::clicked, this, &PdfPane::zoomOut);
    connect(m_zoomIn, &QToolButton::clicked, this, &PdfPane::zoomIn);
    connect(m_fit, &QToolButton::clicked, this, &PdfPane::fitWidth);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_search->text() == m_searchedText && !m_hits.isEmpty())
            nextHit();
        else
            search(m_search->text());
    });
    connect(m_previousHit, &QToolButton::clicked, this, &PdfPane::previousHit);
    connect(m_nextHit, &QToolButton::clicked, this, &PdfPane::nextHit);

    auto* header = new QHBoxLayout;
    header->addWidget(m_titleLabel, 1);
    header->addWidget(close);
    auto* tools = new QHBoxLayout;
    tools->setSpacing(2);
    for (QWidget* widget : std::initializer_list<QWidget*>{m_previous, m_pageBox, m_pageTotal,
                                                           m_next, m_zoomOut, m_zoomIn, m_fit})
        tools->addWidget(widget);
    tools->addStretch();
    auto* find = new QHBoxLayout;
    find->setSpacing(2);
    find->addWidget(m_search, 1);
    find->addWidget(m_previousHit);
    find->addWidget(m_nextHit);
    find->addWidget(m_hitLabel);

    m_thumbnails = new QListWidget(this);
    m_thumbnails->setObjectName(u"pdfThumbnails"_s);
    m_thumbnails->setViewMode(QListView::IconMode);
    m_thumbnails->setFlow(QListView::TopToBottom);
    m_thumbnails->setWrapping(false);
    m_thumbnails->setMovement(QListView::Static);
    m_thumbnails->setIconSize(QSize(kThumbnailWidth, kThumbnailWidth * 3 / 2));
    m_thumbnails->setGridSize(QSize(kThumbnailWidth + 12, kThumbnailWidth * 3 / 2 + 28));
    m_thumbnails->setFixedWidth(kThumbnailWidth + 30);
    connect(m_thumbnails, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            setPage(row);
    });

    m_pageView = new QLabel;
    m_pageView->setObjectName(u"pdfPageView"_s);
    m_pageView->setAlignment(Qt::AlignCenter);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(m_pageView);
    m_scroll->setWidgetResizable(true);
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->setBackgroundRole(QPalette::Dark);
    m_message = new QLabel(this);
    m_message->setObjectName(u"pdfMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();

    auto* body = new QHBoxLayout;
    body->addWidget(m_thumbnails);
    body->addWidget(m_scroll, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addLayout(tools);
    layout->addLayout(find);
    layout->addWidget(m_message);
    layout->addLayout(body, 1);

    connect(m_service, &PdfRenderService::opened, this, &PdfPane::onOpened);
    connect(m_service, &PdfRenderService::failed, this, [this](const QString& message) {
        m_message->setText(message);
        m_message->show();
        updateControls();
    });
    connect(m_service, &PdfRenderService::pageRendered, this, &PdfPane::onPageRendered);
    connect(m_service, &PdfRenderService::thumbnailRendered, this,
            [this](int page, const QImage& image) {
                if (QListWidgetItem* item = m_thumbnails->item(page))
                    item->setIcon(QPixmap::fromImage(image));
            });
    connect(m_service, &PdfRenderService::searchFinished, this, &PdfPane::onSearchFinished);
    updateControls();
}

void PdfPane::openFile(const QString& path, const QString& title)
{
    m_title = title;
    m_titleLabel->setText(title);
    m_page = 0;
    m_hits.clear();
    m_searchedText.clear();
    m_currentHit = -1;
    m_shown = QImage();
    m_pageView->clear();
    m_thumbnails->clear();
    m_message->hide();
    m_service->open(path);
    updateControls();
}

int PdfPane::pageCount() const
{
    return m_service->pageCount();
}

void PdfPane::onOpened(int pageCount)
{
    for (int page = 0; page < pageCount; ++page) {
        auto* item = new QListWidgetItem(QString::number(page + 1), m_thumbnails);
        item->setTextAlignment(Qt::AlignHCenter);
    }
    if (m_fitWidth)
        m_scale = fitWidthScale();
    setPage(0);
    requestPage(); // first: the page is what the user waits for, thumbnails can follow
    for (int page = 0; page < pageCount; ++page)
        m_service->requestThumbnail(page, kThumbnailWidth);
}

void PdfPane::setPage(int page)
{
    if (pageCount() == 0)
        return;
    page = std::clamp(page, 0, pageCount() - 1);
    const bool changed = page != m_page;
    m_page = page;
    if (changed)
        requestPage();
    updateControls();
}

void PdfPane::zoomIn()
{
    setScale(m_scale * kZoomStep);
}

void PdfPane::zoomOut()
{
    setScale(m_scale / kZoomStep);
}

void PdfPane::fitWidth()
{
    m_fitWidth = true;
    m_scale = fitWidthScale();
    requestPage();
    updateControls();
}

void PdfPane::setScale(double scale)
{
    m_fitWidth = false;
    m_scale = roundedScale(scale);
    requestPage();
    updateControls();
}

double PdfPane::fitWidthScale() const
{
    if (pageCount() == 0)
        return m_scale;
    const double available = m_scroll->viewport()->width() - 24;
    return roundedScale(available / std::max(1.0, m_service->pageSizes().at(m_page).width()));
}

void PdfPane::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (m_fitWidth && pageCount() > 0) {
        const double scale = fitWidthScale();
        if (scale != m_scale) {
            m_scale = scale;
            requestPage();
        }
    }
}

void PdfPane::requestPage()
{
    if (pageCount() == 0)
        return;
    // Rendered for the screen's pixel density, shown at the page's logical size.
    const QImage image = m_service->page(m_page, m_scale * devicePixelRatioF());
    if (!image.isNull())
        showPage(image);
}

void PdfPane::onPageRendered(int page, double scale, const QImage& image)
{
    if (page == m_page && qFuzzyCompare(scale, m_scale * devicePixelRatioF()))
        showPage(image);
}

void PdfPane::showPage(const QImage& image)
{
    QImage page = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    const double pixelsPerPoint = m_scale * devicePixelRatioF();
    QPainter painter(&page);
    painter.setPen(Qt::NoPen);
    for (int index = 0; index < m_hits.size(); ++index) {
        const PdfSearchHit& hit = m_hits.at(index);
        if (hit.page != m_page)
            continue;
        const QRectF area(hit.rect.topLeft() * pixelsPerPoint, hit.rect.size() * pixelsPerPoint);
        painter.setBrush(index == m_currentHit ? QColor(255, 140, 0, 130)
                                               : QColor(255, 230, 0, 90));
        painter.drawRect(area.adjusted(-2, -2, 2, 2));
    }
    painter.end();
    m_shown = page;
    QPixmap pixmap = QPixmap::fromImage(page);
    pixmap.setDevicePixelRatio(devicePixelRatioF());
    m_pageView->setPixmap(pixmap);
    emit pageShown(m_page);
}

void PdfPane::search(const QString& text)
{
    m_searchedText = text;
    m_hits.clear();
    m_currentHit = -1;
    if (text.trimmed().isEmpty()) {
        requestPage();
        updateControls();
        return;
    }
    m_hitLabel->setText(tr("Searching…"));
    m_service->search(text);
}

void PdfPane::onSearchFinished(const QString& text, const QList<PdfSearchHit>& hits)
{
    if (text != m_searchedText)
        return; // a newer search is on its way
    m_hits = hits;
    m_currentHit = -1;
    // Start at the first hit on or after the page being read.
    for (int index = 0; index < m_hits.size() && m_currentHit < 0; ++index) {
        if (m_hits.at(index).page >= m_page)
            m_currentHit = index;
    }
    if (m_currentHit < 0 && !m_hits.isEmpty())
        m_currentHit = 0;
    if (m_currentHit >= 0)
        showHit(m_currentHit);
    else
        requestPage();
    updateControls();
}

void PdfPane::nextHit()
{
    if (!m_hits.isEmpty())
        showHit((m_currentHit + 1) % int(m_hits.size()));
}

void PdfPane::previousHit()
{
    if (!m_hits.isEmpty())
        showHit((m_currentHit - 1 + int(m_hits.size())) % int(m_hits.size()));
}

void PdfPane::showHit(int index)
{
    m_currentHit = index;
    const PdfSearchHit& hit = m_hits.at(index);
    if (hit.page != m_page)
        setPage(hit.page);
    requestPage(); // redraw the highlights
    const QPointF centre = hit.rect.center() * m_scale;
    m_scroll->ensureVisible(int(centre.x()), int(centre.y()), 80, 80);
    updateControls();
}

void PdfPane::updateControls()
{
    const int pages = pageCount();
    m_previous->setEnabled(pages > 0 && m_page > 0);
    m_next->setEnabled(pages > 0 && m_page < pages - 1);
    {
        const QSignalBlocker blocker(m_pageBox);
        m_pageBox->setRange(pages > 0 ? 1 : 0, std::max(pages, 0));
        m_pageBox->setValue(m_page + 1);
    }
    m_pageBox->setEnabled(pages > 0);
    m_pageTotal->setText(tr("/ %1").arg(pages));
    m_zoomOut->setEnabled(pages > 0 && m_scale > kMinScale);
    m_zoomIn->setEnabled(pages > 0 && m_scale < kMaxScale);
    m_fit->setChecked(m_fitWidth);
    m_fit->setEnabled(pages > 0);
    m_search->setEnabled(pages > 0);
    m_previousHit->setEnabled(m_hits.size() > 1);
    m_nextHit->setEnabled(m_hits.size() > 1);
    if (m_searchedText.trimmed().isEmpty())
        m_hitLabel->clear();
    else if (m_hits.isEmpty())
        m_hitLabel->setText(tr("No hits"));
    else
        m_hitLabel->setText(tr("%1 of %2").arg(m_currentHit + 1).arg(m_hits.size()));
    {
        const QSignalBlocker blocker(m_thumbnails);
        m_thumbnails->setCurrentRow(m_page);
    }
}

} // namespace kenshu
