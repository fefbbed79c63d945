#pragma once

#include "Expected.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>
#include <optional>

namespace kenshu {

// Where a painted comment was made: the frame its drawing belongs to.
struct CommentLocation
{
    QString studyInstanceUid;
    QString seriesInstanceUid;
    QString sopInstanceUid;
    int frame = 0; // 0-based within the instance

    bool operator==(const CommentLocation& other) const;
};

// The paint a comment carries: the drawing as vectors (an annotation layer in its JSON
// format, version 1) so it can be shown live over the image, and a flat PNG of the frame with
// the drawing burnt in (a blob) for places that cannot render DICOM.
struct CommentAttachment
{
    QJsonObject layer;
    QString snapshotSha256;
    CommentLocation location;
};

// A text the comment had before an edit, and when it was replaced.
struct CommentRevision
{
    QString text;
    QDateTime replacedAt;
};

// A post in a case's discussion thread (record type "comment", parent = the case). Its data:
//   {"text", "authorId", "authorName", "authorRole", "createdAt", "editedAt": ISO|null,
//    "deletedAt": ISO|null, "history": [{"text", "replacedAt"}], "closing": bool,
//    "attachment": {"layer", "snapshotSha256", "studyInstanceUid", "seriesInstanceUid",
//                   "sopInstanceUid", "frame"} | null}
// A deleted comment stays as a placeholder: the record remains, its text, history and
// attachment are removed, and deletedAt says when. Times are UTC.
struct Comment
{
    QUuid id; // the record's id
    QUuid caseId;
    QString text;
    QString authorId;
    QString authorName;
    QString authorRole; // a role name (Actor.h) the author posted in
    QDateTime createdAt;
    QDateTime editedAt;  // invalid: never edited
    QDateTime deletedAt; // invalid: not deleted
    QList<CommentRevision> history;
    bool closing = false; // the supervisor's comment that closed the case
    std::optional<CommentAttachment> attachment;
    QJsonObject unknownKeys; // written by a newer client: kept on a round trip

    bool isDeleted() const { return deletedAt.isValid(); }
    bool isEdited() const { return editedAt.isValid(); }

    QJsonObject toJson() const;
    // Fails when the data names no author or creation time: such a post cannot be shown honestly.
    static Expected<Comment> fromJson(const QUuid& id, const QUuid& caseId,
                                      const QJsonObject& data);
};

} // namespace kenshu
