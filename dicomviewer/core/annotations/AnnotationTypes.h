#pragma once

#include "Expected.h"

#include <QColor>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QPointF>
#include <QString>
#include <QUuid>
#include <optional>

namespace kenshu {

// One drawing on an image, in image pixel coordinates (x = column, y = row, pixel centres at
// .5). Kinds Kenshu does not know are kept as read and written back unchanged.
struct AnnotationItem
{
    enum class Kind { Arrow, Pen, Text, Unknown };

    Kind kind = Kind::Arrow;
    QUuid id;
    QColor color = QColor(0xff, 0xd4, 0x00);
    double width = 3;      // line width in image pixels (arrow, pen)
    QPointF from;          // arrow tail
    QPointF to;            // arrow head
    QList<QPointF> points; // pen stroke
    QPointF at;            // text: top left of the first line
    QString text;
    double size = 24;  // text size in image pixels
    QJsonObject extra; // what was read and is not modelled: written back as it came

    bool operator==(const AnnotationItem& other) const;
    bool operator!=(const AnnotationItem& other) const { return !(*this == other); }
};

// Where a layer of drawings applies: one frame of one instance, or the whole series.
struct AnnotationTarget
{
    QString sopInstanceUid;
    std::optional<int> frame; // 0-based within the instance; none = every frame of the series

    bool isWholeSeries() const { return !frame.has_value(); }
    bool operator==(const AnnotationTarget& other) const
    {
        return frame == other.frame && (isWholeSeries() || sopInstanceUid == other.sopInstanceUid);
    }
};

// The drawings of one target; the unit of storage and sync (JSON version 1).
struct AnnotationLayer
{
    QString seriesInstanceUid;
    AnnotationTarget target;
    QList<AnnotationItem> items;
    QJsonObject extra;
};

QJsonObject annotationItemToJson(const AnnotationItem& item);
AnnotationItem annotationItemFromJson(const QJsonObject& object);

QJsonObject annotationLayerToJson(const AnnotationLayer& layer);
// Fails with a message when the JSON is not an annotation layer (no items array, a newer
// major version); unknown kinds and fields are kept, items with broken geometry are skipped.
Expected<AnnotationLayer> annotationLayerFromJson(const QJsonObject& object);
Expected<AnnotationLayer> annotationLayerFromFile(const QString& path);

} // namespace kenshu

Q_DECLARE_METATYPE(kenshu::AnnotationTarget)
Q_DECLARE_METATYPE(kenshu::AnnotationLayer)
