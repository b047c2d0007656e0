#pragma once

// A message in the window itself (not a modal box): what happened and what to
// do, tinted for errors, dismissable, readable by screen readers.

#include <QFrame>

#include <functional>

class QLabel;
class QToolButton;

namespace wan::ui {

class MessageBanner final : public QFrame
{
    Q_OBJECT
public:
    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(const QString &text, bool error);
    // The same with one button beside the text (e.g. "Send again"); clicking it
    // hides the banner and runs action.
    void showMessage(const QString &text, bool error, const QString &actionText, std::function<void()> action);
    // The same with a second button (e.g. "Send Anyway" and "Don't Send").
    void showMessage(const QString &text, bool error, const QString &actionText, std::function<void()> action,
                     const QString &secondText, std::function<void()> second);
    QString actionText() const;
    QString secondActionText() const;
    QString text() const;
    bool isError() const { return m_error; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    QLabel *m_text = nullptr;
    QToolButton *m_close = nullptr;
    QToolButton *m_action = nullptr;
    QToolButton *m_second = nullptr;
    std::function<void()> m_onAction;
    std::function<void()> m_onSecond;
    bool m_error = false;
};

} // namespace wan::ui
