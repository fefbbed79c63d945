#pragma once

#include "DicomFrameDecoder.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QMutex>
#include <QObject>
#include <QThreadPool>
#include <atomic>
#include <vector>

namespace kenshu {

// The decoded frames of one DICOM file. Frames decode on a thread pool, each thread with its
// own decoder, nearest to the playhead first (the frames about to be shown, then those
// behind). Decoded frames are raw stored values, so window/level never re-decodes; the cache
// is bounded in bytes and, when full, drops the frames that playback will reach last.
// frame() may be called from any thread; signals arrive on the store's thread.
class FrameStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FrameStore)

public:
    FrameStore(QString path, qsizetype memoryBudgetBytes, int threads, QObject* parent = nullptr);
    ~FrameStore() override;

    // Reads the header on the pool, then starts decoding; emits opened() or failed().
    void open();
    void setPlayhead(int frame);

    int frameCount() const;
    FrameFormat format() const;
    CineTiming cineTiming() const;
    ImageLabels labels() const;
    // A decoded frame, or an empty array when it is not (or no longer) in the cache.
    QByteArray frame(int index) const;
    int cachedCount() const;
    qsizetype cachedBytes() const;

signals:
    void opened(int frameCount);
    void frameReady(int index);
    void allDecoded(qint64 elapsedMs);
    void failed(const QString& message);

private:
    enum class State : unsigned char { Pending, Decoding, Ready, Failed };

    void runWorker(bool first);
    void startWorkers(); // under m_mutex: one worker per thread while frames are pending
    int takeNextFrame(); // under m_mutex; -1 when nothing is left to do
    int distanceFromPlayhead(int frame) const;
    void evictFor(qsizetype bytes);
    void notify(const std::function<void()>& signal);

    QString m_path;
    qsizetype m_budget;
    int m_threads;
    QThreadPool m_pool;
    mutable QMutex m_mutex;
    std::vector<QByteArray> m_frames;
    std::vector<State> m_states;
    FrameFormat m_format;
    CineTimingTags m_cineTags;
    ImageLabels m_labels;
    int m_playhead = 0;
    qsizetype m_cachedBytes = 0;
    int m_cachedCount = 0;
    int m_activeWorkers = 0;
    quint64 m_playheadMoves = 0;
    int m_finished = 0; // frames that reached Ready or Failed at least once
    bool m_reportedAll = false;
    std::atomic_bool m_stopping{false};
    QElapsedTimer m_clock;
};

} // namespace kenshu
