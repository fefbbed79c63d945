#pragma once

#include "AnnotationTypes.h"

#include <QImage>

class QPainter;

namespace kenshu {

// Paints drawings with the painter's current transform mapping image to device coordinates,
// so the viewer (zoomed, rotated) and snapshots (1:1) draw exactly the same shapes.
void paintAnnotationItems(QPainter& painter, const QList<AnnotationItem>& items);
// A dashed box around a selected item; `deviceScale` keeps the dash a constant screen size.
void paintSelectionMarker(QPainter& painter, const AnnotationItem& item, double deviceScale);

// The frame as rendered with its drawings burned in, at image resolution.
QImage renderSnapshot(const QImage& frame, const QList<AnnotationItem>& items);

} // namespace kenshu
