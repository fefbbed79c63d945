#include "CommentStore.h"

#include "CaseConsultation.h"
#include "LocalStore.h"
#include "WorkflowRules.h"

#include <QCoreApplication>

namespace kenshu {
namespace {

Error refused(const Decision& decision)
{
    return Error{decision.message()};
}

// Runs `write` inside one store transaction; anything failing rolls everything back.
template <typename T>
Expected<T> inTransaction(LocalStore& store, const std::function<Expected<T>()>& write)
{
    if (Status status = store.begin(); !status)
        return status.error();
    Expected<T> result = write();
    if (!result) {
        store.rollback();
        return result;
    }
    if (Status status = store.commit(); !status) {
        store.rollback();
        return status.error();
    }
    return result;
}

} // namespace

CommentStore::CommentStore(LocalStore& store, Actor actor, QString actorName)
    : m_store(store), m_actor(std::move(actor)), m_actorName(std::move(actorName)),
      m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

Expected<CaseDiscussion> CommentStore::load(const QUuid& caseId) const
{
    Expected<CommentCaseFacts> facts = caseFacts(caseId);
    if (!facts)
        return facts.error();
    CaseDiscussion discussion;
    discussion.caseId = caseId;
    discussion.facts = *facts;
    for (const StoredRecord& stored : m_store.storedRecords(RecordType::Comment)) {
        if (stored.record.parentId != caseId)
            continue;
        Expected<Comment> comment = Comment::fromJson(stored.record.id, caseId, stored.record.data);
        if (comment)
            discussion.comments.append(StoredComment{std::move(*comment), stored.dirty});
    }
    std::stable_sort(discussion.comments.begin(), discussion.comments.end(),
                     [](const StoredComment& a, const StoredComment& b) {
                         return a.comment.createdAt < b.comment.createdAt;
                     });
    return discussion;
}

Expected<Comment> CommentStore::post(const QUuid& caseId, const QString& text,
                                     const std::optional<CommentAttachment>& attachment)
{
    return inTransaction<Comment>(m_store,
                                  [&] { return postComment(caseId, text, attachment, false); });
}

Expected<Comment> CommentStore::edit(const QUuid& commentId, const QString& text)
{
    if (text.trimmed().isEmpty())
        return Error{QCoreApplication::translate(
            "CommentStore", "A comment cannot be empty. To remove it, delete it.")};
    return change(commentId, [&](const Comment& before) {
        return withEditedText(before, text.trimmed(), m_clock());
    });
}

Expected<Comment> CommentStore::remove(const QUuid& commentId)
{
    return change(commentId,
                  [&](const Comment& before) { return asDeletedPlaceholder(before, m_clock()); });
}

Expected<Comment> CommentStore::closeCase(const QUuid& caseId, const QString& text,
                                          const std::optional<CommentAttachment>& attachment)
{
    return inTransaction<Comment>(m_store, [&]() -> Expected<Comment> {
        Expected<CommentCaseFacts> facts = caseFacts(caseId);
        if (!facts)
            return facts.error();
        TransitionContext context;
        context.parties.authorId = facts->ownerId;
        const Decision close = canTransition(facts->state, CaseState::Closed, m_actor, context);
        if (!close)
            return refused(close);
        Expected<Comment> comment = postComment(caseId, text, attachment, true);
        if (!comment)
            return comment;
        if (Status status = setCaseState(caseId, CaseState::Closed); !status)
            return status.error();
        return comment;
    });
}

Status CommentStore::reopenCase(const QUuid& caseId)
{
    const Expected<bool> done = inTransaction<bool>(m_store, [&]() -> Expected<bool> {
        Expected<CommentCaseFacts> facts = caseFacts(caseId);
        if (!facts)
            return facts.error();
        TransitionContext context;
        context.parties.authorId = facts->ownerId;
        const Decision reopen = canTransition(facts->state, CaseState::Open, m_actor, context);
        if (!reopen)
            return refused(reopen);
        if (Status status = setCaseState(caseId, CaseState::Open); !status)
            return status.error();
        return true;
    });
    if (!done)
        return done.error();
    return {};
}

Expected<Comment> CommentStore::postComment(const QUuid& caseId, const QString& text,
                                            const std::optional<CommentAttachment>& attachment,
                                            bool closing)
{
    if (text.trimmed().isEmpty() && !attachment)
        return Error{QCoreApplication::translate("CommentStore", "Write a comment first.")};
    Expected<CommentCaseFacts> facts = caseFacts(caseId);
    if (!facts)
        return facts.error();
    Comment comment;
    comment.id = QUuid::createUuid();
    comment.caseId = caseId;
    comment.text = text.trimmed();
    comment.authorId = m_actor.memberId;
    comment.authorName = m_actorName;
    comment.authorRole = roleName(m_actor.role);
    comment.createdAt = m_clock();
    comment.closing = closing;
    comment.attachment = attachment;
    const Decision allowed = checkCommentWrite(std::nullopt, comment, *facts, m_actor);
    if (!allowed)
        return refused(allowed);
    if (Status status = writeComment(comment); !status)
        return status.error();
    return comment;
}

Expected<Comment> CommentStore::change(const QUuid& commentId,
                                       const std::function<Comment(const Comment&)>& changeOf)
{
    return inTransaction<Comment>(m_store, [&]() -> Expected<Comment> {
        const std::optional<Record> record = m_store.record(commentId);
        if (!record || record->deleted || record->type != RecordType::Comment)
            return Error{
                QCoreApplication::translate("CommentStore", "The comment no longer exists.")};
        Expected<Comment> before = Comment::fromJson(record->id, record->parentId, record->data);
        if (!before)
            return before;
        Expected<CommentCaseFacts> facts = caseFacts(record->parentId);
        if (!facts)
            return facts.error();
        const Comment after = changeOf(*before);
        const Decision allowed = checkCommentWrite(*before, after, *facts, m_actor);
        if (!allowed)
            return refused(allowed);
        if (Status status = writeComment(after); !status)
            return status.error();
        return after;
    });
}

Expected<CommentCaseFacts> CommentStore::caseFacts(const QUuid& caseId) const
{
    const std::optional<Record> record = m_store.record(caseId);
    if (!record || record->deleted || record->type != RecordType::Case)
        return Error{QCoreApplication::translate("CommentStore", "The case no longer exists.")};
    return CommentCaseFacts{caseStateOf(record->data), caseOwnerOf(record->data)};
}

Status CommentStore::writeComment(const Comment& comment)
{
    Record record;
    record.id = comment.id;
    record.type = RecordType::Comment;
    record.parentId = comment.caseId;
    record.updatedAt = m_clock();
    record.updatedBy = m_actor.memberId;
    record.data = comment.toJson();
    if (const std::optional<Record> existing = m_store.record(comment.id))
        record.rev = existing->rev;
    return m_store.putRecord(record);
}

Status CommentStore::setCaseState(const QUuid& caseId, CaseState state)
{
    std::optional<Record> record = m_store.record(caseId);
    if (!record)
        return Error{QCoreApplication::translate("CommentStore", "The case no longer exists.")};
    record->data = caseDataWithState(record->data, state, m_actor.memberId, m_clock());
    record->updatedAt = m_clock();
    record->updatedBy = m_actor.memberId;
    return m_store.putRecord(*record);
}

} // namespace kenshu
