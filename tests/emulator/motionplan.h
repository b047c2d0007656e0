#pragma once

// What the emulator's "model" does with a prompt and a seed: the camera move
// the prompt asks for (or the seed picks), and the seed's speed, easing and
// colour grade. Pure and deterministic, so the same request gives the same clip
// and two seeds give visibly different ones; videomaker turns it into ffmpeg filters.
#include <QString>

#include <array>

namespace wan::emulator {

// Directions name where the picture's content moves in the frame: "pan left"
// slides it leftward, "tilt up" upward (as the product's issue asks).
enum class CameraMove { PushIn, PullBack, PanLeft, PanRight, TiltUp, TiltDown, Orbit, Static, Handheld };
enum class Easing { Linear, EaseInOut, EaseIn, EaseOut };
enum class Grade { Neutral, Warm, Cool, TealOrange, Faded };

struct MotionPlan final {
    CameraMove move = CameraMove::PushIn;
    bool moveFromPrompt = false; // a camera word chose the move; else the seed did
    // How far the camera goes over the clip, as a fraction of the frame: the zoom
    // gained (push-in) or given up (pull-back), the distance the content travels
    // (pans, tilts, orbit), the shake's reach (handheld); 0 for a static shot.
    double amount = 0.15;
    double zoomGain = 0.0; // orbit only: the slight push that goes with the lateral move
    int direction = 1;     // orbit: +1 content moves leftward, -1 rightward
    Easing easing = Easing::Linear;
    Grade grade = Grade::Neutral;
    // Handheld sway and jitter, and the static shot's breathing: two waves per
    // axis with seed-derived rates (radians per second) and phases (radians).
    std::array<double, 4> waveRates{};
    std::array<double, 4> wavePhases{};

    static MotionPlan forRequest(const QString &prompt, qint64 seed);

    // The first camera word in prompt (case-insensitive), if any.
    static bool moveInPrompt(const QString &prompt, CameraMove *move, int *direction = nullptr);

    // progress(p) = c1*p + c2*p^2 + c3*p^3 for p in 0..1: the easing as one
    // polynomial, so the ffmpeg expression and this code cannot disagree.
    std::array<double, 3> easingCoefficients() const;
    double progress(double p) const;

    // "pan-left 12.5% ease-in-out teal-orange", for logs and the stats.
    QString describe() const;
    // Short and file-name safe; equal exactly when every field is equal.
    QString fingerprint() const;
};

QString cameraMoveName(CameraMove move);
QString easingName(Easing easing);
QString gradeName(Grade grade);

} // namespace wan::emulator
