#include "ImportReportDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kenshu {

using namespace Qt::Literals::StringLiterals;

QString ImportReportDialog::summary(const ImportOutcome& outcome)
{
    if (outcome.failure)
        return outcome.failure->message;
    if (outcome.cancelled)
        return tr("The import was cancelled; nothing was added.");
    QStringList parts;
    parts << tr("%n DICOM instance(s) added", nullptr, outcome.instancesAdded);
    if (outcome.instancesAlreadyPresent > 0)
        parts << tr("%n already in the case", nullptr, outcome.instancesAlreadyPresent);
    parts << tr("%n PDF(s) added", nullptr, outcome.documentsAdded);
    if (outcome.documentsAlreadyPresent > 0)
        parts << tr("%n PDF(s) already in the case", nullptr, outcome.documentsAlreadyPresent);
    if (outcome.rejectedCount() > 0)
        parts << tr("%n file(s) rejected", nullptr, outcome.rejectedCount());
    if (outcome.skippedCount() > 0)
        parts << tr("%n file(s) skipped", nullptr, outcome.skippedCount());
    return parts.join(u", "_s) + u'.';
}

ImportReportDialog::ImportReportDialog(const ImportOutcome& outcome, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(outcome.failure ? tr("Import failed") : tr("Import finished"));
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(outcome.caseTitle.isEmpty()
                                   ? summary(outcome)
                                   : tr("Case %1: %2").arg(outcome.caseTitle, summary(outcome)),
                               this);
    heading->setWordWrap(true);
    heading->setObjectName(u"importSummary"_s);
    layout->addWidget(heading);

    if (!outcome.issues.isEmpty()) {
        auto* list = new QTreeWidget(this);
        list->setObjectName(u"importIssues"_s);
        list->setRootIsDecorated(false);
        list->setHeaderLabels({tr("File"), tr("Result"), tr("Reason")});
        for (const ImportIssue& issue : outcome.issues) {
            auto* item = new QTreeWidgetItem(list);
            item->setText(0, QDir::toNativeSeparators(issue.path));
            item->setToolTip(0, QDir::toNativeSeparators(issue.path));
            item->setText(1, issue.kind == ImportIssue::Kind::Skipped ? tr("Skipped")
                                                                      : tr("Rejected"));
            item->setText(2, issue.reason);
            item->setToolTip(2, issue.reason);
        }
        list->header()->setSectionResizeMode(0, QHeaderView::Interactive);
        list->setColumnWidth(0, 320);
        list->resizeColumnToContents(1);
        layout->addWidget(list, 1);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    layout->addWidget(buttons);
    resize(outcome.issues.isEmpty() ? QSize(420, 140) : QSize(820, 420));
}

} // namespace kenshu
