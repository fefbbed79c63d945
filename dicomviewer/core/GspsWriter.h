#pragma once

#include "AnnotationTypes.h"
#include "Expected.h"

#include <QList>
#include <QString>

namespace kenshu {

// Writes a DICOM Grayscale Softcopy Presentation State for the image at `imagePath` that shows
// the drawings of `layers`: a layer with a frame applies to that frame only, one without to
// every frame of the image. Arrows and pens become polylines, texts text objects, each with its
// own colour and line width (Line and Text Style Sequences, as Weasis writes them); text is
// UTF-8 (ISO_IR 192). The file at `outPath` is replaced atomically.
// Needs a QGuiApplication (text boxes are measured with the viewer's font).
Status writeGsps(const QString& imagePath, const QList<AnnotationLayer>& layers,
                 const QString& outPath);

} // namespace kenshu
