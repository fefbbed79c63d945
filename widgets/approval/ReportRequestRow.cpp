#include "ReportRequestRow.h"

#include "CaseReportFields.h"

#include <QCheckBox>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;

// "No. 3 · Pain · 2025-04-01 – 2025-06-30 · title": what a resident recognises a report by.
QString reportLabel(const RequestableReport& report, const QString& language)
{
    const ReportDraft& draft = report.draft;
    QStringList parts;
    if (const QJsonValue slot = draft.values.value(u"slot"_s); slot.isDouble())
        parts.append(ReportRequestRow::tr("No. %1").arg(slot.toInt()));
    for (const FormField* field : report.schema.fields()) {
        if (field->type != FieldType::SingleChoice)
            continue;
        if (const FieldOption* option = field->option(draft.values.value(field->id).toString()))
            parts.append(option->label.text(language));
        break;
    }
    if (const DateRange period = carePeriodOf(report.schema, draft.values); period.isValid())
        parts.append(ReportRequestRow::tr("%1 – %2").arg(
            period.start.toString(Qt::ISODate),
            period.end.isNull() ? QString() : period.end.toString(Qt::ISODate)));
    parts.append(draft.title.isEmpty() ? ReportRequestRow::tr("(untitled)") : draft.title);
    return parts.join(u" · "_s);
}

} // namespace

ReportRequestRow::ReportRequestRow(const RequestableReport& report, const QString& language,
                                   bool included, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"reportRow_"_s + report.draft.id.toString(QUuid::WithoutBraces));
    m_include = new QCheckBox(reportLabel(report, language), this);
    m_include->setChecked(included);
    connect(m_include, &QCheckBox::toggled, this, &ReportRequestRow::includedChanged);
    m_reason = new QLabel(this);
    m_reason->setWordWrap(true);
    m_reason->setTextFormat(Qt::PlainText);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 6);
    layout->setSpacing(1);
    layout->addWidget(m_include);
    // Indented under the box's text.
    m_reason->setContentsMargins(m_include->sizeHint().height() + 4, 0, 0, 0);
    layout->addWidget(m_reason);
}

bool ReportRequestRow::isIncluded() const
{
    return m_include->isChecked();
}

void ReportRequestRow::setIncluded(bool included)
{
    m_include->setChecked(included);
}

void ReportRequestRow::showCheck(bool canSend, const QString& reason)
{
    if (canSend) {
        m_reason->setStyleSheet(u"color: #1b5e20;"_s);
        m_reason->setText(tr("✓ Can be sent"));
        return;
    }
    m_reason->setStyleSheet(u"color: #b00020;"_s);
    m_reason->setText(tr("✗ %1").arg(reason));
}

QString ReportRequestRow::shownReason() const
{
    return m_reason->text();
}

} // namespace kenshu
