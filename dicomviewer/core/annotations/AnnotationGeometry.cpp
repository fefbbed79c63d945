#include "AnnotationGeometry.h"

#include <QFontMetricsF>
#include <QLineF>
#include <algorithm>
#include <cmath>
#include <limits>

namespace kenshu {
namespace {

double distanceToSegment(const QPointF& point, const QPointF& a, const QPointF& b)
{
    const QPointF ab = b - a;
    const double lengthSquared = QPointF::dotProduct(ab, ab);
    const double t = lengthSquared == 0
                         ? 0
                         : std::clamp(QPointF::dotProduct(point - a, ab) / lengthSquared, 0.0, 1.0);
    return QLineF(point, a + t * ab).length();
}

double distanceToPolyline(const QPointF& point, const QList<QPointF>& points)
{
    if (points.size() == 1)
        return QLineF(point, points.front()).length();
    double best = std::numeric_limits<double>::max();
    for (qsizetype i = 1; i < points.size(); ++i)
        best = std::min(best, distanceToSegment(point, points[i - 1], points[i]));
    return best;
}

} // namespace

QPolygonF arrowHead(const AnnotationItem& arrow)
{
    const QLineF shaft(arrow.to, arrow.from);
    const double length = std::min(5.0 * arrow.width, 0.6 * shaft.length());
    QLineF left = QLineF::fromPolar(length, shaft.angle() + 28).translated(arrow.to);
    QLineF right = QLineF::fromPolar(length, shaft.angle() - 28).translated(arrow.to);
    return QPolygonF{left.p2(), arrow.to, right.p2()};
}

QFont annotationFont(double pixelSize)
{
    QFont font;
    font.setPixelSize(std::max(1, int(std::lround(pixelSize))));
    font.setWeight(QFont::DemiBold);
    return font;
}

QRectF textBounds(const AnnotationItem& text)
{
    const QFontMetricsF metrics(annotationFont(text.size));
    const QRectF box = metrics.boundingRect(QRectF(text.at, QSizeF(1e6, 1e6)),
                                            Qt::AlignLeft | Qt::AlignTop, text.text);
    return box.isEmpty() ? QRectF(text.at, QSizeF(text.size / 2, text.size)) : box;
}

QRectF itemBounds(const AnnotationItem& item)
{
    const double margin = item.width / 2;
    switch (item.kind) {
    case AnnotationItem::Kind::Arrow: {
        QPolygonF shape = arrowHead(item);
        shape << item.from;
        return shape.boundingRect().adjusted(-margin, -margin, margin, margin);
    }
    case AnnotationItem::Kind::Pen:
        return QPolygonF(item.points).boundingRect().adjusted(-margin, -margin, margin, margin);
    case AnnotationItem::Kind::Text:
        return textBounds(item);
    case AnnotationItem::Kind::Unknown:
        break;
    }
    return {};
}

double distanceToItem(const AnnotationItem& item, const QPointF& point)
{
    switch (item.kind) {
    case AnnotationItem::Kind::Arrow: {
        const QPolygonF head = arrowHead(item);
        return std::min({distanceToSegment(point, item.from, item.to),
                         distanceToSegment(point, head[0], head[1]),
                         distanceToSegment(point, head[1], head[2])});
    }
    case AnnotationItem::Kind::Pen:
        return distanceToPolyline(point, item.points);
    case AnnotationItem::Kind::Text: {
        const QRectF box = textBounds(item);
        const double dx = std::max({box.left() - point.x(), 0.0, point.x() - box.right()});
        const double dy = std::max({box.top() - point.y(), 0.0, point.y() - box.bottom()});
        return std::hypot(dx, dy);
    }
    case AnnotationItem::Kind::Unknown:
        break;
    }
    return std::numeric_limits<double>::max();
}

bool itemTouches(const AnnotationItem& item, const QPointF& point, double tolerance)
{
    const double reach =
        tolerance + (item.kind == AnnotationItem::Kind::Text ? 0.0 : item.width / 2);
    return distanceToItem(item, point) <= reach;
}

AnnotationItem translatedItem(AnnotationItem item, const QPointF& delta)
{
    item.from += delta;
    item.to += delta;
    item.at += delta;
    for (QPointF& point : item.points)
        point += delta;
    return item;
}

} // namespace kenshu
