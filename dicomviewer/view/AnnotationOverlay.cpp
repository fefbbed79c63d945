#include "AnnotationOverlay.h"

#include "AnnotationPainter.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>
#include <cmath>

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;

constexpr double kReachInViewPixels = 6;

// A one-line editor over the image: Enter or leaving it keeps the text, Escape drops it.
class InlineTextEditor final : public QLineEdit
{
public:
    // `closed` runs once, with whether to keep the text.
    InlineTextEditor(QWidget* parent, std::function<void(bool, const QString&)> closed)
        : QLineEdit(parent), m_closed(std::move(closed))
    {
        setObjectName(u"annotationTextEditor"_s);
        connect(this, &QLineEdit::editingFinished, this, [this] { finish(true); });
    }

protected:
    void keyPressEvent(QKeyEvent* event) override
    {
        if (event->key() == Qt::Key_Escape) {
            finish(false);
            return;
        }
        QLineEdit::keyPressEvent(event);
    }

private:
    void finish(bool keep)
    {
        if (m_finished)
            return;
        m_finished = true;
        hide();
        deleteLater();
        m_closed(keep, text());
    }

    std::function<void(bool, const QString&)> m_closed;
    bool m_finished = false;
};

} // namespace

AnnotationOverlay::AnnotationOverlay(QWidget* view)
    : QObject(view), m_view(view), m_tool(makeAnnotationTool(m_toolKind))
{
}

AnnotationOverlay::~AnnotationOverlay()
{
    delete m_textEditor; // its callback refers to this overlay
}

void AnnotationOverlay::setDocument(AnnotationDocument* document)
{
    cancelGesture();
    delete m_textEditor;
    m_textEditor = nullptr;
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_selection = {};
    if (m_document) {
        connect(m_document, &QObject::destroyed, this, [this] {
            m_document = nullptr;
            emit changed();
        });
        connect(m_document, &AnnotationDocument::layerChanged, this, &AnnotationOverlay::changed);
        connect(m_document, &AnnotationDocument::layersReset, this, &AnnotationOverlay::changed);
    }
    emit changed();
}

void AnnotationOverlay::setShownTarget(const AnnotationTarget& frame)
{
    if (frame == m_shown)
        return;
    cancelGesture();
    m_shown = frame;
    emit changed();
}

void AnnotationOverlay::setPaintMode(bool on)
{
    if (on == m_paintMode)
        return;
    cancelGesture();
    m_paintMode = on;
    if (!on)
        select({});
    emit paintModeChanged(on);
    emit changed();
}

void AnnotationOverlay::setTool(AnnotationToolKind kind)
{
    cancelGesture();
    m_toolKind = kind;
    m_tool = makeAnnotationTool(kind);
    if (kind != AnnotationToolKind::Select)
        select({});
    setPaintMode(true);
    emit toolChanged(kind);
}

void AnnotationOverlay::setDrawsOnWholeSeries(bool wholeSeries)
{
    m_wholeSeries = wholeSeries;
}

void AnnotationOverlay::setColor(const QColor& color)
{
    m_style.color = color;
    if (!m_document)
        return;
    if (auto selected = m_document->item(m_selection)) {
        selected->color = color;
        m_document->changeItem(*selected,
                               QCoreApplication::translate("Annotations", "Change colour"));
    }
}

void AnnotationOverlay::setLineWidth(double width)
{
    m_style.width = width;
    if (!m_document)
        return;
    if (auto selected = m_document->item(m_selection);
        selected && selected->kind != AnnotationItem::Kind::Text) {
        selected->width = width * imagePixelsPerViewPixel();
        m_document->changeItem(*selected,
                               QCoreApplication::translate("Annotations", "Change line width"));
    }
}

void AnnotationOverlay::deleteSelection()
{
    if (!m_document || m_selection.isNull())
        return;
    m_document->removeItem(m_selection,
                           QCoreApplication::translate("Annotations", "Delete drawing"));
    select({});
}

void AnnotationOverlay::clearShown()
{
    if (!m_document)
        return;
    cancelGesture();
    m_document->clearShownOn(m_shown);
    select({});
}

bool AnnotationOverlay::press(const QPointF& viewPos)
{
    if (!m_paintMode || !m_document)
        return false;
    m_pressed = true;
    m_tool->press(*this, toImage(viewPos));
    emit changed();
    return true;
}

bool AnnotationOverlay::move(const QPointF& viewPos)
{
    if (!m_paintMode || !m_document || !m_pressed)
        return false;
    m_tool->move(*this, toImage(viewPos));
    emit changed();
    return true;
}

bool AnnotationOverlay::release(const QPointF& viewPos)
{
    if (!m_paintMode || !m_document || !m_pressed)
        return false;
    m_pressed = false;
    m_tool->release(*this, toImage(viewPos));
    emit changed();
    return true;
}

bool AnnotationOverlay::doubleClick(const QPointF& viewPos)
{
    if (!m_paintMode || !m_document)
        return false;
    m_tool->doubleClick(*this, toImage(viewPos));
    return true;
}

void AnnotationOverlay::cancelGesture()
{
    if (m_tool && m_document)
        m_tool->cancel(*this);
    m_pressed = false;
}

QList<AnnotationItem> AnnotationOverlay::shownItems() const
{
    if (!m_document)
        return {};
    QList<AnnotationItem> items = m_document->itemsShownOn(m_shown);
    const QUuid hidden = m_tool->hiddenItem();
    if (!hidden.isNull())
        items.removeIf([&](const AnnotationItem& item) { return item.id == hidden; });
    if (const std::optional<AnnotationItem> preview = m_tool->preview())
        items.append(*preview);
    return items;
}

void AnnotationOverlay::setPinnedLayer(const std::optional<AnnotationLayer>& layer)
{
    m_pinned = layer;
    emit changed();
}

QList<AnnotationItem> AnnotationOverlay::pinnedItemsShown() const
{
    if (!m_pinned)
        return {};
    const AnnotationTarget& target = m_pinned->target;
    const bool onThisFrame = !target.isWholeSeries() && target == m_shown;
    return onThisFrame ? m_pinned->items : QList<AnnotationItem>();
}

void AnnotationOverlay::paint(QPainter& painter) const
{
    paintAnnotationItems(painter, pinnedItemsShown());
    const QList<AnnotationItem> items = shownItems();
    paintAnnotationItems(painter, items);
    if (m_selection.isNull())
        return;
    for (const AnnotationItem& item : items) {
        if (item.id == m_selection)
            paintSelectionMarker(painter, item, viewScale());
    }
}

AnnotationTarget AnnotationOverlay::drawTarget() const
{
    return m_wholeSeries ? AnnotationTarget{} : m_shown;
}

double AnnotationOverlay::hitTolerance() const
{
    return kReachInViewPixels / viewScale();
}

void AnnotationOverlay::select(const QUuid& itemId)
{
    if (itemId == m_selection)
        return;
    m_selection = itemId;
    emit selectionChanged(itemId);
    emit changed();
}

void AnnotationOverlay::editText(const QPointF& at, const QString& initial,
                                 std::function<void(const QString&)> done)
{
    delete m_textEditor;
    auto* editor = new InlineTextEditor(m_view, [this, done](bool keep, const QString& text) {
        m_textEditor = nullptr;
        if (keep && m_document)
            done(text);
        m_view->setFocus();
    });
    m_textEditor = editor;
    editor->setText(initial);
    editor->setMinimumWidth(240);
    editor->adjustSize();
    editor->move(m_imageToView.map(at).toPoint());
    editor->show();
    editor->setFocus();
    editor->selectAll();
}

QPointF AnnotationOverlay::toImage(const QPointF& viewPos) const
{
    return m_imageToView.inverted().map(viewPos);
}

double AnnotationOverlay::viewScale() const
{
    // Rotation and flips keep lengths; the determinant's root is the zoom.
    return std::max(std::sqrt(std::abs(m_imageToView.determinant())), 1e-6);
}

} // namespace kenshu
