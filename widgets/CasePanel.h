#pragma once

#include "LibraryTypes.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTreeView;

namespace kenshu {

class CaseContentModel;

// The selected case: title, note, its studies with series thumbnails, and its PDFs.
class CasePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CasePanel)

public:
    explicit CasePanel(QWidget* parent = nullptr);

    void showCase(const CaseEntry& entry, const QHash<QString, QImage>& thumbnails);
    void showNothing();
    QUuid caseId() const { return m_caseId; }
    const CaseEntry& currentCase() const { return m_case; }
    const QHash<QString, QImage>& thumbnails() const { return m_thumbnails; }
    CaseContentModel* contentModel() const { return m_model; }

signals:
    // A series (or a study: its first series) was double-clicked or Enter was pressed on it.
    void seriesActivated(const QString& seriesInstanceUid);
    void newReportRequested();
    // A PDF was double-clicked or Enter was pressed on it.
    void documentActivated(const QUuid& documentId);

private:
    QUuid m_caseId;
    CaseEntry m_case;
    QHash<QString, QImage> m_thumbnails;
    QStackedWidget* m_pages = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_note = nullptr;
    QLabel* m_counts = nullptr;
    QTreeView* m_tree = nullptr;
    CaseContentModel* m_model = nullptr;
};

} // namespace kenshu
