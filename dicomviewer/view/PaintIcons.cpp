#include "PaintIcons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace kenshu {
namespace {

constexpr int kSize = 48; // drawn at 2x and scaled down by the style

void drawTool(QPainter& painter, AnnotationToolKind kind)
{
    switch (kind) {
    case AnnotationToolKind::Select: {
        const QPolygonF pointer{{14, 8},  {14, 38}, {21, 31}, {27, 42},
                                {32, 40}, {26, 29}, {36, 29}};
        painter.drawPolygon(pointer);
        break;
    }
    case AnnotationToolKind::Arrow:
        painter.drawLine(QPointF(10, 38), QPointF(36, 12));
        painter.drawPolyline(QPolygonF{{22, 12}, {36, 12}, {36, 26}});
        break;
    case AnnotationToolKind::Pen: {
        QPainterPath stroke(QPointF(8, 34));
        stroke.cubicTo(QPointF(16, 10), QPointF(24, 44), QPointF(40, 14));
        painter.drawPath(stroke);
        break;
    }
    case AnnotationToolKind::Text: {
        QFont font = painter.font();
        font.setPixelSize(34);
        font.setBold(true);
        painter.setFont(font);
        painter.drawText(QRectF(0, 0, kSize, kSize), Qt::AlignCenter, QStringLiteral("T"));
        break;
    }
    case AnnotationToolKind::Eraser: {
        painter.save();
        painter.translate(24, 24);
        painter.rotate(-40);
        painter.drawRoundedRect(QRectF(-16, -9, 32, 18), 3, 3);
        painter.drawLine(QPointF(-4, -9), QPointF(-4, 9));
        painter.restore();
        break;
    }
    }
}

} // namespace

QIcon paintToolIcon(AnnotationToolKind kind, const QColor& ink)
{
    QPixmap pixmap(kSize, kSize);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(ink, 3.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    drawTool(painter, kind);
    painter.end();
    return QIcon(pixmap);
}

QIcon colourSwatchIcon(const QColor& colour)
{
    QPixmap pixmap(kSize, kSize);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0, 0, 0, 120), 2));
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(8, 8, 32, 32));
    painter.end();
    return QIcon(pixmap);
}

} // namespace kenshu
