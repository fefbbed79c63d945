#include "SupervisionRecordWindow.h"

#include "AsyncRun.h"
#include "BackgroundWrite.h"
#include "FileDialogs.h"
#include "LocalStore.h"
#include "SupervisionExport.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kenshu {

using namespace Qt::Literals::StringLiterals;

SupervisionRecordWindow::SupervisionRecordWindow(const QString& dataDir, QWidget* parent)
    : QWidget(parent, Qt::Window), m_dataDir(dataDir)
{
    setWindowTitle(tr("Supervision record — Kenshu"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto* intro = new QLabel(tr("Cases with at least one supervisor comment, per resident and "
                                "half-year (January–June, July–December). A discussion counts "
                                "only in the half-year it took place in."),
                             this);
    intro->setWordWrap(true);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"supervisionTree"_s);
    m_tree->setHeaderLabels({tr("Resident / half-year / case"), tr("Comments"), tr("Dates")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setAlternatingRowColors(true);
    m_status = new QLabel(this);
    m_pdf = new QPushButton(tr("Export PDF…"), this);
    m_pdf->setObjectName(u"exportSupervisionPdf"_s);
    m_csv = new QPushButton(tr("Export CSV…"), this);
    m_csv->setObjectName(u"exportSupervisionCsv"_s);
    connect(m_pdf, &QPushButton::clicked, this, &SupervisionRecordWindow::exportPdf);
    connect(m_csv, &QPushButton::clicked, this, &SupervisionRecordWindow::exportCsv);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_pdf);
    buttons->addWidget(m_csv);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);
    resize(760, 560);
    reload();
}

void SupervisionRecordWindow::reload()
{
    m_status->setText(tr("Reading…"));
    m_pdf->setEnabled(false);
    m_csv->setEnabled(false);
    using Result = Expected<QList<SupervisionPeriod>>;
    runAsync<Result>(
        this,
        [dataDir = m_dataDir]() -> Result {
            Expected<std::unique_ptr<LocalStore>> store = LocalStore::open(dataDir);
            if (!store)
                return store.error();
            return buildSupervisionRecord(readSupervisionInputs(**store));
        },
        [this](const Result& periods) {
            if (periods) {
                showPeriods(*periods);
                return;
            }
            // Not "no supervisor comment yet": the record could not be read at all.
            showPeriods({});
            m_status->setText(periods.error().message);
        });
}

void SupervisionRecordWindow::showPeriods(const QList<SupervisionPeriod>& periods)
{
    m_periods = periods;
    m_tree->clear();
    QTreeWidgetItem* residentItem = nullptr;
    QString resident;
    int cases = 0;
    for (const SupervisionPeriod& period : periods) {
        if (!residentItem || period.residentId != resident) {
            resident = period.residentId;
            residentItem = new QTreeWidgetItem(m_tree, {tr("Resident %1").arg(resident)});
        }
        auto* halfItem = new QTreeWidgetItem(
            residentItem,
            {period.halfYear.label(), tr("%n case(s)", nullptr, int(period.cases.size()))});
        for (const SupervisedCase& supervised : period.cases) {
            QStringList dates;
            for (const QDate& date : supervised.commentDates)
                dates.append(QLocale().toString(date, QLocale::ShortFormat));
            new QTreeWidgetItem(halfItem, {supervised.caseTitle,
                                           QString::number(supervised.commentDates.size()),
                                           dates.join(u", "_s)});
            ++cases;
        }
    }
    m_tree->expandAll();
    m_status->setText(periods.isEmpty() ? tr("No case has a supervisor's comment yet.")
                                        : tr("%n case entry(ies)", nullptr, cases));
    m_pdf->setEnabled(!periods.isEmpty());
    m_csv->setEnabled(!periods.isEmpty());
    emit loaded();
}

void SupervisionRecordWindow::exportPdf()
{
    exportTo(tr("Export supervision record"), tr("supervision-record.pdf"),
             tr("PDF documents (*.pdf)"), &exportSupervisionPdf);
}

void SupervisionRecordWindow::exportCsv()
{
    exportTo(tr("Export supervision record"), tr("supervision-record.csv"),
             tr("CSV for Excel (*.csv)"), &exportSupervisionCsv);
}

void SupervisionRecordWindow::exportTo(const QString& title, const QString& suggestedName,
                                       const QString& filter,
                                       Status (*write)(const QList<SupervisionPeriod>&,
                                                       const QString&))
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(suggestedName);
    const QString path = FileDialogs::saveFile(this, title, suggested, filter);
    if (path.isEmpty())
        return;
    writeInBackground(
        this, title, [periods = m_periods, path, write] { return write(periods, path); },
        [this, path] {
            m_status->setText(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
            emit exported(path);
        });
}

} // namespace kenshu
