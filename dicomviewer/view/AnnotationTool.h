#pragma once

#include "AnnotationDocument.h"

#include <QColor>
#include <QPointF>
#include <functional>
#include <memory>
#include <optional>

namespace kenshu {

enum class AnnotationToolKind { Select, Arrow, Pen, Text, Eraser };

// How new drawings look. Sizes are screen pixels at the moment of drawing, so a stroke looks
// the same whatever the zoom; the drawing keeps them in image pixels from then on.
struct AnnotationStyle
{
    QColor color = QColor(0xff, 0xd4, 0x00);
    double width = 3;
    double textSize = 24;
};

// What a tool works on: the document, where new drawings go, the pointer's reach and the
// selection. Implemented by the viewer's annotation overlay.
class AnnotationCanvas
{
public:
    virtual ~AnnotationCanvas() = default;
    virtual AnnotationDocument& document() = 0;
    virtual AnnotationTarget shownTarget() const = 0; // the frame on screen
    virtual AnnotationTarget drawTarget() const = 0;  // that frame, or the whole series
    virtual const AnnotationStyle& style() const = 0;
    virtual double hitTolerance() const = 0; // image pixels that make a few screen pixels
    virtual double imagePixelsPerViewPixel() const = 0;
    virtual QUuid selection() const = 0;
    virtual void select(const QUuid& itemId) = 0;
    // Asks the user for text at `at`; `done` gets it unless the user cancels.
    virtual void editText(const QPointF& at, const QString& initial,
                          std::function<void(const QString&)> done) = 0;
};

// One drawing tool. The viewer routes left-button events in image coordinates here; the tool
// changes the document through its undoable operations only.
class AnnotationTool
{
public:
    virtual ~AnnotationTool() = default;
    virtual void press(AnnotationCanvas& canvas, const QPointF& at) = 0;
    virtual void move(AnnotationCanvas& canvas, const QPointF& at) = 0;
    virtual void release(AnnotationCanvas& canvas, const QPointF& at) = 0;
    virtual void doubleClick(AnnotationCanvas& canvas, const QPointF& at);
    // Abandons a gesture in progress (frame change, paint mode ended).
    virtual void cancel(AnnotationCanvas& canvas);
    // A drawing in progress, painted over the others; `hiddenItem` is replaced by it.
    virtual std::optional<AnnotationItem> preview() const;
    virtual QUuid hiddenItem() const;
};

std::unique_ptr<AnnotationTool> makeAnnotationTool(AnnotationToolKind kind);

// The topmost drawing shown on the frame within reach of `at`, if any.
std::optional<AnnotationItem> itemAt(AnnotationCanvas& canvas, const QPointF& at);

} // namespace kenshu
