#pragma once

// Accessible names follow a control's visible label: the label's text without
// its mnemonic marker ("&Seed", or "シード(&S)" in Japanese and Chinese) and
// without the colon that ends a form label (":" or the full-width "：").
// And the mnemonics themselves, chosen so that none clashes with another.

#include <QString>

class QWidget;

namespace wan::ui {

QString accessibleLabelText(const QString &label);
void nameAfter(QWidget *control, const QString &label);
// The mnemonic a text carries, lower case ("&Reset" -> "r", "シード(&S)" -> "s"); empty without one.
QString mnemonicLetter(const QString &text);

// Mnemonics that clash with nothing: `used` holds the keys (lower case) other
// texts of the window already take, and gets the one chosen. Only ASCII
// letters and digits count (Alt+シ cannot be typed).
// withMnemonic: a text that has none (a label from data) gets the first free
// word-initial letter, else the first free letter; with all its Latin letters
// taken, none; with no Latin letter at all (Japanese, Chinese), a free one
// after it, "シード(&S)", taken from source (the English text) if it can be.
QString withMnemonic(const QString &plain, const QString &source, QString &used);
// claimMnemonic: a translated text keeps its translator's key unless that key
// is taken or cannot be typed; then it is chosen again as by withMnemonic.
QString claimMnemonic(const QString &text, QString &used);

} // namespace wan::ui
