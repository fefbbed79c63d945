#include "FacilityEditor.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>

namespace kenshu {

FacilityEditor::FacilityEditor(QWidget* parent) : FieldEditor(parent), m_box(new QComboBox(parent))
{
    m_box->setEditable(true);
    m_box->setInsertPolicy(QComboBox::NoInsert);
    m_box->lineEdit()->setPlaceholderText(tr("Facility name or certification number"));
    m_box->completer()->setFilterMode(Qt::MatchContains);
    m_box->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_box->completer()->setCompletionMode(QCompleter::PopupCompletion);
    connect(m_box->lineEdit(), &QLineEdit::textEdited, this, &FieldEditor::edited);
    connect(m_box, &QComboBox::activated, this, &FieldEditor::edited);
}

FacilityEditor::~FacilityEditor() = default;

QWidget* FacilityEditor::widget() const
{
    return m_box;
}

QJsonValue FacilityEditor::value() const
{
    const QString text = m_box->currentText().trimmed();
    if (text.isEmpty())
        return {};
    // A listed facility is stored by its id; anything else as typed.
    const int index = m_box->findText(m_box->currentText(), Qt::MatchExactly);
    return index >= 0 ? QJsonValue(m_box->itemData(index).toString()) : QJsonValue(text);
}

void FacilityEditor::setValue(const QJsonValue& value)
{
    showValue(value.toString());
}

void FacilityEditor::setReadOnly(bool readOnly)
{
    m_box->setEnabled(!readOnly);
}

void FacilityEditor::setFacilities(const QList<DirectoryFacility>& facilities, const QDate& today)
{
    const QString current = value().toString();
    const QSignalBlocker blocker(m_box);
    m_box->clear();
    for (const DirectoryFacility& facility : facilities) {
        // The number is in the text so that typing it finds the facility too.
        QString label = facility.number.isEmpty()
                            ? facility.name
                            : tr("%1 — No. %2").arg(facility.name, facility.number);
        if (facility.certificationEnded(today))
            label = tr("%1 (certification ended)").arg(label);
        m_box->addItem(label, facility.id);
    }
    showValue(current);
}

void FacilityEditor::showValue(const QString& value)
{
    const QSignalBlocker blocker(m_box);
    const int index = value.isEmpty() ? -1 : m_box->findData(value);
    m_box->setCurrentIndex(index);
    if (index < 0)
        m_box->setEditText(value);
}

} // namespace kenshu
