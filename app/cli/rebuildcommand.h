#pragma once

// `wanstudio library rebuild`: lists the clips again in a lost or damaged library.

#include <QStringList>

namespace wan::cli {

int runRebuild(const QStringList &arguments);

} // namespace wan::cli
