#pragma once

#include "AnnotationTypes.h"

#include <QFont>
#include <QPolygonF>
#include <QRectF>

namespace kenshu {

// Shapes of drawings in image coordinates, shared by painting, hit-testing and GSPS export.
QPolygonF arrowHead(const AnnotationItem& arrow); // three points: left barb, tip, right barb
QFont annotationFont(double pixelSize);
QRectF textBounds(const AnnotationItem& text); // needs a QGuiApplication (fonts)
QRectF itemBounds(const AnnotationItem& item);
// Distance from `point` to the drawn item (0 inside a text's box), in image pixels.
double distanceToItem(const AnnotationItem& item, const QPointF& point);
// Whether a pointer at `point` with a reach of `tolerance` image pixels touches the item.
bool itemTouches(const AnnotationItem& item, const QPointF& point, double tolerance);
AnnotationItem translatedItem(AnnotationItem item, const QPointF& delta);

} // namespace kenshu
