#include "ProfileDialog.h"

#include "Actor.h"
#include "CaseTitle.h"
#include "Settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kenshu {

using namespace Qt::Literals::StringLiterals;

ProfileDialog::ProfileDialog(Settings& settings, QWidget* parent)
    : QDialog(parent), m_settings(settings)
{
    setWindowTitle(tr("Profile"));
    m_memberNumber = new QLineEdit(settings.value(Settings::Key::MemberNumber).toString(), this);
    m_memberNumber->setObjectName(u"memberNumber"_s);
    m_memberNumber->setPlaceholderText(tr("e.g. 123456"));
    m_name = new QLineEdit(settings.value(Settings::Key::MemberName).toString(), this);
    m_name->setObjectName(u"memberName"_s);
    m_role = new QComboBox(this);
    m_role->setObjectName(u"memberRole"_s);
    m_role->addItem(tr("Resident"), roleName(Role::Resident));
    m_role->addItem(tr("Supervisor"), roleName(Role::Supervisor));
    m_role->addItem(tr("Training director"), roleName(Role::Director));
    m_role->setCurrentIndex(
        std::max(0, m_role->findData(settings.value(Settings::Key::Role).toString())));

    auto* explanation = new QLabel(
        tr("Until this computer signs in to your program's server, these details stand for "
           "you: they name your cases and reports and decide which steps you can take."),
        this);
    explanation->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto updateSave = [this, buttons] {
        // The same rule as case titles, which start with the member number.
        buttons->button(QDialogButtonBox::Save)
            ->setEnabled(isValidMemberNumber(m_memberNumber->text().trimmed()));
    };
    connect(m_memberNumber, &QLineEdit::textChanged, this, updateSave);
    updateSave();

    auto* form = new QFormLayout;
    form->addRow(tr("Member number:"), m_memberNumber);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Role:"), m_role);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void ProfileDialog::accept()
{
    m_settings.setValue(Settings::Key::MemberNumber, m_memberNumber->text().trimmed());
    m_settings.setValue(Settings::Key::MemberName, m_name->text().trimmed());
    m_settings.setValue(Settings::Key::Role, m_role->currentData());
    QDialog::accept();
}

} // namespace kenshu
