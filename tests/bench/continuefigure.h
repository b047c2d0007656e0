#pragma once

// Figure 11d: Continue from Last Frame in the studio window, from the click to
// the frame in the image well with Generate ready. Ours: the clip in the
// player, whose last frame the window takes ahead once it is shown. Beside
// it, in the same window: Continue from This Frame on a frame nobody took
// ahead, which decodes at the click (the path without the head start).

#include <QJsonObject>

namespace wan::ui {
class MainWindow;
}

namespace wan::bench {

// Runs each path `times` times on the clip the player shows; returns
// {continueWarmMs: [...], continueColdMs: [...]} or {continueError: "..."}.
QJsonObject measureContinue(ui::MainWindow &window, int times);

} // namespace wan::bench
