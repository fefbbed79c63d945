#include "DiscussionPanel.h"

#include "CommentThreadView.h"
#include "WorkflowRules.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>
#include <utility>

namespace kenshu {

using namespace Qt::Literals::StringLiterals;

DiscussionPanel::DiscussionPanel(const QString& dataDir, const QUuid& caseId, const Actor& actor,
                                 const QString& actorName, QWidget* parent)
    : QWidget(parent), m_repository(new CommentRepository(dataDir, caseId, actor, actorName, this)),
      m_thread(new CommentThreadView(this))
{
    auto* title = new QLabel(tr("<b>Discussion</b>"), this);
    m_state = new QLabel(this);
    m_state->setObjectName(u"caseState"_s);
    m_close = new QPushButton(tr("Close…"), this);
    m_close->setObjectName(u"closeCase"_s);
    m_close->setToolTip(tr("Approve the case: write a closing comment, then it is read-only"));
    m_reopen = new QPushButton(tr("Reopen"), this);
    m_reopen->setObjectName(u"reopenCase"_s);
    m_reopen->setToolTip(tr("Make the case editable again"));

    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addWidget(m_state, 1);
    header->addWidget(m_close);
    header->addWidget(m_reopen);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_thread, 1);

    connect(m_repository, &CommentRepository::loaded, this, &DiscussionPanel::onLoaded);
    connect(m_repository, &CommentRepository::written, this, [this] {
        m_thread->clearComposer();
        if (const QJsonObject posted = std::exchange(m_pendingPaint, {}); !posted.isEmpty())
            emit paintPosted(posted);
    });
    connect(m_repository, &CommentRepository::failed, this, [this](const QString& message) {
        m_pendingPaint = {};
        m_thread->showError(message);
    });
    auto paint = [this] { return m_paintSource ? m_paintSource() : std::nullopt; };
    connect(m_thread, &CommentThreadView::postRequested, this, [this, paint](const QString& text) {
        std::optional<PaintedFrame> painted = paint();
        m_pendingPaint = painted ? painted->layer : QJsonObject();
        m_thread->setBusy(true);
        m_repository->post(text, std::move(painted));
    });
    connect(m_thread, &CommentThreadView::closeRequested, this, [this, paint](const QString& text) {
        std::optional<PaintedFrame> painted = paint();
        m_pendingPaint = painted ? painted->layer : QJsonObject();
        m_thread->setBusy(true);
        m_repository->closeCase(text, std::move(painted));
    });
    connect(m_thread, &CommentThreadView::editRequested, this,
            [this](const QUuid& id, const QString& text) {
                m_thread->setBusy(true);
                m_repository->edit(id, text);
            });
    connect(m_thread, &CommentThreadView::deleteRequested, this, [this](const QUuid& id) {
        m_thread->setBusy(true);
        m_repository->remove(id);
    });
    connect(m_thread, &CommentThreadView::commentSelected, this, [this](const QUuid& id) {
        for (const StoredComment& stored : m_thread->discussion().comments) {
            if (stored.comment.id == id)
                emit commentActivated(stored.comment);
        }
    });
    connect(m_close, &QPushButton::clicked, m_thread, &CommentThreadView::beginClosing);
    connect(m_reopen, &QPushButton::clicked, this, [this] {
        m_thread->setBusy(true);
        m_repository->reopenCase();
    });
    updateState();
    m_repository->reload();
}

CaseState DiscussionPanel::caseState() const
{
    return m_thread->discussion().facts.state;
}

void DiscussionPanel::onLoaded(const CaseDiscussion& discussion)
{
    const bool stateChanged = !m_loaded || discussion.facts.state != caseState();
    m_loaded = true;
    m_thread->setDiscussion(discussion, m_repository->actor());
    updateState();
    if (stateChanged)
        emit caseStateChanged(discussion.facts.state);
}

void DiscussionPanel::updateState()
{
    const CommentCaseFacts& facts = m_thread->discussion().facts;
    const bool closed = facts.state == CaseState::Closed;
    m_state->setText(!m_loaded ? QString()
                     : closed  ? tr("Closed (approved) — read-only")
                               : tr("Open"));
    m_state->setStyleSheet(closed ? u"color: #1b5e20;"_s : QString());
    TransitionContext context;
    context.parties.authorId = facts.ownerId;
    const Actor& actor = m_repository->actor();
    const Decision close = canTransition(CaseState::Open, CaseState::Closed, actor, context);
    const Decision reopen = canTransition(CaseState::Closed, CaseState::Open, actor, context);
    m_close->setVisible(m_loaded && !closed);
    m_close->setEnabled(close.allowed());
    m_close->setToolTip(close ? tr("Approve the case: write a closing comment, then it is "
                                   "read-only")
                              : close.message());
    m_reopen->setVisible(m_loaded && closed);
    m_reopen->setEnabled(reopen.allowed());
    m_reopen->setToolTip(reopen ? tr("Make the case editable again") : reopen.message());
}

} // namespace kenshu
