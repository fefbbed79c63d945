#pragma once

#include "PdfDocument.h"

#include <QCache>
#include <QObject>
#include <QThreadPool>
#include <atomic>
#include <memory>

namespace kenshu {

// A PDF for the GUI: opening, rendering and searching run on one worker thread that alone
// touches the document. Rendered pages are cached by page and scale. A page request replaces
// the one before it: a request still queued when a newer one comes is dropped, so flipping
// quickly through pages renders only the page the user stops on. Thumbnails are never dropped.
class PdfRenderService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PdfRenderService)

public:
    explicit PdfRenderService(QObject* parent = nullptr);
    ~PdfRenderService() override; // drops queued work, waits for the running task

    void open(const QString& path);
    bool isOpen() const { return !m_pageSizes.isEmpty(); }
    QString path() const { return m_path; }
    const QList<QSizeF>& pageSizes() const { return m_pageSizes; }
    int pageCount() const { return int(m_pageSizes.size()); }

    // The page at this scale if it is cached, else a null image and a render is queued
    // (pageRendered follows).
    QImage page(int page, double scale);
    void requestThumbnail(int page, int width);
    void search(const QString& text);
    // Renders finished (or dropped) so far; for tests.
    int renderedCount() const { return m_rendered; }
    int droppedCount() const { return m_state->dropped.load(); }

signals:
    void opened(int pageCount);
    void failed(const QString& message);
    void pageRendered(int page, double scale, const QImage& image);
    void thumbnailRendered(int page, const QImage& image);
    void searchFinished(const QString& text, const QList<kenshu::PdfSearchHit>& hits);

private:
    // Shared with the worker tasks; only the worker touches the document.
    struct WorkerState
    {
        std::unique_ptr<PdfDocument> document;
        std::atomic<int> pageGeneration{0};
        std::atomic<int> dropped{0};
    };

    static QString cacheKey(int page, double scale);

    std::shared_ptr<WorkerState> m_state = std::make_shared<WorkerState>();
    QThreadPool m_worker;
    QCache<QString, QImage> m_cache;
    QString m_path;
    QList<QSizeF> m_pageSizes;
    int m_rendered = 0;
};

} // namespace kenshu

Q_DECLARE_METATYPE(kenshu::PdfSearchHit)
