#pragma once

#include <QStringList>

namespace wan::cli {

// `wanstudio sequence create NAME ID...`, `sequence list`, `sequence show ID`,
// `sequence export ID --format mp4|webm|gif|webp|png|mlt --out PATH ...`:
// named, ordered lists of library runs kept in the library, exported with
// the seam rule like `export` (mlt: a project for Shotcut and Kdenlive).
int runSequence(const QStringList &arguments);

} // namespace wan::cli
