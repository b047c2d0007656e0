#pragma once

// Which frame a time means, as one rule for the player (its time readout and
// frame steps, ui/player) and the decoder (ClipFrames, `wanstudio frame --at
// SECONDS`): a time read off the player names the frame the player showed.

#include <QtGlobal>

namespace wan::media {

// A clip's frame rate as the container states it (16/1, 30000/1001).
struct FrameRate
{
    int numerator = 0;
    int denominator = 1;

    bool isValid() const { return numerator > 0 && denominator > 0; }
    double fps() const { return isValid() ? double(numerator) / denominator : 0.0; }
    // Length of one frame in milliseconds: 62.5 at 16 fps.
    qreal frameMs() const { return isValid() ? 1000.0 * denominator / numerator : 0.0; }
};

class FrameTiming final
{
public:
    // Frame n starts at n * frameMs, rarely a whole millisecond (62.5 ms at 16
    // fps). A player lands a frame step on the first whole millisecond inside the
    // frame or the one just below its start, so the millisecond of slack counts
    // both as that frame. Never negative.
    static qint64 indexAtMs(qint64 positionMs, qreal frameMs);

    // The same rule for a time typed in seconds: 2.5 at 16 fps is frame 40 (it
    // starts at 2.500 s), 2.562 is frame 41 (it starts at 2.5625 s). The
    // player's readout truncates to tenths, so typing what it shows ("0:02.5")
    // names the first frame shown under that reading.
    static qint64 indexAtSeconds(double seconds, qreal frameMs);

    // The last frame of a clip that lasts durationMs (what a step forward stops at).
    static qint64 lastIndexForDurationMs(qint64 durationMs, qreal frameMs);

    // When frame index starts, in seconds.
    static double startSeconds(qint64 index, qreal frameMs) { return double(index) * frameMs / 1000.0; }
};

} // namespace wan::media
