#pragma once

// A choice among a few values as one row of buttons that touch (a segmented
// control): one click picks a value, and every value is in view. For the
// model's two-value parameters (resolution, aspect ratio), where a drop-down
// would hide the other value behind a click.
//
// Keyboard: Tab reaches the row once (the checked button); the arrow keys
// move the choice, as in a radio group. Each button's accessible name is its
// text; the row's accessible name is the parameter's label.

#include <QStringList>
#include <QWidget>

class QAbstractButton;
class QButtonGroup;
class QToolButton;

namespace wan::ui {

class SegmentedChoice final : public QWidget
{
    Q_OBJECT
public:
    explicit SegmentedChoice(const QStringList &values, QWidget *parent = nullptr);

    int count() const;
    QString text(int index) const;
    int currentIndex() const;
    QString currentText() const;
    // -1 or out of range: no button checked.
    void setCurrentIndex(int index);
    int findText(const QString &text) const;
    QAbstractButton *button(int index) const;
    // Also sets each button's tool tip, saying which value it picks.
    void setToolTip(const QString &text);

signals:
    // The user or setCurrentIndex() changed the choice.
    void currentIndexChanged(int index);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QButtonGroup *m_group;
    QList<QToolButton *> m_buttons;
};

} // namespace wan::ui
