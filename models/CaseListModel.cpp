#include "CaseListModel.h"

#include <QIcon>
#include <QLocale>

namespace kenshu {

CaseListModel::CaseListModel(QObject* parent) : QAbstractTableModel(parent) {}

void CaseListModel::setCases(QList<CaseSummary> cases)
{
    beginResetModel();
    m_cases = std::move(cases);
    endResetModel();
}

QModelIndex CaseListModel::indexOfCase(const QUuid& caseId) const
{
    for (int row = 0; row < int(m_cases.size()); ++row) {
        if (m_cases[row].id == caseId)
            return index(row, TitleColumn);
    }
    return {};
}

int CaseListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_cases.size());
}

int CaseListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_cases.size()))
        return {};
    const CaseSummary& entry = m_cases[index.row()];
    if (role == CaseIdRole)
        return entry.id;
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == StudiesColumn || index.column() == DocumentsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role == SortRole) {
        switch (index.column()) {
        case StudiesColumn:
            return entry.studyCount;
        case DocumentsColumn:
            return entry.documentCount;
        case CreatedColumn:
            return entry.createdAt;
        case UpdatedColumn:
            return entry.updatedAt;
        default:
            break;
        }
        role = Qt::DisplayRole;
    }
    if (role == Qt::ToolTipRole && index.column() == NoteColumn)
        return entry.note;
    if (index.column() == TitleColumn && entry.documentCount > 0) {
        // The PDF mark beside the title: the case has letters or reports to read.
        if (role == Qt::DecorationRole)
            return QIcon(QStringLiteral(":/icons/pdf.svg"));
        if (role == Qt::ToolTipRole)
            return tr("%n PDF(s) in this case", nullptr, entry.documentCount);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TitleColumn:
        return entry.title;
    case NoteColumn:
        return entry.note.section(QLatin1Char('\n'), 0, 0);
    case StudiesColumn:
        return entry.studyCount;
    case DocumentsColumn:
        return entry.documentCount;
    case CreatedColumn:
        return QLocale().toString(entry.createdAt.toLocalTime().date(), QLocale::ShortFormat);
    case UpdatedColumn:
        return QLocale().toString(entry.updatedAt.toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Case");
    case NoteColumn:
        return tr("Note");
    case StudiesColumn:
        return tr("Studies");
    case DocumentsColumn:
        return tr("PDFs");
    case CreatedColumn:
        return tr("Created");
    case UpdatedColumn:
        return tr("Updated");
    default:
        return {};
    }
}

} // namespace kenshu
