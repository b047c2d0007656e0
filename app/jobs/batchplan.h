#pragma once

// A batch of runs from one base request: variations (the same request with N
// recorded seeds) or a sweep (one numeric parameter over a list of values, the
// seed held fixed). Pure value logic: values are validated against the model
// description and reported, never clamped; the cost is stated before anything
// is queued, and the queue asks balanceCoversNext() before each run.

#include "core/modeldescription.h"
#include "jobs/generationjob.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace wan::jobs {

struct PlannedRun
{
    GenerationRequest request; // an explicit seed in parameters, randomSeed false
    QString batchId; // shared by every run of one batch (a QUuid without braces)
    QString label; // what sets this run apart, e.g. "seed 42" or "sample_shift 8"
};

enum class SeedChoice { Random, Consecutive };

class BatchPlan final
{
    Q_DECLARE_TR_FUNCTIONS(wan::jobs::BatchPlan)
public:
    static constexpr int MinRuns = 1;
    static constexpr int MaxRuns = 64;
    static constexpr qint64 MaxSeed = 0x7fffffff; // non-negative 31-bit: every client can repeat it
    // Raw random numbers; the plan keeps their low 31 bits. Empty: QRandomGenerator::global().
    using SeedSource = std::function<quint32()>;

    // count runs that differ only in their seed: distinct random seeds, or
    // startSeed, startSeed + 1, ... (all within 0..MaxSeed).
    static BatchPlan variations(const core::ModelDescription &model, const GenerationRequest &base, int count, SeedChoice seeds,
                                qint64 startSeed = 0, const SeedSource &source = {});
    // One run per value of a numeric parameter. The seed is the base's (drawn
    // once from source when the base asks for a random one), the same for every run.
    static BatchPlan sweep(const core::ModelDescription &model, const GenerationRequest &base, const QString &parameter,
                           const QList<double> &values, const SeedSource &source = {});
    static BatchPlan sweepRange(const core::ModelDescription &model, const GenerationRequest &base, const QString &parameter,
                                double from, double to, double step, const SeedSource &source = {});

    // "4, 8, 12, 16" (commas, semicolons or spaces; '.' as the decimal point).
    static std::optional<QList<double>> parseValues(const QString &text, QString *error = nullptr);
    // from, from + step, ... up to and including to (downwards when to < from).
    static std::optional<QList<double>> rangeValues(double from, double to, double step, QString *error = nullptr);
    // The parameters a sweep can vary: whole numbers and numbers with a range, the seed excepted.
    static QList<core::ParameterSpec> sweepableParameters(const core::ModelDescription &model);

    // Whether the queue may start the next run of a batch; an unknown balance does not stop it.
    static bool balanceCoversNext(std::optional<double> balance, double typicalCost);
    // How many typical runs a balance pays for.
    static int runsCovered(double balance, double typicalCost);

    // Valid: at least one run and no issues. An invalid plan has no runs.
    bool isValid() const { return m_issues.isEmpty() && !m_runs.isEmpty(); }
    const QList<core::ValidationIssue> &issues() const { return m_issues; }
    // Every issue as one text, for a message next to the Queue button; empty when valid.
    QString problem() const;
    const QList<PlannedRun> &runs() const { return m_runs; }
    int count() const { return static_cast<int>(m_runs.size()); }
    QString batchId() const { return m_batchId; }
    // The fixed seed of a sweep; nullopt for variations or when the model has no seed.
    std::optional<qint64> fixedSeed() const { return m_fixedSeed; }

    double typicalCost() const { return m_typicalCost; }
    double plannedCost() const { return count() * m_typicalCost; }
    // "4 runs, about 0.36 credits; your balance 9.91 covers 110 runs", or a
    // warning that the batch stops early when the balance covers fewer.
    QString costSummary(std::optional<double> balance) const;

private:
    explicit BatchPlan(const core::ModelDescription &model);
    void addIssue(const QString &parameter, const QString &message);
    void addRun(GenerationRequest request, const QString &label);
    void finish();

    double m_typicalCost = 0.0;
    QString m_batchId;
    std::optional<qint64> m_fixedSeed;
    QList<PlannedRun> m_runs;
    QList<core::ValidationIssue> m_issues;
};

} // namespace wan::jobs
