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

// One file of a series and how many frames it holds (0 or less: read it from the file).
struct FrameSource
{
    QString path;
    int frames = 0;
    QString sopInstanceUid; // read from the first file when not given
};

// Where a frame of the sequence comes from.
struct FramePosition
{
    QString path;
    QString sopInstanceUid;
    int frameInFile = 0;
};

// The decoded frames of one DICOM file, or of a series of files played as one sequence (a CT
// stack of single-frame slices, or several XA runs). Frames decode on a thread pool, each thread
// with its own decoder, nearest to the playhead first (the frames about to be shown, then those
// behind). Decoded frames are raw stored values, so window/level never re-decodes; the cache
// is bounded in bytes and, when full, drops the frames that playback will reach last.
// frame() may be called from any thread; signals arrive on the store's thread.
class FrameStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FrameStore)

public:
    FrameStore(QString path, qsizetype memoryBudgetBytes, int threads, QObject* parent = nullptr);
    FrameStore(QList<FrameSource> sources, qsizetype memoryBudgetBytes, int threads,
               QObject* parent = nullptr);
    ~FrameStore() override;

    // Reads the header on the pool, then starts decoding; emits opened() or failed().
    void open();
    void setPlayhead(int frame);

    int frameCount() const;
    FrameFormat format(int frame = 0) const; // the layout of that frame's file
    CineTiming cineTiming() const;
    ImageLabels labels() const;
    QString seriesInstanceUid() const;
    FramePosition position(int frame) const;
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
    bool prepareFrames(DicomFrameDecoder& first); // maps frames to files; false on failure
    void evictFor(qsizetype bytes);
    void notify(const std::function<void()>& signal);

    QList<FrameSource> m_sources;
    std::vector<int> m_sourceOfFrame;   // frame -> index into m_sources
    std::vector<int> m_frameInSource;   // frame -> frame number within its file
    std::vector<FrameFormat> m_formats; // per source, once a worker has opened it
    qsizetype m_budget;
    int m_threads;
    QThreadPool m_pool;
    mutable QMutex m_mutex;
    std::vector<QByteArray> m_frames;
    std::vector<State> m_states;
    CineTimingTags m_cineTags;
    ImageLabels m_labels;
    QString m_seriesInstanceUid;
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
