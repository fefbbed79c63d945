#pragma once

#include "SupervisionRecord.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace kenshu {

// The supervision record (menu Records → Supervision record): per resident and half-year, the
// cases a supervisor commented on in that half-year, with the dates; exports to PDF and CSV.
// Reading the store and writing the files run on the thread pool.
class SupervisionRecordWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupervisionRecordWindow)

public:
    explicit SupervisionRecordWindow(const QString& dataDir, QWidget* parent = nullptr);

    void reload();
    const QList<SupervisionPeriod>& periods() const { return m_periods; }
    QTreeWidget* tree() const { return m_tree; }
    void exportPdf();
    void exportCsv();

signals:
    void loaded();
    void exported(const QString& path);

private:
    void showPeriods(const QList<SupervisionPeriod>& periods);
    void exportTo(const QString& title, const QString& suggestedName, const QString& filter,
                  Status (*write)(const QList<SupervisionPeriod>&, const QString&));

    QString m_dataDir;
    QList<SupervisionPeriod> m_periods;
    QTreeWidget* m_tree = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_pdf = nullptr;
    QPushButton* m_csv = nullptr;
};

} // namespace kenshu
