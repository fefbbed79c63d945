#include "ViewerWidget.h"

#include "CaseContentModel.h"

#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QResizeEvent>
#include <QThread>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;

// Enough for several 1024x1024x200 loops; the store drops the farthest frames beyond it.
constexpr qsizetype kFrameBudgetBytes = qsizetype(1536) << 20;
constexpr int kPlayTickMs = 4;

} // namespace

ViewerWidget::ViewerWidget(QWidget* parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setMinimumSize(320, 240);
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_playTimer.setTimerType(Qt::PreciseTimer);
    m_playTimer.setInterval(kPlayTickMs);
    connect(&m_playTimer, &QTimer::timeout, this, &ViewerWidget::onPlayTick);
    m_annotations = new AnnotationOverlay(this);
    connect(m_annotations, &AnnotationOverlay::changed, this, qOverload<>(&QWidget::update));
}

ViewerWidget::~ViewerWidget() = default;

void ViewerWidget::openFile(const QString& path)
{
    openSeries({FrameSource{path, 0, {}}});
}

void ViewerWidget::openSeries(const QList<FrameSource>& files)
{
    setPlaying(false);
    m_store = std::make_unique<FrameStore>(files, kFrameBudgetBytes,
                                           std::max(1, QThread::idealThreadCount()));
    m_clock.reset();
    m_frames = 0;
    m_frame = 0;
    m_decoded = 0;
    m_window.reset();
    m_image = QImage();
    m_imageFrame = -1;
    m_message = tr("Opening…");
    connect(m_store.get(), &FrameStore::opened, this, &ViewerWidget::onOpened);
    connect(m_store.get(), &FrameStore::frameReady, this, &ViewerWidget::onFrameReady);
    connect(m_store.get(), &FrameStore::failed, this, [this](const QString& message) {
        if (m_frames == 0 || m_imageFrame < 0) {
            m_message = message;
            update();
        }
        emit failed(message);
    });
    m_store->open();
    update();
}

void ViewerWidget::onOpened(int frames)
{
    m_frames = frames;
    m_labels = m_store->labels();
    m_clock = std::make_unique<CineClock>(m_store->cineTiming());
    m_clock->setLooping(m_looping);
    m_message.clear();
    emit opened(frames, declaredFramesPerSecond());
    update();
}

void ViewerWidget::onFrameReady(int index)
{
    ++m_decoded;
    emit decodingProgress(std::min(m_decoded, m_frames), m_frames);
    if (index == m_frame || m_imageFrame < 0)
        renderCurrentFrame();
    if (m_decoded >= m_frames)
        update(); // hide the progress line
}

void ViewerWidget::renderCurrentFrame()
{
    if (!m_store)
        return;
    const QByteArray pixels = m_store->frame(m_frame);
    if (pixels.isEmpty())
        return; // still decoding: keep showing the last frame
    const FrameFormat format = m_store->format(m_frame);
    if (!m_window) {
        // One window for the whole loop (the file's, else this frame's min-max), so that
        // playback does not flicker.
        m_window = defaultWindow(pixels, format);
        emit windowChanged();
    }
    Expected<QImage> image = renderFrame(pixels, format, *m_window, m_inverted);
    if (!image) {
        m_message = image.error().message;
    } else {
        m_image = *image;
        m_imageFrame = m_frame;
        // Drawings follow the image actually shown, not a frame still decoding.
        const FramePosition position = m_store->position(m_frame);
        m_annotations->setShownTarget(
            AnnotationTarget{position.sopInstanceUid, position.frameInFile});
    }
    update();
}

FramePosition ViewerWidget::currentPosition() const
{
    return m_store ? m_store->position(m_frame) : FramePosition{};
}

QString ViewerWidget::seriesInstanceUid() const
{
    return m_store ? m_store->seriesInstanceUid() : QString();
}

QPointF ViewerWidget::widgetToImage(const QPointF& point) const
{
    return imageToWidget().inverted().map(point);
}

QPointF ViewerWidget::imageToWidget(const QPointF& point) const
{
    return imageToWidget().map(point);
}

void ViewerWidget::setFrame(int frame)
{
    if (m_frames == 0)
        return;
    frame = std::clamp(frame, 0, m_frames - 1);
    if (frame == m_frame && m_imageFrame == frame)
        return;
    m_frame = frame;
    m_store->setPlayhead(frame);
    renderCurrentFrame();
    emit frameChanged(frame);
}

void ViewerWidget::stepFrames(int delta)
{
    setPlaying(false);
    if (m_frames == 0)
        return;
    setFrame(m_looping ? ((m_frame + delta) % m_frames + m_frames) % m_frames : m_frame + delta);
}

void ViewerWidget::setPlaying(bool playing)
{
    if (playing == isPlaying() || (playing && (!m_clock || m_frames < 2)))
        return;
    if (playing) {
        m_playTime.start();
        if (!m_looping && m_frame == m_frames - 1)
            m_frame = 0;
        m_clock->setSpeed(m_speed, 0);
        m_clock->resetCounters();
        m_clock->start(0, m_frame);
        m_playTimer.start();
    } else {
        m_playTimer.stop();
    }
    emit playingChanged(playing);
}

void ViewerWidget::onPlayTick()
{
    const int frame = m_clock->tick(double(m_playTime.nsecsElapsed()) / 1e6);
    if (frame != m_frame) {
        m_frame = frame;
        m_store->setPlayhead(frame);
        renderCurrentFrame();
        emit frameChanged(frame);
    }
    if (!m_clock->isRunning())
        setPlaying(false);
}

void ViewerWidget::setLooping(bool looping)
{
    m_looping = looping;
    if (m_clock)
        m_clock->setLooping(looping);
}

double ViewerWidget::declaredFramesPerSecond() const
{
    return m_clock ? m_clock->timing().declaredFps() : CineTiming::kDefaultFps;
}

double ViewerWidget::framesPerSecond() const
{
    return declaredFramesPerSecond() * m_speed;
}

void ViewerWidget::setFramesPerSecond(double fps)
{
    if (!(fps > 0))
        return;
    m_speed = fps / declaredFramesPerSecond();
    if (m_clock && isPlaying())
        m_clock->setSpeed(m_speed, double(m_playTime.nsecsElapsed()) / 1e6);
    update();
}

int ViewerWidget::presentedFrames() const
{
    return m_clock ? m_clock->presentedFrames() : 0;
}

int ViewerWidget::droppedFrames() const
{
    return m_clock ? m_clock->droppedFrames() : 0;
}

VoiWindow ViewerWidget::window() const
{
    return m_window.value_or(VoiWindow{});
}

void ViewerWidget::setWindow(const VoiWindow& window)
{
    m_window = VoiWindow{window.center, std::max(1.0, window.width)};
    renderCurrentFrame();
    emit windowChanged();
}

void ViewerWidget::resetWindow()
{
    m_window.reset();
    renderCurrentFrame();
    emit windowChanged();
}

void ViewerWidget::applyMinMaxWindow()
{
    if (!m_store)
        return;
    const QByteArray pixels = m_store->frame(m_frame);
    if (!pixels.isEmpty())
        setWindow(minMaxWindow(pixels, m_store->format(m_frame)));
}

void ViewerWidget::setInverted(bool inverted)
{
    m_inverted = inverted;
    renderCurrentFrame();
}

double ViewerWidget::zoom() const
{
    if (!m_fit || m_image.isNull())
        return m_zoom;
    const bool sideways = m_rotation % 180 != 0;
    const double w = sideways ? m_image.height() : m_image.width();
    const double h = sideways ? m_image.width() : m_image.height();
    return std::min(width() / w, height() / h);
}

void ViewerWidget::setZoom(double zoom)
{
    m_zoom = std::clamp(zoom, 0.05, 40.0);
    m_fit = false;
    update();
}

void ViewerWidget::zoomToFit()
{
    m_fit = true;
    m_pan = QPointF();
    update();
}

void ViewerWidget::rotateClockwise()
{
    m_rotation = (m_rotation + 90) % 360;
    update();
}

void ViewerWidget::flipHorizontally()
{
    m_flipped = !m_flipped;
    update();
}

void ViewerWidget::setOverlaysVisible(bool visible)
{
    m_overlaysVisible = visible;
    update();
}

QTransform ViewerWidget::imageToWidget() const
{
    // Image pixels -> centred, flipped, rotated, zoomed, panned widget coordinates.
    const double scale = zoom();
    QTransform transform;
    transform.translate(width() / 2.0 + m_pan.x(), height() / 2.0 + m_pan.y());
    transform.rotate(m_rotation);
    transform.scale(m_flipped ? -scale : scale, scale);
    transform.translate(-m_image.width() / 2.0, -m_image.height() / 2.0);
    return transform;
}

void ViewerWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::black);
    if (!m_image.isNull()) {
        painter.save();
        // Smooth scaling when still; nearest while a drag repaints many times a second.
        painter.setRenderHint(QPainter::SmoothPixmapTransform, m_dragButton == Qt::NoButton);
        painter.setTransform(imageToWidget());
        painter.drawImage(QPointF(0, 0), m_image);
        m_annotations->setImageToView(imageToWidget());
        m_annotations->paint(painter);
        painter.restore();
    }
    if (!m_message.isEmpty()) {
        painter.setPen(Qt::white);
        painter.drawText(rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap,
                         m_message);
    }
    if (m_frames > 0 && m_decoded < m_frames) {
        // A thin line along the bottom while frames decode.
        const int done = int(double(width()) * m_decoded / m_frames);
        painter.fillRect(QRect(0, height() - 3, done, 3), QColor(0x4f, 0x9d, 0xe8));
    }
    if (m_overlaysVisible && !m_image.isNull())
        paintOverlays(painter);
}

void ViewerWidget::paintOverlays(QPainter& painter)
{
    const QLocale locale;
    const QStringList topLeft{m_labels.patientName, m_labels.patientId,
                              formatDicomDate(m_labels.studyDate)};
    const QStringList topRight{m_labels.modality, m_labels.seriesDescription};
    const VoiWindow current = window();
    const QStringList bottomLeft{
        tr("Frame %1/%2").arg(m_frame + 1).arg(m_frames),
        tr("%1 fps").arg(locale.toString(framesPerSecond(), 'f', 1)),
    };
    const QStringList bottomRight{
        current.fileLut ? tr("VOI LUT")
                        : tr("W %1 L %2")
                              .arg(locale.toString(current.width, 'f', 0),
                                   locale.toString(current.center, 'f', 0)),
        tr("Zoom %1%").arg(locale.toString(zoom() * 100, 'f', 0)),
    };
    const QRect area = rect().adjusted(8, 6, -8, -8);
    const auto draw = [&](const QStringList& lines, Qt::Alignment alignment) {
        QStringList shown;
        for (const QString& line : lines) {
            if (!line.isEmpty())
                shown.append(line);
        }
        const QString text = shown.join(u'\n');
        painter.setPen(QColor(0, 0, 0, 200));
        painter.drawText(area.translated(1, 1), int(alignment), text);
        painter.setPen(QColor(235, 235, 235));
        painter.drawText(area, int(alignment), text);
    };
    draw(topLeft, Qt::AlignTop | Qt::AlignLeft);
    draw(topRight, Qt::AlignTop | Qt::AlignRight);
    draw(bottomLeft, Qt::AlignBottom | Qt::AlignLeft);
    draw(bottomRight, Qt::AlignBottom | Qt::AlignRight);
}

void ViewerWidget::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && m_annotations->isPaintMode() && !m_image.isNull()) {
        setPlaying(false);
        m_annotations->setImageToView(imageToWidget());
        m_annotating = m_annotations->press(event->position());
        if (m_annotating)
            return;
    }
    m_dragButton = event->button();
    m_dragStart = event->position().toPoint();
    m_dragWindow = window();
    m_dragPan = m_pan;
}

void ViewerWidget::mouseMoveEvent(QMouseEvent* event)
{
    if (m_annotating) {
        m_annotations->move(event->position());
        return;
    }
    const QPoint delta = event->position().toPoint() - m_dragStart;
    if (m_dragButton == Qt::RightButton && m_window) {
        // Horizontal: width; vertical: level. Faster for wide ranges, as viewers do.
        const double step = std::max(1.0, m_dragWindow.width / 256.0);
        setWindow(VoiWindow{m_dragWindow.center + delta.y() * step,
                            m_dragWindow.width + delta.x() * step});
    } else if (m_dragButton == Qt::LeftButton) {
        m_pan = m_dragPan + QPointF(delta);
        update();
    }
}

void ViewerWidget::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_annotating && event->button() == Qt::LeftButton) {
        m_annotating = false;
        m_annotations->release(event->position());
        return;
    }
    m_dragButton = Qt::NoButton;
    update(); // back to smooth scaling
}

void ViewerWidget::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && m_annotations->isPaintMode()) {
        m_annotations->setImageToView(imageToWidget());
        m_annotations->doubleClick(event->position());
        return;
    }
    zoomToFit();
}

void ViewerWidget::resizeEvent(QResizeEvent* event)
{
    // A gesture in image coordinates cannot survive the view moving under it.
    m_annotations->cancelGesture();
    m_annotating = false;
    QWidget::resizeEvent(event);
}

void ViewerWidget::wheelEvent(QWheelEvent* event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0.0)
        setZoom(zoom() * std::pow(1.15, steps));
    event->accept();
}

void ViewerWidget::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Space:
        setPlaying(!isPlaying());
        break;
    case Qt::Key_Left:
        stepFrames(-1);
        break;
    case Qt::Key_Right:
        stepFrames(1);
        break;
    case Qt::Key_Home:
        setPlaying(false);
        setFrame(0);
        break;
    case Qt::Key_End:
        setPlaying(false);
        setFrame(m_frames - 1);
        break;
    case Qt::Key_L:
        setLooping(!m_looping);
        break;
    case Qt::Key_I:
        setInverted(!m_inverted);
        break;
    case Qt::Key_W:
        resetWindow();
        break;
    case Qt::Key_F:
        zoomToFit();
        break;
    case Qt::Key_1:
        setZoom(1.0);
        break;
    case Qt::Key_R:
        rotateClockwise();
        break;
    case Qt::Key_H:
        flipHorizontally();
        break;
    case Qt::Key_O:
        setOverlaysVisible(!m_overlaysVisible);
        break;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        m_annotations->deleteSelection();
        break;
    case Qt::Key_Escape:
        m_annotations->setPaintMode(false);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

} // namespace kenshu
