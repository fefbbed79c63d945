#pragma once

#include "AnnotationOverlay.h"
#include "CineClock.h"
#include "FrameRendering.h"
#include "FrameStore.h"

#include <QElapsedTimer>
#include <QImage>
#include <QTimer>
#include <QWidget>
#include <memory>
#include <optional>

namespace kenshu {

// Shows one DICOM image (a cine loop or a single frame): frames come from a FrameStore that
// decodes in the background, are rendered with the current window when the frame or the
// window changes, and painted with zoom, pan, rotation and flip. Cine playback follows a
// CineClock at the file's rate (or the chosen one), dropping frames rather than drifting.
// Mouse: right-drag window/level, left-drag pan, wheel zoom, double-click fit. Keys: Space,
// Left/Right, Home/End, L loop, I invert, W reset window, F fit, 1 actual size, R rotate,
// H flip, O overlays. In paint mode the left button draws with the overlay's tool instead of
// panning; Delete removes the selected drawing, Escape ends paint mode.
class ViewerWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ViewerWidget)

public:
    explicit ViewerWidget(QWidget* parent = nullptr);
    ~ViewerWidget() override;

    void openFile(const QString& path);
    // Several files shown as one sequence (the instances of a series, in order).
    void openSeries(const QList<FrameSource>& files);

    int frameCount() const { return m_frames; }
    int currentFrame() const { return m_frame; }
    void setFrame(int frame);
    void stepFrames(int delta);

    bool isPlaying() const { return m_playTimer.isActive(); }
    void setPlaying(bool playing);
    bool isLooping() const { return m_looping; }
    void setLooping(bool looping);
    double declaredFramesPerSecond() const;
    double framesPerSecond() const;
    void setFramesPerSecond(double fps);
    int presentedFrames() const;
    int droppedFrames() const;

    VoiWindow window() const;
    void setWindow(const VoiWindow& window);
    void resetWindow();       // the file's window (else min-max of the first frame shown)
    void applyMinMaxWindow(); // the full range of the current frame
    QString modality() const { return m_labels.modality; }
    bool isInverted() const { return m_inverted; }
    void setInverted(bool inverted);

    double zoom() const;
    void setZoom(double zoom);
    void zoomToFit();
    int rotation() const { return m_rotation; }
    void rotateClockwise();
    void flipHorizontally();
    bool overlaysVisible() const { return m_overlaysVisible; }
    void setOverlaysVisible(bool visible);

    // The current frame as rendered (before zoom): what `kenshuctl render` writes.
    const QImage& renderedImage() const { return m_image; }
    // Where the frame on screen comes from (file, instance, frame within it).
    FramePosition currentPosition() const;
    QString seriesInstanceUid() const;

    AnnotationOverlay& annotations() { return *m_annotations; }
    QPointF widgetToImage(const QPointF& point) const;
    QPointF imageToWidget(const QPointF& point) const;

signals:
    void opened(int frameCount, double framesPerSecond);
    void failed(const QString& message);
    void frameChanged(int frame);
    void decodingProgress(int decoded, int total);
    void playingChanged(bool playing);
    void windowChanged();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void onOpened(int frames);
    void onFrameReady(int index);
    void onPlayTick();
    void renderCurrentFrame();
    QTransform imageToWidget() const;
    void paintOverlays(QPainter& painter);

    std::unique_ptr<FrameStore> m_store;
    std::unique_ptr<CineClock> m_clock;
    QTimer m_playTimer;
    QElapsedTimer m_playTime;
    ImageLabels m_labels;
    QString m_message;
    int m_frames = 0;
    int m_frame = 0;
    int m_decoded = 0;
    bool m_looping = true;
    double m_speed = 1.0;
    std::optional<VoiWindow> m_window; // set once the first frame is known
    bool m_inverted = false;
    QImage m_image;
    int m_imageFrame = -1;
    bool m_fit = true;
    double m_zoom = 1.0;
    QPointF m_pan;
    int m_rotation = 0;
    bool m_flipped = false;
    bool m_overlaysVisible = true;
    QPoint m_dragStart;
    Qt::MouseButton m_dragButton = Qt::NoButton;
    VoiWindow m_dragWindow;
    QPointF m_dragPan;
    AnnotationOverlay* m_annotations = nullptr;
    bool m_annotating = false; // the left button is drawing, not panning
};

} // namespace kenshu
