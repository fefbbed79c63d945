#include "ViewerWindow.h"

#include "AnnotationDocument.h"
#include "AnnotationPainter.h"
#include "AnnotationRepository.h"
#include "BackgroundWrite.h"
#include "BlobStore.h"
#include "CommentThreadView.h"
#include "DiscussionPanel.h"
#include "FileDialogs.h"
#include "GspsWriter.h"
#include "PaintToolBar.h"
#include "PdfPane.h"
#include "ViewerWidget.h"
#include "WindowPresets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPixmap>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QSlider>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace kenshu {

using namespace Qt::Literals::StringLiterals;

ViewerWindow::ViewerWindow(const QString& dataDir, const CaseEntry& entry,
                           const QHash<QString, QImage>& thumbnails, QWidget* parent)
    : QWidget(parent, Qt::Window), m_dataDir(dataDir), m_caseId(entry.id)
{
    setWindowTitle(tr("%1 — Kenshu viewer").arg(entry.title));
    setAttribute(Qt::WA_DeleteOnClose);

    m_strip = new QListWidget(this);
    m_strip->setObjectName(u"seriesStrip"_s);
    m_strip->setIconSize(QSize(96, 96));
    m_strip->setFixedWidth(150);
    m_strip->setWordWrap(true);
    const BlobStore blobs(dataDir);
    for (const StudyEntry& study : entry.studies) {
        for (const SeriesEntry& series : study.series) {
            if (series.instances.isEmpty() || series.frameCount() == 0)
                continue;
            QList<FrameSource> files;
            for (const InstanceEntry& instance : series.instances) {
                if (instance.frames > 0)
                    files.append(FrameSource{blobs.pathFor(instance.sha256), instance.frames,
                                             instance.sopInstanceUid});
            }
            m_seriesFiles.insert(series.seriesInstanceUid, files);
            m_studyOfSeries.insert(series.seriesInstanceUid, study.studyInstanceUid);
            auto* item = new QListWidgetItem(series.description.isEmpty()
                                                 ? tr("Series %1").arg(series.seriesNumber)
                                                 : series.description,
                                             m_strip);
            item->setData(Qt::UserRole, series.seriesInstanceUid);
            item->setToolTip(tr("%n frame(s)", nullptr, series.frameCount()));
            const QImage thumbnail = thumbnails.value(series.seriesInstanceUid);
            if (!thumbnail.isNull())
                item->setIcon(QPixmap::fromImage(thumbnail));
        }
    }
    m_documents = entry.documents;
    for (const DocumentEntry& document : entry.documents) {
        auto* item =
            new QListWidgetItem(style()->standardIcon(QStyle::SP_FileIcon), document.name, m_strip);
        item->setData(Qt::UserRole + 1, document.id);
        item->setToolTip(
            tr("PDF, %n page(s) — click to open it beside the images", nullptr, document.pages));
    }
    connect(m_strip, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (!item)
            return;
        if (const QUuid document = item->data(Qt::UserRole + 1).toUuid(); !document.isNull())
            openDocument(document);
        else
            showSeries(item->data(Qt::UserRole).toString());
    });

    m_viewer = new ViewerWidget(this);
    m_play = new QToolButton(this);
    m_play->setObjectName(u"playButton"_s);
    m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_play->setToolTip(tr("Play / pause (Space)"));
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setObjectName(u"frameSlider"_s);
    m_frameLabel = new QLabel(this);
    m_frameLabel->setMinimumWidth(90);
    m_fps = new QDoubleSpinBox(this);
    m_fps->setObjectName(u"fpsSpin"_s);
    m_fps->setRange(1, 120);
    m_fps->setDecimals(1);
    m_fps->setSuffix(tr(" fps"));
    m_fps->setToolTip(tr("Playback speed; starts at the rate the file declares"));
    m_loop = new QCheckBox(tr("&Loop"), this);
    m_loop->setChecked(true);
    m_presets = new QComboBox(this);
    m_presets->setObjectName(u"windowPresets"_s);
    m_presets->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_presets->setToolTip(tr("Window presets (W: back to the file's window)"));
    connect(m_presets, &QComboBox::activated, m_viewer, [this](int index) {
        const QVariant choice = m_presets->itemData(index);
        if (choice.toString() == "file"_L1)
            m_viewer->resetWindow();
        else if (choice.toString() == "minmax"_L1)
            m_viewer->applyMinMaxWindow();
        else if (choice.typeId() == QMetaType::QPointF)
            m_viewer->setWindow(VoiWindow{choice.toPointF().x(), choice.toPointF().y()});
    });
    auto* hint = new QLabel(tr("Right-drag: window/level · wheel: zoom · O: overlays"), this);
    hint->setEnabled(false);
    // A hint, not a control: it may be cut when the PDF and the discussion need the width.
    hint->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    connect(m_play, &QToolButton::clicked, m_viewer,
            [this] { m_viewer->setPlaying(!m_viewer->isPlaying()); });
    connect(m_slider, &QSlider::valueChanged, m_viewer, [this](int frame) {
        if (frame != m_viewer->currentFrame()) {
            m_viewer->setPlaying(false);
            m_viewer->setFrame(frame);
        }
    });
    connect(m_fps, &QDoubleSpinBox::valueChanged, m_viewer, &ViewerWidget::setFramesPerSecond);
    connect(m_loop, &QCheckBox::toggled, m_viewer, &ViewerWidget::setLooping);
    connect(m_viewer, &ViewerWidget::opened, this, [this](int, double fps) {
        const QSignalBlocker blocker(m_fps);
        m_fps->setValue(fps);
        updateFrameControls();
        fillWindowPresets();
        m_viewer->setPlaying(m_viewer->frameCount() > 1);
    });
    connect(m_viewer, &ViewerWidget::frameChanged, this, &ViewerWindow::updateFrameControls);
    connect(m_viewer, &ViewerWidget::playingChanged, this, [this](bool playing) {
        m_play->setIcon(
            style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    });

    auto* controls = new QHBoxLayout;
    controls->addWidget(m_play);
    controls->addWidget(m_slider, 1);
    controls->addWidget(m_frameLabel);
    controls->addWidget(m_fps);
    controls->addWidget(m_loop);
    controls->addWidget(m_presets);
    controls->addWidget(hint);
    m_annotationStore = new AnnotationRepository(dataDir, entry.id, this);
    connect(m_annotationStore, &AnnotationRepository::loaded, this,
            [this](const QString& seriesInstanceUid, const QList<AnnotationLayer>& layers) {
                AnnotationDocument* drawings = m_drawings.value(seriesInstanceUid);
                if (!drawings)
                    return;
                drawings->load(layers);
                if (m_viewer->seriesInstanceUid() == seriesInstanceUid)
                    m_viewer->annotations().setDocument(drawings);
            });
    connect(m_annotationStore, &AnnotationRepository::failed, this, [this](const QString& message) {
        QMessageBox::warning(this, tr("Drawings"),
                             tr("The drawings could not be saved or loaded: %1").arg(message));
    });
    connect(m_viewer, &ViewerWidget::opened, this,
            [this] { attachDrawings(m_viewer->seriesInstanceUid()); });
    m_paintBar = new PaintToolBar(m_viewer->annotations(), m_undoGroup, this);
    connect(m_paintBar, &PaintToolBar::snapshotRequested, this, &ViewerWindow::saveSnapshot);
    // A closed case takes no drawing, whichever way paint mode is asked for (a shortcut, too).
    connect(&m_viewer->annotations(), &AnnotationOverlay::paintModeChanged, this, [this](bool on) {
        if (on && m_readOnly)
            m_viewer->annotations().setPaintMode(false);
    });
    connect(m_paintBar, &PaintToolBar::gspsRequested, this, &ViewerWindow::exportGsps);

    connect(m_viewer, &ViewerWidget::opened, this, &ViewerWindow::applyCommentJump);
    connect(&m_viewer->annotations(), &AnnotationOverlay::changed, this,
            &ViewerWindow::updatePaintDescription);

    auto* imageArea = new QWidget(this);
    auto* right = new QVBoxLayout(imageArea);
    right->setContentsMargins(0, 0, 0, 0);
    right->addWidget(m_paintBar);
    right->addWidget(m_viewer, 1);
    right->addLayout(controls);
    m_pdf = new PdfPane(this);
    m_pdf->hide();
    connect(m_pdf, &PdfPane::closeRequested, this, [this] {
        m_pdf->hide();
        distributeWidth();
    });
    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(u"casePageSplitter"_s);
    m_splitter->addWidget(m_strip);
    m_splitter->addWidget(imageArea);
    m_splitter->addWidget(m_pdf);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setCollapsible(1, false);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_splitter);
    resize(1280, 900);
}

void ViewerWindow::showDiscussion(const Actor& actor, const QString& actorName)
{
    if (m_discussion)
        return;
    m_discussion = new DiscussionPanel(m_dataDir, m_caseId, actor, actorName, this);
    m_discussion->setMinimumWidth(320);
    m_splitter->addWidget(m_discussion);
    m_splitter->setStretchFactor(3, 1);
    distributeWidth();
    m_discussion->setPaintSource([this] { return paintOnShownFrame(); });
    connect(m_discussion, &DiscussionPanel::commentActivated, this,
            &ViewerWindow::showCommentDrawing);
    connect(m_discussion, &DiscussionPanel::caseStateChanged, this,
            [this](CaseState state) { setReadOnly(state == CaseState::Closed); });
    connect(m_discussion, &DiscussionPanel::paintPosted, this, [this](const QJsonObject& posted) {
        // The drawing now lives in the comment: keep showing it there, read-only, and take it
        // off the frame it was drawn on (one undo step), so the next comment does not carry it
        // again. The write took a moment: the viewer may show another frame by now.
        const Expected<AnnotationLayer> layer = annotationLayerFromJson(posted);
        if (!layer)
            return;
        if (AnnotationDocument* drawings = m_drawings.value(layer->seriesInstanceUid))
            drawings->clearShownOn(layer->target);
        m_viewer->annotations().setPinnedLayer(*layer);
    });
    updatePaintDescription();
}

void ViewerWindow::distributeWidth()
{
    // Strip, images, PDF (when open), discussion: the images get what the others leave.
    const int total = std::max(width(), 1000);
    const int strip = m_strip->width();
    const int discussion = m_discussion ? 380 : 0;
    const int pdf = m_pdf->isVisibleTo(this) ? 520 : 0;
    QList<int> sizes{strip, std::max(400, total - strip - discussion - pdf), pdf};
    if (m_discussion)
        sizes.append(discussion);
    m_splitter->setSizes(sizes);
}

void ViewerWindow::openDocument(const QUuid& documentId)
{
    for (const DocumentEntry& document : m_documents) {
        if (document.id != documentId)
            continue;
        m_pdf->openFile(BlobStore(m_dataDir).pathFor(document.sha256), document.name);
        if (!m_pdf->isVisible()) {
            m_pdf->show();
            distributeWidth();
        }
        return;
    }
}

void ViewerWindow::showCommentDrawing(const Comment& comment)
{
    if (!comment.attachment) {
        m_viewer->annotations().setPinnedLayer(std::nullopt);
        return;
    }
    const CommentLocation& location = comment.attachment->location;
    if (!m_seriesFiles.contains(location.seriesInstanceUid)) {
        QMessageBox::information(this, tr("Drawing"),
                                 tr("The series this drawing was made on is not in this case."));
        return;
    }
    m_pendingJump = comment;
    if (m_viewer->seriesInstanceUid() == location.seriesInstanceUid && m_viewer->frameCount() > 0)
        applyCommentJump();
    else
        showSeries(location.seriesInstanceUid);
}

void ViewerWindow::applyCommentJump()
{
    if (!m_pendingJump ||
        m_viewer->seriesInstanceUid() != m_pendingJump->attachment->location.seriesInstanceUid)
        return;
    const CommentAttachment attachment = *m_pendingJump->attachment;
    m_pendingJump.reset();
    // The frame's place in the series: the frames of the instances before it, then its own.
    int index = 0;
    bool found = false;
    for (const FrameSource& file : m_seriesFiles.value(attachment.location.seriesInstanceUid)) {
        if (file.sopInstanceUid == attachment.location.sopInstanceUid) {
            index += std::clamp(attachment.location.frame, 0, file.frames - 1);
            found = true;
            break;
        }
        index += file.frames;
    }
    if (!found)
        return;
    m_viewer->setPlaying(false);
    m_viewer->setFrame(index);
    Expected<AnnotationLayer> layer = annotationLayerFromJson(attachment.layer);
    if (!layer)
        return;
    layer->target = AnnotationTarget{attachment.location.sopInstanceUid, attachment.location.frame};
    m_viewer->annotations().setPinnedLayer(*layer);
}

std::optional<PaintedFrame> ViewerWindow::paintOnShownFrame() const
{
    AnnotationOverlay& overlay = m_viewer->annotations();
    const QList<AnnotationItem> items = overlay.shownItems();
    const FramePosition position = m_viewer->currentPosition();
    if (items.isEmpty() || position.sopInstanceUid.isEmpty())
        return std::nullopt;
    AnnotationLayer layer;
    layer.seriesInstanceUid = m_viewer->seriesInstanceUid();
    layer.target = AnnotationTarget{position.sopInstanceUid, position.frameInFile};
    layer.items = items;
    PaintedFrame paint;
    paint.layer = annotationLayerToJson(layer);
    paint.location =
        CommentLocation{m_studyOfSeries.value(layer.seriesInstanceUid), layer.seriesInstanceUid,
                        position.sopInstanceUid, position.frameInFile};
    const QImage frame = m_viewer->renderedImage();
    paint.renderSnapshot = [frame, items] { return renderSnapshot(frame, items); };
    return paint;
}

void ViewerWindow::updatePaintDescription()
{
    if (!m_discussion)
        return;
    const bool painted = !m_readOnly && !m_viewer->annotations().shownItems().isEmpty();
    m_discussion->thread()->setPaintDescription(
        painted ? tr("The drawing on frame %1").arg(m_viewer->currentFrame() + 1) : QString());
}

void ViewerWindow::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    if (readOnly)
        m_viewer->annotations().setPaintMode(false);
    m_paintBar->setEnabled(!readOnly);
    m_paintBar->setToolTip(readOnly ? tr("The case is closed: drawings cannot be changed.")
                                    : QString());
    updatePaintDescription();
}

void ViewerWindow::showSeries(const QString& seriesInstanceUid)
{
    const QList<FrameSource> files = m_seriesFiles.value(seriesInstanceUid);
    if (files.isEmpty())
        return;
    for (int row = 0; row < m_strip->count(); ++row) {
        if (m_strip->item(row)->data(Qt::UserRole).toString() == seriesInstanceUid) {
            const QSignalBlocker blocker(m_strip);
            m_strip->setCurrentRow(row);
        }
    }
    m_viewer->openSeries(files);
    m_viewer->setFocus();
}

void ViewerWindow::attachDrawings(const QString& seriesInstanceUid)
{
    m_viewer->annotations().setDocument(nullptr);
    if (seriesInstanceUid.isEmpty())
        return;
    AnnotationDocument* drawings = m_drawings.value(seriesInstanceUid);
    if (!drawings) {
        // Drawing starts once the saved drawings are in, so nothing typed can be replaced.
        drawings = new AnnotationDocument(seriesInstanceUid, this);
        m_drawings.insert(seriesInstanceUid, drawings);
        m_undoGroup.addStack(drawings->undoStack());
        connect(drawings, &AnnotationDocument::layerChanged, this,
                [this, drawings](const AnnotationTarget& target) {
                    m_annotationStore->save(drawings->layer(target));
                });
        m_annotationStore->load(seriesInstanceUid);
    } else {
        m_viewer->annotations().setDocument(drawings);
    }
    m_undoGroup.setActiveStack(drawings->undoStack());
}

void ViewerWindow::saveSnapshot()
{
    const QImage frame = m_viewer->renderedImage();
    if (frame.isNull())
        return;
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
            .filePath(tr("snapshot-frame-%1.png").arg(m_viewer->currentFrame() + 1));
    const QString path =
        FileDialogs::saveFile(this, tr("Save snapshot"), suggested, tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    const QList<AnnotationItem> items = m_viewer->annotations().shownItems();
    // Burning in and encoding a 1024² PNG takes a while: off the GUI thread.
    writeInBackground(this, tr("Save snapshot"), [frame, items, path]() -> Status {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || !renderSnapshot(frame, items).save(&file, "PNG") ||
            !file.commit()) {
            return Error{QCoreApplication::translate("ViewerWindow", "Cannot write %1: %2")
                             .arg(path, file.errorString())};
        }
        return {};
    });
}

void ViewerWindow::exportGsps()
{
    const FramePosition position = m_viewer->currentPosition();
    AnnotationDocument* drawings = m_drawings.value(m_viewer->seriesInstanceUid());
    if (position.path.isEmpty() || !drawings)
        return;
    QList<AnnotationLayer> layers;
    for (const AnnotationTarget& target :
         {AnnotationTarget{position.sopInstanceUid, position.frameInFile}, AnnotationTarget{}}) {
        const AnnotationLayer layer = drawings->layer(target);
        if (!layer.items.isEmpty())
            layers.append(layer);
    }
    if (layers.isEmpty()) {
        QMessageBox::information(this, tr("Export GSPS"),
                                 tr("There are no drawings on this frame to export."));
        return;
    }
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(tr("drawings-frame-%1_PR.dcm").arg(m_viewer->currentFrame() + 1));
    const QString path = FileDialogs::saveFile(this, tr("Export GSPS"), suggested,
                                               tr("DICOM presentation states (*.dcm)"));
    if (path.isEmpty())
        return;
    const QString imagePath = position.path;
    writeInBackground(this, tr("Export GSPS"),
                      [imagePath, layers, path] { return writeGsps(imagePath, layers, path); });
}

void ViewerWindow::fillWindowPresets()
{
    m_presets->clear();
    m_presets->addItem(tr("File window"), u"file"_s);
    m_presets->addItem(tr("Full range"), u"minmax"_s);
    for (const WindowPreset& preset : windowPresets(m_viewer->modality())) {
        m_presets->addItem(tr("%1 (W %2 L %3)")
                               .arg(preset.name)
                               .arg(preset.window.width)
                               .arg(preset.window.center),
                           QPointF(preset.window.center, preset.window.width));
    }
}

void ViewerWindow::updateFrameControls()
{
    const QSignalBlocker blocker(m_slider);
    m_slider->setRange(0, std::max(0, m_viewer->frameCount() - 1));
    m_slider->setValue(m_viewer->currentFrame());
    m_frameLabel->setText(
        tr("%1 / %2").arg(m_viewer->currentFrame() + 1).arg(m_viewer->frameCount()));
}

} // namespace kenshu
