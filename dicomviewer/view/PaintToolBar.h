#pragma once

#include "AnnotationTool.h"

#include <QToolBar>

class QActionGroup;
class QComboBox;
class QToolButton;
class QUndoGroup;

namespace kenshu {

class AnnotationOverlay;

// The paint toolbar of the viewer: paint mode, tools, colour, width, frame or whole series,
// undo/redo, clear, snapshot and GSPS export, each with a keyboard shortcut. It only drives
// the overlay; saving files is left to whoever listens to the requests.
class PaintToolBar final : public QToolBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaintToolBar)

public:
    PaintToolBar(AnnotationOverlay& overlay, QUndoGroup& undo, QWidget* parent = nullptr);

    QAction* paintAction() const { return m_paint; }
    QAction* toolAction(AnnotationToolKind kind) const;

signals:
    void snapshotRequested();
    void gspsRequested();

private:
    void setColour(const QColor& colour);
    void updateEnabled(bool paintMode);

    AnnotationOverlay& m_overlay;
    QAction* m_paint = nullptr;
    QActionGroup* m_tools = nullptr;
    QToolButton* m_colour = nullptr;
    QComboBox* m_width = nullptr;
    QAction* m_wholeSeries = nullptr;
    QList<QAction*> m_paintOnly; // enabled in paint mode only
};

} // namespace kenshu
