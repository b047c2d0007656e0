#include "common/accessiblevalue.h"

#include <QLabel>

namespace wan::ui {

void exposeValue(QWidget *control, const QString &value)
{
    // A label's text is its name only while it has none; but the rule wants
    // every label named, and once named, setText() posts no event. Qt 6.4
    // posts an event from every setAccessibleName()/Description(), even with
    // the same text, so a readout updated often would announce nothing new.
    // tst_accessibility holds both over the AT-SPI bus.
    if (qobject_cast<QLabel *>(control)) {
        if (control->accessibleName() != value)
            control->setAccessibleName(value);
    } else if (control->accessibleDescription() != value) {
        control->setAccessibleDescription(value);
    }
}

} // namespace wan::ui
