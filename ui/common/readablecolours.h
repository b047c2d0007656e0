#pragma once

// Colours that stay readable on any palette: WCAG 2 contrast between two
// colours, and the one colour change (lighter or darker) that brings a wanted
// hue to a contrast with its background. Custom painting takes its colours
// from the palette, or from here when it needs a hue the palette lacks (the
// red of a warning).

#include <QColor>

class QPalette;

namespace wan::ui::colours {

// WCAG 2 relative luminance of an opaque colour, 0..1.
double luminance(const QColor &colour);
// WCAG 2 contrast ratio, 1..21. A translucent foreground is composed over the background first.
double contrastRatio(const QColor &foreground, const QColor &background);
// A translucent colour painted over an opaque one.
QColor over(const QColor &top, const QColor &bottom);

// What WCAG asks of normal text.
constexpr double TextContrast = 4.5;

// The wanted hue, made lighter or darker only as far as needed to reach
// minimum contrast on background (black or white when even that cannot).
QColor readableOn(const QColor &wanted, const QColor &background, double minimum = TextContrast);
// Black or white, whichever reads better on fill.
QColor textOn(const QColor &fill);
// The red of a warning in text on the palette's window colour.
QColor warningText(const QPalette &palette);

} // namespace wan::ui::colours
