#include "AnnotationPainter.h"

#include "AnnotationGeometry.h"

#include <QPainter>
#include <QPainterPath>

namespace kenshu {
namespace {

QPen strokePen(const AnnotationItem& item)
{
    QPen pen(item.color, item.width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    return pen;
}

void paintText(QPainter& painter, const AnnotationItem& item)
{
    // A dark outline keeps light text legible on bright contrast and dark background alike.
    const QFont font = annotationFont(item.size);
    QPainterPath path;
    const QStringList lines = item.text.split(u'\n');
    const QFontMetricsF metrics(font);
    double baseline = item.at.y() + metrics.ascent();
    for (const QString& line : lines) {
        path.addText(QPointF(item.at.x(), baseline), font, line);
        baseline += metrics.lineSpacing();
    }
    painter.setPen(QPen(QColor(0, 0, 0, 200), std::max(1.0, item.size / 10), Qt::SolidLine,
                        Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    painter.setPen(Qt::NoPen);
    painter.setBrush(item.color);
    painter.drawPath(path);
}

} // namespace

void paintAnnotationItems(QPainter& painter, const QList<AnnotationItem>& items)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    for (const AnnotationItem& item : items) {
        switch (item.kind) {
        case AnnotationItem::Kind::Arrow:
            painter.setPen(strokePen(item));
            painter.setBrush(Qt::NoBrush);
            painter.drawLine(item.from, item.to);
            painter.drawPolyline(arrowHead(item));
            break;
        case AnnotationItem::Kind::Pen:
            painter.setPen(strokePen(item));
            painter.setBrush(Qt::NoBrush);
            if (item.points.size() == 1)
                painter.drawPoint(item.points.front());
            else
                painter.drawPolyline(QPolygonF(item.points));
            break;
        case AnnotationItem::Kind::Text:
            paintText(painter, item);
            break;
        case AnnotationItem::Kind::Unknown:
            break;
        }
    }
    painter.restore();
}

void paintSelectionMarker(QPainter& painter, const AnnotationItem& item, double deviceScale)
{
    const double pad = 4 / std::max(deviceScale, 1e-6);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    QPen pen(QColor(0x4d, 0xa3, 0xff), 1.5 / std::max(deviceScale, 1e-6), Qt::DashLine);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(itemBounds(item).adjusted(-pad, -pad, pad, pad));
    painter.restore();
}

QImage renderSnapshot(const QImage& frame, const QList<AnnotationItem>& items)
{
    QImage snapshot = frame.convertToFormat(QImage::Format_RGB32);
    QPainter painter(&snapshot);
    paintAnnotationItems(painter, items);
    painter.end();
    return snapshot;
}

} // namespace kenshu
