#pragma once

#include "Directory.h"
#include "FormProblem.h"
#include "FormSchema.h"
#include "FormValidator.h"

#include <QHash>
#include <QJsonObject>
#include <QScrollArea>
#include <QSet>

class QLabel;

namespace kenshu {

class FieldEditor;

// A form drawn from its schema: sections as framed groups, each field with its label (required
// ones marked), help and an inline message. Messages appear for fields the user has touched as
// they type, and for all fields once showAllProblems() is called (a Submit attempt). Nothing
// here blocks editing or saving.
class FormView final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormView)

public:
    FormView(FormSchema schema, QString language, QWidget* parent = nullptr);
    ~FormView() override;

    const FormSchema& schema() const { return m_schema; }
    QJsonObject values() const;
    void setValues(const QJsonObject& values); // unknown keys are kept and returned again
    void setReadOnly(bool readOnly);
    void setRatingSidesEditable(bool resident, bool supervisor);
    void setValidationContext(const FormValidationContext& context);
    // The choices of facility-reference fields (FacilityEditor); values are kept.
    void setFacilities(const QList<DirectoryFacility>& facilities, const QDate& today);
    QList<FormProblem> problems() const;
    void showAllProblems();
    FieldEditor* editor(const QString& fieldId) const { return m_editors.value(fieldId); }
    QString shownProblem(const QString& fieldId) const;

signals:
    void valuesEdited(const QJsonObject& values);

private:
    void buildSection(QWidget* page, const FormSection& section);
    void onEdited(const QString& fieldId);
    void refreshProblems();

    FormSchema m_schema;
    QString m_language;
    FormValidationContext m_context;
    QJsonObject m_extraValues; // values of fields this schema version does not show
    QHash<QString, FieldEditor*> m_editors;
    QHash<QString, QLabel*> m_messages;
    QSet<QString> m_touched;
    bool m_showAll = false;
};

} // namespace kenshu
