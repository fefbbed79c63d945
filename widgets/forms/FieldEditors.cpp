// One editor class per field type, behind the FieldEditor interface.
#include "FacilityEditor.h"
#include "FieldEditor.h"
#include "RatingEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;

QJsonValue textOrNull(const QString& text)
{
    return text.trimmed().isEmpty() ? QJsonValue() : QJsonValue(text);
}

class LineEditor final : public FieldEditor
{
public:
    LineEditor(const QString& placeholder, QWidget* parent)
        : FieldEditor(parent), m_edit(new QLineEdit(parent))
    {
        m_edit->setPlaceholderText(placeholder);
        connect(m_edit, &QLineEdit::textEdited, this, &FieldEditor::edited);
    }
    QWidget* widget() const override { return m_edit; }
    QJsonValue value() const override { return textOrNull(m_edit->text()); }
    void setValue(const QJsonValue& value) override { m_edit->setText(value.toString()); }
    void setReadOnly(bool readOnly) override { m_edit->setReadOnly(readOnly); }

private:
    QLineEdit* m_edit;
};

class NumberEditor final : public FieldEditor
{
public:
    NumberEditor(const QString& unit, QWidget* parent)
        : FieldEditor(parent), m_box(new QWidget(parent)), m_edit(new QLineEdit(m_box))
    {
        auto* layout = new QHBoxLayout(m_box);
        layout->setContentsMargins(0, 0, 0, 0);
        m_edit->setMaximumWidth(140);
        m_edit->setAlignment(Qt::AlignRight);
        layout->addWidget(m_edit);
        if (!unit.isEmpty())
            layout->addWidget(new QLabel(unit, m_box));
        layout->addStretch();
        connect(m_edit, &QLineEdit::textEdited, this, &FieldEditor::edited);
    }
    QWidget* widget() const override { return m_box; }
    QJsonValue value() const override
    {
        bool ok = false;
        const double number = QLocale().toDouble(m_edit->text().trimmed(), &ok);
        if (ok)
            return number;
        // Not a number: kept as typed, so the validator can say so and nothing is lost.
        return textOrNull(m_edit->text());
    }
    void setValue(const QJsonValue& value) override
    {
        m_edit->setText(value.isDouble() ? QLocale().toString(value.toDouble()) : value.toString());
    }
    void setReadOnly(bool readOnly) override { m_edit->setReadOnly(readOnly); }

private:
    QWidget* m_box;
    QLineEdit* m_edit;
};

class MultilineEditor final : public FieldEditor
{
public:
    explicit MultilineEditor(QWidget* parent)
        : FieldEditor(parent), m_edit(new QPlainTextEdit(parent))
    {
        m_edit->setTabChangesFocus(true);
        m_edit->setMinimumHeight(110);
        connect(m_edit, &QPlainTextEdit::textChanged, this, &FieldEditor::edited);
    }
    QWidget* widget() const override { return m_edit; }
    QJsonValue value() const override { return textOrNull(m_edit->toPlainText()); }
    void setValue(const QJsonValue& value) override
    {
        const QSignalBlocker blocker(m_edit);
        m_edit->setPlainText(value.toString());
    }
    void setReadOnly(bool readOnly) override { m_edit->setReadOnly(readOnly); }

private:
    QPlainTextEdit* m_edit;
};

class DateRangeEditor final : public FieldEditor
{
public:
    explicit DateRangeEditor(QWidget* parent)
        : FieldEditor(parent), m_box(new QWidget(parent)), m_start(new QLineEdit(m_box)),
          m_end(new QLineEdit(m_box))
    {
        auto* layout = new QHBoxLayout(m_box);
        layout->setContentsMargins(0, 0, 0, 0);
        for (QLineEdit* edit : {m_start, m_end}) {
            edit->setPlaceholderText(tr("YYYY-MM-DD"));
            edit->setMaximumWidth(140);
            connect(edit, &QLineEdit::textEdited, this, &FieldEditor::edited);
        }
        layout->addWidget(m_start);
        layout->addWidget(new QLabel(tr("to"), m_box));
        layout->addWidget(m_end);
        layout->addStretch();
    }
    QWidget* widget() const override { return m_box; }
    QJsonValue value() const override
    {
        if (m_start->text().trimmed().isEmpty() && m_end->text().trimmed().isEmpty())
            return QJsonValue();
        return QJsonObject{{u"start"_s, m_start->text().trimmed()},
                           {u"end"_s, m_end->text().trimmed()}};
    }
    void setValue(const QJsonValue& value) override
    {
        m_start->setText(value.toObject().value(u"start"_s).toString());
        m_end->setText(value.toObject().value(u"end"_s).toString());
    }
    void setReadOnly(bool readOnly) override
    {
        m_start->setReadOnly(readOnly);
        m_end->setReadOnly(readOnly);
    }

private:
    QWidget* m_box;
    QLineEdit* m_start;
    QLineEdit* m_end;
};

class SingleChoiceEditor final : public FieldEditor
{
public:
    SingleChoiceEditor(const FormField& field, const QString& language, QWidget* parent)
        : FieldEditor(parent), m_combo(new QComboBox(parent))
    {
        m_combo->addItem(tr("(choose)"), QString());
        for (const FieldOption& option : field.options)
            m_combo->addItem(option.label.text(language), option.value);
        m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(m_combo, &QComboBox::activated, this, &FieldEditor::edited);
    }
    QWidget* widget() const override { return m_combo; }
    QJsonValue value() const override { return textOrNull(m_combo->currentData().toString()); }
    void setValue(const QJsonValue& value) override
    {
        m_combo->setCurrentIndex(std::max(0, m_combo->findData(value.toString())));
    }
    void setReadOnly(bool readOnly) override { m_combo->setEnabled(!readOnly); }

private:
    QComboBox* m_combo;
};

class MultiChoiceEditor final : public FieldEditor
{
public:
    MultiChoiceEditor(const FormField& field, const QString& language, QWidget* parent)
        : FieldEditor(parent), m_box(new QWidget(parent))
    {
        auto* layout = new QVBoxLayout(m_box);
        layout->setContentsMargins(0, 0, 0, 0);
        for (const FieldOption& option : field.options) {
            auto* check = new QCheckBox(option.label.text(language), m_box);
            check->setProperty("optionValue", option.value);
            layout->addWidget(check);
            m_checks.append(check);
            connect(check, &QCheckBox::clicked, this, &FieldEditor::edited);
        }
    }
    QWidget* widget() const override { return m_box; }
    QJsonValue value() const override
    {
        QJsonArray chosen;
        for (const QCheckBox* check : m_checks) {
            if (check->isChecked())
                chosen.append(check->property("optionValue").toString());
        }
        return chosen.isEmpty() ? QJsonValue() : QJsonValue(chosen);
    }
    void setValue(const QJsonValue& value) override
    {
        const QJsonArray chosen = value.toArray();
        for (QCheckBox* check : std::as_const(m_checks))
            check->setChecked(chosen.contains(check->property("optionValue").toString()));
    }
    void setReadOnly(bool readOnly) override
    {
        for (QCheckBox* check : std::as_const(m_checks))
            check->setEnabled(!readOnly);
    }

private:
    QWidget* m_box;
    QList<QCheckBox*> m_checks;
};

} // namespace

std::unique_ptr<FieldEditor> makeFieldEditor(const FormField& field, const QString& language,
                                             QWidget* parent)
{
    switch (field.type) {
    case FieldType::Multiline:
        return std::make_unique<MultilineEditor>(parent);
    case FieldType::Number:
        return std::make_unique<NumberEditor>(field.unit.text(language), parent);
    case FieldType::Date:
        return std::make_unique<LineEditor>(FieldEditor::tr("YYYY-MM-DD"), parent);
    case FieldType::DateRange:
        return std::make_unique<DateRangeEditor>(parent);
    case FieldType::SingleChoice:
        return std::make_unique<SingleChoiceEditor>(field, language, parent);
    case FieldType::MultiChoice:
        return std::make_unique<MultiChoiceEditor>(field, language, parent);
    case FieldType::Rating:
        return std::make_unique<RatingEditor>(parent);
    case FieldType::MemberRef:
        return std::make_unique<LineEditor>(FieldEditor::tr("Member number"), parent);
    case FieldType::FacilityRef:
        return std::make_unique<FacilityEditor>(parent);
    case FieldType::CaseRef:
        return std::make_unique<LineEditor>(FieldEditor::tr("Case title, e.g. 123456-001"), parent);
    case FieldType::Attachment:
        return std::make_unique<LineEditor>(FieldEditor::tr("File name"), parent);
    case FieldType::Text:
        break;
    }
    return std::make_unique<LineEditor>(QString(), parent);
}

} // namespace kenshu
