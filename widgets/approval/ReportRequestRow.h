#pragma once

#include "ApprovalPlan.h"

#include <QWidget>

class QCheckBox;
class QLabel;

namespace kenshu {

// One case report in the approval request dialog: a box to include it and, below, whether it
// can be sent to the chosen supervisor, or why not.
class ReportRequestRow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportRequestRow)

public:
    ReportRequestRow(const RequestableReport& report, const QString& language, bool included,
                     QWidget* parent = nullptr);

    bool isIncluded() const;
    void setIncluded(bool included);
    // Shows the check's outcome; `reason` empty means it can be sent.
    void showCheck(bool canSend, const QString& reason);
    QString shownReason() const;

signals:
    void includedChanged();

private:
    QCheckBox* m_include = nullptr;
    QLabel* m_reason = nullptr;
};

} // namespace kenshu
