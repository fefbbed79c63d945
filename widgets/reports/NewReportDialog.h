#pragma once

#include "FormSchema.h"

#include <QDialog>
#include <QList>
#include <QPair>
#include <QUuid>

class QComboBox;
class QLabel;
class QListWidget;

namespace kenshu {

// "New report": the report types (the newest version of every form) with what each is for,
// and the case it belongs to (none, or one of the library's cases).
class NewReportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewReportDialog)

public:
    // `cases`: id and title of every case, in display order.
    NewReportDialog(const QList<const FormSchema*>& forms, const QString& language,
                    const QList<QPair<QUuid, QString>>& cases, const QUuid& preselectedCase,
                    QWidget* parent = nullptr);

    QString formId() const;
    QUuid caseId() const;
    void selectForm(const QString& formId);

private:
    void showDescription();

    QList<const FormSchema*> m_forms;
    QString m_language;
    QListWidget* m_types = nullptr;
    QLabel* m_description = nullptr;
    QComboBox* m_case = nullptr;
};

} // namespace kenshu
