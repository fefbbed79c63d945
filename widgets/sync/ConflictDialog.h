#pragma once

#include "ConflictMerge.h"
#include "FormSchema.h"
#include "Record.h"
#include "SyncIssue.h"

#include <QDialog>
#include <QHash>
#include <optional>

class QCheckBox;
class QComboBox;
class QPushButton;
class QTableWidget;

namespace kenshu {

// A record in conflict, side by side: every field as this device and the server have it
// (form labels for reports and sheets), the differing ones highlighted, each with a choice of
// side. The user keeps their version, takes the server's, or merges as chosen; the caller
// applies the outcome (openConflict does it through SyncStore). Merging needs both versions
// alive: against a deletion only one side can win.
class ConflictDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictDialog)

public:
    enum class Outcome { KeepLocal, TakeServer, Merge };

    // `schema`: the form the record was written with, if it has one.
    ConflictDialog(Record local, SyncIssue issue, std::optional<FormSchema> schema,
                   QString language, QWidget* parent = nullptr);
    ~ConflictDialog() override;

    Outcome outcome() const { return m_outcome; }
    // The merged data (Outcome::Merge): the server's version with the rows chosen from this
    // device.
    QJsonObject mergedData() const;
    bool canMerge() const;

    QTableWidget* table() const { return m_table; }
    QStringList differingKeys() const;
    void choose(const QString& key, MergeSide side);
    QPushButton* keepLocalButton() const { return m_keepLocal; }
    QPushButton* takeServerButton() const { return m_takeServer; }
    QPushButton* mergeButton() const { return m_merge; }

private:
    void fillTable();
    void finish(Outcome outcome);

    Record m_local;
    SyncIssue m_issue;
    std::optional<FormSchema> m_schema;
    QString m_language;
    QList<ConflictField> m_rows;
    QHash<QString, QComboBox*> m_choices;
    QTableWidget* m_table = nullptr;
    QCheckBox* m_onlyDiffering = nullptr;
    QPushButton* m_keepLocal = nullptr;
    QPushButton* m_takeServer = nullptr;
    QPushButton* m_merge = nullptr;
    Outcome m_outcome = Outcome::KeepLocal;
};

} // namespace kenshu
