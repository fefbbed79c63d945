#pragma once

#include "Actor.h"
#include "CommentStore.h"

#include <QWidget>
#include <functional>

class QFrame;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace kenshu {

// A case's comment thread: each post with its author, date, "edited" time, a placeholder for
// deleted ones, a "not yet sent" marker and, on painted comments, where the drawing was made.
// The pencil menu (Edit / Delete) appears only where the comment rules allow it. Below the
// thread a composer posts text; it says when the drawing on the shown frame will go with it.
// The view decides nothing and stores nothing: it shows a CaseDiscussion and emits requests.
class CommentThreadView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommentThreadView)

public:
    enum class ComposerMode { Post, Edit, Close };

    explicit CommentThreadView(QWidget* parent = nullptr);

    void setDiscussion(const CaseDiscussion& discussion, const Actor& viewer);
    const CaseDiscussion& discussion() const { return m_discussion; }

    // What the composer would attach ("Drawing on frame 12"); empty: nothing.
    void setPaintDescription(const QString& description);
    // While a write is under way the composer waits; a failure gives the text back to edit.
    void setBusy(bool busy);
    void showError(const QString& message);
    // After a successful write: the composer empties and returns to posting.
    void clearComposer();
    // Close mode: the composer asks for the closing comment (the supervisor's Close).
    void beginClosing();
    ComposerMode composerMode() const { return m_mode; }

    QUuid selectedComment() const { return m_selected; }
    void selectComment(const QUuid& commentId);
    // Deletion asks first; tests answer instead of a dialog.
    void setDeleteConfirmation(std::function<bool()> confirm)
    {
        m_confirmDelete = std::move(confirm);
    }
    // Starts editing one's own comment in the composer (what the pencil menu's Edit does).
    void beginEdit(const QUuid& commentId);
    void requestDelete(const QUuid& commentId);

    QPlainTextEdit* composer() const { return m_composer; }
    QPushButton* postButton() const { return m_post; }

signals:
    void postRequested(const QString& text);
    void closeRequested(const QString& text);
    void editRequested(const QUuid& commentId, const QString& text);
    void deleteRequested(const QUuid& commentId);
    // A comment was clicked (painted ones jump the viewer to their frame).
    void commentSelected(const QUuid& commentId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QFrame* makeCard(const StoredComment& stored);
    void submit();
    void cancelComposer();
    void setMode(ComposerMode mode);
    void updateComposer();
    void updateSelectionMarks();

    CaseDiscussion m_discussion;
    Actor m_viewer;
    QScrollArea* m_scroll = nullptr;
    QWidget* m_cards = nullptr;
    QVBoxLayout* m_cardLayout = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_modeLabel = nullptr;
    QLabel* m_paintLabel = nullptr;
    QLabel* m_error = nullptr;
    QPlainTextEdit* m_composer = nullptr;
    QPushButton* m_post = nullptr;
    QPushButton* m_cancel = nullptr;
    QString m_paintDescription;
    ComposerMode m_mode = ComposerMode::Post;
    QUuid m_editing;
    QUuid m_selected;
    bool m_busy = false;
    std::function<bool()> m_confirmDelete;
};

} // namespace kenshu
