#include "motionfilter.h"

#include <QStringList>

#include <algorithm>

namespace wan::emulator {

namespace {

// Fixed notation: ffmpeg's expressions and option parser read it everywhere
// (QString::number is locale-free).
QString num(double value)
{
    return QString::number(value, 'f', 6);
}

// The eased progress 0..1 over the clip, from zoompan's output frame index `on`.
QString progressExpression(const MotionPlan &plan, int frames)
{
    const QString p = QStringLiteral("(on/%1)").arg(std::max(1, frames - 1));
    const std::array<double, 3> c = plan.easingCoefficients();
    QStringList terms;
    QString power = p;
    for (double coefficient : c) {
        if (coefficient != 0.0)
            terms << num(coefficient) + QLatin1Char('*') + power;
        power += QLatin1Char('*') + p;
    }
    return QLatin1Char('(') + terms.join(QLatin1Char('+')) + QLatin1Char(')');
}

// Two sine waves, the slower one stronger: reads as a hand's sway plus jitter.
QString waveExpression(const MotionPlan &plan, std::size_t first, int fps)
{
    const auto wave = [&](std::size_t i) {
        return QStringLiteral("sin(on*%1+%2)").arg(num(plan.waveRates[i] / fps), num(plan.wavePhases[i]));
    };
    return QStringLiteral("(0.65*%1+0.35*%2)").arg(wave(first), wave(first + 1));
}

// Applied once to the still before zoompan, so a grade costs one frame's work, not 81.
QString gradeFilter(Grade grade)
{
    switch (grade) {
    case Grade::Neutral:
        break;
    case Grade::Warm:
        return QStringLiteral("colorbalance=rm=0.08:gm=0.02:bm=-0.08:rh=0.05:bh=-0.06,");
    case Grade::Cool:
        return QStringLiteral("colorbalance=rm=-0.07:gm=0.01:bm=0.09:rh=-0.04:bh=0.06,");
    case Grade::TealOrange:
        // Shadows towards teal, highlights towards orange.
        return QStringLiteral("colorbalance=rs=-0.12:gs=0.03:bs=0.12:rm=0.03:bm=-0.03:rh=0.12:gh=0.02:bh=-0.12,");
    case Grade::Faded:
        // Lifted blacks, lowered whites, less colour.
        return QStringLiteral("curves=all='0/0.09 0.5/0.53 1/0.9',eq=saturation=0.72,");
    }
    return {};
}

struct Camera {
    QString zoom;
    QString x;
    QString y;
};

// zoompan's window: zoom >= 1, and x/y its top-left corner in the (doubled)
// input; content moves left when x grows. Pans, tilts and the orbit zoom in
// just enough to have room for their travel.
Camera camera(const MotionPlan &plan, int frames, int fps)
{
    const QString e = progressExpression(plan, frames);
    const QString a = num(plan.amount);
    const QString centreX = QStringLiteral("(iw-iw/zoom)/2");
    const QString centreY = QStringLiteral("(ih-ih/zoom)/2");
    const QString roomX = QStringLiteral("(iw-iw/zoom)");
    const QString roomY = QStringLiteral("(ih-ih/zoom)");
    const QString travelZoom = QStringLiteral("1+") + a;
    switch (plan.move) {
    case CameraMove::PushIn:
        return {QStringLiteral("1+%1*%2").arg(a, e), centreX, centreY};
    case CameraMove::PullBack:
        return {QStringLiteral("1+%1*(1-%2)").arg(a, e), centreX, centreY};
    case CameraMove::PanLeft:
        return {travelZoom, roomX + QLatin1Char('*') + e, centreY};
    case CameraMove::PanRight:
        return {travelZoom, roomX + QStringLiteral("*(1-") + e + QLatin1Char(')'), centreY};
    case CameraMove::TiltUp:
        return {travelZoom, centreX, roomY + QLatin1Char('*') + e};
    case CameraMove::TiltDown:
        return {travelZoom, centreX, roomY + QStringLiteral("*(1-") + e + QLatin1Char(')')};
    case CameraMove::Orbit: {
        // Sideways by `amount` of the frame while pushing in a little: the
        // closest a single still comes to parallax.
        const QString zoom = QStringLiteral("1+%1+%2*%3").arg(a, num(plan.zoomGain), e);
        const QString shift = QStringLiteral("%1*iw*%2/(1+%2)*(%3-0.5)").arg(plan.direction > 0 ? 1 : -1).arg(a, e);
        return {zoom, centreX + QLatin1Char('+') + shift, centreY};
    }
    case CameraMove::Static:
        return {QStringLiteral("1"), QStringLiteral("0"), QStringLiteral("0")};
    case CameraMove::Handheld:
        // Zoomed in 2.5 times the reach, so the shake never runs out of picture.
        return {num(1 + 2.5 * plan.amount),
                centreX + QStringLiteral("+iw*") + a + QLatin1Char('*') + waveExpression(plan, 0, fps),
                centreY + QStringLiteral("+ih*") + a + QLatin1Char('*') + waveExpression(plan, 2, fps)};
    }
    return {QStringLiteral("1"), centreX, centreY};
}

} // namespace

QString motionFilter(const MotionPlan &plan, QSize frame, int frames, int fps)
{
    const int w = frame.width();
    const int h = frame.height();
    const Camera cam = camera(plan, frames, fps);
    // Covering twice the frame first gives zoompan spare pixels: it places its
    // window on whole input pixels, half an output pixel here, so moves do not wobble.
    QString filter = QStringLiteral("scale=%1:%2:force_original_aspect_ratio=increase,crop=%1:%2,").arg(2 * w).arg(2 * h);
    const QString grade = gradeFilter(plan.grade);
    if (!grade.isEmpty())
        filter += grade + QStringLiteral("format=yuv420p,");
    filter += QStringLiteral("zoompan=z='%1':x='%2':y='%3':d=%4:s=%5x%6:fps=%7,")
                  .arg(cam.zoom, cam.x, cam.y)
                  .arg(frames)
                  .arg(w)
                  .arg(h)
                  .arg(fps);
    if (plan.move == CameraMove::Static) {
        // Nothing moves, but the light breathes a little (eq re-reads its expression per frame).
        filter += QStringLiteral("eq=brightness='0.02*sin(n*%1+%2)':eval=frame,")
                      .arg(num(plan.waveRates[0] / fps), num(plan.wavePhases[0]));
    }
    return filter + QStringLiteral("format=yuv420p");
}

} // namespace wan::emulator
