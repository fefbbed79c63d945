#pragma once

#include <QWidget>
#include <functional>

class QLabel;
class QPushButton;

namespace kenshu {

// A note across the top of a window that does not interrupt work (instead of a message box):
// a sentence, an optional action button and a close button.
class NoticeBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoticeBar)

public:
    explicit NoticeBar(QWidget* parent = nullptr);

    // Shows `text`; with `actionText`, a button that runs `action` and closes the note.
    void showNotice(const QString& text, const QString& actionText = {},
                    std::function<void()> action = {});
    void dismiss();
    QString text() const;

signals:
    void visibilityChanged(bool visible);

private:
    QLabel* m_text = nullptr;
    QPushButton* m_action = nullptr;
    std::function<void()> m_run;
};

} // namespace kenshu
