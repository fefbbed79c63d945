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
    CaseContentModel* contentModel() const { return m_model; }

private:
    QUuid m_caseId;
    QStackedWidget* m_pages = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_note = nullptr;
    QLabel* m_counts = nullptr;
    QTreeView* m_tree = nullptr;
    CaseContentModel* m_model = nullptr;
};

} // namespace kenshu
