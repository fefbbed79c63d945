#include "CommentThreadView.h"

#include "CommentRules.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace kenshu {
namespace {

using namespace Qt::Literals::StringLiterals;

const char* const kCommentIdProperty = "commentId";

QString localTime(const QDateTime& time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QLabel* mutedLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

CommentThreadView::CommentThreadView(QWidget* parent) : QWidget(parent)
{
    m_cards = new QWidget;
    m_cards->setObjectName(u"commentCards"_s);
    m_cardLayout = new QVBoxLayout(m_cards);
    m_cardLayout->setContentsMargins(4, 4, 4, 4);
    m_cardLayout->addStretch();
    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(m_cards);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_empty = mutedLabel(tr("No comments yet."), this);
    m_empty->setAlignment(Qt::AlignCenter);

    m_modeLabel = new QLabel(this);
    m_modeLabel->setObjectName(u"composerMode"_s);
    m_modeLabel->setWordWrap(true);
    m_paintLabel = new QLabel(this);
    m_paintLabel->setObjectName(u"composerPaint"_s);
    m_paintLabel->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(u"composerError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020;"_s);
    m_error->hide();
    m_composer = new QPlainTextEdit(this);
    m_composer->setObjectName(u"commentComposer"_s);
    m_composer->setPlaceholderText(tr("Write a comment…"));
    m_composer->setMaximumHeight(110);
    m_composer->setTabChangesFocus(true);
    m_post = new QPushButton(this);
    m_post->setObjectName(u"postComment"_s);
    m_post->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(u"cancelComposer"_s);
    connect(m_post, &QPushButton::clicked, this, &CommentThreadView::submit);
    connect(m_cancel, &QPushButton::clicked, this, &CommentThreadView::cancelComposer);
    connect(m_composer, &QPlainTextEdit::textChanged, this, &CommentThreadView::updateComposer);
    m_composer->installEventFilter(this);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_paintLabel, 1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_post);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_modeLabel);
    layout->addWidget(m_error);
    layout->addWidget(m_composer);
    layout->addLayout(buttons);

    m_confirmDelete = [this] {
        return QMessageBox::question(this, tr("Delete comment"),
                                     tr("Delete this comment? A note that it was deleted stays "
                                        "in the thread.")) == QMessageBox::Yes;
    };
    setMode(ComposerMode::Post);
}

void CommentThreadView::setDiscussion(const CaseDiscussion& discussion, const Actor& viewer)
{
    const bool atBottom =
        m_scroll->verticalScrollBar()->value() == m_scroll->verticalScrollBar()->maximum();
    const bool grew = discussion.comments.size() > m_discussion.comments.size();
    m_discussion = discussion;
    m_viewer = viewer;
    while (m_cardLayout->count() > 1) {
        QLayoutItem* item = m_cardLayout->takeAt(0);
        delete item->widget();
        delete item;
    }
    for (const StoredComment& stored : discussion.comments)
        m_cardLayout->insertWidget(m_cardLayout->count() - 1, makeCard(stored));
    m_empty->setVisible(discussion.comments.isEmpty());
    m_scroll->setVisible(!discussion.comments.isEmpty());
    updateSelectionMarks();
    updateComposer();
    if (atBottom || grew) {
        // The newest post is at the bottom, as in a chat; follow it once laid out.
        QTimer::singleShot(0, this, [this] {
            m_scroll->verticalScrollBar()->setValue(m_scroll->verticalScrollBar()->maximum());
        });
    }
}

QFrame* CommentThreadView::makeCard(const StoredComment& stored)
{
    const Comment& comment = stored.comment;
    auto* card = new QFrame(m_cards);
    card->setObjectName(u"commentCard"_s);
    card->setProperty(kCommentIdProperty, comment.id);
    card->setFrameShape(QFrame::StyledPanel);
    card->setAutoFillBackground(true);
    card->installEventFilter(this);
    card->setCursor(comment.attachment ? Qt::PointingHandCursor : Qt::ArrowCursor);

    auto* author = new QLabel(card);
    author->setObjectName(u"commentAuthor"_s);
    const QString name = comment.authorName.isEmpty() ? comment.authorId : comment.authorName;
    const QString role = comment.authorRole == roleName(Role::Supervisor) ? tr(" (supervisor)")
                         : comment.authorRole == roleName(Role::Director) ? tr(" (director)")
                                                                          : QString();
    author->setText(u"<b>%1</b>%2"_s.arg(name.toHtmlEscaped(), role.toHtmlEscaped()));
    author->setWordWrap(true);
    auto* date = mutedLabel(localTime(comment.createdAt), card);
    date->setObjectName(u"commentDate"_s);

    // Two short lines rather than one long one: the thread is a narrow column.
    auto* header = new QHBoxLayout;
    header->addWidget(author, 1);
    auto* meta = new QHBoxLayout;
    meta->addWidget(date);
    if (comment.isEdited() && !comment.isDeleted()) {
        auto* edited = mutedLabel(tr("edited %1").arg(localTime(comment.editedAt)), card);
        edited->setObjectName(u"commentEdited"_s);
        edited->setToolTip(tr("%n earlier version(s) kept", nullptr, int(comment.history.size())));
        meta->addWidget(edited);
    }
    meta->addStretch();
    if (stored.notYetSent) {
        auto* pending = new QLabel(tr("Not yet sent"), card);
        pending->setObjectName(u"commentNotSent"_s);
        pending->setToolTip(tr("Saved on this computer; it will be sent when Kenshu syncs."));
        pending->setStyleSheet(u"color: #8a5a00; font-size: small;"_s);
        header->addWidget(pending);
    }
    const Decision canEdit = canEditComment(comment, m_discussion.facts, m_viewer);
    const Decision canDelete = canDeleteComment(comment, m_discussion.facts, m_viewer);
    if (canEdit || canDelete) {
        auto* pencil = new QToolButton(card);
        pencil->setObjectName(u"commentPencil"_s);
        pencil->setText(u"✎"_s);
        pencil->setToolTip(tr("Edit or delete your comment"));
        pencil->setAutoRaise(true);
        pencil->setPopupMode(QToolButton::InstantPopup);
        auto* menu = new QMenu(pencil);
        QAction* edit = menu->addAction(tr("Edit"));
        edit->setObjectName(u"editComment"_s);
        edit->setEnabled(canEdit.allowed());
        edit->setToolTip(canEdit.message());
        QAction* remove = menu->addAction(tr("Delete"));
        remove->setObjectName(u"deleteComment"_s);
        remove->setEnabled(canDelete.allowed());
        remove->setToolTip(canDelete.message());
        const QUuid id = comment.id;
        connect(edit, &QAction::triggered, this, [this, id] { beginEdit(id); });
        connect(remove, &QAction::triggered, this, [this, id] { requestDelete(id); });
        pencil->setMenu(menu);
        header->addWidget(pencil);
    }

    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(3);
    layout->addLayout(header);
    layout->addLayout(meta);
    if (comment.isDeleted()) {
        auto* placeholder = mutedLabel(
            tr("This comment was deleted on %1.").arg(localTime(comment.deletedAt)), card);
        placeholder->setObjectName(u"commentDeleted"_s);
        placeholder->setWordWrap(true);
        QFont italic = placeholder->font();
        italic.setItalic(true);
        placeholder->setFont(italic);
        layout->addWidget(placeholder);
        return card;
    }
    if (comment.closing) {
        auto* closing = new QLabel(tr("Closed the consultation (approved)"), card);
        closing->setObjectName(u"commentClosing"_s);
        closing->setStyleSheet(u"color: #1b5e20; font-weight: bold;"_s);
        layout->addWidget(closing);
    }
    if (!comment.text.isEmpty()) {
        auto* text = new QLabel(comment.text, card);
        text->setObjectName(u"commentText"_s);
        text->setTextFormat(Qt::PlainText);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        text->installEventFilter(this);
        layout->addWidget(text);
    }
    if (comment.attachment) {
        auto* paint = new QLabel(tr("Drawing on frame %1 — click to show it on the image")
                                     .arg(comment.attachment->location.frame + 1),
                                 card);
        paint->setObjectName(u"commentPaint"_s);
        paint->setWordWrap(true);
        paint->setStyleSheet(u"color: #0b5cad;"_s);
        layout->addWidget(paint);
    }
    return card;
}

bool CommentThreadView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_composer && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers().testFlag(Qt::ControlModifier)) {
            submit();
            return true;
        }
    }
    if (event->type() == QEvent::MouseButtonRelease) {
        QObject* target = watched;
        while (target && !target->property(kCommentIdProperty).isValid())
            target = target->parent();
        if (target) {
            selectComment(target->property(kCommentIdProperty).toUuid());
            emit commentSelected(m_selected);
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CommentThreadView::selectComment(const QUuid& commentId)
{
    m_selected = commentId;
    updateSelectionMarks();
}

void CommentThreadView::updateSelectionMarks()
{
    for (QFrame* card : m_cards->findChildren<QFrame*>(u"commentCard"_s)) {
        const bool selected = card->property(kCommentIdProperty).toUuid() == m_selected;
        card->setBackgroundRole(selected ? QPalette::Highlight : QPalette::Base);
        card->setForegroundRole(selected ? QPalette::HighlightedText : QPalette::Text);
        card->setProperty("selected", selected);
    }
}

void CommentThreadView::setPaintDescription(const QString& description)
{
    m_paintDescription = description;
    updateComposer();
}

void CommentThreadView::setBusy(bool busy)
{
    m_busy = busy;
    if (busy)
        m_error->hide();
    updateComposer();
}

void CommentThreadView::showError(const QString& message)
{
    m_busy = false;
    m_error->setText(message);
    m_error->show();
    updateComposer();
}

void CommentThreadView::clearComposer()
{
    m_busy = false;
    m_composer->clear();
    m_error->hide();
    setMode(ComposerMode::Post);
}

void CommentThreadView::beginClosing()
{
    m_editing = QUuid();
    setMode(ComposerMode::Close);
    m_composer->setFocus();
}

void CommentThreadView::beginEdit(const QUuid& commentId)
{
    for (const StoredComment& stored : m_discussion.comments) {
        if (stored.comment.id != commentId)
            continue;
        m_editing = commentId;
        setMode(ComposerMode::Edit);
        m_composer->setPlainText(stored.comment.text);
        m_composer->setFocus();
        return;
    }
}

void CommentThreadView::requestDelete(const QUuid& commentId)
{
    if (m_confirmDelete && m_confirmDelete())
        emit deleteRequested(commentId);
}

void CommentThreadView::submit()
{
    if (m_busy || !m_post->isEnabled())
        return;
    const QString text = m_composer->toPlainText();
    switch (m_mode) {
    case ComposerMode::Post:
        emit postRequested(text);
        break;
    case ComposerMode::Edit:
        emit editRequested(m_editing, text);
        break;
    case ComposerMode::Close:
        emit closeRequested(text);
        break;
    }
}

void CommentThreadView::cancelComposer()
{
    m_composer->clear();
    m_error->hide();
    setMode(ComposerMode::Post);
}

void CommentThreadView::setMode(ComposerMode mode)
{
    m_mode = mode;
    if (mode != ComposerMode::Edit)
        m_editing = QUuid();
    updateComposer();
}

void CommentThreadView::updateComposer()
{
    const bool mayPost =
        m_mode != ComposerMode::Post || canPostComment(m_discussion.facts, m_viewer, false);
    const bool paintGoesWith = m_mode != ComposerMode::Edit && !m_paintDescription.isEmpty();
    const bool hasContent = !m_composer->toPlainText().trimmed().isEmpty() ||
                            (paintGoesWith && m_mode == ComposerMode::Post);
    switch (m_mode) {
    case ComposerMode::Post:
        m_post->setText(tr("Post"));
        m_modeLabel->setText(
            mayPost ? QString() : canPostComment(m_discussion.facts, m_viewer, false).message());
        break;
    case ComposerMode::Edit:
        m_post->setText(tr("Save"));
        m_modeLabel->setText(tr("Editing your comment. The earlier text is kept in its history."));
        break;
    case ComposerMode::Close:
        m_post->setText(tr("Close case"));
        m_modeLabel->setText(tr("Write the closing comment. Closing approves the case and makes "
                                "it read-only until a supervisor reopens it."));
        break;
    }
    m_modeLabel->setVisible(!m_modeLabel->text().isEmpty());
    m_paintLabel->setText(paintGoesWith ? tr("%1 goes with the comment").arg(m_paintDescription)
                                        : QString());
    m_composer->setEnabled(mayPost && !m_busy);
    m_post->setEnabled(mayPost && hasContent && !m_busy);
    m_cancel->setVisible(m_mode != ComposerMode::Post);
    m_post->setToolTip(tr("Ctrl+Enter"));
}

} // namespace kenshu
