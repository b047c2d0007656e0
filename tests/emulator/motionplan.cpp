#include "motionplan.h"

#include <QCryptographicHash>
#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace wan::emulator {

namespace {

constexpr double Pi = 3.14159265358979323846;

// With no camera word the seed picks among the moves a model makes unasked
// (never "static": two seeds would then differ by their grade alone). Seeds
// pick by remainder, so consecutive seeds (the Variations dialog's
// "consecutive") always differ in move and in grade; seed 1, the model's
// default, still gets a neutral push-in, as the emulator always made.
constexpr std::array<CameraMove, 8> SeedMoves{CameraMove::Orbit,   CameraMove::PushIn,  CameraMove::PanLeft,
                                              CameraMove::TiltUp,  CameraMove::PullBack, CameraMove::PanRight,
                                              CameraMove::Handheld, CameraMove::TiltDown};
constexpr std::array<Grade, 5> SeedGrades{Grade::Warm, Grade::Neutral, Grade::Cool, Grade::TealOrange, Grade::Faded};
constexpr std::array<Easing, 4> SeedEasings{Easing::Linear, Easing::EaseInOut, Easing::EaseIn, Easing::EaseOut};

struct Range {
    double low;
    double high;
};

// The spread of speeds a seed chooses from, per move (fractions of the frame).
Range amountRange(CameraMove move)
{
    switch (move) {
    case CameraMove::PushIn:
    case CameraMove::PullBack:
        return {0.10, 0.30};
    case CameraMove::PanLeft:
    case CameraMove::PanRight:
    case CameraMove::TiltUp:
    case CameraMove::TiltDown:
        return {0.08, 0.20};
    case CameraMove::Orbit:
        return {0.10, 0.18};
    case CameraMove::Handheld:
        return {0.006, 0.014};
    case CameraMove::Static:
        break;
    }
    return {0.0, 0.0};
}

// SplitMix64: a few lines, the same numbers on every platform and Qt version
// (QRandomGenerator promises neither for a given seed).
class SeedStream final {
public:
    explicit SeedStream(quint64 seed)
        : m_state(seed)
    {
    }
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    double unit() { return double(next() >> 11) * 0x1.0p-53; } // [0, 1)
    double between(Range range) { return range.low + (range.high - range.low) * unit(); }

private:
    quint64 m_state;
};

struct CameraWord {
    CameraMove move;
    QRegularExpression pattern;
};

const std::array<CameraWord, 9> &cameraWords()
{
    static const auto words = [] {
        const auto re = [](const char *pattern) {
            return QRegularExpression(QLatin1String(pattern), QRegularExpression::CaseInsensitiveOption);
        };
        return std::array<CameraWord, 9>{{
            {CameraMove::PushIn, re(R"(\b(push(es|ed|ing)?|zoom(s|ed|ing)?|doll(y|ies|ied|ying))[\s-]+in(to)?\b)")},
            {CameraMove::PullBack,
             re(R"(\b(pull(s|ed|ing)?[\s-]+(back|out|away)|(zoom(s|ed|ing)?|doll(y|ies|ied|ying))[\s-]+out)\b)")},
            {CameraMove::PanLeft, re(R"(\bpan(s|ned|ning)?[\s-]+(to[\s-]+the[\s-]+)?left\b)")},
            {CameraMove::PanRight, re(R"(\bpan(s|ned|ning)?[\s-]+(to[\s-]+the[\s-]+)?right\b)")},
            {CameraMove::TiltUp, re(R"(\btilt(s|ed|ing)?[\s-]+up(wards?)?\b)")},
            {CameraMove::TiltDown, re(R"(\btilt(s|ed|ing)?[\s-]+down(wards?)?\b)")},
            {CameraMove::Orbit, re(R"(\borbit(s|ed|ing|al)?\b)")},
            {CameraMove::Static, re(R"(\b(static|lock(ed)?[\s-]*off|tripod)\b)")},
            {CameraMove::Handheld, re(R"(\b(hand[\s-]?held|shaky[\s-]+cam(era)?)\b)")},
        }};
    }();
    return words;
}

} // namespace

bool MotionPlan::moveInPrompt(const QString &prompt, CameraMove *move, int *direction)
{
    // The first camera word wins: "pan left, then push in" starts with the pan,
    // and a clip has time for one move.
    qsizetype first = std::numeric_limits<qsizetype>::max();
    QRegularExpressionMatch firstMatch;
    for (const CameraWord &word : cameraWords()) {
        const QRegularExpressionMatch match = word.pattern.match(prompt);
        if (match.hasMatch() && match.capturedStart() < first) {
            first = match.capturedStart();
            firstMatch = match;
            *move = word.move;
        }
    }
    if (!firstMatch.hasMatch())
        return false;
    if (direction && *move == CameraMove::Orbit) {
        // "orbits left" / "orbit to the right": the content moves that way, as with pans.
        static const QRegularExpression side(QStringLiteral(R"(^[\s-]+(to[\s-]+the[\s-]+)?(left|right)\b)"),
                                             QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch sideMatch = side.match(prompt.mid(firstMatch.capturedEnd()));
        if (sideMatch.hasMatch())
            *direction = sideMatch.captured(2).compare(QLatin1String("left"), Qt::CaseInsensitive) == 0 ? 1 : -1;
    }
    return true;
}

MotionPlan MotionPlan::forRequest(const QString &prompt, qint64 seed)
{
    // Negative seeds (the model does not forbid them) wrap like unsigned numbers.
    const quint64 u = quint64(seed);
    SeedStream stream(u);
    MotionPlan plan;
    int promptDirection = 0;
    plan.moveFromPrompt = moveInPrompt(prompt, &plan.move, &promptDirection);
    if (!plan.moveFromPrompt)
        plan.move = SeedMoves[u % SeedMoves.size()];
    plan.grade = SeedGrades[u % SeedGrades.size()];
    // Every draw happens whatever the move, so a camera word changes the move
    // and nothing else the seed chose.
    plan.easing = SeedEasings[stream.next() % SeedEasings.size()];
    const double speed = stream.unit();
    const Range range = amountRange(plan.move);
    plan.amount = range.low + (range.high - range.low) * speed;
    const double zoomGain = stream.between({0.04, 0.08});
    const int seedDirection = (stream.next() & 1) ? 1 : -1;
    std::array<double, 4> rates{};
    std::array<double, 4> phases{};
    // Sway near 0.5 Hz and jitter near 2 Hz per axis, like a camera held in two hands.
    const std::array<Range, 4> rateRanges{Range{2.8, 4.8}, Range{9.0, 14.0}, Range{2.4, 4.4}, Range{10.0, 15.0}};
    for (std::size_t i = 0; i < rates.size(); ++i) {
        rates[i] = stream.between(rateRanges[i]);
        phases[i] = stream.between({0.0, 2 * Pi});
    }
    const double breathRate = stream.between({1.0, 2.0});

    if (plan.move == CameraMove::Orbit) {
        plan.zoomGain = zoomGain;
        plan.direction = promptDirection != 0 ? promptDirection : seedDirection;
    } else if (plan.move == CameraMove::Handheld) {
        plan.waveRates = rates;
        plan.wavePhases = phases;
    } else if (plan.move == CameraMove::Static) {
        // A locked-off shot still lives a little: a slow rise and fall of brightness.
        plan.waveRates = {breathRate, 0.0, 0.0, 0.0};
        plan.wavePhases = {phases[0], 0.0, 0.0, 0.0};
    }
    return plan;
}

std::array<double, 3> MotionPlan::easingCoefficients() const
{
    switch (easing) {
    case Easing::Linear:
        return {1.0, 0.0, 0.0};
    case Easing::EaseInOut:
        return {0.0, 3.0, -2.0}; // smoothstep
    case Easing::EaseIn:
        return {0.0, 1.0, 0.0};
    case Easing::EaseOut:
        return {2.0, -1.0, 0.0};
    }
    return {1.0, 0.0, 0.0};
}

double MotionPlan::progress(double p) const
{
    const std::array<double, 3> c = easingCoefficients();
    return c[0] * p + c[1] * p * p + c[2] * p * p * p;
}

QString MotionPlan::describe() const
{
    QString text = cameraMoveName(move);
    if (move == CameraMove::Orbit)
        text += direction > 0 ? QStringLiteral(" leftward") : QStringLiteral(" rightward");
    if (move != CameraMove::Static) {
        text += QLatin1Char(' ') + QString::number(amount * 100, 'f', 1) + QLatin1Char('%');
        if (move == CameraMove::Orbit)
            text += QStringLiteral(" +") + QString::number(zoomGain * 100, 'f', 1) + QStringLiteral("% zoom");
        if (move != CameraMove::Handheld)
            text += QLatin1Char(' ') + easingName(easing);
    }
    text += QLatin1Char(' ') + gradeName(grade);
    if (!moveFromPrompt)
        text += QStringLiteral(" (seed's move)");
    return text;
}

QString MotionPlan::fingerprint() const
{
    // Every field at full precision: two plans that would film differently never share a file.
    QString all = describe();
    for (double value : {amount, zoomGain})
        all += QLatin1Char(' ') + QString::number(value, 'g', 17);
    for (std::size_t i = 0; i < waveRates.size(); ++i)
        all += QLatin1Char(' ') + QString::number(waveRates[i], 'g', 17) + QLatin1Char('/')
            + QString::number(wavePhases[i], 'g', 17);
    const QByteArray digest = QCryptographicHash::hash(all.toUtf8(), QCryptographicHash::Sha1).toHex().left(12);
    return cameraMoveName(move) + QLatin1Char('-') + QString::fromLatin1(digest);
}

QString cameraMoveName(CameraMove move)
{
    switch (move) {
    case CameraMove::PushIn:
        return QStringLiteral("push-in");
    case CameraMove::PullBack:
        return QStringLiteral("pull-back");
    case CameraMove::PanLeft:
        return QStringLiteral("pan-left");
    case CameraMove::PanRight:
        return QStringLiteral("pan-right");
    case CameraMove::TiltUp:
        return QStringLiteral("tilt-up");
    case CameraMove::TiltDown:
        return QStringLiteral("tilt-down");
    case CameraMove::Orbit:
        return QStringLiteral("orbit");
    case CameraMove::Static:
        return QStringLiteral("static");
    case CameraMove::Handheld:
        return QStringLiteral("handheld");
    }
    return QStringLiteral("unknown");
}

QString easingName(Easing easing)
{
    switch (easing) {
    case Easing::Linear:
        return QStringLiteral("linear");
    case Easing::EaseInOut:
        return QStringLiteral("ease-in-out");
    case Easing::EaseIn:
        return QStringLiteral("ease-in");
    case Easing::EaseOut:
        return QStringLiteral("ease-out");
    }
    return QStringLiteral("unknown");
}

QString gradeName(Grade grade)
{
    switch (grade) {
    case Grade::Neutral:
        return QStringLiteral("neutral");
    case Grade::Warm:
        return QStringLiteral("warm");
    case Grade::Cool:
        return QStringLiteral("cool");
    case Grade::TealOrange:
        return QStringLiteral("teal-orange");
    case Grade::Faded:
        return QStringLiteral("faded");
    }
    return QStringLiteral("unknown");
}

} // namespace wan::emulator
