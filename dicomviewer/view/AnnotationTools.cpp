// The drawing tools: small state machines behind the AnnotationTool interface.
#include "AnnotationGeometry.h"
#include "AnnotationTool.h"

#include <QCoreApplication>
#include <QLineF>
#include <algorithm>
#include <cmath>

namespace kenshu {
namespace {

AnnotationItem styledItem(AnnotationItem::Kind kind, const AnnotationCanvas& canvas)
{
    const AnnotationStyle& style = canvas.style();
    const double scale = canvas.imagePixelsPerViewPixel();
    AnnotationItem item;
    item.kind = kind;
    item.id = QUuid::createUuid();
    item.color = style.color;
    item.width = style.width * scale;
    item.size = style.textSize * scale;
    return item;
}

class ArrowTool final : public AnnotationTool
{
public:
    void press(AnnotationCanvas& canvas, const QPointF& at) override
    {
        m_arrow = styledItem(AnnotationItem::Kind::Arrow, canvas);
        m_arrow->from = at;
        m_arrow->to = at;
    }
    void move(AnnotationCanvas&, const QPointF& at) override
    {
        if (m_arrow)
            m_arrow->to = at;
    }
    void release(AnnotationCanvas& canvas, const QPointF& at) override
    {
        if (!m_arrow)
            return;
        m_arrow->to = at;
        // A click without a drag is not an arrow.
        if (QLineF(m_arrow->from, m_arrow->to).length() > 2 * canvas.hitTolerance())
            canvas.document().addItem(canvas.drawTarget(), *m_arrow);
        m_arrow.reset();
    }
    void cancel(AnnotationCanvas&) override { m_arrow.reset(); }
    std::optional<AnnotationItem> preview() const override { return m_arrow; }

private:
    std::optional<AnnotationItem> m_arrow;
};

class PenTool final : public AnnotationTool
{
public:
    void press(AnnotationCanvas& canvas, const QPointF& at) override
    {
        m_stroke = styledItem(AnnotationItem::Kind::Pen, canvas);
        m_stroke->points = {at};
    }
    void move(AnnotationCanvas& canvas, const QPointF& at) override
    {
        // Points closer than a screen pixel add size, not shape.
        if (m_stroke && QLineF(m_stroke->points.back(), at).length() >= canvas.hitTolerance() / 4)
            m_stroke->points.append(at);
    }
    void release(AnnotationCanvas& canvas, const QPointF& at) override
    {
        if (!m_stroke)
            return;
        if (m_stroke->points.back() != at)
            m_stroke->points.append(at);
        canvas.document().addItem(canvas.drawTarget(), *m_stroke);
        m_stroke.reset();
    }
    void cancel(AnnotationCanvas&) override { m_stroke.reset(); }
    std::optional<AnnotationItem> preview() const override { return m_stroke; }

private:
    std::optional<AnnotationItem> m_stroke;
};

class TextTool final : public AnnotationTool
{
public:
    void press(AnnotationCanvas&, const QPointF&) override {}
    void move(AnnotationCanvas&, const QPointF&) override {}
    void release(AnnotationCanvas& canvas, const QPointF& at) override
    {
        // Clicking an existing text edits it; elsewhere a new label starts.
        if (const auto hit = itemAt(canvas, at); hit && hit->kind == AnnotationItem::Kind::Text) {
            editExisting(canvas, *hit);
            return;
        }
        AnnotationItem label = styledItem(AnnotationItem::Kind::Text, canvas);
        label.at = at;
        const AnnotationTarget target = canvas.drawTarget();
        canvas.editText(at, {}, [&canvas, label, target](const QString& text) mutable {
            if (text.trimmed().isEmpty())
                return;
            label.text = text;
            canvas.document().addItem(target, label);
        });
    }

    static void editExisting(AnnotationCanvas& canvas, const AnnotationItem& item)
    {
        canvas.select(item.id);
        canvas.editText(item.at, item.text, [&canvas, item](const QString& text) {
            AnnotationItem changed = item;
            changed.text = text;
            if (text.trimmed().isEmpty())
                canvas.document().removeItem(
                    item.id, QCoreApplication::translate("Annotations", "Delete drawing"));
            else
                canvas.document().changeItem(
                    changed, QCoreApplication::translate("Annotations", "Edit text"));
        });
    }
};

class EraserTool final : public AnnotationTool
{
public:
    void press(AnnotationCanvas& canvas, const QPointF& at) override
    {
        m_erasing = true;
        m_last = at;
        eraseAt(canvas, at);
    }
    void move(AnnotationCanvas& canvas, const QPointF& at) override
    {
        if (m_erasing)
            eraseAlong(canvas, at);
    }
    void release(AnnotationCanvas& canvas, const QPointF& at) override
    {
        if (!m_erasing)
            return;
        eraseAlong(canvas, at);
        cancel(canvas);
    }
    void cancel(AnnotationCanvas& canvas) override
    {
        if (m_macroOpen)
            canvas.document().undoStack()->endMacro();
        m_macroOpen = false;
        m_erasing = false;
    }

private:
    // A fast stroke reports few positions: everything on the way between them is touched.
    void eraseAlong(AnnotationCanvas& canvas, const QPointF& to)
    {
        const double step = std::max(canvas.hitTolerance() / 2, 0.25);
        const int samples = std::max(1, int(std::ceil(QLineF(m_last, to).length() / step)));
        for (int i = 1; i <= samples; ++i)
            eraseAt(canvas, m_last + (to - m_last) * (double(i) / samples));
        m_last = to;
    }

    // Whole items go, as in the web system's eraser: strokes are not cut. One pass of the
    // eraser is one undo step, opened only once it removes something.
    void eraseAt(AnnotationCanvas& canvas, const QPointF& at)
    {
        while (const auto hit = itemAt(canvas, at)) {
            if (!m_macroOpen) {
                canvas.document().undoStack()->beginMacro(
                    QCoreApplication::translate("Annotations", "Erase"));
                m_macroOpen = true;
            }
            canvas.document().removeItem(hit->id,
                                         QCoreApplication::translate("Annotations", "Erase"));
        }
    }

    bool m_erasing = false;
    bool m_macroOpen = false;
    QPointF m_last;
};

class SelectTool final : public AnnotationTool
{
public:
    void press(AnnotationCanvas& canvas, const QPointF& at) override
    {
        const auto hit = itemAt(canvas, at);
        canvas.select(hit ? hit->id : QUuid());
        m_grabbed = hit;
        m_start = at;
        m_moved.reset();
    }
    void move(AnnotationCanvas&, const QPointF& at) override
    {
        if (m_grabbed)
            m_moved = translatedItem(*m_grabbed, at - m_start);
    }
    void release(AnnotationCanvas& canvas, const QPointF& at) override
    {
        if (m_grabbed && at != m_start) {
            canvas.document().changeItem(translatedItem(*m_grabbed, at - m_start),
                                         QCoreApplication::translate("Annotations", "Move"));
        }
        m_grabbed.reset();
        m_moved.reset();
    }
    void doubleClick(AnnotationCanvas& canvas, const QPointF& at) override
    {
        if (const auto hit = itemAt(canvas, at); hit && hit->kind == AnnotationItem::Kind::Text)
            TextTool::editExisting(canvas, *hit);
    }
    void cancel(AnnotationCanvas&) override
    {
        m_grabbed.reset();
        m_moved.reset();
    }
    std::optional<AnnotationItem> preview() const override { return m_moved; }
    QUuid hiddenItem() const override { return m_moved ? m_moved->id : QUuid(); }

private:
    std::optional<AnnotationItem> m_grabbed;
    std::optional<AnnotationItem> m_moved;
    QPointF m_start;
};

} // namespace

void AnnotationTool::doubleClick(AnnotationCanvas&, const QPointF&) {}
void AnnotationTool::cancel(AnnotationCanvas&) {}
std::optional<AnnotationItem> AnnotationTool::preview() const
{
    return std::nullopt;
}
QUuid AnnotationTool::hiddenItem() const
{
    return {};
}

std::unique_ptr<AnnotationTool> makeAnnotationTool(AnnotationToolKind kind)
{
    switch (kind) {
    case AnnotationToolKind::Select:
        return std::make_unique<SelectTool>();
    case AnnotationToolKind::Arrow:
        return std::make_unique<ArrowTool>();
    case AnnotationToolKind::Pen:
        return std::make_unique<PenTool>();
    case AnnotationToolKind::Text:
        return std::make_unique<TextTool>();
    case AnnotationToolKind::Eraser:
        return std::make_unique<EraserTool>();
    }
    return std::make_unique<SelectTool>();
}

std::optional<AnnotationItem> itemAt(AnnotationCanvas& canvas, const QPointF& at)
{
    const QList<AnnotationItem> items = canvas.document().itemsShownOn(canvas.shownTarget());
    for (auto it = items.crbegin(); it != items.crend(); ++it) {
        if (it->kind != AnnotationItem::Kind::Unknown &&
            itemTouches(*it, at, canvas.hitTolerance()))
            return *it;
    }
    return std::nullopt;
}

} // namespace kenshu
