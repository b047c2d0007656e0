#include "common/readablecolours.h"

#include <QPalette>

#include <algorithm>
#include <cmath>

namespace wan::ui::colours {

namespace {
double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}
} // namespace

double luminance(const QColor &colour)
{
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

QColor over(const QColor &top, const QColor &bottom)
{
    const double a = top.alphaF();
    const QColor t = top.toRgb();
    const QColor b = bottom.toRgb();
    return QColor::fromRgbF(float(t.redF() * a + b.redF() * (1 - a)), float(t.greenF() * a + b.greenF() * (1 - a)),
                            float(t.blueF() * a + b.blueF() * (1 - a)));
}

double contrastRatio(const QColor &foreground, const QColor &background)
{
    // What lies under a translucent background is not known here: take white.
    const QColor opaqueBackground = over(background, Qt::white);
    const double a = luminance(over(foreground, opaqueBackground));
    const double b = luminance(opaqueBackground);
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

QColor readableOn(const QColor &wanted, const QColor &background, double minimum)
{
    if (contrastRatio(wanted, background) >= minimum)
        return wanted;
    // Away from the background's lightness: darker on light backgrounds, lighter on dark ones.
    const bool darken = luminance(background) > 0.18;
    QColor hsl = wanted.toHsl();
    const float hue = hsl.hslHueF();
    const float saturation = hsl.hslSaturationF();
    float lightness = hsl.lightnessF();
    for (int step = 0; step < 100; ++step) {
        lightness = std::clamp(lightness + (darken ? -0.01F : 0.01F), 0.0F, 1.0F);
        const QColor candidate = QColor::fromHslF(hue, saturation, lightness);
        if (contrastRatio(candidate, background) >= minimum)
            return candidate;
        if (lightness <= 0.0F || lightness >= 1.0F)
            break;
    }
    return textOn(background);
}

QColor textOn(const QColor &fill)
{
    return contrastRatio(Qt::black, fill) >= contrastRatio(Qt::white, fill) ? QColor(Qt::black) : QColor(Qt::white);
}

QColor warningText(const QPalette &palette)
{
    return readableOn(QColor(0xd3, 0x2f, 0x2f), palette.color(QPalette::Window));
}

} // namespace wan::ui::colours
