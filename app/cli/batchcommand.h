#pragma once

// `wanstudio batch`: many runs from one image and prompt (prompt alternatives,
// seeds, up to two sweeps; jobs::BatchPlan::combined), planned in full before
// anything is sent; --dry-run prints the plan and its cost and sends nothing.
// The runs go through the job queue; the budget caps hold a run at the moment
// it would be sent (unless --ignore-budget), which stops the rest of the batch.

#include <QCoreApplication>
#include <QStringList>

namespace wan::jobs {
struct BatchSpec;
}

namespace wan::cli {

int runBatch(QCoreApplication &app, const QStringList &arguments);

// "sample_shift=4,8,12" -> the parameter and its values; false with *problem.
bool parseSweepOption(const QString &text, QString *parameter, QList<double> *values, QString *problem);
// "1,2,3" -> seeds; false with *problem.
bool parseSeedList(const QString &text, QList<qint64> *seeds, QString *problem);

} // namespace wan::cli
