#include "ApprovalRequestDialog.h"

#include "CaseReportFields.h"
#include "DirectoryAge.h"
#include "FacilityBounds.h"
#include "MemberSearch.h"
#include "ReportRequestRow.h"
#include "TextLength.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;

QString periodText(const DateRange& period)
{
    return ApprovalRequestDialog::tr("%1 – %2").arg(
        period.start.toString(Qt::ISODate),
        period.end.isNull() ? QString() : period.end.toString(Qt::ISODate));
}

QString periodsText(const std::vector<DateRange>& periods)
{
    QStringList parts;
    for (const DateRange& period : joinedRanges(periods))
        parts.append(periodText(period));
    return parts.isEmpty() ? ApprovalRequestDialog::tr("none") : parts.join(u", "_s);
}

QString memberText(const DirectoryMember& member)
{
    const QString name = member.kana.isEmpty()
                             ? member.name
                             : ApprovalRequestDialog::tr("%1 (%2)").arg(member.name, member.kana);
    return ApprovalRequestDialog::tr("%1 — No. %2 · certified %3")
        .arg(name, member.id, periodsText(member.certifications));
}

} // namespace

ApprovalRequestDialog::ApprovalRequestDialog(ApprovalRequestInput input, QWidget* parent)
    : QDialog(parent), m_input(std::move(input))
{
    setObjectName(u"approvalRequestDialog"_s);
    setWindowTitle(tr("Request approval"));
    m_reports.append(m_input.current);
    m_reports.append(m_input.others);

    auto* intro = new QLabel(
        tr("Ask the supervisor who guided you to approve your case reports. While the request "
           "is pending the reports cannot be edited; you can withdraw it until it is answered."),
        this);
    intro->setWordWrap(true);
    auto* source = new QLabel(this);
    source->setObjectName(u"directoryStatus"_s);
    source->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(source);
    if (m_input.directory) {
        source->setText(directoryAgeText(m_input.directory->fetchedAt, m_input.now));
        source->setStyleSheet(u"color: palette(placeholder-text);"_s);
    } else {
        source->setText(tr("<b>The member list is not here yet.</b> Choosing a supervisor needs "
                           "the list of members and facilities from the server. Sign in once "
                           "while online; after that this works offline as well."));
        source->setStyleSheet(u"background: #fff4e5; border: 1px solid #f0c36d; padding: 8px;"_s);
    }
    layout->addWidget(buildSupervisorPart());
    layout->addWidget(buildReportPart(), 1);
    layout->addWidget(buildMessagePart());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_send = buttons->addButton(tr("Send request"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(u"sendRequest"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    const QList<QWidget*> needDirectory = {m_search, m_supervisors, m_message};
    for (QWidget* part : needDirectory)
        part->setEnabled(m_input.directory.has_value());
    filterSupervisors();
    refreshCounter();
    resize(720, 760);
}

ApprovalRequestDialog::~ApprovalRequestDialog() = default;

QWidget* ApprovalRequestDialog::buildSupervisorPart()
{
    auto* box = new QGroupBox(tr("Supervisor"), this);
    m_search = new QLineEdit(box);
    m_search->setObjectName(u"supervisorSearch"_s);
    m_search->setPlaceholderText(tr("Name, kana or member number"));
    m_search->setClearButtonEnabled(true);
    m_supervisors = new QListWidget(box);
    m_supervisors->setObjectName(u"supervisorList"_s);
    // About five rows: the search narrows the list, the reports below need the room.
    m_supervisors->setFixedHeight(m_supervisors->fontMetrics().height() * 6 + 12);
    m_noMatch = new QLabel(box);
    m_noMatch->setWordWrap(true);
    m_noMatch->setStyleSheet(u"color: palette(placeholder-text);"_s);
    connect(m_search, &QLineEdit::textChanged, this, &ApprovalRequestDialog::filterSupervisors);
    connect(m_supervisors, &QListWidget::currentRowChanged, this,
            &ApprovalRequestDialog::refreshChecks);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_search);
    layout->addWidget(m_supervisors);
    layout->addWidget(m_noMatch);
    return box;
}

QWidget* ApprovalRequestDialog::buildReportPart()
{
    auto* box = new QGroupBox(tr("Case reports in this request"), this);
    auto* list = new QWidget(box);
    auto* rows = new QVBoxLayout(list);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(0);
    for (qsizetype i = 0; i < m_reports.size(); ++i) {
        auto* row = new ReportRequestRow(m_reports[i], m_input.language, i == 0, list);
        connect(row, &ReportRequestRow::includedChanged, this,
                &ApprovalRequestDialog::refreshChecks);
        rows->addWidget(row);
        m_rows.append(row);
    }
    rows->addStretch(1);
    auto* scroll = new QScrollArea(box);
    scroll->setWidget(list);
    scroll->setWidgetResizable(true);
    // Rows follow the dialog's width, so the reasons wrap instead of running off to the side.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* hint = new QLabel(m_reports.size() > 1
                                ? tr("Other registered reports of yours that await a request can "
                                     "go in the same request.")
                                : tr("You have no other registered reports awaiting a request."),
                            box);
    hint->setWordWrap(true);
    hint->setStyleSheet(u"color: palette(placeholder-text);"_s);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(hint);
    layout->addWidget(scroll, 1);
    return box;
}

QWidget* ApprovalRequestDialog::buildMessagePart()
{
    auto* box = new QGroupBox(tr("Message to the supervisor"), this);
    m_message = new QPlainTextEdit(box);
    m_message->setObjectName(u"requestMessage"_s);
    m_message->setTabChangesFocus(true);
    m_message->setFixedHeight(m_message->fontMetrics().lineSpacing() * 4 + 12);
    m_counter = new QLabel(box);
    m_counter->setObjectName(u"messageCounter"_s);
    m_counter->setAlignment(Qt::AlignRight);
    auto* privacy = new QLabel(tr("Your remarks on the report are private and are not sent."), box);
    privacy->setWordWrap(true);
    privacy->setStyleSheet(u"color: palette(placeholder-text);"_s);
    connect(m_message, &QPlainTextEdit::textChanged, this, [this] {
        refreshCounter();
        refreshChecks();
    });
    auto* footer = new QHBoxLayout;
    footer->addWidget(privacy, 1);
    footer->addWidget(m_counter);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_message);
    layout->addLayout(footer);
    return box;
}

QString ApprovalRequestDialog::chosenSupervisorId() const
{
    const QListWidgetItem* item = m_supervisors->currentItem();
    return item && !item->isHidden() ? item->data(Qt::UserRole).toString() : QString();
}

ApprovalChoice ApprovalRequestDialog::choice() const
{
    return {chosenSupervisorId(), m_message->toPlainText()};
}

bool ApprovalRequestDialog::messageFits() const
{
    return characterCount(m_message->toPlainText()) <= kMaxApprovalMessageLength;
}

void ApprovalRequestDialog::filterSupervisors()
{
    const QString chosen = chosenSupervisorId();
    m_supervisors->clear();
    if (!m_input.directory) {
        m_noMatch->hide();
        refreshChecks();
        return;
    }
    const QList<const DirectoryMember*> found = supervisorCandidates(
        m_input.directory->directory, m_input.scope, m_input.actor.memberId, m_search->text());
    for (const DirectoryMember* member : found) {
        auto* item = new QListWidgetItem(memberText(*member), m_supervisors);
        item->setData(Qt::UserRole, member->id);
        if (member->id == chosen)
            m_supervisors->setCurrentItem(item);
    }
    // One match is the one meant: choose it, so typing a member number is enough.
    if (found.size() == 1)
        m_supervisors->setCurrentRow(0);
    m_noMatch->setVisible(found.isEmpty());
    m_noMatch->setText(m_search->text().trimmed().isEmpty()
                           ? tr("No supervisor of this training program is in the member list.")
                           : tr("No supervisor matches “%1”.").arg(m_search->text().trimmed()));
    refreshChecks();
}

QString ApprovalRequestDialog::reasonFor(const RequestableReport& report,
                                         const RequestCheck& check) const
{
    if (!check.formProblems.isEmpty()) {
        const FormProblem& first = check.formProblems.first();
        const FormField* field = report.schema.field(first.fieldId);
        return tr("The report has %n problem(s) to fix first, e.g. %1: %2", nullptr,
                  int(check.formProblems.size()))
            .arg(field ? field->label.text(m_input.language) : first.fieldId, first.message);
    }
    const Directory& directory = m_input.directory->directory;
    const DateRange care = carePeriodOf(report.schema, report.draft.values);
    switch (check.decision.refusal) {
    case Refusal::NoReviewer:
        return tr("Choose a supervisor above.");
    case Refusal::CareOutsideFacilityPeriod: {
        const DirectoryFacility* facility =
            directory.facility(facilityIdOf(report.schema, report.draft.values));
        if (!facility)
            return tr("The facility chosen on the report is not in the member list.");
        return tr("The care period %1 is not within the certification of %2 (%3).")
            .arg(periodText(care), facility->name, periodsText(facility->certifications));
    }
    case Refusal::ReviewerNotCertifiedForPeriod: {
        const DirectoryMember* reviewer = directory.member(chosenSupervisorId());
        return tr("%1's certification (%2) does not cover the care period %3.")
            .arg(reviewer ? reviewer->name : chosenSupervisorId(),
                 reviewer ? periodsText(reviewer->certifications) : tr("none"), periodText(care));
    }
    default:
        return check.decision.message();
    }
}

void ApprovalRequestDialog::refreshChecks()
{
    bool anyIncluded = false;
    bool allIncludedOk = true;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        ReportRequestRow* row = m_rows[i];
        if (!m_input.directory) {
            row->showCheck(false, tr("Needs the member list: sign in first."));
            allIncludedOk = false;
            continue;
        }
        const RequestableReport& report = m_reports[i];
        ApprovalChoice asked = choice();
        RequestCheck check = checkRequest(report.schema, report.draft, m_input.actor,
                                          m_input.directory->directory, asked);
        // The message is one for all reports and its counter says when it is too long; here
        // each report says what is wrong with itself.
        if (check.decision.refusal == Refusal::MessageTooLong) {
            asked.message.clear();
            check = checkRequest(report.schema, report.draft, m_input.actor,
                                 m_input.directory->directory, asked);
        }
        row->showCheck(check.ok(), check.ok() ? QString() : reasonFor(report, check));
        if (row->isIncluded()) {
            anyIncluded = true;
            allIncludedOk &= check.ok();
        }
    }
    m_send->setEnabled(m_input.directory && anyIncluded && allIncludedOk && messageFits() &&
                       !chosenSupervisorId().isEmpty());
}

void ApprovalRequestDialog::refreshCounter()
{
    const int count = characterCount(m_message->toPlainText());
    if (count <= kMaxApprovalMessageLength) {
        m_counter->setStyleSheet(QString());
        m_counter->setText(tr("%1 / %2").arg(count).arg(kMaxApprovalMessageLength));
        return;
    }
    m_counter->setStyleSheet(u"color: #b00020; font-weight: bold;"_s);
    m_counter->setText(tr("%1 / %2 — %n too many", nullptr, count - kMaxApprovalMessageLength)
                           .arg(count)
                           .arg(kMaxApprovalMessageLength));
}

QList<ReportDraft> ApprovalRequestDialog::requestedDrafts() const
{
    QList<ReportDraft> drafts;
    const QUuid requestId = QUuid::createUuid();
    const QDateTime at = QDateTime::currentDateTimeUtc();
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i]->isIncluded())
            drafts.append(requestedDraft(m_reports[i].draft, choice(), requestId,
                                         m_input.actor.memberId, at));
    }
    return drafts;
}

} // namespace kenshu
