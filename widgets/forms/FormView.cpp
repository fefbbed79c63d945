#include "FormView.h"

#include "FacilityEditor.h"
#include "FieldEditor.h"
#include "RatingEditor.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;

bool isRatingTable(const FormSection& section)
{
    return !section.fields.isEmpty() &&
           std::all_of(section.fields.begin(), section.fields.end(),
                       [](const FormField& field) { return field.type == FieldType::Rating; });
}

QLabel* messageLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(u"fieldProblem"_s);
    label->setStyleSheet(u"color: #c62828;"_s);
    label->setWordWrap(true);
    label->hide();
    return label;
}

} // namespace

FormView::FormView(FormSchema schema, QString language, QWidget* parent)
    : QScrollArea(parent), m_schema(std::move(schema)), m_language(std::move(language))
{
    setWidgetResizable(true);
    auto* page = new QWidget(this);
    page->setObjectName(u"formPage"_s);
    auto* layout = new QVBoxLayout(page);
    layout->setSpacing(14);
    auto* title = new QLabel(m_schema.title.text(m_language), page);
    title->setObjectName(u"formTitle"_s);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);
    if (const QString description = m_schema.description.text(m_language); !description.isEmpty()) {
        auto* text = new QLabel(description, page);
        text->setWordWrap(true);
        layout->addWidget(text);
    }
    for (const FormSection& section : std::as_const(m_schema.sections))
        buildSection(page, section);
    layout->addStretch();
    setWidget(page);
}

FormView::~FormView() = default;

void FormView::buildSection(QWidget* page, const FormSection& section)
{
    auto* group = new QGroupBox(section.title.text(m_language), page);
    auto* grid = new QGridLayout(group);
    grid->setColumnStretch(1, 1);
    grid->setVerticalSpacing(6);
    int row = 0;
    if (const QString help = section.help.text(m_language); !help.isEmpty()) {
        auto* text = new QLabel(help, group);
        text->setWordWrap(true);
        text->setStyleSheet(u"color: palette(mid);"_s);
        grid->addWidget(text, row++, 0, 1, 2);
    }
    const bool table = isRatingTable(section);
    if (table) {
        // An evaluation sheet: item | self-rating | supervisor, as on the paper form.
        auto* header = new QLabel(tr("Self-rating / Supervisor (○ achieved, × not yet)"), group);
        header->setStyleSheet(u"font-weight: bold;"_s);
        grid->addWidget(header, row++, 1);
    }
    for (const FormField& field : section.fields) {
        QString labelText = field.label.text(m_language);
        if (field.required)
            labelText += u" *"_s;
        auto* label = new QLabel(labelText, group);
        label->setWordWrap(true);
        label->setMinimumWidth(table ? 360 : 200);
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        if (const QString help = field.help.text(m_language); !help.isEmpty())
            label->setToolTip(help);
        std::unique_ptr<FieldEditor> editor = makeFieldEditor(field, m_language, group);
        editor->setParent(this);
        editor->setObjectName(field.id);
        editor->widget()->setObjectName(u"field_"_s + field.id);
        label->setBuddy(editor->widget());
        grid->addWidget(label, row, 0);
        grid->addWidget(editor->widget(), row++, 1);
        if (const QString help = field.help.text(m_language); !help.isEmpty() && !table) {
            auto* hint = new QLabel(help, group);
            hint->setWordWrap(true);
            hint->setStyleSheet(u"color: palette(mid); font-size: small;"_s);
            grid->addWidget(hint, row++, 1);
        }
        QLabel* message = messageLabel(group);
        grid->addWidget(message, row++, 1);
        const QString id = field.id;
        connect(editor.get(), &FieldEditor::edited, this, [this, id] { onEdited(id); });
        m_messages.insert(id, message);
        m_editors.insert(id, editor.release());
    }
    page->layout()->addWidget(group);
}

QJsonObject FormView::values() const
{
    QJsonObject values = m_extraValues;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const QJsonValue value = it.value()->value();
        if (!value.isNull() && !value.isUndefined())
            values.insert(it.key(), value);
    }
    return values;
}

void FormView::setValues(const QJsonObject& values)
{
    m_extraValues = {};
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (FieldEditor* editor = m_editors.value(it.key()))
            editor->setValue(it.value());
        else
            m_extraValues.insert(it.key(), it.value());
    }
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        if (!values.contains(it.key()))
            it.value()->setValue(QJsonValue());
    }
    refreshProblems();
}

void FormView::setReadOnly(bool readOnly)
{
    for (FieldEditor* editor : std::as_const(m_editors))
        editor->setReadOnly(readOnly);
}

void FormView::setRatingSidesEditable(bool resident, bool supervisor)
{
    for (FieldEditor* editor : std::as_const(m_editors)) {
        if (auto* rating = qobject_cast<RatingEditor*>(editor))
            rating->setSidesEditable(resident, supervisor);
    }
}

void FormView::setValidationContext(const FormValidationContext& context)
{
    m_context = context;
    refreshProblems();
}

void FormView::setFacilities(const QList<DirectoryFacility>& facilities, const QDate& today)
{
    for (FieldEditor* editor : std::as_const(m_editors)) {
        if (auto* facility = qobject_cast<FacilityEditor*>(editor))
            facility->setFacilities(facilities, today);
    }
}

QList<FormProblem> FormView::problems() const
{
    return validateForm(m_schema, values(), m_context);
}

void FormView::showAllProblems()
{
    m_showAll = true;
    refreshProblems();
}

QString FormView::shownProblem(const QString& fieldId) const
{
    const QLabel* label = m_messages.value(fieldId);
    return label && !label->isHidden() ? label->text() : QString();
}

void FormView::onEdited(const QString& fieldId)
{
    m_touched.insert(fieldId);
    refreshProblems();
    emit valuesEdited(values());
}

void FormView::refreshProblems()
{
    QHash<QString, QString> byField;
    for (const FormProblem& problem : problems())
        byField.insert(problem.fieldId, problem.message);
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it) {
        const bool show = (m_showAll || m_touched.contains(it.key())) && byField.contains(it.key());
        it.value()->setText(byField.value(it.key()));
        it.value()->setVisible(show);
    }
}

} // namespace kenshu
