#include "common/appearance.h"

#include <QApplication>
#include <QCoreApplication>
#include <QProxyStyle>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOption>

namespace wan::ui {

namespace {

struct Roles
{
    QColor window, windowText, base, alternateBase, text, button, buttonText, highlight, highlightedText, placeholder, link,
        linkVisited, light, midlight, mid, dark, shadow, toolTipBase, toolTipText, brightText, disabledText;
};

QPalette build(const Roles &r)
{
    QPalette p;
    for (const auto group : { QPalette::Active, QPalette::Inactive, QPalette::Disabled }) {
        p.setColor(group, QPalette::Window, r.window);
        p.setColor(group, QPalette::WindowText, r.windowText);
        p.setColor(group, QPalette::Base, r.base);
        p.setColor(group, QPalette::AlternateBase, r.alternateBase);
        p.setColor(group, QPalette::Text, r.text);
        p.setColor(group, QPalette::Button, r.button);
        p.setColor(group, QPalette::ButtonText, r.buttonText);
        p.setColor(group, QPalette::Highlight, r.highlight);
        p.setColor(group, QPalette::HighlightedText, r.highlightedText);
        p.setColor(group, QPalette::PlaceholderText, r.placeholder);
        p.setColor(group, QPalette::Link, r.link);
        p.setColor(group, QPalette::LinkVisited, r.linkVisited);
        p.setColor(group, QPalette::Light, r.light);
        p.setColor(group, QPalette::Midlight, r.midlight);
        p.setColor(group, QPalette::Mid, r.mid);
        p.setColor(group, QPalette::Dark, r.dark);
        p.setColor(group, QPalette::Shadow, r.shadow);
        p.setColor(group, QPalette::ToolTipBase, r.toolTipBase);
        p.setColor(group, QPalette::ToolTipText, r.toolTipText);
        p.setColor(group, QPalette::BrightText, r.brightText);
    }
    for (const auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, r.disabledText);
    return p;
}

// Fusion draws the outlines of fields, spin boxes, sliders and frames a
// shade darker than the window colour: on a black window they vanish, and
// every field looks like plain text. For high contrast, those controls are
// drawn as if the window were white, so their outlines come out light grey
// (10:1 on black) and the rest of Fusion's drawing stays as it is.
class HighContrastStyle final : public QProxyStyle
{
public:
    HighContrastStyle()
        : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
    {
    }

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        if (element == PE_FrameLineEdit || element == PE_Frame || element == PE_FrameGroupBox) {
            if (const auto *frame = qstyleoption_cast<const QStyleOptionFrame *>(option)) {
                QStyleOptionFrame lit = *frame;
                lightOutline(lit);
                QProxyStyle::drawPrimitive(element, &lit, painter, widget);
                return;
            }
        }
        if (element == PE_IndicatorCheckBox || element == PE_IndicatorRadioButton) {
            if (const auto *button = qstyleoption_cast<const QStyleOptionButton *>(option)) {
                QStyleOptionButton lit = *button; // the style casts to this: a sliced copy would draw nothing
                lightOutline(lit);
                QProxyStyle::drawPrimitive(element, &lit, painter, widget);
                return;
            }
        }
        QProxyStyle::drawPrimitive(element, option, painter, widget);
    }

    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
                            const QWidget *widget) const override
    {
        if (const auto *spin = qstyleoption_cast<const QStyleOptionSpinBox *>(option); spin && control == CC_SpinBox) {
            QStyleOptionSpinBox lit = *spin;
            lightOutline(lit);
            QProxyStyle::drawComplexControl(control, &lit, painter, widget);
        } else if (const auto *slider = qstyleoption_cast<const QStyleOptionSlider *>(option); slider && control == CC_Slider) {
            QStyleOptionSlider lit = *slider;
            lightOutline(lit);
            QProxyStyle::drawComplexControl(control, &lit, painter, widget);
        } else {
            QProxyStyle::drawComplexControl(control, option, painter, widget);
        }
    }

private:
    static void lightOutline(QStyleOption &option)
    {
        for (const auto group : { QPalette::Active, QPalette::Inactive, QPalette::Disabled })
            option.palette.setColor(group, QPalette::Window, Qt::white);
    }
};

struct Startup
{
    bool recorded = false;
    QPalette palette;
    QString style;
};

Startup &startup()
{
    static Startup s;
    return s;
}

} // namespace

Appearance appearanceFromName(const QString &name)
{
    if (name == QLatin1String("light"))
        return Appearance::Light;
    if (name == QLatin1String("dark"))
        return Appearance::Dark;
    if (name == QLatin1String("highContrast"))
        return Appearance::HighContrast;
    return Appearance::System;
}

QString appearanceName(Appearance appearance)
{
    switch (appearance) {
    case Appearance::Light:
        return QStringLiteral("light");
    case Appearance::Dark:
        return QStringLiteral("dark");
    case Appearance::HighContrast:
        return QStringLiteral("highContrast");
    case Appearance::System:
        break;
    }
    return QStringLiteral("system");
}

QString appearanceLabel(Appearance appearance)
{
    switch (appearance) {
    case Appearance::Light:
        return QCoreApplication::translate("wan::ui::Appearance", "Light");
    case Appearance::Dark:
        return QCoreApplication::translate("wan::ui::Appearance", "Dark");
    case Appearance::HighContrast:
        return QCoreApplication::translate("wan::ui::Appearance", "High contrast");
    case Appearance::System:
        break;
    }
    return QCoreApplication::translate("wan::ui::Appearance", "Same as the desktop");
}

QPalette darkPalette()
{
    return build({ QColor(0x2d, 0x2d, 0x30), QColor(0xea, 0xea, 0xea), QColor(0x1e, 0x1e, 0x20), QColor(0x28, 0x28, 0x2b),
                   QColor(0xea, 0xea, 0xea), QColor(0x3a, 0x3a, 0x3e), QColor(0xea, 0xea, 0xea), QColor(0x2a, 0x6c, 0xc0),
                   QColor(0xff, 0xff, 0xff), QColor(0xa8, 0xa8, 0xa8), QColor(0x7a, 0xb7, 0xff), QColor(0xc3, 0x9b, 0xff),
                   QColor(0x55, 0x55, 0x5a), QColor(0x46, 0x46, 0x4b), QColor(0x5c, 0x5c, 0x62), QColor(0x18, 0x18, 0x1a),
                   QColor(0x00, 0x00, 0x00), QColor(0x3a, 0x3a, 0x3e), QColor(0xea, 0xea, 0xea), QColor(0xff, 0xff, 0xff),
                   QColor(0x8c, 0x8c, 0x90) });
}

QPalette highContrastPalette()
{
    // Black and white, yellow selection; frames and borders in white so every edge shows.
    return build({ QColor(0x00, 0x00, 0x00), QColor(0xff, 0xff, 0xff), QColor(0x00, 0x00, 0x00), QColor(0x1a, 0x1a, 0x1a),
                   QColor(0xff, 0xff, 0xff), QColor(0x00, 0x00, 0x00), QColor(0xff, 0xff, 0xff), QColor(0xff, 0xff, 0x00),
                   QColor(0x00, 0x00, 0x00), QColor(0xd0, 0xd0, 0xd0), QColor(0x00, 0xff, 0xff), QColor(0xff, 0x80, 0xff),
                   QColor(0xff, 0xff, 0xff), QColor(0xff, 0xff, 0xff), QColor(0xff, 0xff, 0xff), QColor(0xff, 0xff, 0xff),
                   QColor(0xff, 0xff, 0xff), QColor(0x00, 0x00, 0x00), QColor(0xff, 0xff, 0xff), QColor(0xff, 0xff, 0x00),
                   QColor(0xa0, 0xa0, 0xa0) });
}

QPalette lightPalette()
{
    QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    QPalette p = fusion ? fusion->standardPalette() : QPalette();
    delete fusion;
    // Fusion's placeholder grey and its light-blue selection (3.7:1 under
    // white text) are a little too faint; a shade darker reads.
    for (const auto group : { QPalette::Active, QPalette::Inactive }) {
        p.setColor(group, QPalette::PlaceholderText, QColor(0x6e, 0x6e, 0x6e));
        p.setColor(group, QPalette::Highlight, QColor(0x2a, 0x6c, 0xc0));
    }
    return p;
}

void applyAppearance(QApplication &app, Appearance appearance)
{
    Startup &s = startup();
    if (!s.recorded) {
        s.recorded = true;
        s.palette = QApplication::palette();
        s.style = app.style() ? app.style()->name() : QString();
    }
    if (appearance == Appearance::System) {
        if (!s.style.isEmpty() && app.style() && app.style()->name() != s.style)
            QApplication::setStyle(s.style);
        QApplication::setPalette(s.palette);
        return;
    }
    if (appearance == Appearance::HighContrast)
        QApplication::setStyle(new HighContrastStyle); // the application takes it
    else
        QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setPalette(appearance == Appearance::Dark               ? darkPalette()
                                 : appearance == Appearance::HighContrast ? highContrastPalette()
                                                                          : lightPalette());
}

} // namespace wan::ui
