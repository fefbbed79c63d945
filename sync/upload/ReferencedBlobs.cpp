#include "ReferencedBlobs.h"

#include "Comment.h"
#include "LibraryTypes.h"

namespace kenshu::sync {

using namespace Qt::Literals::StringLiterals;

QString ReferencedBlob::kindName() const
{
    switch (kind) {
    case Kind::Pdf:
        return u"pdf"_s;
    case Kind::Png:
        return u"png"_s;
    case Kind::Dicom:
        break;
    }
    return u"dicom"_s;
}

QList<ReferencedBlob> referencedBlobs(const Record& record)
{
    QList<ReferencedBlob> blobs;
    if (record.deleted)
        return blobs;
    switch (record.type) {
    case RecordType::Study: {
        const StudyEntry study = studyFromJson(record.id, record.parentId, record.data);
        if (study.deidentified)
            break;
        for (const SeriesEntry& series : study.series) {
            for (const InstanceEntry& instance : series.instances)
                blobs.append({instance.sha256, instance.size, ReferencedBlob::Kind::Dicom,
                              series.seriesInstanceUid, series.seriesNumber, series.modality});
        }
        break;
    }
    case RecordType::Document: {
        const DocumentEntry document = documentFromJson(record.id, record.parentId, record.data);
        if (!document.sha256.isEmpty())
            blobs.append({document.sha256, document.size, ReferencedBlob::Kind::Pdf, {}, 0, {}});
        break;
    }
    case RecordType::Comment: {
        const Expected<Comment> comment =
            Comment::fromJson(record.id, record.parentId, record.data);
        if (comment && comment->attachment && !comment->attachment->snapshotSha256.isEmpty())
            blobs.append(
                {comment->attachment->snapshotSha256, 0, ReferencedBlob::Kind::Png, {}, 0, {}});
        break;
    }
    default:
        break;
    }
    return blobs;
}

} // namespace kenshu::sync
