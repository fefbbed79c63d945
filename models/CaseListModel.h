#pragma once

#include "LibraryTypes.h"

#include <QAbstractTableModel>

namespace kenshu {

// The case library as a table: one row per case, counts of studies and PDFs, dates.
class CaseListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseListModel)

public:
    enum Column {
        TitleColumn,
        NoteColumn,
        StudiesColumn,
        DocumentsColumn,
        CreatedColumn,
        UpdatedColumn,
        ColumnCount
    };
    enum Role { CaseIdRole = Qt::UserRole + 1, SortRole };

    explicit CaseListModel(QObject* parent = nullptr);

    void setCases(QList<CaseSummary> cases);
    const QList<CaseSummary>& cases() const { return m_cases; }
    QModelIndex indexOfCase(const QUuid& caseId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<CaseSummary> m_cases;
};

} // namespace kenshu
