#pragma once

// What a control shows, for assistive technology, by the same rule as its
// name: a screen reader says the words a sighted user reads. A label that
// shows a value (the balance, the run's stage and time, the picture's size,
// the clip's time) has those words as its accessible name and is renamed with
// each value; what the value means stays in its description (or tooltip).
// Any other control keeps the name of its visible label and carries the value
// it shows in its accessible description (a progress bar: the stage beside it).

#include <QString>

class QWidget;

namespace wan::ui {

// Sets value as the accessible name of a QLabel (value: the text it shows),
// else as the control's accessible description. A change posts
// QAccessible::NameChanged or DescriptionChanged, which AT-SPI passes on as
// object:property-change:accessible-name or -description; the same value
// again posts nothing.
void exposeValue(QWidget *control, const QString &value);

} // namespace wan::ui
