// Widgets_ConflictDialogTest: a report in conflict side by side with the form's labels and the
// differing fields highlighted; taking the server's version, keeping one's own, or merging
// field by field, applied to the local store through openConflict.
#include "../models/ApprovalTestData.h"
#include "ConflictDialog.h"
#include "LocalStore.h"
#include "OpenConflict.h"
#include "SyncStore.h"
#include "WidgetShots.h"

#include <QApplication>
#include <QComboBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

namespace kenshu {
namespace {

using namespace kenshu::test;

QJsonObject reportData(const QString& diagnosis, const QString& outcome, const QString& title)
{
    ReportDraft draft = registeredReport(1);
    draft.values.insert(u"diagnosis"_s, diagnosis);
    draft.values.insert(u"outcome"_s, outcome);
    draft.title = title;
    return draft.toJson();
}

class Widgets_ConflictDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto opened = LocalStore::open(m_dir.path());
        ASSERT_TRUE(opened);
        m_store = std::move(*opened);
        m_local.id = QUuid::createUuid();
        m_local.type = RecordType::Report;
        m_local.rev = 2;
        m_local.updatedBy = kResident;
        m_local.updatedAt = QDateTime::currentDateTimeUtc();
        m_local.data =
            reportData(u"Pancreatic cancer, liver metastases"_s, u"Discharged home"_s, u"Case 1"_s);
        ASSERT_TRUE(m_store->putRecord(m_local));
        m_server = m_local;
        m_server.rev = 3;
        m_server.updatedBy = u"100001 (laptop)"_s;
        m_server.updatedAt = QDateTime(QDate(2026, 5, 2), QTime(8, 0), Qt::UTC);
        m_server.data =
            reportData(u"Pancreatic cancer"_s, u"Died at home, pain controlled"_s, u"Case 1"_s);
        SyncStore sync(*m_store);
        auto sent = sync.nextOutboxItem();
        ASSERT_TRUE(sent && *sent);
        ASSERT_TRUE(sync.pushConflict(**sent, m_server, u"stale_revision"_s,
                                      u"The record was changed on the server since you last saw "
                                      "it."_s));
    }

    // Opens the conflict as the status area would, and waits for the dialog.
    ConflictDialog* open()
    {
        openConflict(m_dir.path(), m_local.id, {caseReportForm()}, u"en"_s, &m_parent,
                     [this](bool resolved) { m_resolved = resolved; });
        ConflictDialog* dialog = nullptr;
        EXPECT_TRUE(QTest::qWaitFor(
            [&] { return (dialog = m_parent.findChild<ConflictDialog*>()) != nullptr; }, 10000));
        return dialog;
    }

    bool waitResolved()
    {
        return QTest::qWaitFor([&] { return m_resolved.has_value(); }, 10000) && *m_resolved;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    Record m_local;
    Record m_server;
    QWidget m_parent;
    std::optional<bool> m_resolved;
};

TEST_F(Widgets_ConflictDialogTest, ShowsBothVersionsFieldByFieldWithTheFormsLabels)
{
    ConflictDialog* dialog = open();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->differingKeys(), (QStringList{u"values/diagnosis"_s, u"values/outcome"_s}));
    QTableWidget* table = dialog->table();
    int diagnosisRow = -1;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->data(Qt::UserRole).toString() == u"values/diagnosis"_s)
            diagnosisRow = row;
    }
    ASSERT_GE(diagnosisRow, 0);
    EXPECT_EQ(table->item(diagnosisRow, 0)->text(), u"Primary diagnosis"_s);
    EXPECT_EQ(table->item(diagnosisRow, 1)->text(), u"Pancreatic cancer, liver metastases"_s);
    EXPECT_EQ(table->item(diagnosisRow, 2)->text(), u"Pancreatic cancer"_s);
    EXPECT_NE(table->item(diagnosisRow, 1)->background(), QBrush()) << "highlighted";
    EXPECT_NE(table->cellWidget(diagnosisRow, 3), nullptr) << "a choice of side";
    EXPECT_EQ(table->item(0, 0)->text(), u"Slot"_s) << "form order";
    EXPECT_EQ(table->item(0, 1)->background(), QBrush()) << "the same on both sides";
    EXPECT_TRUE(table->isRowHidden(0)) << "only what differs is shown at first";
    EXPECT_FALSE(table->isRowHidden(diagnosisRow));
    EXPECT_TRUE(dialog->mergeButton()->isEnabled());
    saveShot(dialog, u"conflict"_s);
    dialog->reject();
    EXPECT_TRUE(QTest::qWaitFor([&] { return m_resolved.has_value(); }, 10000));
    EXPECT_FALSE(*m_resolved);
    EXPECT_TRUE(SyncStore(*m_store).issue(m_local.id)) << "nothing decided";
}

TEST_F(Widgets_ConflictDialogTest, TakingTheServersVersionReplacesTheLocalOne)
{
    ConflictDialog* dialog = open();
    ASSERT_NE(dialog, nullptr);
    dialog->takeServerButton()->click();
    ASSERT_TRUE(waitResolved());
    EXPECT_EQ(m_store->record(m_local.id)->data, m_server.data);
    EXPECT_EQ(m_store->record(m_local.id)->rev, 3);
    EXPECT_FALSE(SyncStore(*m_store).issue(m_local.id));
    EXPECT_EQ(m_store->outboxSize(), 0);
}

TEST_F(Widgets_ConflictDialogTest, KeepingMineSendsItOnTopOfTheServersRevision)
{
    ConflictDialog* dialog = open();
    ASSERT_NE(dialog, nullptr);
    dialog->keepLocalButton()->click();
    ASSERT_TRUE(waitResolved());
    auto next = SyncStore(*m_store).nextOutboxItem();
    ASSERT_TRUE(next && *next);
    EXPECT_EQ((*next)->record.rev, 3);
    EXPECT_EQ((*next)->record.data, m_local.data);
}

TEST_F(Widgets_ConflictDialogTest, MergingTakesEachChosenField)
{
    ConflictDialog* dialog = open();
    ASSERT_NE(dialog, nullptr);
    dialog->choose(u"values/diagnosis"_s, MergeSide::Local);
    dialog->choose(u"values/outcome"_s, MergeSide::Server);
    dialog->mergeButton()->click();
    ASSERT_TRUE(waitResolved());
    auto next = SyncStore(*m_store).nextOutboxItem();
    ASSERT_TRUE(next && *next);
    EXPECT_EQ((*next)->record.rev, 3);
    const QJsonObject values = (*next)->record.data.value(u"values"_s).toObject();
    EXPECT_EQ(values.value(u"diagnosis"_s).toString(), u"Pancreatic cancer, liver metastases"_s);
    EXPECT_EQ(values.value(u"outcome"_s).toString(), u"Died at home, pain controlled"_s);
    EXPECT_EQ(m_store->record(m_local.id)->data.value(u"values"_s).toObject(), values);
}

TEST(Widgets_ConflictDialogDeletionTest, AgainstADeletionOnlyOneSideCanWin)
{
    Record local;
    local.id = QUuid::createUuid();
    local.type = RecordType::Comment;
    local.data = {{u"text"_s, u"edited here"_s}};
    SyncIssue issue;
    issue.recordId = local.id;
    issue.message = u"Changed on the server by 200001 while it was changed here."_s;
    Record server = local;
    server.deleted = true;
    issue.serverVersion = server;
    ConflictDialog dialog(local, issue, std::nullopt, u"en"_s);
    EXPECT_FALSE(dialog.mergeButton()->isEnabled());
    EXPECT_TRUE(dialog.keepLocalButton()->isEnabled());
    EXPECT_EQ(dialog.table()->item(0, 0)->text(), u"Text"_s);
}

} // namespace
} // namespace kenshu
