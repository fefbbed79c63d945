#pragma once

#include "Expected.h"
#include "FrameStore.h"
#include "LibraryTypes.h"

#include <QHash>
#include <QImage>
#include <QUndoGroup>
#include <QWidget>
#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QSlider;
class QToolButton;

namespace kenshu {

class AnnotationDocument;
class AnnotationRepository;
class PaintToolBar;
class ViewerWidget;

// A case's images: a strip of its series on the left, the viewer with cine controls on the
// right. A series plays as one sequence of all its instances' frames (an XA run is usually one
// multi-frame instance; a CT or MR series one instance per slice).
class ViewerWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ViewerWindow)

public:
    ViewerWindow(const QString& dataDir, const CaseEntry& entry,
                 const QHash<QString, QImage>& thumbnails, QWidget* parent = nullptr);

    void showSeries(const QString& seriesInstanceUid);
    ViewerWidget* viewer() const { return m_viewer; }
    PaintToolBar* paintToolBar() const { return m_paintBar; }
    AnnotationRepository* annotationStore() const { return m_annotationStore; }

private:
    void attachDrawings(const QString& seriesInstanceUid);
    void saveSnapshot();
    void exportGsps();
    // Runs a file write on the thread pool; a failure is shown under `title`.
    void updateFrameControls();
    void fillWindowPresets();

    QString m_dataDir;
    QHash<QString, QList<FrameSource>> m_seriesFiles; // series UID -> its instances, in order
    ViewerWidget* m_viewer = nullptr;
    QListWidget* m_strip = nullptr;
    QToolButton* m_play = nullptr;
    QSlider* m_slider = nullptr;
    QLabel* m_frameLabel = nullptr;
    QDoubleSpinBox* m_fps = nullptr;
    QCheckBox* m_loop = nullptr;
    QComboBox* m_presets = nullptr;
    PaintToolBar* m_paintBar = nullptr;
    AnnotationRepository* m_annotationStore = nullptr;
    QHash<QString, AnnotationDocument*> m_drawings; // series UID -> its drawings, once loaded
    QUndoGroup m_undoGroup;
};

} // namespace kenshu
