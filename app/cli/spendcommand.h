#pragma once

// `wanstudio spend`: what runs cost, from the library's ledger (totals, cost
// per favourite, failed and expired runs, and the per-day series), and
// `wanstudio settings`: the settings a script needs (core::ScriptableSettings).

#include <QStringList>

namespace wan::cli {

int runSpend(const QStringList &arguments);
int runSettings(const QStringList &arguments);

} // namespace wan::cli
