#pragma once

#include <QListWidget>

namespace kenshu {

// The files and folders chosen for an import; accepts drops from the file manager.
class PathListWidget final : public QListWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PathListWidget)

public:
    explicit PathListWidget(QWidget* parent = nullptr);

    QStringList paths() const;
    void addPaths(const QStringList& paths);
    void removeSelected();

signals:
    void pathsChanged();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
};

// Local file paths carried by a drag from the file manager (empty when there are none).
QStringList localPathsFromMime(const class QMimeData* mime);

} // namespace kenshu
