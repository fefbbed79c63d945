#pragma once

#include "Actor.h"
#include "Comment.h"
#include "Decision.h"
#include "WorkflowStates.h"

#include <QDateTime>
#include <optional>

namespace kenshu {

// What the comment rules need to know about the case a comment belongs to.
struct CommentCaseFacts
{
    CaseState state = CaseState::Open;
    QString ownerId; // the resident the case belongs to
};

// Pure rules for a case's discussion (GLOSSARY.md, "Comment"): the GUI asks them to offer
// actions, the store before writing, and the server (through checkCommentWrite) to enforce.

// Anyone may post on an open case. A closed case takes no new comments except the closing
// comment, which only a supervisor other than the case's owner may post (it is the approval).
Decision canPostComment(const CommentCaseFacts& facts, const Actor& actor, bool closing);

// Only the author edits their comment; not once deleted; on a closed case only the closing
// comment can still be edited (by its author).
Decision canEditComment(const Comment& comment, const CommentCaseFacts& facts, const Actor& actor);

// Only the author deletes their comment, while the case is open.
Decision canDeleteComment(const Comment& comment, const CommentCaseFacts& facts,
                          const Actor& actor);

// The record-write rule: may `actor` store `after` where `before` is stored (nullopt: a new
// comment)? A write must be a post, an edit (text changed, old text appended to the history)
// or a deletion (placeholder); author, date, role and attachment never change.
Decision checkCommentWrite(const std::optional<Comment>& before, const Comment& after,
                           const CommentCaseFacts& facts, const Actor& actor);

// `comment` with new text; the previous text goes into the history with the time it was
// replaced.
Comment withEditedText(const Comment& comment, const QString& text, const QDateTime& now);

// The placeholder a deletion leaves: text, history and attachment removed, deletedAt set.
Comment asDeletedPlaceholder(const Comment& comment, const QDateTime& now);

} // namespace kenshu
