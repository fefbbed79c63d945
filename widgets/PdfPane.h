#pragma once

#include "PdfDocument.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QScrollArea;
class QSpinBox;
class QToolButton;

namespace kenshu {

class PdfRenderService;

// A PDF beside the images: one page at a time with page navigation, zoom, fit width, text
// search with the hits highlighted (the current one stronger) and a thumbnail sidebar. Pages
// are rendered by a PdfRenderService on its worker; the pane only asks and shows.
class PdfPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PdfPane)

public:
    explicit PdfPane(QWidget* parent = nullptr);

    void openFile(const QString& path, const QString& title);
    QString title() const { return m_title; }
    PdfRenderService* service() const { return m_service; }

    int pageCount() const;
    int currentPage() const { return m_page; }
    void setPage(int page);
    double scale() const { return m_scale; }
    bool fitsWidth() const { return m_fitWidth; }
    void zoomIn();
    void zoomOut();
    void fitWidth();

    void search(const QString& text);
    int hitCount() const { return int(m_hits.size()); }
    int currentHit() const { return m_currentHit; } // -1: none
    void nextHit();
    void previousHit();
    // The page as shown, with the hits drawn on it (null until rendered).
    QImage shownImage() const { return m_shown; }

signals:
    void closeRequested();
    void pageShown(int page); // rendered and on screen

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void onOpened(int pageCount);
    void onPageRendered(int page, double scale, const QImage& image);
    void onSearchFinished(const QString& text, const QList<kenshu::PdfSearchHit>& hits);
    void showHit(int index);
    void setScale(double scale);
    double fitWidthScale() const;
    void requestPage();
    void showPage(const QImage& image);
    void updateControls();

    PdfRenderService* m_service = nullptr;
    QString m_title;
    QLabel* m_titleLabel = nullptr;
    QToolButton* m_previous = nullptr;
    QToolButton* m_next = nullptr;
    QSpinBox* m_pageBox = nullptr;
    QLabel* m_pageTotal = nullptr;
    QToolButton* m_zoomOut = nullptr;
    QToolButton* m_zoomIn = nullptr;
    QToolButton* m_fit = nullptr;
    QLineEdit* m_search = nullptr;
    QToolButton* m_previousHit = nullptr;
    QToolButton* m_nextHit = nullptr;
    QLabel* m_hitLabel = nullptr;
    QListWidget* m_thumbnails = nullptr;
    QScrollArea* m_scroll = nullptr;
    QLabel* m_pageView = nullptr;
    QLabel* m_message = nullptr;
    int m_page = 0;
    double m_scale = 1.0;
    bool m_fitWidth = true;
    QList<PdfSearchHit> m_hits;
    QString m_searchedText;
    int m_currentHit = -1;
    QImage m_shown;
};

} // namespace kenshu
