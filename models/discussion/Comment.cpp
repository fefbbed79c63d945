#include "Comment.h"

#include "UtcTimestamp.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLatin1StringView>
#include <initializer_list>

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;

constexpr QLatin1StringView kText = "text"_L1;
constexpr QLatin1StringView kAuthorId = "authorId"_L1;
constexpr QLatin1StringView kAuthorName = "authorName"_L1;
constexpr QLatin1StringView kAuthorRole = "authorRole"_L1;
constexpr QLatin1StringView kCreatedAt = "createdAt"_L1;
constexpr QLatin1StringView kEditedAt = "editedAt"_L1;
constexpr QLatin1StringView kDeletedAt = "deletedAt"_L1;
constexpr QLatin1StringView kHistory = "history"_L1;
constexpr QLatin1StringView kReplacedAt = "replacedAt"_L1;
constexpr QLatin1StringView kClosing = "closing"_L1;
constexpr QLatin1StringView kAttachment = "attachment"_L1;
constexpr QLatin1StringView kLayer = "layer"_L1;
constexpr QLatin1StringView kSnapshot = "snapshotSha256"_L1;
constexpr QLatin1StringView kStudy = "studyInstanceUid"_L1;
constexpr QLatin1StringView kSeries = "seriesInstanceUid"_L1;
constexpr QLatin1StringView kSop = "sopInstanceUid"_L1;
constexpr QLatin1StringView kFrame = "frame"_L1;

const std::initializer_list<QLatin1StringView> kKnownKeys = {
    kText,     kAuthorId,  kAuthorName, kAuthorRole, kCreatedAt,
    kEditedAt, kDeletedAt, kHistory,    kClosing,    kAttachment};

QJsonValue timeOrNull(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(formatUtcTimestamp(time)) : QJsonValue(QJsonValue::Null);
}

QDateTime timeFrom(const QJsonValue& value)
{
    const QString text = value.toString();
    return text.isEmpty() ? QDateTime() : parseUtcTimestamp(text);
}

QJsonValue attachmentToJson(const std::optional<CommentAttachment>& attachment)
{
    if (!attachment)
        return QJsonValue::Null;
    return QJsonObject{
        {kLayer, attachment->layer},
        {kSnapshot, attachment->snapshotSha256},
        {kStudy, attachment->location.studyInstanceUid},
        {kSeries, attachment->location.seriesInstanceUid},
        {kSop, attachment->location.sopInstanceUid},
        {kFrame, attachment->location.frame},
    };
}

std::optional<CommentAttachment> attachmentFromJson(const QJsonValue& value)
{
    const QJsonObject object = value.toObject();
    if (object.isEmpty())
        return std::nullopt;
    CommentAttachment attachment;
    attachment.layer = object.value(kLayer).toObject();
    attachment.snapshotSha256 = object.value(kSnapshot).toString();
    attachment.location.studyInstanceUid = object.value(kStudy).toString();
    attachment.location.seriesInstanceUid = object.value(kSeries).toString();
    attachment.location.sopInstanceUid = object.value(kSop).toString();
    attachment.location.frame = object.value(kFrame).toInt();
    return attachment;
}

} // namespace

bool CommentLocation::operator==(const CommentLocation& other) const
{
    return studyInstanceUid == other.studyInstanceUid &&
           seriesInstanceUid == other.seriesInstanceUid && sopInstanceUid == other.sopInstanceUid &&
           frame == other.frame;
}

QJsonObject Comment::toJson() const
{
    QJsonObject data = unknownKeys;
    data.insert(kText, text);
    data.insert(kAuthorId, authorId);
    data.insert(kAuthorName, authorName);
    data.insert(kAuthorRole, authorRole);
    data.insert(kCreatedAt, timeOrNull(createdAt));
    data.insert(kEditedAt, timeOrNull(editedAt));
    data.insert(kDeletedAt, timeOrNull(deletedAt));
    QJsonArray revisions;
    for (const CommentRevision& revision : history)
        revisions.append(
            QJsonObject{{kText, revision.text}, {kReplacedAt, timeOrNull(revision.replacedAt)}});
    data.insert(kHistory, revisions);
    data.insert(kClosing, closing);
    data.insert(kAttachment, attachmentToJson(attachment));
    return data;
}

Expected<Comment> Comment::fromJson(const QUuid& id, const QUuid& caseId, const QJsonObject& data)
{
    Comment comment;
    comment.id = id;
    comment.caseId = caseId;
    comment.authorId = data.value(kAuthorId).toString();
    comment.createdAt = timeFrom(data.value(kCreatedAt));
    if (comment.authorId.isEmpty() || !comment.createdAt.isValid())
        return Error{
            QCoreApplication::translate("Comment", "The comment %1 has no author or no date.")
                .arg(id.toString(QUuid::WithoutBraces))};
    comment.text = data.value(kText).toString();
    comment.authorName = data.value(kAuthorName).toString();
    comment.authorRole = data.value(kAuthorRole).toString();
    comment.editedAt = timeFrom(data.value(kEditedAt));
    comment.deletedAt = timeFrom(data.value(kDeletedAt));
    for (const QJsonValue& value : data.value(kHistory).toArray()) {
        const QJsonObject revision = value.toObject();
        comment.history.append(CommentRevision{revision.value(kText).toString(),
                                               timeFrom(revision.value(kReplacedAt))});
    }
    comment.closing = data.value(kClosing).toBool();
    comment.attachment = attachmentFromJson(data.value(kAttachment));
    comment.unknownKeys = data;
    for (QLatin1StringView key : kKnownKeys)
        comment.unknownKeys.remove(key);
    return comment;
}

} // namespace kenshu
