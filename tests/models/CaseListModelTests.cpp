#include "CaseListModel.h"
#include "QtPrinters.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace kenshu;

namespace {

CaseSummary summary(const QString& title, int studies, int documents, const QString& note = {})
{
    CaseSummary entry;
    entry.id = QUuid::createUuid();
    entry.title = title;
    entry.note = note;
    entry.createdAt = QDateTime(QDate(2026, 1, 10), QTime(9, 30), Qt::UTC);
    entry.updatedAt = QDateTime(QDate(2026, 1, 12), QTime(18, 0), Qt::UTC);
    entry.studyCount = studies;
    entry.documentCount = documents;
    return entry;
}

} // namespace

TEST(Models_CaseListModelTest, StartsEmpty)
{
    CaseListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(model.columnCount(), int(CaseListModel::ColumnCount));
    EXPECT_FALSE(model.indexOfCase(QUuid::createUuid()).isValid());
}

TEST(Models_CaseListModelTest, ShowsOneRowPerCase)
{
    CaseListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    const QList<CaseSummary> cases{summary(u"123456-001"_s, 2, 1, u"LAD CTO\nretrograde"_s),
                                   summary(u"123456-002"_s, 0, 3)};
    model.setCases(cases);
    EXPECT_EQ(reset.count(), 1);
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.cases().size(), 2);
    EXPECT_EQ(model.rowCount(model.index(0, 0)), 0) << "a table has no children";

    const auto display = [&](int row, int column) {
        return model.data(model.index(row, column), Qt::DisplayRole);
    };
    EXPECT_EQ(display(0, CaseListModel::TitleColumn).toString(), u"123456-001"_s);
    EXPECT_EQ(display(1, CaseListModel::TitleColumn).toString(), u"123456-002"_s);
    EXPECT_EQ(display(0, CaseListModel::StudiesColumn).toInt(), 2);
    EXPECT_EQ(display(0, CaseListModel::DocumentsColumn).toInt(), 1);
    EXPECT_EQ(display(1, CaseListModel::StudiesColumn).toInt(), 0);
    EXPECT_EQ(display(1, CaseListModel::DocumentsColumn).toInt(), 3);
    // The list shows the first line of the note; the tooltip has all of it.
    EXPECT_EQ(display(0, CaseListModel::NoteColumn).toString(), u"LAD CTO"_s);
    EXPECT_EQ(model.data(model.index(0, CaseListModel::NoteColumn), Qt::ToolTipRole).toString(),
              u"LAD CTO\nretrograde"_s);
    EXPECT_FALSE(display(0, CaseListModel::CreatedColumn).toString().isEmpty());
    EXPECT_FALSE(display(0, CaseListModel::UpdatedColumn).toString().isEmpty());

    for (int column = 0; column < CaseListModel::ColumnCount; ++column) {
        EXPECT_EQ(model.data(model.index(1, column), CaseListModel::CaseIdRole).toUuid(),
                  cases[1].id);
        EXPECT_FALSE(model.headerData(column, Qt::Horizontal).toString().isEmpty()) << column;
    }
    EXPECT_FALSE(model.headerData(0, Qt::Vertical).isValid());
}

TEST(Models_CaseListModelTest, SortRoleGivesComparableValues)
{
    CaseListModel model;
    CaseSummary entry = summary(u"123456-010"_s, 12, 4);
    model.setCases({entry});
    const auto sortValue = [&](int column) {
        return model.data(model.index(0, column), CaseListModel::SortRole);
    };
    // Numbers sort as numbers (12 after 9), dates as dates, not as display text.
    EXPECT_EQ(sortValue(CaseListModel::StudiesColumn), QVariant(12));
    EXPECT_EQ(sortValue(CaseListModel::DocumentsColumn), QVariant(4));
    EXPECT_EQ(sortValue(CaseListModel::CreatedColumn).toDateTime(), entry.createdAt);
    EXPECT_EQ(sortValue(CaseListModel::UpdatedColumn).toDateTime(), entry.updatedAt);
    EXPECT_EQ(sortValue(CaseListModel::TitleColumn).toString(), u"123456-010"_s);
}

TEST(Models_CaseListModelTest, FindsTheRowOfACase)
{
    CaseListModel model;
    const QList<CaseSummary> cases{summary(u"a-001"_s, 0, 0), summary(u"a-002"_s, 0, 0),
                                   summary(u"a-003"_s, 0, 0)};
    model.setCases(cases);
    const QModelIndex index = model.indexOfCase(cases[2].id);
    ASSERT_TRUE(index.isValid());
    EXPECT_EQ(index.row(), 2);
    EXPECT_EQ(index.column(), int(CaseListModel::TitleColumn));
    EXPECT_FALSE(model.indexOfCase(QUuid::createUuid()).isValid());

    model.setCases({});
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_FALSE(model.indexOfCase(cases[2].id).isValid());
}

TEST(Models_CaseListModelTest, ACaseWithPdfsShowsThePdfMarkBesideItsTitle)
{
    CaseListModel model;
    model.setCases({summary(u"123456-001"_s, 1, 2), summary(u"123456-002"_s, 1, 0)});
    const QIcon withPdfs =
        model.index(0, CaseListModel::TitleColumn).data(Qt::DecorationRole).value<QIcon>();
    EXPECT_FALSE(withPdfs.isNull());
    EXPECT_FALSE(withPdfs.pixmap(16, 16).isNull()); // the resource is really there
    EXPECT_EQ(model.index(0, CaseListModel::TitleColumn).data(Qt::ToolTipRole).toString(),
              u"2 PDF(s) in this case"_s);
    EXPECT_FALSE(model.index(1, CaseListModel::TitleColumn).data(Qt::DecorationRole).isValid());
    EXPECT_FALSE(model.index(0, CaseListModel::NoteColumn).data(Qt::DecorationRole).isValid());
}
