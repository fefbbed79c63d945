#include "BurnedInConfirmDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kenshu {

using namespace Qt::Literals::StringLiterals;

namespace {

QString reasonText(SyncIssue::HeldSeries::Reason reason)
{
    switch (reason) {
    case SyncIssue::HeldSeries::Reason::Declared:
        return BurnedInConfirmDialog::tr("The file says its images carry burned-in text");
    case SyncIssue::HeldSeries::Reason::Likely:
        break;
    }
    return BurnedInConfirmDialog::tr("Images of this kind often carry burned-in text");
}

} // namespace

BurnedInConfirmDialog::BurnedInConfirmDialog(const SyncIssue& issue, QWidget* parent)
    : QDialog(parent), m_issue(issue)
{
    setWindowTitle(tr("Confirm before upload"));
    auto* explanation =
        new QLabel(tr("Names, IDs and dates are removed from the files before they leave this "
                      "computer, but text written into the images themselves cannot be removed "
                      "that way. Open the case and look at every image of these series. Upload "
                      "them only if none shows the patient's name, ID, birth date or other "
                      "identifying text."),
                   this);
    explanation->setWordWrap(true);

    auto* series = new QTreeWidget(this);
    series->setObjectName(u"heldSeries"_s);
    series->setRootIsDecorated(false);
    series->setHeaderLabels({tr("Series"), tr("Modality"), tr("Why it is held")});
    for (const SyncIssue::HeldSeries& held : issue.heldSeries) {
        new QTreeWidgetItem(
            series, {QString::number(held.seriesNumber), held.modality, reasonText(held.reason)});
    }
    series->resizeColumnToContents(0);
    series->resizeColumnToContents(1);

    m_looked = new QCheckBox(tr("I looked at every image of these series and none shows "
                                "patient-identifying text"),
                             this);
    m_looked->setObjectName(u"lookedAtEveryImage"_s);

    auto* buttons = new QDialogButtonBox(this);
    m_upload = buttons->addButton(tr("Upload"), QDialogButtonBox::AcceptRole);
    m_upload->setObjectName(u"confirmBurnedIn"_s);
    m_upload->setEnabled(false);
    m_upload->setAutoDefault(false);
    buttons->addButton(tr("Not now"), QDialogButtonBox::RejectRole);
    connect(m_looked, &QCheckBox::toggled, m_upload, &QPushButton::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(series, 1);
    layout->addWidget(m_looked);
    layout->addWidget(buttons);
    resize(560, 360);
}

} // namespace kenshu
