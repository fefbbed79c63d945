#pragma once

#include "Actor.h"
#include "Comment.h"
#include "CommentStore.h"

#include <QImage>
#include <QObject>
#include <QThreadPool>
#include <functional>
#include <optional>

namespace kenshu {

// Paint to attach to a new comment. The snapshot is made on the worker thread (burning the
// drawing into a 1024² frame and encoding a PNG takes too long for the GUI thread).
struct PaintedFrame
{
    QJsonObject layer; // the drawing, as an annotation layer
    CommentLocation location;
    std::function<QImage()> renderSnapshot;
};

// A case's discussion for the GUI: every read and write runs on one worker thread, in the
// order asked, each with its own store connection. After each write the thread is read again
// and announced with loaded(); a refused or failed write is announced with failed().
class CommentRepository final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommentRepository)

public:
    CommentRepository(QString dataDir, QUuid caseId, Actor actor, QString actorName,
                      QObject* parent = nullptr);
    ~CommentRepository() override; // waits for pending writes

    QUuid caseId() const { return m_caseId; }
    const Actor& actor() const { return m_actor; }

    void reload();
    void post(const QString& text, std::optional<PaintedFrame> paint);
    void edit(const QUuid& commentId, const QString& text);
    void remove(const QUuid& commentId);
    void closeCase(const QString& text, std::optional<PaintedFrame> paint);
    void reopenCase();
    void waitForPendingWork();

signals:
    void loaded(const kenshu::CaseDiscussion& discussion);
    void written(); // a post, edit, deletion, close or reopen was stored
    void failed(const QString& message);

private:
    // Runs `write` on the worker with a CommentStore, then reloads the thread.
    void run(std::function<Status(CommentStore& comments, const QString& dataDir)> write);

    QString m_dataDir;
    QUuid m_caseId;
    Actor m_actor;
    QString m_actorName;
    QThreadPool m_worker;
};

} // namespace kenshu
