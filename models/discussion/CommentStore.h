#pragma once

#include "Actor.h"
#include "Comment.h"
#include "CommentRules.h"
#include "Expected.h"

#include <QList>
#include <QMetaType>
#include <QUuid>
#include <functional>
#include <optional>

namespace kenshu {

class LocalStore;

// A comment with its local sync state.
struct StoredComment
{
    Comment comment;
    bool notYetSent = false; // written here, not yet accepted by the server
};

// A case's thread as the case page shows it.
struct CaseDiscussion
{
    QUuid caseId;
    CommentCaseFacts facts;
    QList<StoredComment> comments; // oldest first
};

// A case's comments in the local store (records of type comment, parent = the case), written
// by one actor. Every write is checked by checkCommentWrite against what is stored, inside the
// transaction that makes it, so the rules hold whatever the GUI offered.
class CommentStore final
{
public:
    CommentStore(LocalStore& store, Actor actor, QString actorName);

    // Time source for the stamps (tests pass a fixed clock); UTC.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    LocalStore& localStore() { return m_store; }

    Expected<CaseDiscussion> load(const QUuid& caseId) const;
    Expected<Comment> post(const QUuid& caseId, const QString& text,
                           const std::optional<CommentAttachment>& attachment);
    Expected<Comment> edit(const QUuid& commentId, const QString& text);
    Expected<Comment> remove(const QUuid& commentId);
    // The supervisor's closing comment and the close, in one transaction.
    Expected<Comment> closeCase(const QUuid& caseId, const QString& text,
                                const std::optional<CommentAttachment>& attachment);
    Status reopenCase(const QUuid& caseId);

private:
    Expected<Comment> postComment(const QUuid& caseId, const QString& text,
                                  const std::optional<CommentAttachment>& attachment, bool closing);
    Expected<Comment> change(const QUuid& commentId,
                             const std::function<Comment(const Comment&)>& changeOf);
    Expected<CommentCaseFacts> caseFacts(const QUuid& caseId) const;
    Status writeComment(const Comment& comment);
    Status setCaseState(const QUuid& caseId, CaseState state);

    LocalStore& m_store;
    Actor m_actor;
    QString m_actorName;
    std::function<QDateTime()> m_clock;
};

} // namespace kenshu

Q_DECLARE_METATYPE(kenshu::CaseDiscussion)
