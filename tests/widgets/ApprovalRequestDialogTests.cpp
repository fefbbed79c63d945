// Widgets_ApprovalRequestDialogTest: finding the supervisor as one types (name, kana, number,
// any width), the 200-character counter, each report's reason it cannot be sent to the chosen
// supervisor, the offline explanation, and the request sent from the report window, saved for
// every report in it.
#include "../models/ApprovalTestData.h"
#include "ApprovalRequestDialog.h"
#include "DraftStore.h"
#include "FacilityEditor.h"
#include "FieldEditor.h"
#include "FormView.h"
#include "LocalStore.h"
#include "ReportRequestRow.h"
#include "ReportWindow.h"
#include "WidgetShots.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

namespace kenshu {
namespace {

using namespace kenshu::test;

const Actor kResidentActor{Role::Resident, kResident};

DirectorySnapshot snapshot()
{
    return {approvalDirectory(), QDateTime(QDate(2026, 5, 1), QTime(9, 30), Qt::UTC)};
}

ApprovalRequestInput input(QList<ReportDraft> others = {},
                           std::optional<DirectorySnapshot> directory = snapshot())
{
    ApprovalRequestInput in;
    in.actor = kResidentActor;
    in.scope = {kProgram, kRoomA};
    in.directory = std::move(directory);
    in.current = {caseReportForm(), registeredReport(1)};
    for (const ReportDraft& other : others)
        in.others.append({caseReportForm(), other});
    in.language = u"en"_s;
    in.now = QDateTime(QDate(2026, 5, 1), QTime(12, 30), Qt::UTC);
    return in;
}

QStringList listedIds(const ApprovalRequestDialog& dialog)
{
    QStringList ids;
    for (int row = 0; row < dialog.supervisorList()->count(); ++row)
        ids.append(dialog.supervisorList()->item(row)->data(Qt::UserRole).toString());
    return ids;
}

void typeText(QWidget* widget, const QString& text)
{
    for (const QChar character : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(character),
                            Qt::NoModifier);
}

void search(ApprovalRequestDialog& dialog, const QString& text)
{
    dialog.searchField()->clear();
    typeText(dialog.searchField(), text);
}

TEST(Widgets_ApprovalRequestDialogTest, SupervisorsAreFilteredAsOneTypes)
{
    ApprovalRequestDialog dialog(input());
    dialog.show();
    EXPECT_EQ(listedIds(dialog), (QStringList{u"200002"_s, u"200001"_s}))
        << "room A's supervisors, never the resident";
    EXPECT_TRUE(dialog.chosenSupervisorId().isEmpty());
    EXPECT_FALSE(dialog.sendButton()->isEnabled());

    search(dialog, u"ﾀﾅｶ"_s);
    EXPECT_EQ(listedIds(dialog), QStringList{u"200001"_s});
    EXPECT_EQ(dialog.chosenSupervisorId(), u"200001"_s) << "the one match is chosen";
    EXPECT_TRUE(dialog.sendButton()->isEnabled());

    search(dialog, u"２０００"_s);
    EXPECT_EQ(listedIds(dialog).size(), 2);
    EXPECT_EQ(dialog.chosenSupervisorId(), u"200001"_s) << "the choice survives the filter";

    search(dialog, u"研修"_s);
    EXPECT_TRUE(listedIds(dialog).isEmpty()) << "not the resident themself";
    EXPECT_FALSE(dialog.sendButton()->isEnabled());
}

TEST(Widgets_ApprovalRequestDialogTest, TheMessageCounterStopsSendingPast200Characters)
{
    ApprovalRequestDialog dialog(input());
    dialog.show();
    search(dialog, u"200001"_s);
    EXPECT_EQ(dialog.counterLabel()->text(), u"0 / 200"_s);
    dialog.messageEdit()->setPlainText(QString(200, u'あ'));
    EXPECT_EQ(dialog.counterLabel()->text(), u"200 / 200"_s);
    EXPECT_TRUE(dialog.sendButton()->isEnabled());
    typeText(dialog.messageEdit(), u"い"_s);
    EXPECT_EQ(dialog.counterLabel()->text(), u"201 / 200 — 1 too many"_s);
    EXPECT_FALSE(dialog.sendButton()->isEnabled());
    EXPECT_EQ(dialog.reportRows()[0]->shownReason(), u"✓ Can be sent"_s)
        << "the report itself is fine; the counter says what is wrong";
}

TEST(Widgets_ApprovalRequestDialogTest, EachReportSaysWhyItCannotBeSent)
{
    ApprovalRequestDialog dialog(input({
        registeredReport(2, u"fac-2"_s, u"2022-04-01"_s, u"2022-06-30"_s),
        registeredReport(3, u"fac-2"_s, u"2023-03-01"_s, u"2023-04-30"_s),
    }));
    dialog.show();
    const QList<ReportRequestRow*> rows = dialog.reportRows();
    ASSERT_EQ(rows.size(), 3);
    EXPECT_TRUE(rows[0]->isIncluded()) << "the current report is preselected";
    EXPECT_FALSE(rows[1]->isIncluded());
    EXPECT_EQ(rows[0]->shownReason(), u"✗ Choose a supervisor above."_s);

    // 佐藤 is certified from 2025: none of these cases is covered.
    search(dialog, u"さとう"_s);
    ASSERT_EQ(dialog.chosenSupervisorId(), u"200002"_s);
    EXPECT_EQ(rows[0]->shownReason(),
              u"✗ 佐藤 次郎's certification (2025-04-01 – ) does not cover the care period "
              "2024-05-01 – 2024-07-31."_s);
    EXPECT_TRUE(rows[2]->shownReason().contains(u"Period of palliative care provided"_s))
        << rows[2]->shownReason().toStdString() << " (the facility's certification ended)";
    EXPECT_FALSE(dialog.sendButton()->isEnabled());

    search(dialog, u"田中"_s);
    EXPECT_EQ(rows[0]->shownReason(), u"✓ Can be sent"_s);
    EXPECT_EQ(rows[1]->shownReason(), u"✓ Can be sent"_s);
    EXPECT_TRUE(rows[2]->shownReason().startsWith(u"✗ The report has 1 problem"_s));
    EXPECT_TRUE(dialog.sendButton()->isEnabled()) << "only included reports count";
    rows[2]->setIncluded(true);
    EXPECT_FALSE(dialog.sendButton()->isEnabled());
    rows[2]->setIncluded(false);
    rows[1]->setIncluded(true);
    ASSERT_TRUE(dialog.sendButton()->isEnabled());

    dialog.messageEdit()->setPlainText(u"2症例の承認をお願いします。"_s);
    saveShot(&dialog, u"approval-request"_s);
    const QList<ReportDraft> sent = dialog.requestedDrafts();
    ASSERT_EQ(sent.size(), 2);
    for (const ReportDraft& draft : sent) {
        EXPECT_EQ(draft.state, u"approval_requested"_s);
        EXPECT_EQ(draft.reviewerId, u"200001"_s);
        EXPECT_EQ(draft.unknownKeys.value(u"requestMessage"_s).toString(),
                  u"2症例の承認をお願いします。"_s);
    }
    EXPECT_EQ(sent[0].unknownKeys.value(u"requestId"_s), sent[1].unknownKeys.value(u"requestId"_s))
        << "one request";
}

TEST(Widgets_ApprovalRequestDialogTest, WithoutTheDirectoryItExplainsTheSignIn)
{
    ApprovalRequestDialog dialog(input({}, std::nullopt));
    dialog.show();
    auto* status = dialog.findChild<QLabel*>(u"directoryStatus"_s);
    ASSERT_NE(status, nullptr);
    EXPECT_TRUE(status->text().contains(u"Sign in once"_s)) << status->text().toStdString();
    EXPECT_FALSE(dialog.searchField()->isEnabled());
    EXPECT_FALSE(dialog.sendButton()->isEnabled());
    saveShot(&dialog, u"approval-request-offline"_s);
}

TEST(Widgets_ApprovalRequestDialogTest, TheDirectorysAgeIsShown)
{
    ApprovalRequestDialog dialog(input());
    auto* status = dialog.findChild<QLabel*>(u"directoryStatus"_s);
    ASSERT_NE(status, nullptr);
    EXPECT_TRUE(status->text().contains(u"3 hour"_s)) << status->text().toStdString();
}

class Widgets_ApprovalFromReportWindowTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    void store(const QList<ReportDraft>& drafts)
    {
        auto opened = LocalStore::open(m_dir.path());
        ASSERT_TRUE(opened);
        ASSERT_TRUE(DraftStore(**opened, kResident).saveAll(RecordType::Report, drafts));
    }

    std::optional<ReportDraft> stored(const QUuid& id)
    {
        auto opened = LocalStore::open(m_dir.path());
        if (!opened)
            return std::nullopt;
        Expected<ReportDraft> draft = DraftStore(**opened, kResident).load(id);
        return draft ? std::optional<ReportDraft>(*draft) : std::nullopt;
    }

    QTemporaryDir m_dir;
};

TEST_F(Widgets_ApprovalFromReportWindowTest, TheRequestIsSavedForEveryReportInIt)
{
    const ReportDraft current = registeredReport(1);
    const ReportDraft other = registeredReport(2);
    const ReportDraft requested = [] {
        ReportDraft draft = registeredReport(3);
        draft.state = u"approval_requested"_s;
        return draft;
    }();
    store({current, other, requested});

    auto* window = new ReportWindow(m_dir.path(), caseReportForm(), {RecordType::Report, current},
                                    kResidentActor, u"en"_s);
    window->setAttribute(Qt::WA_DeleteOnClose, false);
    std::unique_ptr<ReportWindow> owner(window);
    window->setDirectory(snapshot(), RoomPrograms{{{kRoomA, kProgram}}, kRoomA});
    window->show();

    // The facility field chooses from the program's facilities, the ended one labelled.
    auto* facility = qobject_cast<FacilityEditor*>(window->formView()->editor(u"facility"_s));
    ASSERT_NE(facility, nullptr);
    QStringList facilities;
    for (int i = 0; i < facility->comboBox()->count(); ++i)
        facilities.append(facility->comboBox()->itemText(i));
    EXPECT_EQ(facilities, (QStringList{u"緩和ケアセンター — No. K-0101"_s,
                                       u"旧市民病院 — No. K-0057 (certification ended)"_s}));
    EXPECT_EQ(facility->value().toString(), u"fac-1"_s);

    QAction* step = window->stepAction(u"approval_requested"_s);
    ASSERT_NE(step, nullptr);
    ASSERT_TRUE(step->isEnabled());
    step->trigger();
    ApprovalRequestDialog* dialog = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return (dialog = window->findChild<ApprovalRequestDialog*>()) != nullptr; }, 10000));
    ASSERT_EQ(dialog->reportRows().size(), 2) << "the other registered report; not the requested";
    search(*dialog, u"200001"_s);
    dialog->reportRows()[1]->setIncluded(true);
    dialog->messageEdit()->setPlainText(u"Please review."_s);
    ASSERT_TRUE(dialog->sendButton()->isEnabled());
    dialog->sendButton()->click();

    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const auto a = stored(current.id);
            const auto b = stored(other.id);
            return a && b && a->state == u"approval_requested"_s &&
                   b->state == u"approval_requested"_s;
        },
        10000));
    EXPECT_EQ(stored(other.id)->reviewerId, u"200001"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return window->isEnabled(); }, 10000));
    EXPECT_EQ(window->draft().state, u"approval_requested"_s);
    EXPECT_EQ(window->stepAction(u"approval_requested"_s), nullptr);
    EXPECT_NE(window->stepAction(u"registered"_s), nullptr) << "withdraw is offered now";
}

} // namespace
} // namespace kenshu
