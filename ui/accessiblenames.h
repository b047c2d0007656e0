#pragma once

// Accessible names follow a control's visible label: the label's text without
// its mnemonic marker ("&Seed", or "シード(&S)" in Japanese and Chinese) and
// without the colon that ends a form label (":" or the full-width "：").

#include <QString>

class QWidget;

namespace wan::ui {

QString accessibleLabelText(const QString &label);
void nameAfter(QWidget *control, const QString &label);
// The mnemonic a text carries, lower case ("&Reset" -> "r", "シード(&S)" -> "s"); empty without one.
QString mnemonicLetter(const QString &text);

} // namespace wan::ui
