#include "common/messagebanner.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace wan::ui {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("messageBanner"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 6, 8);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setAccessibleName(tr("Message"));
    // Its icon is looked up when the banner first shows (showEvent): the
    // first look-up reads the icon theme from disk, and the banner starts hidden.
    m_close = new QToolButton(this);
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss"));
    m_close->setAutoRaise(true);
    m_action = new QToolButton(this);
    m_action->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_action->hide();
    m_second = new QToolButton(this);
    m_second->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_second->hide();
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action, 0, Qt::AlignTop);
    layout->addWidget(m_second, 0, Qt::AlignTop);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_action, &QToolButton::clicked, this, [this] {
        const auto action = std::exchange(m_onAction, {});
        hide();
        if (action)
            action();
    });
    connect(m_second, &QToolButton::clicked, this, [this] {
        const auto action = std::exchange(m_onSecond, {});
        m_onAction = {};
        hide();
        if (action)
            action();
    });
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void MessageBanner::showMessage(const QString &text, bool error, const QString &actionText, std::function<void()> action)
{
    showMessage(text, error);
    m_onAction = std::move(action);
    m_action->setText(actionText);
    m_action->setAccessibleName(QString(actionText).remove(QLatin1Char('&')));
    m_action->setVisible(!actionText.isEmpty() && m_onAction);
}

void MessageBanner::showMessage(const QString &text, bool error, const QString &actionText, std::function<void()> action,
                                const QString &secondText, std::function<void()> second)
{
    showMessage(text, error, actionText, std::move(action));
    m_onSecond = std::move(second);
    m_second->setText(secondText);
    m_second->setAccessibleName(QString(secondText).remove(QLatin1Char('&')));
    m_second->setVisible(!secondText.isEmpty() && m_onSecond);
}

QString MessageBanner::secondActionText() const
{
    return isHidden() || m_second->isHidden() ? QString() : m_second->text();
}

QString MessageBanner::actionText() const
{
    return isHidden() || m_action->isHidden() ? QString() : m_action->text();
}

void MessageBanner::showMessage(const QString &text, bool error)
{
    m_onAction = {};
    m_onSecond = {};
    m_action->hide();
    m_second->hide();
    m_error = error;
    m_text->setText(text);
    // Colours that read on light and dark palettes alike.
    setStyleSheet(error ? QStringLiteral("#messageBanner { background: rgba(179, 38, 30, 0.16); border: 1px solid rgba(179, 38, 30, 0.6); border-radius: 6px; }")
                        : QStringLiteral("#messageBanner { background: rgba(46, 125, 50, 0.14); border: 1px solid rgba(46, 125, 50, 0.5); border-radius: 6px; }"));
    show();
    QAccessibleEvent event(m_text, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

void MessageBanner::showEvent(QShowEvent *event)
{
    if (m_close->icon().isNull())
        m_close->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton, nullptr, this));
    QFrame::showEvent(event);
}

QString MessageBanner::text() const
{
    return isHidden() ? QString() : m_text->text();
}

} // namespace wan::ui
