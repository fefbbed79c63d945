#include "AnnotationLayerId.h"

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;

// Namespace of the name-based ids of annotation layer records.
const QUuid kLayerNamespace(u"6f1c2d9e-4b7a-4f3e-9a51-0c8e2b7d4a10"_s);

} // namespace

QUuid annotationLayerId(const QString& seriesInstanceUid, const QString& sopInstanceUid,
                        std::optional<int> frame)
{
    const QString place = frame ? sopInstanceUid + u'|' + QString::number(*frame) : u"series"_s;
    return QUuid::createUuidV5(kLayerNamespace, seriesInstanceUid + u'|' + place);
}

QUuid annotationLayerId(const QJsonObject& layerData)
{
    const QJsonValue frame = layerData.value(u"frame"_s);
    const std::optional<int> frameNumber =
        frame.isDouble() && frame.toInt(-1) >= 0 ? std::optional<int>(frame.toInt()) : std::nullopt;
    return annotationLayerId(layerData.value(u"seriesInstanceUid"_s).toString(),
                             layerData.value(u"sopInstanceUid"_s).toString(), frameNumber);
}

} // namespace kenshu
