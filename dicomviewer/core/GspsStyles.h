#pragma once

#include <QColor>
#include <QList>
#include <map>

class DcmItem;

namespace kenshu {

// How one graphic or text object is drawn.
struct GspsStyle
{
    QColor color;
    double lineWidth = 1;
};

// The styles of the objects of one applicability, in the order they were given to DCMTK.
struct GspsAnnotationStyles
{
    QList<GspsStyle> graphics;
    QList<GspsStyle> texts;
};

// Keyed by the DICOM frame number the objects apply to (from 1), 0 for the whole image.
using GspsStylesByFrame = std::map<int, GspsAnnotationStyles>;

// DCMTK's presentation state knows one colour per graphic layer; this adds each object's own
// colour and width to a written presentation state (Line Style and Text Style Sequences).
// False when the written objects do not match `styles` one to one.
bool addGspsObjectStyles(DcmItem& presentationState, const GspsStylesByFrame& styles);
// Graphic Layer Recommended Display CIELab Value, the current form of the layer's colour.
void addGspsLayerColor(DcmItem& presentationState, const char* layerName, const QColor& color);

} // namespace kenshu
