#pragma once

#include "AnnotationTypes.h"

#include <QObject>
#include <QUndoStack>
#include <optional>

namespace kenshu {

// The drawings on one series: a layer per frame that has any, plus one for the whole series.
// Every change goes through the undo stack, one command per layer touched (grouped into one
// undo step where a gesture touches several), and is announced with layerChanged() so it can
// be saved at once.
class AnnotationDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationDocument)

public:
    explicit AnnotationDocument(QString seriesInstanceUid, QObject* parent = nullptr);
    ~AnnotationDocument() override;

    QString seriesInstanceUid() const { return m_seriesInstanceUid; }
    QUndoStack* undoStack() { return &m_undoStack; }

    // Replaces all layers (as loaded from the store) without an undo step; emits layersReset().
    void load(const QList<AnnotationLayer>& layers);
    const QList<AnnotationLayer>& layers() const { return m_layers; }
    AnnotationLayer layer(const AnnotationTarget& target) const;
    // What a frame shows: its own drawings, then those of the whole series.
    QList<AnnotationItem> itemsShownOn(const AnnotationTarget& frame) const;
    std::optional<AnnotationTarget> targetOf(const QUuid& itemId) const;
    std::optional<AnnotationItem> item(const QUuid& itemId) const;

    void addItem(const AnnotationTarget& target, const AnnotationItem& item);
    // Replaces the item with the same id (moved, recoloured, text edited).
    void changeItem(const AnnotationItem& changed, const QString& actionText);
    void removeItem(const QUuid& itemId, const QString& actionText);
    // Removes everything a frame shows (its own and the series' drawings) in one step.
    void clearShownOn(const AnnotationTarget& frame);

    // Applied by the undo commands; not for direct use.
    void setLayerItems(const AnnotationTarget& target, const QList<AnnotationItem>& items);

signals:
    void layerChanged(const kenshu::AnnotationTarget& target); // an edit, undo or redo
    void layersReset();

private:
    void pushEdit(const AnnotationTarget& target, const QList<AnnotationItem>& after,
                  const QString& actionText);

    QString m_seriesInstanceUid;
    QList<AnnotationLayer> m_layers;
    QUndoStack m_undoStack;
};

} // namespace kenshu
