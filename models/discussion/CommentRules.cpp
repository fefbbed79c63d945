#include "CommentRules.h"

#include "PartyChecks.h"

namespace kenshu {
namespace {

RecordParties partiesOf(const Comment& comment)
{
    return RecordParties{comment.authorId, {}};
}

bool sameRevisions(const QList<CommentRevision>& a, const QList<CommentRevision>& b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].text != b[i].text || a[i].replacedAt != b[i].replacedAt)
            return false;
    }
    return true;
}

bool sameAttachment(const std::optional<CommentAttachment>& a,
                    const std::optional<CommentAttachment>& b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || (a->layer == b->layer && a->snapshotSha256 == b->snapshotSha256 &&
                  a->location == b->location);
}

Decision checkNewComment(const Comment& after, const CommentCaseFacts& facts, const Actor& actor)
{
    const bool wellFormed = !after.isDeleted() && !after.isEdited() && after.history.isEmpty() &&
                            after.authorRole == roleName(actor.role);
    return firstRefusal({authorOnly(actor, partiesOf(after)),
                         require(wellFormed, Refusal::InvalidTransition),
                         canPostComment(facts, actor, after.closing)});
}

} // namespace

Decision canPostComment(const CommentCaseFacts& facts, const Actor& actor, bool closing)
{
    if (closing)
        return reviewerOnly(Role::Supervisor, actor, RecordParties{facts.ownerId, {}});
    return require(facts.state == CaseState::Open, Refusal::LockedClosed);
}

Decision canEditComment(const Comment& comment, const CommentCaseFacts& facts, const Actor& actor)
{
    return firstRefusal(
        {authorOnly(actor, partiesOf(comment)),
         require(!comment.isDeleted(), Refusal::InvalidTransition),
         require(facts.state == CaseState::Open || comment.closing, Refusal::LockedClosed)});
}

Decision canDeleteComment(const Comment& comment, const CommentCaseFacts& facts, const Actor& actor)
{
    return firstRefusal({authorOnly(actor, partiesOf(comment)),
                         require(!comment.isDeleted(), Refusal::InvalidTransition),
                         require(facts.state == CaseState::Open, Refusal::LockedClosed)});
}

Decision checkCommentWrite(const std::optional<Comment>& before, const Comment& after,
                           const CommentCaseFacts& facts, const Actor& actor)
{
    if (!before)
        return checkNewComment(after, facts, actor);

    const bool fixedPartsKept = after.authorId == before->authorId &&
                                after.createdAt == before->createdAt &&
                                after.authorRole == before->authorRole &&
                                after.closing == before->closing && after.caseId == before->caseId;
    if (!fixedPartsKept)
        return Decision::refuse(Refusal::InvalidTransition);

    if (after.isDeleted()) {
        const bool placeholder =
            after.text.isEmpty() && after.history.isEmpty() && !after.attachment;
        return firstRefusal({canDeleteComment(*before, facts, actor),
                             require(placeholder, Refusal::InvalidTransition)});
    }
    if (after.text == before->text)
        return Decision::refuse(Refusal::SameState);

    // An edit keeps every earlier text: the old history plus the text it replaces.
    const bool historyKept =
        after.isEdited() && after.history.size() == before->history.size() + 1 &&
        sameRevisions(after.history.mid(0, before->history.size()), before->history) &&
        after.history.last().text == before->text &&
        sameAttachment(after.attachment, before->attachment);
    return firstRefusal(
        {canEditComment(*before, facts, actor), require(historyKept, Refusal::InvalidTransition)});
}

Comment withEditedText(const Comment& comment, const QString& text, const QDateTime& now)
{
    Comment edited = comment;
    edited.history.append(CommentRevision{comment.text, now});
    edited.text = text;
    edited.editedAt = now;
    return edited;
}

Comment asDeletedPlaceholder(const Comment& comment, const QDateTime& now)
{
    Comment placeholder = comment;
    placeholder.text.clear();
    placeholder.history.clear();
    placeholder.attachment.reset();
    placeholder.deletedAt = now;
    return placeholder;
}

} // namespace kenshu
