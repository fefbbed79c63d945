#pragma once

#include "DraftLoader.h"
#include "FormSchema.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QUuid>

namespace kenshu {

// Reports and evaluation sheets as a table: title, report type, workflow state, case, last
// saved. Form titles come in the UI language; a draft whose form is unknown shows its id.
class ReportListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportListModel)

public:
    enum Column { TitleColumn, FormColumn, StateColumn, CaseColumn, SavedColumn, ColumnCount };
    enum Role { DraftIdRole = Qt::UserRole + 1, SortRole };

    ReportListModel(QList<FormSchema> forms, QString language, QObject* parent = nullptr);

    void setDrafts(QList<StoredDraft> drafts);
    void setCaseTitles(QHash<QUuid, QString> titles);
    const QList<StoredDraft>& drafts() const { return m_drafts; }
    const StoredDraft* draft(const QUuid& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString displayText(const StoredDraft& entry, int column) const;

    QList<FormSchema> m_forms;
    QString m_language;
    QList<StoredDraft> m_drafts;
    QHash<QUuid, QString> m_caseTitles;
};

} // namespace kenshu
