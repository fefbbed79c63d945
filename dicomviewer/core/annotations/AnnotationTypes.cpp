#include "AnnotationTypes.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;

constexpr int kFormatVersion = 1;

// The fields each kind models; anything else in an item is kept in `extra`.
const QStringList& modelledFields(AnnotationItem::Kind kind)
{
    static const QStringList arrow{u"kind"_s, u"id"_s, u"from"_s, u"to"_s, u"color"_s, u"width"_s};
    static const QStringList pen{u"kind"_s, u"id"_s, u"points"_s, u"color"_s, u"width"_s};
    static const QStringList text{u"kind"_s, u"id"_s, u"at"_s, u"text"_s, u"color"_s, u"size"_s};
    static const QStringList none;
    switch (kind) {
    case AnnotationItem::Kind::Arrow:
        return arrow;
    case AnnotationItem::Kind::Pen:
        return pen;
    case AnnotationItem::Kind::Text:
        return text;
    case AnnotationItem::Kind::Unknown:
        break;
    }
    return none;
}

QJsonArray pointToJson(const QPointF& point)
{
    return QJsonArray{point.x(), point.y()};
}

std::optional<QPointF> pointFromJson(const QJsonValue& value)
{
    const QJsonArray array = value.toArray();
    if (array.size() != 2 || !array[0].isDouble() || !array[1].isDouble())
        return std::nullopt;
    const QPointF point(array[0].toDouble(), array[1].toDouble());
    if (!std::isfinite(point.x()) || !std::isfinite(point.y()))
        return std::nullopt;
    return point;
}

QJsonObject withoutModelled(const QJsonObject& object, const QStringList& fields)
{
    QJsonObject rest = object;
    for (const QString& field : fields)
        rest.remove(field);
    return rest;
}

} // namespace

bool AnnotationItem::operator==(const AnnotationItem& other) const
{
    return kind == other.kind && id == other.id && color == other.color && width == other.width &&
           from == other.from && to == other.to && points == other.points && at == other.at &&
           text == other.text && size == other.size && extra == other.extra;
}

QJsonObject annotationItemToJson(const AnnotationItem& item)
{
    QJsonObject object = item.extra;
    if (item.kind == AnnotationItem::Kind::Unknown)
        return object;
    object.insert(u"id"_s, item.id.toString(QUuid::WithoutBraces));
    object.insert(u"color"_s, item.color.name(QColor::HexRgb));
    switch (item.kind) {
    case AnnotationItem::Kind::Arrow:
        object.insert(u"kind"_s, u"arrow"_s);
        object.insert(u"from"_s, pointToJson(item.from));
        object.insert(u"to"_s, pointToJson(item.to));
        object.insert(u"width"_s, item.width);
        break;
    case AnnotationItem::Kind::Pen: {
        object.insert(u"kind"_s, u"pen"_s);
        QJsonArray points;
        for (const QPointF& point : item.points)
            points.append(pointToJson(point));
        object.insert(u"points"_s, points);
        object.insert(u"width"_s, item.width);
        break;
    }
    case AnnotationItem::Kind::Text:
        object.insert(u"kind"_s, u"text"_s);
        object.insert(u"at"_s, pointToJson(item.at));
        object.insert(u"text"_s, item.text);
        object.insert(u"size"_s, item.size);
        break;
    case AnnotationItem::Kind::Unknown:
        break;
    }
    return object;
}

AnnotationItem annotationItemFromJson(const QJsonObject& object)
{
    AnnotationItem item;
    item.kind = AnnotationItem::Kind::Unknown;
    item.extra = object;
    const QString kind = object.value(u"kind"_s).toString();
    const QColor color(object.value(u"color"_s).toString());
    const double width = object.value(u"width"_s).toDouble(3);
    const bool styleOk = color.isValid() && width > 0 && std::isfinite(width);
    AnnotationItem parsed;
    parsed.color = color;
    parsed.width = width;
    if (kind == "arrow"_L1) {
        const auto from = pointFromJson(object.value(u"from"_s));
        const auto to = pointFromJson(object.value(u"to"_s));
        if (!from || !to || !styleOk)
            return item;
        parsed.kind = AnnotationItem::Kind::Arrow;
        parsed.from = *from;
        parsed.to = *to;
    } else if (kind == "pen"_L1) {
        const QJsonArray array = object.value(u"points"_s).toArray();
        for (const QJsonValue& value : array) {
            const auto point = pointFromJson(value);
            if (!point)
                return item;
            parsed.points.append(*point);
        }
        if (parsed.points.isEmpty() || !styleOk)
            return item;
        parsed.kind = AnnotationItem::Kind::Pen;
    } else if (kind == "text"_L1) {
        const auto at = pointFromJson(object.value(u"at"_s));
        const double size = object.value(u"size"_s).toDouble(24);
        if (!at || !color.isValid() || !(size > 0) || !object.value(u"text"_s).isString())
            return item;
        parsed.kind = AnnotationItem::Kind::Text;
        parsed.at = *at;
        parsed.text = object.value(u"text"_s).toString();
        parsed.size = size;
    } else {
        return item;
    }
    parsed.id = QUuid::fromString(object.value(u"id"_s).toString());
    if (parsed.id.isNull())
        parsed.id = QUuid::createUuid();
    parsed.extra = withoutModelled(object, modelledFields(parsed.kind));
    return parsed;
}

QJsonObject annotationLayerToJson(const AnnotationLayer& layer)
{
    QJsonObject object = layer.extra;
    object.insert(u"version"_s, kFormatVersion);
    if (!layer.seriesInstanceUid.isEmpty())
        object.insert(u"seriesInstanceUid"_s, layer.seriesInstanceUid);
    if (!layer.target.sopInstanceUid.isEmpty() && !layer.target.isWholeSeries())
        object.insert(u"sopInstanceUid"_s, layer.target.sopInstanceUid);
    object.insert(u"frame"_s, layer.target.frame ? QJsonValue(*layer.target.frame) : QJsonValue());
    QJsonArray items;
    for (const AnnotationItem& item : layer.items)
        items.append(annotationItemToJson(item));
    object.insert(u"items"_s, items);
    return object;
}

Expected<AnnotationLayer> annotationLayerFromJson(const QJsonObject& object)
{
    const int version = object.value(u"version"_s).toInt(kFormatVersion);
    if (version > kFormatVersion) {
        return Error{QCoreApplication::translate(
                         "Annotations", "The drawings were saved by a newer Kenshu (format %1).")
                         .arg(version)};
    }
    if (!object.value(u"items"_s).isArray()) {
        return Error{QCoreApplication::translate("Annotations",
                                                 "This is not a drawing file (no \"items\").")};
    }
    AnnotationLayer layer;
    layer.seriesInstanceUid = object.value(u"seriesInstanceUid"_s).toString();
    layer.target.sopInstanceUid = object.value(u"sopInstanceUid"_s).toString();
    const QJsonValue frame = object.value(u"frame"_s);
    if (frame.isDouble() && frame.toInt(-1) >= 0)
        layer.target.frame = frame.toInt();
    const QJsonArray items = object.value(u"items"_s).toArray();
    for (const QJsonValue& value : items) {
        if (value.isObject())
            layer.items.append(annotationItemFromJson(value.toObject()));
    }
    layer.extra = withoutModelled(object, {u"version"_s, u"seriesInstanceUid"_s,
                                           u"sopInstanceUid"_s, u"frame"_s, u"items"_s});
    return layer;
}

Expected<AnnotationLayer> annotationLayerFromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{QCoreApplication::translate("Annotations", "Cannot read %1: %2")
                         .arg(path, file.errorString())};
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return Error{QCoreApplication::translate("Annotations", "%1 is not valid JSON: %2")
                         .arg(path, parseError.errorString())};
    }
    return annotationLayerFromJson(document.object());
}

} // namespace kenshu
