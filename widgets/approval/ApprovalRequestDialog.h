#pragma once

#include "Actor.h"
#include "ApprovalPlan.h"
#include "Directory.h"

#include <QDateTime>
#include <QDialog>
#include <QList>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace kenshu {

class ReportRequestRow;

// What the approval request dialog works from. No global state: the caller passes who is
// asking, where the reports live and the directory it has (the saved copy works offline).
struct ApprovalRequestInput
{
    Actor actor; // the resident asking
    ProgramScope scope;
    std::optional<DirectorySnapshot> directory; // nullopt: never fetched
    RequestableReport current;                  // included from the start
    QList<RequestableReport> others;            // more of their reports that await a request
    QString language;                           // of the form labels: "ja" or "en"
    QDateTime now = QDateTime::currentDateTimeUtc();
};

// "Request approval…" for case reports (seed 001): find the supervisor by name, kana or member
// number, pick the reports to send together, write a message of at most 200 characters. Every
// report is checked with the shared rules (checkRequest) as choices change, each saying why it
// cannot be sent; Send is enabled only when every included one can. On accept, requestedDrafts()
// holds the reports as they go out; the caller saves them.
class ApprovalRequestDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApprovalRequestDialog)

public:
    explicit ApprovalRequestDialog(ApprovalRequestInput input, QWidget* parent = nullptr);
    ~ApprovalRequestDialog() override;

    // The included reports moved to approval_requested, sharing one request id.
    QList<ReportDraft> requestedDrafts() const;

    // For tests and callers that preselect.
    QLineEdit* searchField() const { return m_search; }
    QListWidget* supervisorList() const { return m_supervisors; }
    QPlainTextEdit* messageEdit() const { return m_message; }
    QLabel* counterLabel() const { return m_counter; }
    QPushButton* sendButton() const { return m_send; }
    QList<ReportRequestRow*> reportRows() const { return m_rows; }
    QString chosenSupervisorId() const;

private:
    QWidget* buildSupervisorPart();
    QWidget* buildReportPart();
    QWidget* buildMessagePart();
    void filterSupervisors();
    void refreshChecks();
    void refreshCounter();
    QString reasonFor(const RequestableReport& report, const RequestCheck& check) const;
    ApprovalChoice choice() const;
    bool messageFits() const;

    ApprovalRequestInput m_input;
    QList<RequestableReport> m_reports; // current first
    QLineEdit* m_search = nullptr;
    QListWidget* m_supervisors = nullptr;
    QLabel* m_noMatch = nullptr;
    QPlainTextEdit* m_message = nullptr;
    QLabel* m_counter = nullptr;
    QList<ReportRequestRow*> m_rows;
    QPushButton* m_send = nullptr;
};

} // namespace kenshu
