// Comment rules: only the author edits or deletes; a closed case takes only the closing
// comment; a write must be a post, an edit that keeps history, or a deletion placeholder.
#include "CommentRules.h"

#include <QTimeZone>
#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace kenshu;

namespace {

const Actor kResident{Role::Resident, u"123456"_s};
const Actor kOtherResident{Role::Resident, u"222222"_s};
const Actor kSupervisor{Role::Supervisor, u"900001"_s};
const CommentCaseFacts kOpenCase{CaseState::Open, u"123456"_s};
const CommentCaseFacts kClosedCase{CaseState::Closed, u"123456"_s};
const QDateTime kPosted(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
const QDateTime kLater(QDate(2026, 3, 2), QTime(10, 30), Qt::UTC);

Comment commentBy(const Actor& author, const QString& text = u"LAD #7 90%"_s)
{
    Comment comment;
    comment.id = QUuid::createUuid();
    comment.caseId = QUuid::createUuid();
    comment.text = text;
    comment.authorId = author.memberId;
    comment.authorName = u"Name"_s;
    comment.authorRole = roleName(author.role);
    comment.createdAt = kPosted;
    return comment;
}

} // namespace

TEST(Models_CommentRulesTest, OnlyTheAuthorEditsOrDeletes)
{
    const Comment mine = commentBy(kResident);
    EXPECT_TRUE(canEditComment(mine, kOpenCase, kResident));
    EXPECT_TRUE(canDeleteComment(mine, kOpenCase, kResident));
    for (const Actor& other : {kOtherResident, kSupervisor, Actor{Role::Resident, {}}}) {
        EXPECT_EQ(canEditComment(mine, kOpenCase, other).refusal, Refusal::NotAuthor);
        EXPECT_EQ(canDeleteComment(mine, kOpenCase, other).refusal, Refusal::NotAuthor);
    }
}

TEST(Models_CommentRulesTest, NobodyPostsOnAClosedCaseExceptTheClosingComment)
{
    EXPECT_TRUE(canPostComment(kOpenCase, kResident, false));
    EXPECT_TRUE(canPostComment(kOpenCase, kSupervisor, false));
    EXPECT_EQ(canPostComment(kClosedCase, kResident, false).refusal, Refusal::LockedClosed);
    EXPECT_EQ(canPostComment(kClosedCase, kSupervisor, false).refusal, Refusal::LockedClosed);
    EXPECT_TRUE(canPostComment(kClosedCase, kSupervisor, true));
    EXPECT_EQ(canPostComment(kOpenCase, kResident, true).refusal, Refusal::SupervisorOnly);
    // A supervisor who owns the case cannot approve it with a closing comment.
    const CommentCaseFacts ownCase{CaseState::Open, kSupervisor.memberId};
    EXPECT_EQ(canPostComment(ownCase, kSupervisor, true).refusal, Refusal::SelfApproval);
}

TEST(Models_CommentRulesTest, AClosedCaseLocksEditsButTheClosingComment)
{
    const Comment mine = commentBy(kSupervisor);
    EXPECT_EQ(canEditComment(mine, kClosedCase, kSupervisor).refusal, Refusal::LockedClosed);
    EXPECT_EQ(canDeleteComment(mine, kClosedCase, kSupervisor).refusal, Refusal::LockedClosed);
    Comment closing = mine;
    closing.closing = true;
    EXPECT_TRUE(canEditComment(closing, kClosedCase, kSupervisor));
    EXPECT_EQ(canDeleteComment(closing, kClosedCase, kSupervisor).refusal, Refusal::LockedClosed);
}

TEST(Models_CommentRulesTest, EditKeepsEveryEarlierTextWithItsTime)
{
    const Comment first = commentBy(kResident, u"first"_s);
    const Comment second = withEditedText(first, u"second"_s, kPosted.addSecs(60));
    const Comment third = withEditedText(second, u"third"_s, kLater);
    EXPECT_EQ(third.text, u"third"_s);
    EXPECT_EQ(third.editedAt, kLater);
    ASSERT_EQ(third.history.size(), 2);
    EXPECT_EQ(third.history[0].text, u"first"_s);
    EXPECT_EQ(third.history[0].replacedAt, kPosted.addSecs(60));
    EXPECT_EQ(third.history[1].text, u"second"_s);
    EXPECT_EQ(third.history[1].replacedAt, kLater);
    EXPECT_EQ(third.createdAt, kPosted);
    EXPECT_TRUE(checkCommentWrite(second, third, kOpenCase, kResident));
}

TEST(Models_CommentRulesTest, DeletionLeavesAPlaceholderWithoutText)
{
    Comment painted = withEditedText(commentBy(kResident, u"old"_s), u"new"_s, kPosted);
    painted.attachment = CommentAttachment{QJsonObject{{u"version"_s, 1}}, u"ab"_s, {}};
    const Comment placeholder = asDeletedPlaceholder(painted, kLater);
    EXPECT_TRUE(placeholder.isDeleted());
    EXPECT_EQ(placeholder.deletedAt, kLater);
    EXPECT_TRUE(placeholder.text.isEmpty());
    EXPECT_TRUE(placeholder.history.isEmpty());
    EXPECT_FALSE(placeholder.attachment.has_value());
    EXPECT_EQ(placeholder.id, painted.id);
    EXPECT_EQ(placeholder.authorId, painted.authorId);
    EXPECT_EQ(placeholder.createdAt, painted.createdAt);
    EXPECT_TRUE(checkCommentWrite(painted, placeholder, kOpenCase, kResident));
    EXPECT_EQ(checkCommentWrite(painted, placeholder, kOpenCase, kSupervisor).refusal,
              Refusal::NotAuthor);
    // Nothing changes after a deletion, not even by the author.
    EXPECT_EQ(canEditComment(placeholder, kOpenCase, kResident).refusal,
              Refusal::InvalidTransition);
    EXPECT_EQ(checkCommentWrite(placeholder, withEditedText(placeholder, u"back"_s, kLater),
                                kOpenCase, kResident)
                  .refusal,
              Refusal::InvalidTransition);
}

TEST(Models_CommentRulesTest, AWriteThatRewritesHistoryOrAuthorshipIsRefused)
{
    const Comment original = commentBy(kResident, u"first"_s);
    Comment silent = original; // text changed without keeping the old one
    silent.text = u"changed"_s;
    silent.editedAt = kLater;
    EXPECT_EQ(checkCommentWrite(original, silent, kOpenCase, kResident).refusal,
              Refusal::InvalidTransition);

    Comment takenOver = withEditedText(original, u"mine now"_s, kLater);
    takenOver.authorId = kOtherResident.memberId;
    EXPECT_EQ(checkCommentWrite(original, takenOver, kOpenCase, kOtherResident).refusal,
              Refusal::InvalidTransition);

    Comment backdated = withEditedText(original, u"x"_s, kLater);
    backdated.createdAt = kPosted.addDays(-30);
    EXPECT_EQ(checkCommentWrite(original, backdated, kOpenCase, kResident).refusal,
              Refusal::InvalidTransition);

    EXPECT_EQ(checkCommentWrite(original, original, kOpenCase, kResident).refusal,
              Refusal::SameState);
}

TEST(Models_CommentRulesTest, ANewCommentIsPostedInTheAuthorsOwnNameAndRole)
{
    EXPECT_TRUE(checkCommentWrite(std::nullopt, commentBy(kResident), kOpenCase, kResident));
    EXPECT_EQ(checkCommentWrite(std::nullopt, commentBy(kResident), kOpenCase, kSupervisor).refusal,
              Refusal::NotAuthor);
    Comment posingAsSupervisor = commentBy(kResident);
    posingAsSupervisor.authorRole = roleName(Role::Supervisor);
    EXPECT_EQ(checkCommentWrite(std::nullopt, posingAsSupervisor, kOpenCase, kResident).refusal,
              Refusal::InvalidTransition);
    EXPECT_EQ(
        checkCommentWrite(std::nullopt, commentBy(kSupervisor), kClosedCase, kSupervisor).refusal,
        Refusal::LockedClosed);
}

TEST(Models_CommentRulesTest, CommentJsonRoundTripKeepsEverythingAndUnknownKeys)
{
    Comment comment = withEditedText(commentBy(kSupervisor, u"前"_s), u"後 LAD"_s, kLater);
    comment.closing = true;
    comment.attachment = CommentAttachment{QJsonObject{{u"version"_s, 1}}, u"abcd"_s,
                                           CommentLocation{u"1.2"_s, u"1.2.3"_s, u"1.2.3.4"_s, 7}};
    QJsonObject data = comment.toJson();
    data.insert(u"futureField"_s, 42);
    const Expected<Comment> read = Comment::fromJson(comment.id, comment.caseId, data);
    ASSERT_TRUE(read) << read.error().message.toStdString();
    EXPECT_EQ(read->text, comment.text);
    EXPECT_EQ(read->editedAt, kLater);
    ASSERT_EQ(read->history.size(), 1);
    EXPECT_EQ(read->history[0].text, u"前"_s);
    EXPECT_TRUE(read->closing);
    ASSERT_TRUE(read->attachment.has_value());
    EXPECT_EQ(read->attachment->location, comment.attachment->location);
    EXPECT_EQ(read->attachment->snapshotSha256, u"abcd"_s);
    EXPECT_EQ(read->toJson(), data);

    EXPECT_FALSE(Comment::fromJson(comment.id, comment.caseId, QJsonObject{{u"text"_s, u"x"_s}}));
}
