#include "CommentRepository.h"

#include "BlobStore.h"
#include "LocalStore.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;

// Stores the snapshot PNG as a blob and returns the attachment that refers to it.
Expected<std::optional<CommentAttachment>>
storeAttachment(LocalStore& store, const QString& dataDir, const std::optional<PaintedFrame>& paint)
{
    if (!paint)
        return std::optional<CommentAttachment>();
    CommentAttachment attachment;
    attachment.layer = paint->layer;
    attachment.location = paint->location;
    const QImage snapshot = paint->renderSnapshot ? paint->renderSnapshot() : QImage();
    if (!snapshot.isNull()) {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        if (!snapshot.save(&buffer, "PNG"))
            return Error{QCoreApplication::translate("CommentRepository",
                                                     "Cannot make a picture of the drawing.")};
        const Expected<StoredBlob> blob = BlobStore(dataDir).ingestData(png);
        if (!blob)
            return blob.error();
        if (Status status = store.putBlob(blob->sha256, blob->size, u"png"_s); !status)
            return status.error();
        attachment.snapshotSha256 = blob->sha256;
    }
    return std::optional<CommentAttachment>(attachment);
}

Status statusOf(const Expected<Comment>& result)
{
    return result ? Status() : Status(result.error());
}

} // namespace

CommentRepository::CommentRepository(QString dataDir, QUuid caseId, Actor actor, QString actorName,
                                     QObject* parent)
    : QObject(parent), m_dataDir(std::move(dataDir)), m_caseId(caseId), m_actor(std::move(actor)),
      m_actorName(std::move(actorName))
{
    qRegisterMetaType<kenshu::CaseDiscussion>();
    m_worker.setMaxThreadCount(1);
}

CommentRepository::~CommentRepository()
{
    waitForPendingWork();
}

void CommentRepository::waitForPendingWork()
{
    m_worker.waitForDone();
}

void CommentRepository::reload()
{
    run(nullptr);
}

void CommentRepository::post(const QString& text, std::optional<PaintedFrame> paint)
{
    const QUuid caseId = m_caseId;
    run([caseId, text, paint](CommentStore& comments, const QString& dataDir) -> Status {
        Expected<std::optional<CommentAttachment>> attachment =
            storeAttachment(comments.localStore(), dataDir, paint);
        if (!attachment)
            return attachment.error();
        return statusOf(comments.post(caseId, text, *attachment));
    });
}

void CommentRepository::edit(const QUuid& commentId, const QString& text)
{
    run([commentId, text](CommentStore& comments, const QString&) {
        return statusOf(comments.edit(commentId, text));
    });
}

void CommentRepository::remove(const QUuid& commentId)
{
    run([commentId](CommentStore& comments, const QString&) {
        return statusOf(comments.remove(commentId));
    });
}

void CommentRepository::closeCase(const QString& text, std::optional<PaintedFrame> paint)
{
    const QUuid caseId = m_caseId;
    run([caseId, text, paint](CommentStore& comments, const QString& dataDir) -> Status {
        Expected<std::optional<CommentAttachment>> attachment =
            storeAttachment(comments.localStore(), dataDir, paint);
        if (!attachment)
            return attachment.error();
        return statusOf(comments.closeCase(caseId, text, *attachment));
    });
}

void CommentRepository::reopenCase()
{
    const QUuid caseId = m_caseId;
    run([caseId](CommentStore& comments, const QString&) { return comments.reopenCase(caseId); });
}

void CommentRepository::run(std::function<Status(CommentStore&, const QString&)> write)
{
    QPointer<CommentRepository> self(this);
    (void)QtConcurrent::run(&m_worker, [self, write, dataDir = m_dataDir, caseId = m_caseId,
                                        actor = m_actor, name = m_actorName] {
        Expected<std::unique_ptr<LocalStore>> store = LocalStore::open(dataDir);
        Status written;
        std::optional<Expected<CaseDiscussion>> discussion;
        if (!store) {
            written = store.error();
        } else {
            CommentStore comments(**store, actor, name);
            if (write)
                written = write(comments, dataDir);
            discussion = comments.load(caseId);
        }
        const bool wrote = bool(write);
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, written, wrote, discussion] {
            if (!self)
                return;
            if (!written)
                emit self->failed(written.error().message);
            else if (wrote)
                emit self->written();
            if (discussion && *discussion)
                emit self->loaded(**discussion);
            else if (discussion)
                emit self->failed((*discussion).error().message);
        });
    });
}

} // namespace kenshu
