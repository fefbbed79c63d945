#include "GspsStyles.h"

#include "DicomCieLab.h"
#include "DicomValues.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmdata/dcsequen.h>

namespace kenshu {
namespace {

using StyleCounts = std::map<int, qsizetype>;

void putLab(DcmItem& item, const DcmTagKey& tag, const QColor& color)
{
    const std::array<quint16, 3> lab = dicomLabFromColor(color);
    item.putAndInsertUint16Array(tag, lab.data(), 3);
}

// Shadow attributes are type 1 in both style macros.
void putShadow(DcmItem& item, const char* style, float opacity)
{
    item.putAndInsertString(DCM_ShadowStyle, style);
    item.putAndInsertFloat32(DCM_ShadowOffsetX, 0);
    item.putAndInsertFloat32(DCM_ShadowOffsetY, 0);
    putLab(item, DCM_ShadowColorCIELabValue, Qt::black);
    item.putAndInsertFloat32(DCM_ShadowOpacity, opacity);
}

// DCMTK writes Graphic Filled (type 1C) empty on every polyline; the standard wants it only on
// closed ones.
void fixGraphicFilled(DcmItem& object)
{
    OFString filled;
    if (object.findAndGetOFString(DCM_GraphicFilled, filled).bad() || !filled.empty())
        return;
    const Float32* points = nullptr;
    unsigned long count = 0;
    const bool closed = object.findAndGetFloat32Array(DCM_GraphicData, points, &count).good() &&
                        count >= 4 && points[0] == points[count - 2] &&
                        points[1] == points[count - 1];
    if (closed)
        object.putAndInsertString(DCM_GraphicFilled, "N");
    else
        object.findAndDeleteElement(DCM_GraphicFilled);
}

void addLineStyle(DcmItem& object, const GspsStyle& style)
{
    fixGraphicFilled(object);
    DcmItem* line = nullptr;
    if (object.findOrCreateSequenceItem(DCM_LineStyleSequence, line, 0).bad() || !line)
        return;
    putLab(*line, DCM_PatternOnColorCIELabValue, style.color);
    line->putAndInsertFloat32(DCM_PatternOnOpacity, 1);
    line->putAndInsertFloat32(DCM_LineThickness, float(style.lineWidth));
    line->putAndInsertString(DCM_LineDashingStyle, "SOLID");
    putShadow(*line, "OFF", 0);
}

void addTextStyle(DcmItem& object, const GspsStyle& style)
{
    DcmItem* text = nullptr;
    if (object.findOrCreateSequenceItem(DCM_TextStyleSequence, text, 0).bad() || !text)
        return;
    // A bold sans serif with a dark outline, as the viewer paints text.
    text->putAndInsertString(DCM_FontName, "Helvetica-Bold");
    text->putAndInsertString(DCM_FontNameType, "ISO_32000");
    text->putAndInsertString(DCM_CSSFontName, "sans-serif");
    putLab(*text, DCM_TextColorCIELabValue, style.color);
    text->putAndInsertString(DCM_HorizontalAlignment, "LEFT");
    text->putAndInsertString(DCM_VerticalAlignment, "TOP");
    putShadow(*text, "OUTLINED", 0.8f);
    text->putAndInsertString(DCM_Underlined, "N");
    text->putAndInsertString(DCM_Bold, "Y");
    text->putAndInsertString(DCM_Italic, "N");
}

int referencedFrame(DcmItem& annotation)
{
    DcmItem* image = nullptr;
    if (annotation.findAndGetSequenceItem(DCM_ReferencedImageSequence, image, 0).bad() || !image)
        return 0;
    return dicomInt(*image, DCM_ReferencedFrameNumber, 0);
}

// Styles the objects of one sequence of an annotation with the next unused styles of its frame.
bool styleObjects(DcmItem& annotation, const DcmTagKey& sequenceTag, const QList<GspsStyle>& styles,
                  qsizetype& used, void (*addStyle)(DcmItem&, const GspsStyle&))
{
    DcmSequenceOfItems* objects = nullptr;
    if (annotation.findAndGetSequence(sequenceTag, objects).bad() || !objects)
        return true;
    for (unsigned long i = 0; i < objects->card(); ++i) {
        if (used >= styles.size())
            return false;
        addStyle(*objects->getItem(i), styles[used++]);
    }
    return true;
}

} // namespace

bool addGspsObjectStyles(DcmItem& presentationState, const GspsStylesByFrame& styles)
{
    StyleCounts graphicsUsed;
    StyleCounts textsUsed;
    DcmSequenceOfItems* annotations = nullptr;
    if (presentationState.findAndGetSequence(DCM_GraphicAnnotationSequence, annotations).good() &&
        annotations) {
        for (unsigned long i = 0; i < annotations->card(); ++i) {
            DcmItem& annotation = *annotations->getItem(i);
            const int frame = referencedFrame(annotation);
            const auto found = styles.find(frame);
            if (found == styles.end())
                return false;
            if (!styleObjects(annotation, DCM_GraphicObjectSequence, found->second.graphics,
                              graphicsUsed[frame], addLineStyle) ||
                !styleObjects(annotation, DCM_TextObjectSequence, found->second.texts,
                              textsUsed[frame], addTextStyle)) {
                return false;
            }
        }
    }
    for (const auto& [frame, frameStyles] : styles) {
        if (graphicsUsed[frame] != frameStyles.graphics.size() ||
            textsUsed[frame] != frameStyles.texts.size()) {
            return false;
        }
    }
    return true;
}

void addGspsLayerColor(DcmItem& presentationState, const char* layerName, const QColor& color)
{
    DcmSequenceOfItems* layers = nullptr;
    if (presentationState.findAndGetSequence(DCM_GraphicLayerSequence, layers).bad() || !layers)
        return;
    for (unsigned long i = 0; i < layers->card(); ++i) {
        DcmItem& layer = *layers->getItem(i);
        if (dicomText(layer, DCM_GraphicLayer) == QLatin1String(layerName))
            putLab(layer, DCM_GraphicLayerRecommendedDisplayCIELabValue, color);
    }
}

} // namespace kenshu
