// Comments in the local store: dirty until sent, rules checked on write, close and reopen.
#include "CaseConsultation.h"
#include "CaseLibrary.h"
#include "CommentStore.h"
#include "LocalStore.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTimeZone>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace kenshu;

namespace {

const Actor kResident{Role::Resident, u"123456"_s};
const Actor kSupervisor{Role::Supervisor, u"900001"_s};

class Models_CommentStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        Expected<std::unique_ptr<LocalStore>> store = LocalStore::open(m_dir.path());
        ASSERT_TRUE(store) << store.error().message.toStdString();
        m_store = std::move(*store);
        m_caseId = QUuid::createUuid();
        ASSERT_TRUE(CaseLibrary(*m_store).putCase(m_caseId, u"123456-001"_s, {},
                                                  QDateTime::currentDateTimeUtc(), u"123456"_s));
    }

    CommentStore as(const Actor& actor)
    {
        CommentStore comments(*m_store, actor, u"Dr. "_s + actor.memberId);
        comments.setClock([this] { return m_now; });
        return comments;
    }

    CaseState caseState() const { return caseStateOf(m_store->record(m_caseId)->data); }

    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    QUuid m_caseId;
    QDateTime m_now{QDate(2026, 5, 10), QTime(8, 0), Qt::UTC};
};

} // namespace

TEST_F(Models_CommentStoreTest, APostIsStoredUnderTheCaseAndMarkedNotYetSent)
{
    const Expected<Comment> posted = as(kResident).post(m_caseId, u"  Please review  "_s, {});
    ASSERT_TRUE(posted) << posted.error().message.toStdString();
    EXPECT_EQ(posted->text, u"Please review"_s);
    const std::optional<Record> record = m_store->record(posted->id);
    ASSERT_TRUE(record);
    EXPECT_EQ(record->type, RecordType::Comment);
    EXPECT_EQ(record->parentId, m_caseId);

    const Expected<CaseDiscussion> thread = as(kSupervisor).load(m_caseId);
    ASSERT_TRUE(thread);
    ASSERT_EQ(thread->comments.size(), 1);
    EXPECT_TRUE(thread->comments[0].notYetSent);
    EXPECT_EQ(thread->comments[0].comment.authorName, u"Dr. 123456"_s);
    EXPECT_EQ(thread->facts.ownerId, u"123456"_s);
    EXPECT_EQ(m_store->outboxSize(), 2); // the case and the comment
}

TEST_F(Models_CommentStoreTest, OnlyTheAuthorChangesAComment)
{
    const Expected<Comment> posted = as(kResident).post(m_caseId, u"first"_s, {});
    ASSERT_TRUE(posted);
    const Expected<Comment> hijack = as(kSupervisor).edit(posted->id, u"changed"_s);
    ASSERT_FALSE(hijack);
    EXPECT_EQ(hijack.error().message, Decision::refuse(Refusal::NotAuthor).message());
    EXPECT_FALSE(as(kSupervisor).remove(posted->id));
    EXPECT_EQ(as(kResident).load(m_caseId)->comments[0].comment.text, u"first"_s);

    m_now = m_now.addSecs(90);
    const Expected<Comment> edited = as(kResident).edit(posted->id, u"second"_s);
    ASSERT_TRUE(edited) << edited.error().message.toStdString();
    const Comment stored = as(kResident).load(m_caseId)->comments[0].comment;
    EXPECT_EQ(stored.text, u"second"_s);
    EXPECT_EQ(stored.editedAt, m_now);
    ASSERT_EQ(stored.history.size(), 1);
    EXPECT_EQ(stored.history[0].text, u"first"_s);

    EXPECT_FALSE(as(kResident).edit(posted->id, u"   "_s)); // empty: delete instead
    m_now = m_now.addSecs(90);
    ASSERT_TRUE(as(kResident).remove(posted->id));
    const Comment placeholder = as(kResident).load(m_caseId)->comments[0].comment;
    EXPECT_TRUE(placeholder.isDeleted());
    EXPECT_EQ(placeholder.deletedAt, m_now);
    EXPECT_TRUE(placeholder.text.isEmpty());
    EXPECT_FALSE(as(kResident).remove(posted->id)); // already a placeholder
}

TEST_F(Models_CommentStoreTest, CloseNeedsASupervisorAndMakesTheCaseReadOnlyUntilReopened)
{
    EXPECT_FALSE(as(kResident).closeCase(m_caseId, u"done"_s, {}));
    EXPECT_EQ(caseState(), CaseState::Open);
    const Expected<Comment> mine = as(kResident).post(m_caseId, u"question"_s, {});
    ASSERT_TRUE(mine);

    const Expected<Comment> closing = as(kSupervisor).closeCase(m_caseId, u"Approved."_s, {});
    ASSERT_TRUE(closing) << closing.error().message.toStdString();
    EXPECT_TRUE(closing->closing);
    EXPECT_EQ(caseState(), CaseState::Closed);
    EXPECT_EQ(m_store->record(m_caseId)->data.value(u"title"_s).toString(), u"123456-001"_s);

    const Expected<Comment> late = as(kResident).post(m_caseId, u"one more"_s, {});
    ASSERT_FALSE(late);
    EXPECT_EQ(late.error().message, Decision::refuse(Refusal::LockedClosed).message());
    EXPECT_FALSE(as(kResident).edit(mine->id, u"edited"_s));
    EXPECT_FALSE(as(kSupervisor).post(m_caseId, u"after"_s, {}));
    EXPECT_FALSE(as(kResident).reopenCase(m_caseId));

    ASSERT_TRUE(as(kSupervisor).reopenCase(m_caseId));
    EXPECT_EQ(caseState(), CaseState::Open);
    EXPECT_TRUE(as(kResident).post(m_caseId, u"one more"_s, {}));
}

TEST_F(Models_CommentStoreTest, APaintedCommentKeepsItsDrawingAndPlace)
{
    CommentAttachment paint;
    paint.layer = QJsonObject{{u"version"_s, 1}, {u"items"_s, QJsonArray()}};
    paint.snapshotSha256 = u"ff00"_s;
    paint.location = CommentLocation{u"1.2"_s, u"1.2.3"_s, u"1.2.3.4"_s, 5};
    ASSERT_TRUE(as(kSupervisor).post(m_caseId, {}, paint)); // a drawing alone is a comment
    EXPECT_FALSE(as(kSupervisor).post(m_caseId, u"  "_s, {}));
    const Comment stored = as(kSupervisor).load(m_caseId)->comments[0].comment;
    ASSERT_TRUE(stored.attachment);
    EXPECT_EQ(stored.attachment->location, paint.location);
    EXPECT_EQ(stored.attachment->layer, paint.layer);
}

TEST_F(Models_CommentStoreTest, AMissingCaseGivesAClearMessage)
{
    const Expected<Comment> posted = as(kResident).post(QUuid::createUuid(), u"x"_s, {});
    ASSERT_FALSE(posted);
    EXPECT_EQ(posted.error().message, u"The case no longer exists."_s);
}
