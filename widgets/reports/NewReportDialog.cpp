#include "NewReportDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace kenshu {

using namespace Qt::Literals::StringLiterals;

NewReportDialog::NewReportDialog(const QList<const FormSchema*>& forms, const QString& language,
                                 const QList<QPair<QUuid, QString>>& cases,
                                 const QUuid& preselectedCase, QWidget* parent)
    : QDialog(parent), m_forms(forms), m_language(language)
{
    setWindowTitle(tr("New report"));
    m_types = new QListWidget(this);
    m_types->setObjectName(u"reportTypes"_s);
    for (const FormSchema* form : m_forms) {
        auto* item = new QListWidgetItem(form->title.text(language), m_types);
        item->setData(Qt::UserRole, form->id);
    }
    m_description = new QLabel(this);
    m_description->setWordWrap(true);
    m_description->setMinimumHeight(64);
    m_description->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    m_case = new QComboBox(this);
    m_case->setObjectName(u"reportCase"_s);
    m_case->addItem(tr("No case"), QUuid());
    for (const auto& [id, title] : cases)
        m_case->addItem(title, id);
    m_case->setCurrentIndex(std::max(0, m_case->findData(preselectedCase)));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_types, &QListWidget::currentRowChanged, this, [this, buttons] {
        showDescription();
        buttons->button(QDialogButtonBox::Ok)->setEnabled(m_types->currentRow() >= 0);
    });
    connect(m_types, &QListWidget::itemDoubleClicked, this, &QDialog::accept);

    auto* form = new QFormLayout;
    form->addRow(tr("For case:"), m_case);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Report type:"), this));
    layout->addWidget(m_types, 1);
    layout->addWidget(m_description);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_types->setCurrentRow(0);
    resize(560, 460);
}

QString NewReportDialog::formId() const
{
    const QListWidgetItem* item = m_types->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

QUuid NewReportDialog::caseId() const
{
    return m_case->currentData().toUuid();
}

void NewReportDialog::selectForm(const QString& formId)
{
    for (int row = 0; row < m_types->count(); ++row) {
        if (m_types->item(row)->data(Qt::UserRole).toString() == formId)
            m_types->setCurrentRow(row);
    }
}

void NewReportDialog::showDescription()
{
    const int row = m_types->currentRow();
    m_description->setText(row >= 0 && row < m_forms.size()
                               ? m_forms.at(row)->description.text(m_language)
                               : QString());
}

} // namespace kenshu
