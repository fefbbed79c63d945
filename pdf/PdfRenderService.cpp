#include "PdfRenderService.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>
#include <QtConcurrent/qtconcurrenttask.h>

namespace kenshu {
namespace {

// Rendered pages kept, in KiB: about ten A4 pages at 150 % on a 2x screen.
constexpr qsizetype kCacheKiB = 96 * 1024;

// What the user waits for (the page shown, a search) goes ahead of thumbnails still queued.
constexpr int kUrgent = 1;

// Runs `deliver` on the service's thread. The service outlives every worker task (its
// destructor waits for them), and an event posted to it dies with it.
template <typename Deliver> void deliverTo(PdfRenderService* service, Deliver deliver)
{
    QMetaObject::invokeMethod(
        service, [service, deliver] { deliver(service); }, Qt::QueuedConnection);
}

} // namespace

PdfRenderService::PdfRenderService(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<kenshu::PdfSearchHit>();
    qRegisterMetaType<QList<kenshu::PdfSearchHit>>();
    m_worker.setMaxThreadCount(1);
    m_cache.setMaxCost(kCacheKiB);
}

PdfRenderService::~PdfRenderService()
{
    m_worker.clear();
    m_worker.waitForDone();
}

QString PdfRenderService::cacheKey(int page, double scale)
{
    return QString::number(page) + u'@' + QString::number(scale, 'f', 3);
}

void PdfRenderService::open(const QString& path)
{
    m_worker.clear();
    m_cache.clear();
    m_pageSizes.clear();
    m_path = path;
    m_state = std::make_shared<WorkerState>();
    PdfRenderService* self = this;
    (void)QtConcurrent::run(&m_worker, [self, state = m_state, path] {
        Expected<std::unique_ptr<PdfDocument>> document = PdfDocument::open(path);
        if (!document) {
            deliverTo(self, [state, message = document.error().message](PdfRenderService* service) {
                if (service->m_state == state)
                    emit service->failed(message);
            });
            return;
        }
        state->document = std::move(*document);
        deliverTo(self, [state, sizes = state->document->pageSizes()](PdfRenderService* service) {
            if (service->m_state != state)
                return;
            service->m_pageSizes = sizes;
            emit service->opened(int(sizes.size()));
        });
    });
}

QImage PdfRenderService::page(int page, double scale)
{
    if (const QImage* cached = m_cache.object(cacheKey(page, scale)))
        return *cached;
    if (!isOpen())
        return {};
    const int generation = ++m_state->pageGeneration;
    PdfRenderService* self = this;
    (void)QtConcurrent::task([self, state = m_state, generation, page, scale] {
        if (state->pageGeneration.load() != generation) {
            ++state->dropped; // a newer page request came while this one waited
            return;
        }
        const QImage image = state->document->renderPage(page, scale);
        deliverTo(self, [state, page, scale, image](PdfRenderService* service) {
            if (service->m_state != state)
                return;
            ++service->m_rendered;
            if (image.isNull())
                return;
            service->m_cache.insert(cacheKey(page, scale), new QImage(image),
                                    std::max<qsizetype>(1, image.sizeInBytes() / 1024));
            emit service->pageRendered(page, scale, image);
        });
    })
        .onThreadPool(m_worker)
        .withPriority(kUrgent)
        .spawn();
    return {};
}

void PdfRenderService::requestThumbnail(int page, int width)
{
    if (!isOpen() || page < 0 || page >= pageCount() || width <= 0)
        return;
    const double scale = width / std::max(1.0, m_pageSizes.at(page).width());
    PdfRenderService* self = this;
    (void)QtConcurrent::run(&m_worker, [self, state = m_state, page, scale] {
        const QImage image = state->document->renderPage(page, scale);
        deliverTo(self, [state, page, image](PdfRenderService* service) {
            if (service->m_state == state && !image.isNull())
                emit service->thumbnailRendered(page, image);
        });
    });
}

void PdfRenderService::search(const QString& text)
{
    if (!isOpen())
        return;
    PdfRenderService* self = this;
    (void)QtConcurrent::task([self, state = m_state, text] {
        const QList<PdfSearchHit> hits = state->document->search(text);
        deliverTo(self, [state, text, hits](PdfRenderService* service) {
            if (service->m_state == state)
                emit service->searchFinished(text, hits);
        });
    })
        .onThreadPool(m_worker)
        .withPriority(kUrgent)
        .spawn();
}

} // namespace kenshu
