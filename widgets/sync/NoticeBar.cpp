#include "NoticeBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace kenshu {

using namespace Qt::Literals::StringLiterals;

NoticeBar::NoticeBar(QWidget* parent) : QWidget(parent)
{
    setObjectName(u"noticeBar"_s);
    setAutoFillBackground(true);
    QPalette tinted = palette();
    tinted.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xce));
    tinted.setColor(QPalette::WindowText, QColor(0x3b, 0x2f, 0x00));
    setPalette(tinted);

    auto* icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(20, 20));
    m_text = new QLabel(this);
    m_text->setObjectName(u"noticeText"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_action = new QPushButton(this);
    m_action->setObjectName(u"noticeAction"_s);
    connect(m_action, &QPushButton::clicked, this, [this] {
        const std::function<void()> run = m_run;
        dismiss();
        if (run)
            run();
    });
    auto* close = new QToolButton(this);
    close->setObjectName(u"noticeClose"_s);
    close->setAutoRaise(true);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Close this note"));
    connect(close, &QToolButton::clicked, this, &NoticeBar::dismiss);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action);
    layout->addWidget(close);
    hide();
}

void NoticeBar::showNotice(const QString& text, const QString& actionText,
                           std::function<void()> action)
{
    m_text->setText(text);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    m_run = std::move(action);
    show();
    emit visibilityChanged(true);
}

void NoticeBar::dismiss()
{
    m_run = {};
    hide();
    emit visibilityChanged(false);
}

QString NoticeBar::text() const
{
    return isHidden() ? QString() : m_text->text();
}

} // namespace kenshu
