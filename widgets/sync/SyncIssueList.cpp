#include "SyncIssueList.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace kenshu {

using namespace Qt::Literals::StringLiterals;

namespace {

QString issueLine(const SyncIssue& issue)
{
    const QString when = QLocale().toString(issue.detectedAt.toLocalTime(), QLocale::ShortFormat);
    const QString title =
        issue.serverVersion ? issue.serverVersion->data.value(u"title"_s).toString() : QString();
    // The record's id means nothing to a user: its title, or what kind of record it is.
    const QString what = !title.isEmpty()      ? u"“%1”"_s.arg(title)
                         : issue.serverVersion ? recordTypeName(issue.serverVersion->type)
                                               : SyncIssueList::tr("A change");
    switch (issue.kind) {
    case SyncIssue::Kind::Conflict:
        return SyncIssueList::tr("Conflict: %1 was changed on the server too. Both versions are "
                                 "kept. (%2)")
            .arg(what, when);
    case SyncIssue::Kind::NeedsConfirmation:
        return SyncIssueList::tr("Waiting for you: a study whose images may show patient data "
                                 "burned in (%n series). Look at them, then confirm. (%1)",
                                 nullptr, int(issue.heldSeries.size()))
            .arg(when);
    case SyncIssue::Kind::Refused:
        break;
    }
    return SyncIssueList::tr("Refused: %1 — %2 (%3)").arg(what, issue.message, when);
}

} // namespace

SyncIssueList::SyncIssueList(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Sync problems"));
    auto* explanation = new QLabel(
        tr("These changes are kept on this computer but are not on the server as they are. "
           "Open one to decide what to do."),
        this);
    explanation->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"syncIssueList"_s);
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    connect(m_list, &QListWidget::itemActivated, this, &SyncIssueList::openCurrent);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* open = buttons->addButton(tr("Open"), QDialogButtonBox::ActionRole);
    open->setObjectName(u"openSyncIssue"_s);
    connect(open, &QPushButton::clicked, this, &SyncIssueList::openCurrent);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, open,
            [open](int row) { open->setEnabled(row >= 0); });
    open->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(560, 320);
}

void SyncIssueList::setIssues(const QList<SyncIssue>& issues)
{
    m_issues = issues;
    m_list->clear();
    for (const SyncIssue& issue : issues) {
        auto* item = new QListWidgetItem(issueLine(issue), m_list);
        item->setToolTip(issue.recordId.toString(QUuid::WithoutBraces));
    }
    if (!issues.isEmpty())
        m_list->setCurrentRow(0);
}

QStringList SyncIssueList::lines() const
{
    QStringList lines;
    for (int row = 0; row < m_list->count(); ++row)
        lines.append(m_list->item(row)->text());
    return lines;
}

void SyncIssueList::openCurrent()
{
    const int row = m_list->currentRow();
    if (row >= 0 && row < m_issues.size())
        emit openSyncIssue(m_issues.at(row));
}

} // namespace kenshu
