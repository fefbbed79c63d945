#pragma once

#include "AnnotationTool.h"

#include <QObject>
#include <QTransform>
#include <optional>

class QPainter;
class QWidget;

namespace kenshu {

// The drawing side of the viewer: which document and frame it shows, paint mode, the current
// tool and style, the selection and inline text editing. The viewer widget hands it mouse
// events and a painter; the overlay maps them to image coordinates and lets the tool act.
class AnnotationOverlay final : public QObject, public AnnotationCanvas
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationOverlay)

public:
    explicit AnnotationOverlay(QWidget* view);
    ~AnnotationOverlay() override;

    void setDocument(AnnotationDocument* document); // not owned; nullptr: nothing to draw on
    bool hasDocument() const { return m_document != nullptr; }
    void setShownTarget(const AnnotationTarget& frame);
    void setImageToView(const QTransform& transform) { m_imageToView = transform; }

    bool isPaintMode() const { return m_paintMode; }
    void setPaintMode(bool on);
    AnnotationToolKind tool() const { return m_toolKind; }
    void setTool(AnnotationToolKind kind);
    bool drawsOnWholeSeries() const { return m_wholeSeries; }
    void setDrawsOnWholeSeries(bool wholeSeries);
    // New drawings use these; a selected drawing takes them too, as one undo step.
    void setColor(const QColor& color);
    void setLineWidth(double width);
    void deleteSelection();
    void clearShown();

    // Mouse events in view coordinates; false when the overlay does not take them.
    bool press(const QPointF& viewPos);
    bool move(const QPointF& viewPos);
    bool release(const QPointF& viewPos);
    bool doubleClick(const QPointF& viewPos);
    void cancelGesture();

    // A drawing shown read-only over its frame, beside the editable ones: the drawing of the
    // comment the user selected. Painted only while that frame (a per-frame layer's target) is
    // shown; nullopt removes it.
    void setPinnedLayer(const std::optional<AnnotationLayer>& layer);
    const std::optional<AnnotationLayer>& pinnedLayer() const { return m_pinned; }
    // The pinned items if the shown frame is the pinned layer's frame, else none.
    QList<AnnotationItem> pinnedItemsShown() const;

    // Paints the shown drawings; the painter maps image to view coordinates.
    void paint(QPainter& painter) const;
    QList<AnnotationItem> shownItems() const;

    // AnnotationCanvas
    AnnotationDocument& document() override { return *m_document; }
    AnnotationTarget shownTarget() const override { return m_shown; }
    AnnotationTarget drawTarget() const override;
    const AnnotationStyle& style() const override { return m_style; }
    double hitTolerance() const override;
    double imagePixelsPerViewPixel() const override { return 1 / viewScale(); }
    QUuid selection() const override { return m_selection; }
    void select(const QUuid& itemId) override;
    void editText(const QPointF& at, const QString& initial,
                  std::function<void(const QString&)> done) override;

signals:
    void changed(); // repaint
    void paintModeChanged(bool on);
    void toolChanged(kenshu::AnnotationToolKind kind);
    void selectionChanged(const QUuid& itemId);

private:
    QPointF toImage(const QPointF& viewPos) const;
    double viewScale() const;

    QWidget* m_view;
    AnnotationDocument* m_document = nullptr;
    QWidget* m_textEditor = nullptr; // while text is being typed
    AnnotationTarget m_shown;
    QTransform m_imageToView;
    bool m_paintMode = false;
    bool m_wholeSeries = false;
    bool m_pressed = false;
    AnnotationToolKind m_toolKind = AnnotationToolKind::Arrow;
    std::unique_ptr<AnnotationTool> m_tool;
    AnnotationStyle m_style;
    QUuid m_selection;
    std::optional<AnnotationLayer> m_pinned;
};

} // namespace kenshu
