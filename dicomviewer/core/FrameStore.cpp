#include "FrameStore.h"

#include <QMetaObject>
#include <QPointer>
#include <algorithm>
#include <limits>

namespace kenshu {

FrameStore::FrameStore(QString path, qsizetype memoryBudgetBytes, int threads, QObject* parent)
    : FrameStore(QList<FrameSource>{FrameSource{std::move(path), 0, {}}}, memoryBudgetBytes,
                 threads, parent)
{
}

FrameStore::FrameStore(QList<FrameSource> sources, qsizetype memoryBudgetBytes, int threads,
                       QObject* parent)
    : QObject(parent), m_sources(std::move(sources)), m_budget(memoryBudgetBytes),
      m_threads(std::max(threads, 1))
{
    m_pool.setMaxThreadCount(m_threads);
    m_formats.resize(size_t(m_sources.size()));
}

FrameStore::~FrameStore()
{
    m_stopping = true;
    m_pool.waitForDone();
}

void FrameStore::open()
{
    m_clock.start();
    QMutexLocker lock(&m_mutex);
    ++m_activeWorkers;
    m_pool.start([this] { runWorker(true); });
}

void FrameStore::setPlayhead(int frame)
{
    QMutexLocker lock(&m_mutex);
    if (m_states.empty()) {
        m_playhead = std::max(frame, 0);
        return;
    }
    m_playhead = std::clamp(frame, 0, int(m_states.size()) - 1);
    ++m_playheadMoves;
    startWorkers(); // frames dropped from a full cache may be due again
}

void FrameStore::startWorkers()
{
    const bool pending =
        std::find(m_states.begin(), m_states.end(), State::Pending) != m_states.end();
    const int wanted = pending ? std::min(m_threads, int(m_states.size())) : 0;
    while (m_activeWorkers < wanted && !m_stopping) {
        ++m_activeWorkers;
        m_pool.start([this] { runWorker(false); });
    }
}

int FrameStore::frameCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_states.size());
}

FrameFormat FrameStore::format(int frame) const
{
    QMutexLocker lock(&m_mutex);
    if (frame < 0 || frame >= int(m_sourceOfFrame.size()))
        return m_formats.empty() ? FrameFormat() : m_formats.front();
    return m_formats[size_t(m_sourceOfFrame[size_t(frame)])];
}

CineTiming FrameStore::cineTiming() const
{
    QMutexLocker lock(&m_mutex);
    return CineTiming::fromTags(m_cineTags, int(m_states.size()));
}

QString FrameStore::seriesInstanceUid() const
{
    QMutexLocker lock(&m_mutex);
    return m_seriesInstanceUid;
}

FramePosition FrameStore::position(int frame) const
{
    QMutexLocker lock(&m_mutex);
    if (frame < 0 || frame >= int(m_sourceOfFrame.size()))
        return {};
    const FrameSource& source = m_sources[m_sourceOfFrame[size_t(frame)]];
    return FramePosition{source.path, source.sopInstanceUid, m_frameInSource[size_t(frame)]};
}

ImageLabels FrameStore::labels() const
{
    QMutexLocker lock(&m_mutex);
    return m_labels;
}

QByteArray FrameStore::frame(int index) const
{
    QMutexLocker lock(&m_mutex);
    if (index < 0 || index >= int(m_frames.size()))
        return {};
    return m_frames[size_t(index)];
}

int FrameStore::cachedCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_cachedCount;
}

qsizetype FrameStore::cachedBytes() const
{
    QMutexLocker lock(&m_mutex);
    return m_cachedBytes;
}

void FrameStore::notify(const std::function<void()>& signal)
{
    QMetaObject::invokeMethod(this, signal, Qt::QueuedConnection);
}

int FrameStore::distanceFromPlayhead(int frame) const
{
    // Playback goes forwards and loops: the frame after the playhead is nearest, the one just
    // before it farthest.
    const int count = int(m_states.size());
    return ((frame - m_playhead) % count + count) % count;
}

int FrameStore::takeNextFrame()
{
    int best = -1;
    int bestDistance = std::numeric_limits<int>::max();
    for (int frame = 0; frame < int(m_states.size()); ++frame) {
        if (m_states[size_t(frame)] != State::Pending)
            continue;
        const int distance = distanceFromPlayhead(frame);
        if (distance < bestDistance) {
            best = frame;
            bestDistance = distance;
        }
    }
    if (best >= 0) {
        // With a full cache, decode only what would not be the first thing evicted.
        const qsizetype frameBytes = m_formats[size_t(m_sourceOfFrame[size_t(best)])].frameBytes();
        if (m_cachedBytes + frameBytes > m_budget) {
            int farthestCached = -1;
            for (int frame = 0; frame < int(m_states.size()); ++frame) {
                if (m_states[size_t(frame)] == State::Ready)
                    farthestCached = std::max(farthestCached, distanceFromPlayhead(frame));
            }
            if (farthestCached < bestDistance)
                return -1;
        }
        m_states[size_t(best)] = State::Decoding;
    }
    return best;
}

void FrameStore::evictFor(qsizetype bytes)
{
    while (m_cachedBytes + bytes > m_budget && m_cachedCount > 0) {
        int victim = -1;
        for (int frame = 0; frame < int(m_states.size()); ++frame) {
            if (m_states[size_t(frame)] == State::Ready &&
                (victim < 0 || distanceFromPlayhead(frame) > distanceFromPlayhead(victim)))
                victim = frame;
        }
        if (victim < 0)
            return;
        m_cachedBytes -= m_frames[size_t(victim)].size();
        --m_cachedCount;
        m_frames[size_t(victim)] = QByteArray();
        m_states[size_t(victim)] = State::Pending;
    }
}

void FrameStore::runWorker(bool first)
{
    // Leaving, for whatever reason, frees the worker's slot.
    // If the playhead moved after this worker last looked for work, look again for it.
    struct Slot
    {
        FrameStore& store;
        quint64 playheadMovesSeen = 0;
        ~Slot()
        {
            QMutexLocker lock(&store.m_mutex);
            --store.m_activeWorkers;
            if (store.m_playheadMoves != playheadMovesSeen)
                store.startWorkers();
        }
    } slot{*this};

    if (m_sources.isEmpty()) {
        if (first)
            notify([this] { emit failed(tr("The series has no images.")); });
        return;
    }
    // Decoders this worker has open, most recently used last; a few, so that a stack of
    // hundreds of single-frame files does not hold hundreds of files open.
    constexpr size_t kOpenDecoders = 8;
    std::vector<std::pair<int, std::unique_ptr<DicomFrameDecoder>>> decoders;
    const auto decoderFor = [&](int source) -> Expected<DicomFrameDecoder*> {
        for (auto it = decoders.begin(); it != decoders.end(); ++it) {
            if (it->first == source) {
                std::rotate(it, it + 1, decoders.end());
                return decoders.back().second.get();
            }
        }
        Expected<std::unique_ptr<DicomFrameDecoder>> opened =
            DicomFrameDecoder::open(m_sources[source].path);
        if (!opened)
            return opened.error();
        if (decoders.size() >= kOpenDecoders)
            decoders.erase(decoders.begin());
        decoders.emplace_back(source, std::move(*opened));
        return decoders.back().second.get();
    };

    if (first) {
        Expected<DicomFrameDecoder*> decoder = decoderFor(0);
        if (!decoder || !prepareFrames(**decoder)) {
            const QString message =
                decoder ? tr("The images of the series cannot be read.") : decoder.error().message;
            notify([this, message] { emit failed(message); });
            return;
        }
        const int frames = frameCount();
        notify([this, frames] { emit opened(frames); });
        QMutexLocker lock(&m_mutex);
        startWorkers();
    }

    while (!m_stopping) {
        int index = -1;
        int source = 0;
        int local = 0;
        {
            QMutexLocker lock(&m_mutex);
            index = takeNextFrame();
            slot.playheadMovesSeen = m_playheadMoves;
            if (index >= 0) {
                source = m_sourceOfFrame[size_t(index)];
                local = m_frameInSource[size_t(index)];
            }
        }
        if (index < 0)
            return;
        Expected<DicomFrameDecoder*> decoder = decoderFor(source);
        Expected<QByteArray> pixels =
            decoder ? (*decoder)->decodeFrame(local) : Expected<QByteArray>(decoder.error());
        QMutexLocker lock(&m_mutex);
        if (!pixels) {
            m_states[size_t(index)] = State::Failed;
            const QString message = pixels.error().message;
            notify([this, message] { emit failed(message); });
        } else {
            m_formats[size_t(source)] = (*decoder)->format();
            evictFor(pixels->size());
            m_cachedBytes += pixels->size();
            ++m_cachedCount;
            m_frames[size_t(index)] = *pixels;
            m_states[size_t(index)] = State::Ready;
            notify([this, index] { emit frameReady(index); });
        }
        if (++m_finished == int(m_states.size()) && !m_reportedAll) {
            m_reportedAll = true;
            const qint64 elapsed = m_clock.elapsed();
            notify([this, elapsed] { emit allDecoded(elapsed); });
        }
    }
}

bool FrameStore::prepareFrames(DicomFrameDecoder& first)
{
    // Frame counts come with the sources (from the library); the first file's header fills
    // in its own when it is not given, and files of unknown length count as one frame.
    std::vector<int> counts;
    for (int source = 0; source < int(m_sources.size()); ++source) {
        const int given = m_sources[source].frames;
        counts.push_back(given > 0 ? given : (source == 0 ? first.frameCount() : 1));
    }
    QMutexLocker lock(&m_mutex);
    m_formats.assign(size_t(m_sources.size()), first.format());
    m_cineTags = first.cineTimingTags();
    m_labels = first.labels();
    m_seriesInstanceUid = first.identity().seriesInstanceUid;
    if (!m_sources.isEmpty() && m_sources.front().sopInstanceUid.isEmpty())
        m_sources.front().sopInstanceUid = first.identity().sopInstanceUid;
    m_sourceOfFrame.clear();
    m_frameInSource.clear();
    for (int source = 0; source < int(counts.size()); ++source) {
        for (int frame = 0; frame < counts[size_t(source)]; ++frame) {
            m_sourceOfFrame.push_back(source);
            m_frameInSource.push_back(frame);
        }
    }
    const size_t total = m_sourceOfFrame.size();
    if (total == 0)
        return false;
    m_frames.assign(total, QByteArray());
    m_states.assign(total, State::Pending);
    m_playhead = std::clamp(m_playhead, 0, int(total) - 1);
    return true;
}

} // namespace kenshu
