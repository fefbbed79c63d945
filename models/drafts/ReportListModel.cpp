#include "ReportListModel.h"

#include "DraftWorkflow.h"
#include "FormLibrary.h"
#include "WorkflowLabels.h"

#include <QLocale>

namespace kenshu {

ReportListModel::ReportListModel(QList<FormSchema> forms, QString language, QObject* parent)
    : QAbstractTableModel(parent), m_forms(std::move(forms)), m_language(std::move(language))
{
}

void ReportListModel::setDrafts(QList<StoredDraft> drafts)
{
    beginResetModel();
    m_drafts = std::move(drafts);
    endResetModel();
}

void ReportListModel::setCaseTitles(QHash<QUuid, QString> titles)
{
    m_caseTitles = std::move(titles);
    if (!m_drafts.isEmpty())
        emit dataChanged(index(0, CaseColumn), index(rowCount() - 1, CaseColumn));
}

const StoredDraft* ReportListModel::draft(const QUuid& id) const
{
    for (const StoredDraft& entry : m_drafts) {
        if (entry.draft.id == id)
            return &entry;
    }
    return nullptr;
}

int ReportListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_drafts.size());
}

int ReportListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReportListModel::displayText(const StoredDraft& entry, int column) const
{
    const ReportDraft& draft = entry.draft;
    const FormSchema* schema = findForm(m_forms, draft.formId, draft.formVersion);
    switch (column) {
    case TitleColumn:
        return draft.title.isEmpty() ? tr("(untitled)") : draft.title;
    case FormColumn:
        return schema ? schema->title.text(m_language) : draft.formId;
    case StateColumn: {
        if (!schema)
            return draft.state;
        const std::optional<WorkflowState> state = draftWorkflowState(*schema, draft);
        return state ? workflowStateLabel(*state) : tr("Log entry");
    }
    case CaseColumn:
        return draft.caseId.isNull() ? QString() : m_caseTitles.value(draft.caseId);
    case SavedColumn:
        return QLocale().toString(draft.savedAt.toLocalTime(), QLocale::ShortFormat);
    }
    return {};
}

QVariant ReportListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_drafts.size())
        return {};
    const StoredDraft& entry = m_drafts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return displayText(entry, index.column());
    case DraftIdRole:
        return entry.draft.id;
    case SortRole:
        if (index.column() == SavedColumn)
            return entry.draft.savedAt;
        return displayText(entry, index.column());
    default:
        return {};
    }
}

QVariant ReportListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case FormColumn:
        return tr("Type");
    case StateColumn:
        return tr("Status");
    case CaseColumn:
        return tr("Case");
    case SavedColumn:
        return tr("Last saved");
    }
    return {};
}

} // namespace kenshu
