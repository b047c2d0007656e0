#pragma once

#include <QStringList>

namespace wan::cli {

// `wanstudio export INPUT... --format mp4|webm|gif|webp|png --out PATH [--width W]
// [--fps F] [--trim IN:OUT] [--crossfade N] [--pingpong]`: clips (files or
// library ids) joined in order, with the seam rule, into one file or a folder
// of frames (media::VideoExport). Ctrl+C cancels and leaves nothing behind.
int runExport(const QStringList &arguments);

} // namespace wan::cli
