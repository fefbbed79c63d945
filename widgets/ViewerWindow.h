#pragma once

#include "LibraryTypes.h"

#include <QHash>
#include <QImage>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QSlider;
class QToolButton;

namespace kenshu {

class ViewerWidget;

// A case's images: a strip of its series on the left, the viewer with cine controls on the
// right. Each series shows its first instance (an XA run is one multi-frame instance).
class ViewerWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ViewerWindow)

public:
    ViewerWindow(const QString& dataDir, const CaseEntry& entry,
                 const QHash<QString, QImage>& thumbnails, QWidget* parent = nullptr);

    void showSeries(const QString& seriesInstanceUid);
    ViewerWidget* viewer() const { return m_viewer; }

private:
    void updateFrameControls();
    void fillWindowPresets();

    QString m_dataDir;
    QHash<QString, QString> m_seriesFiles; // series UID -> blob path of its first instance
    ViewerWidget* m_viewer = nullptr;
    QListWidget* m_strip = nullptr;
    QToolButton* m_play = nullptr;
    QSlider* m_slider = nullptr;
    QLabel* m_frameLabel = nullptr;
    QDoubleSpinBox* m_fps = nullptr;
    QCheckBox* m_loop = nullptr;
    QComboBox* m_presets = nullptr;
};

} // namespace kenshu
