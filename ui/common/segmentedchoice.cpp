#include "common/segmentedchoice.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QToolButton>

namespace wan::ui {

SegmentedChoice::SegmentedChoice(const QStringList &values, QWidget *parent)
    : QWidget(parent)
    , m_group(new QButtonGroup(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_group->setExclusive(true);
    for (int i = 0; i < values.size(); ++i) {
        auto *button = new QToolButton(this);
        button->setText(values.at(i));
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setFocusPolicy(Qt::StrongFocus);
        // The values are what the API takes ("480p", "16:9"): shown and named as they are.
        button->setAccessibleName(values.at(i));
        button->setObjectName(QStringLiteral("segment%1").arg(i));
        // Tool buttons, not push buttons: styles give a push button with text at
        // least 80 pixels, which would push the column wider than a laptop allows.
        button->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
        button->setMinimumWidth(button->fontMetrics().horizontalAdvance(values.at(i)) + 24);
        button->installEventFilter(this);
        m_group->addButton(button, i);
        m_buttons.append(button);
        layout->addWidget(button);
    }
    layout->addStretch(1);
    if (!m_buttons.isEmpty())
        setFocusProxy(m_buttons.first());
    connect(m_group, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (!checked)
            return;
        setFocusProxy(m_buttons.at(id));
        // Only the checked button is a Tab stop, as in a radio group.
        for (QToolButton *b : std::as_const(m_buttons))
            b->setFocusPolicy(b == m_buttons.at(id) ? Qt::StrongFocus : Qt::ClickFocus);
        emit currentIndexChanged(id);
    });
}

int SegmentedChoice::count() const
{
    return int(m_buttons.size());
}

QString SegmentedChoice::text(int index) const
{
    return index >= 0 && index < m_buttons.size() ? m_buttons.at(index)->text() : QString();
}

int SegmentedChoice::currentIndex() const
{
    return m_group->checkedId();
}

QString SegmentedChoice::currentText() const
{
    return text(currentIndex());
}

void SegmentedChoice::setCurrentIndex(int index)
{
    if (index == currentIndex())
        return;
    if (index < 0 || index >= m_buttons.size()) {
        // An exclusive group keeps one checked: lift the rule to clear it.
        if (QAbstractButton *checked = m_group->checkedButton()) {
            m_group->setExclusive(false);
            checked->setChecked(false);
            m_group->setExclusive(true);
        }
        emit currentIndexChanged(-1);
        return;
    }
    m_buttons.at(index)->setChecked(true);
}

int SegmentedChoice::findText(const QString &value) const
{
    for (int i = 0; i < m_buttons.size(); ++i) {
        if (m_buttons.at(i)->text() == value)
            return i;
    }
    return -1;
}

QAbstractButton *SegmentedChoice::button(int index) const
{
    return index >= 0 && index < m_buttons.size() ? m_buttons.at(index) : nullptr;
}

void SegmentedChoice::setToolTip(const QString &text)
{
    QWidget::setToolTip(text);
    for (QToolButton *b : std::as_const(m_buttons))
        b->setToolTip(text);
}

bool SegmentedChoice::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        int step = 0;
        if (key == Qt::Key_Left || key == Qt::Key_Up)
            step = -1;
        else if (key == Qt::Key_Right || key == Qt::Key_Down)
            step = 1;
        const int at = int(m_buttons.indexOf(static_cast<QToolButton *>(watched)));
        if (step != 0 && at >= 0) {
            const int next = qBound(0, at + (layoutDirection() == Qt::RightToLeft && (key == Qt::Key_Left || key == Qt::Key_Right) ? -step : step),
                                    int(m_buttons.size()) - 1);
            if (next != at) {
                m_buttons.at(next)->setChecked(true);
                m_buttons.at(next)->setFocus(Qt::TabFocusReason);
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace wan::ui
