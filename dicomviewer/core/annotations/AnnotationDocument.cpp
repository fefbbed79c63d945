#include "AnnotationDocument.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <algorithm>

namespace kenshu {
namespace {

// Swaps a layer's items between two states. Layers are small, so whole lists are kept.
class LayerEditCommand final : public QUndoCommand
{
public:
    LayerEditCommand(AnnotationDocument& document, AnnotationTarget target,
                     QList<AnnotationItem> before, QList<AnnotationItem> after, const QString& text,
                     QUndoCommand* parent = nullptr)
        : QUndoCommand(text, parent), m_document(document), m_target(std::move(target)),
          m_before(std::move(before)), m_after(std::move(after))
    {
    }

    void redo() override { m_document.setLayerItems(m_target, m_after); }
    void undo() override { m_document.setLayerItems(m_target, m_before); }

private:
    AnnotationDocument& m_document;
    AnnotationTarget m_target;
    QList<AnnotationItem> m_before;
    QList<AnnotationItem> m_after;
};

qsizetype indexOfItem(const QList<AnnotationItem>& items, const QUuid& id)
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items[i].id == id)
            return i;
    }
    return -1;
}

} // namespace

AnnotationDocument::AnnotationDocument(QString seriesInstanceUid, QObject* parent)
    : QObject(parent), m_seriesInstanceUid(std::move(seriesInstanceUid))
{
}

AnnotationDocument::~AnnotationDocument() = default;

void AnnotationDocument::load(const QList<AnnotationLayer>& layers)
{
    m_undoStack.clear();
    m_layers = layers;
    for (AnnotationLayer& layer : m_layers)
        layer.seriesInstanceUid = m_seriesInstanceUid;
    emit layersReset();
}

AnnotationLayer AnnotationDocument::layer(const AnnotationTarget& target) const
{
    for (const AnnotationLayer& layer : m_layers) {
        if (layer.target == target)
            return layer;
    }
    AnnotationLayer empty;
    empty.seriesInstanceUid = m_seriesInstanceUid;
    empty.target = target;
    if (target.isWholeSeries())
        empty.target.sopInstanceUid.clear();
    return empty;
}

QList<AnnotationItem> AnnotationDocument::itemsShownOn(const AnnotationTarget& frame) const
{
    QList<AnnotationItem> items = layer(frame).items;
    if (!frame.isWholeSeries())
        items += layer(AnnotationTarget{}).items;
    return items;
}

std::optional<AnnotationTarget> AnnotationDocument::targetOf(const QUuid& itemId) const
{
    for (const AnnotationLayer& layer : m_layers) {
        if (indexOfItem(layer.items, itemId) >= 0)
            return layer.target;
    }
    return std::nullopt;
}

std::optional<AnnotationItem> AnnotationDocument::item(const QUuid& itemId) const
{
    for (const AnnotationLayer& layer : m_layers) {
        const qsizetype index = indexOfItem(layer.items, itemId);
        if (index >= 0)
            return layer.items[index];
    }
    return std::nullopt;
}

void AnnotationDocument::addItem(const AnnotationTarget& target, const AnnotationItem& item)
{
    QList<AnnotationItem> items = layer(target).items;
    items.append(item);
    const QString text = [&] {
        switch (item.kind) {
        case AnnotationItem::Kind::Arrow:
            return QCoreApplication::translate("Annotations", "Draw arrow");
        case AnnotationItem::Kind::Pen:
            return QCoreApplication::translate("Annotations", "Draw with pen");
        case AnnotationItem::Kind::Text:
            return QCoreApplication::translate("Annotations", "Add text");
        case AnnotationItem::Kind::Unknown:
            break;
        }
        return QCoreApplication::translate("Annotations", "Add drawing");
    }();
    pushEdit(target, items, text);
}

void AnnotationDocument::changeItem(const AnnotationItem& changed, const QString& actionText)
{
    const std::optional<AnnotationTarget> target = targetOf(changed.id);
    if (!target)
        return;
    QList<AnnotationItem> items = layer(*target).items;
    const qsizetype index = indexOfItem(items, changed.id);
    if (items[index] == changed)
        return;
    items[index] = changed;
    pushEdit(*target, items, actionText);
}

void AnnotationDocument::removeItem(const QUuid& itemId, const QString& actionText)
{
    const std::optional<AnnotationTarget> target = targetOf(itemId);
    if (!target)
        return;
    QList<AnnotationItem> items = layer(*target).items;
    items.removeAt(indexOfItem(items, itemId));
    pushEdit(*target, items, actionText);
}

void AnnotationDocument::clearShownOn(const AnnotationTarget& frame)
{
    const bool frameHas = !layer(frame).items.isEmpty();
    const bool seriesHas = !frame.isWholeSeries() && !layer(AnnotationTarget{}).items.isEmpty();
    if (!frameHas && !seriesHas)
        return;
    m_undoStack.beginMacro(QCoreApplication::translate("Annotations", "Clear drawings"));
    if (frameHas)
        pushEdit(frame, {}, {});
    if (seriesHas)
        pushEdit(AnnotationTarget{}, {}, {});
    m_undoStack.endMacro();
}

void AnnotationDocument::setLayerItems(const AnnotationTarget& target,
                                       const QList<AnnotationItem>& items)
{
    auto found = std::find_if(m_layers.begin(), m_layers.end(),
                              [&](const AnnotationLayer& layer) { return layer.target == target; });
    if (found == m_layers.end()) {
        m_layers.append(layer(target));
        found = m_layers.end() - 1;
    }
    found->items = items;
    emit layerChanged(found->target);
}

void AnnotationDocument::pushEdit(const AnnotationTarget& target,
                                  const QList<AnnotationItem>& after, const QString& actionText)
{
    m_undoStack.push(new LayerEditCommand(*this, target, layer(target).items, after, actionText));
}

} // namespace kenshu
