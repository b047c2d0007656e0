#pragma once

// Light, dark and high-contrast looks, chosen in Settings (or the desktop's
// own). The palettes meet WCAG's 4.5:1 between every text role and the
// background it is drawn on; the Fusion style draws them faithfully.

#include <QPalette>
#include <QString>

class QApplication;

namespace wan::ui {

enum class Appearance { System, Light, Dark, HighContrast };

// The setting's stored value ("system", "light", "dark", "highContrast") and back.
Appearance appearanceFromName(const QString &name);
QString appearanceName(Appearance appearance);
// For the settings dialog, in its order.
QString appearanceLabel(Appearance appearance);

QPalette darkPalette();
QPalette highContrastPalette();
QPalette lightPalette();

// Sets the application's style and palette; System puts back what the
// desktop gave at the first call.
void applyAppearance(QApplication &app, Appearance appearance);

} // namespace wan::ui
