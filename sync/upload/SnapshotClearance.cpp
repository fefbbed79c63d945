#include "SnapshotClearance.h"

#include "BlobSyncState.h"
#include "Comment.h"
#include "LibraryTypes.h"
#include "LocalStore.h"

namespace kenshu::sync {
namespace {

// The SHA-256 of the frame's image when the frame is in one of the library's own studies: an
// empty one when the study is but the image is not; nullopt when the study is another member's.
std::optional<QString> ownInstanceFile(const LocalStore& store, const CommentLocation& frame)
{
    for (const Record& record : store.records(RecordType::Study)) {
        const StudyEntry study = studyFromJson(record.id, record.parentId, record.data);
        if (study.deidentified || study.studyInstanceUid != frame.studyInstanceUid)
            continue;
        for (const SeriesEntry& series : study.series) {
            for (const InstanceEntry& instance : series.instances) {
                if (instance.sopInstanceUid == frame.sopInstanceUid)
                    return instance.sha256;
            }
        }
        return QString();
    }
    return std::nullopt;
}

} // namespace

bool snapshotMayLeave(LocalStore& store, const Record& record)
{
    if (record.type != RecordType::Comment || record.deleted)
        return true;
    const Expected<Comment> comment = Comment::fromJson(record.id, record.parentId, record.data);
    if (!comment || !comment->attachment || comment->attachment->snapshotSha256.isEmpty())
        return true;
    const std::optional<QString> image = ownInstanceFile(store, comment->attachment->location);
    if (!image)
        return true;
    if (image->isEmpty())
        return false; // a frame of the library's own study that it cannot place: keep it here
    return !BlobSyncState(store).onServer({*image}).isEmpty();
}

} // namespace kenshu::sync
