#include "GspsWriter.h"

#include "AnnotationGeometry.h"
#include "DcmtkSetup.h"
#include "DicomFileWriting.h"
#include "DicomText.h"
#include "DicomValues.h"
#include "GspsStyles.h"

#include <QCoreApplication>
#include <QFile>
#include <algorithm>
#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmpstat/dvpsgr.h>
#include <dcmtk/dcmpstat/dvpstat.h>
#include <dcmtk/dcmpstat/dvpstx.h>
#include <memory>
#include <vector>

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;

constexpr const char* kLayerName = "KENSHU";

Status addPolyline(DVPresentationState& state, size_t layer, DVPSObjectApplicability applicability,
                   const QList<QPointF>& points)
{
    DVPSGraphicObject* object = state.addGraphicObject(layer, applicability);
    if (!object)
        return Error{QCoreApplication::translate("Gsps", "DCMTK refused a drawing.")};
    std::vector<Float32> data;
    for (const QPointF& point : points) {
        data.push_back(Float32(point.x()));
        data.push_back(Float32(point.y()));
    }
    if (object->setData(points.size(), data.data(), DVPSA_pixels).bad() ||
        object->setGraphicType(points.size() == 1 ? DVPST_point : DVPST_polyline).bad()) {
        return Error{QCoreApplication::translate("Gsps", "DCMTK refused a drawing.")};
    }
    return {};
}

Status addText(DVPresentationState& state, size_t layer, DVPSObjectApplicability applicability,
               const AnnotationItem& item, const QSizeF& imageSize)
{
    DVPSTextObject* object = state.addTextObject(layer, applicability);
    // Viewers may drop text boxes reaching outside the image, so the box is clipped to it.
    const QRectF box = textBounds(item).intersected(QRectF(QPointF(0, 0), imageSize));
    if (!object || box.isEmpty() || object->setText(item.text.toUtf8().constData()).bad() ||
        object
            ->setBoundingBox(box.left(), box.top(), box.right(), box.bottom(), DVPSA_pixels,
                             DVPSX_left)
            .bad()) {
        return Error{
            QCoreApplication::translate("Gsps", "DCMTK refused the text \"%1\".").arg(item.text)};
    }
    return {};
}

// Adds the items of one layer and records their styles in the order DCMTK keeps them.
Status addItems(DVPresentationState& state, size_t layer, DVPSObjectApplicability applicability,
                const QList<AnnotationItem>& items, const QSizeF& imageSize,
                GspsAnnotationStyles& styles)
{
    for (const AnnotationItem& item : items) {
        Status added;
        switch (item.kind) {
        case AnnotationItem::Kind::Arrow: {
            // One polyline: the shaft to the tip, then the head through the tip.
            const QPolygonF head = arrowHead(item);
            added = addPolyline(state, layer, applicability,
                                {item.from, item.to, head[0], head[1], head[2]});
            styles.graphics.append({item.color, item.width});
            break;
        }
        case AnnotationItem::Kind::Pen:
            added = addPolyline(state, layer, applicability, item.points);
            styles.graphics.append({item.color, item.width});
            break;
        case AnnotationItem::Kind::Text:
            if (item.text.trimmed().isEmpty())
                break;
            added = addText(state, layer, applicability, item, imageSize);
            styles.texts.append({item.color, 1});
            break;
        case AnnotationItem::Kind::Unknown:
            break;
        }
        if (!added)
            return added;
    }
    return {};
}

QColor layerColor(const QList<AnnotationLayer>& layers)
{
    for (const AnnotationLayer& layer : layers) {
        for (const AnnotationItem& item : layer.items) {
            if (item.kind != AnnotationItem::Kind::Unknown)
                return item.color;
        }
    }
    return AnnotationItem().color;
}

// DCMTK copies names and IDs from the image in the image's character set; the presentation
// state is written in UTF-8, so they are re-encoded.
void reencodeCopiedText(DcmItem& dataset, const QStringList& imageCharacterSet)
{
    if (imageCharacterSet.isEmpty() || imageCharacterSet == QStringList{u"ISO_IR 192"_s})
        return;
    for (unsigned long i = 0; i < dataset.card(); ++i) {
        DcmElement* element = dataset.getElement(i);
        const DcmEVR vr = element->ident();
        if (vr != EVR_PN && vr != EVR_LO && vr != EVR_SH && vr != EVR_ST && vr != EVR_LT &&
            vr != EVR_UT && vr != EVR_UC) {
            continue;
        }
        OFString raw;
        if (element->getOFStringArray(raw).good()) {
            const QByteArray bytes(raw.c_str(), qsizetype(raw.size()));
            element->putString(decodeDicomText(bytes, imageCharacterSet).toUtf8().constData());
        }
    }
}

} // namespace

Status writeGsps(const QString& imagePath, const QList<AnnotationLayer>& layers,
                 const QString& outPath)
{
    ensureDcmtkReady();
    auto image = std::make_unique<DcmFileFormat>();
    const OFCondition loaded = image->loadFile(QFile::encodeName(imagePath).constData());
    if (loaded.bad()) {
        return Error{QCoreApplication::translate("Gsps", "%1 cannot be read as a DICOM file (%2).")
                         .arg(imagePath, QString::fromLatin1(loaded.text()))};
    }
    DcmDataset& dataset = *image->getDataset();
    if (!dataset.tagExistsWithValue(DCM_PixelData)) {
        return Error{QCoreApplication::translate(
                         "Gsps", "%1 holds no image, so drawings cannot be attached to it.")
                         .arg(imagePath)};
    }
    const QStringList characterSet = dicomCharacterSet(dataset);
    const QString sopInstanceUid = dicomText(dataset, DCM_SOPInstanceUID);
    for (const AnnotationLayer& layer : layers) {
        if (!layer.target.isWholeSeries() && !layer.target.sopInstanceUid.isEmpty() &&
            layer.target.sopInstanceUid != sopInstanceUid) {
            return Error{
                QCoreApplication::translate("Gsps", "The drawings belong to another image than %1.")
                    .arg(imagePath)};
        }
    }

    DVPresentationState state;
    const QString notAnImage =
        QCoreApplication::translate("Gsps", "%1 is not an image DCMTK can present.").arg(imagePath);
    if (state.createFromImage(dataset, DVPSO_ignoreOverlays, DVPSV_preferVOIWindow).bad() ||
        state.attachImage(image.get(), OFTrue).bad()) {
        return Error{notAnImage};
    }
    static_cast<void>(image.release()); // the state owns it now
    unsigned long frames = 0;
    unsigned long columns = 0;
    unsigned long rows = 0;
    if (state.getImageNumberOfFrames(frames).bad() || state.getImageWidth(columns).bad() ||
        state.getImageHeight(rows).bad()) {
        return Error{notAnImage};
    }
    state.setPresentationLabel(kLayerName);
    state.setPresentationDescription("Kenshu drawings");
    if (state.addGraphicLayer(kLayerName, "Kenshu drawings").bad())
        return Error{QCoreApplication::translate("Gsps", "DCMTK refused a graphic layer.")};
    const size_t layerIndex = state.getGraphicLayerIndex(kLayerName);
    const QColor color = layerColor(layers);
    state.setGraphicLayerRecommendedDisplayValueRGB(layerIndex, Uint16(color.red()),
                                                    Uint16(color.green()), Uint16(color.blue()));
    state.setGraphicLayerRecommendedDisplayValueGray(layerIndex,
                                                     Uint16(qGray(color.rgb()) * 65535 / 255));

    const QSizeF imageSize{double(columns), double(rows)};
    GspsStylesByFrame styles;
    for (const AnnotationLayer& layer : layers) {
        DVPSObjectApplicability applicability = DVPSB_currentImage;
        int dicomFrame = 0;
        if (!layer.target.isWholeSeries()) {
            const int frame = *layer.target.frame;
            if (frame < 0 || static_cast<unsigned long>(frame) >= frames) {
                return Error{QCoreApplication::translate(
                                 "Gsps", "Frame %1 does not exist: %2 has %n frame(s).", nullptr,
                                 int(frames))
                                 .arg(frame + 1)
                                 .arg(imagePath)};
            }
            dicomFrame = frame + 1;
            if (state.selectImageFrameNumber(static_cast<unsigned long>(dicomFrame)).bad())
                return Error{notAnImage};
            applicability = DVPSB_currentFrame;
        }
        Status added =
            addItems(state, layerIndex, applicability, layer.items, imageSize, styles[dicomFrame]);
        if (!added)
            return added;
    }

    DcmFileFormat out;
    DcmDataset& presentation = *out.getDataset();
    if (state.write(presentation, OFTrue).bad()) {
        return Error{
            QCoreApplication::translate("Gsps", "DCMTK cannot write the presentation state.")};
    }
    reencodeCopiedText(presentation, characterSet);
    presentation.putAndInsertString(DCM_SpecificCharacterSet, "ISO_IR 192");
    addGspsLayerColor(presentation, kLayerName, color);
    if (!addGspsObjectStyles(presentation, styles)) {
        return Error{QCoreApplication::translate(
            "Gsps", "DCMTK wrote the drawings in an unexpected order; nothing was saved.")};
    }
    return saveDicomFileAtomically(out, outPath);
}

} // namespace kenshu
