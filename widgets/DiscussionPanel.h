#pragma once

#include "Actor.h"
#include "CommentRepository.h"

#include <QWidget>
#include <functional>
#include <optional>

class QLabel;
class QPushButton;

namespace kenshu {

class CommentThreadView;

// The discussion side of a case page: the case's consultation state with Close / Reopen (as
// the workflow rules allow the signed-in user), and the comment thread. Writes go through a
// CommentRepository off the GUI thread; the panel refreshes from what was stored.
class DiscussionPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiscussionPanel)

public:
    DiscussionPanel(const QString& dataDir, const QUuid& caseId, const Actor& actor,
                    const QString& actorName, QWidget* parent = nullptr);

    // Asked when a comment is posted: the paint on the shown frame, if any.
    void setPaintSource(std::function<std::optional<PaintedFrame>()> source)
    {
        m_paintSource = std::move(source);
    }
    CommentThreadView* thread() const { return m_thread; }
    CommentRepository* repository() const { return m_repository; }
    CaseState caseState() const;
    QPushButton* closeButton() const { return m_close; }
    QPushButton* reopenButton() const { return m_reopen; }

signals:
    // A comment was clicked; painted ones carry their drawing and place.
    void commentActivated(const kenshu::Comment& comment);
    // A post carried the paint of the shown frame (the viewer clears it: it is in the comment).
    // A comment with this drawing was stored (the drawing as it was when it was posted).
    void paintPosted(const QJsonObject& layer);
    void caseStateChanged(kenshu::CaseState state);

private:
    void onLoaded(const CaseDiscussion& discussion);
    void updateState();

    CommentRepository* m_repository = nullptr;
    CommentThreadView* m_thread = nullptr;
    QLabel* m_state = nullptr;
    QPushButton* m_close = nullptr;
    QPushButton* m_reopen = nullptr;
    std::function<std::optional<PaintedFrame>()> m_paintSource;
    bool m_loaded = false;
    QJsonObject m_pendingPaint; // the drawing the write under way carries; empty: none
};

} // namespace kenshu
