#pragma once

// `wanstudio frame CLIP --at first|last|N|SECONDS --out FILE.png`: one exact
// frame of a clip as a PNG that remembers the clip, the frame and the run's
// settings (for continuing a clip from its last frame, or keeping a still).

#include <QStringList>

namespace wan::cli {

int runFrame(const QStringList &arguments);

} // namespace wan::cli
