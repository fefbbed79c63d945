#include "PathListWidget.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QFileIconProvider>
#include <QFileInfo>
#include <QMimeData>

namespace kenshu {

QStringList localPathsFromMime(const QMimeData* mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

PathListWidget::PathListWidget(QWidget* parent) : QListWidget(parent)
{
    setAcceptDrops(true);
    setDragDropMode(QAbstractItemView::DropOnly);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
}

QStringList PathListWidget::paths() const
{
    QStringList result;
    for (int row = 0; row < count(); ++row)
        result.append(item(row)->data(Qt::UserRole).toString());
    return result;
}

void PathListWidget::addPaths(const QStringList& paths)
{
    static const QFileIconProvider icons;
    const QStringList existing = this->paths();
    for (const QString& path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (existing.contains(absolute))
            continue;
        auto* entry = new QListWidgetItem(icons.icon(QFileInfo(absolute)),
                                          QDir::toNativeSeparators(absolute), this);
        entry->setData(Qt::UserRole, absolute);
    }
    emit pathsChanged();
}

void PathListWidget::removeSelected()
{
    qDeleteAll(selectedItems());
    emit pathsChanged();
}

void PathListWidget::dragEnterEvent(QDragEnterEvent* event)
{
    if (!localPathsFromMime(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void PathListWidget::dragMoveEvent(QDragMoveEvent* event)
{
    if (!localPathsFromMime(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void PathListWidget::dropEvent(QDropEvent* event)
{
    const QStringList paths = localPathsFromMime(event->mimeData());
    if (paths.isEmpty())
        return;
    addPaths(paths);
    event->acceptProposedAction();
}

} // namespace kenshu
