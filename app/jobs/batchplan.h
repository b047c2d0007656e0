#pragma once

// A batch of runs from one base request: variations (the same request with N
// recorded seeds), a sweep (one numeric parameter over a list of values, the
// seed held fixed), a combined plan (prompt alternatives x up to two sweeps x
// seeds) or a grid (two axes of at most 4 values, each run with its row and
// column). Pure value logic: values are validated against the model
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
    // Combined plans and grids: the value this run takes on each axis of
    // BatchPlan::axes(), e.g. {"golden hour", "sample_shift 8"}; label joins them.
    QStringList axisLabels;
    // Grids: the cell, from 0 (rows are the first axis); -1 elsewhere.
    int row = -1;
    int column = -1;
};

enum class SeedChoice { Random, Consecutive };

// What a combined plan or a grid varies along one direction.
struct PlanAxis
{
    enum class Kind {
        Prompt,    // the base prompt's {a|b|c} alternatives (core::PromptAlternatives)
        Seed,      // seeds: the listed ones, or seedCount of them
        Parameter, // a numeric parameter of the model over values
    };
    Kind kind = Kind::Parameter;
    QString parameter;       // Parameter: its name as in the API, e.g. "sample_shift"
    QList<double> values;    // Parameter: the values, in order
    QList<qint64> seeds;     // Seed: these seeds (0 to BatchPlan::MaxSeed, distinct)...
    int seedCount = 0;       // ...or, when seeds is empty, this many (see seedChoice)
    // Seed with seedCount: distinct random seeds, or consecutive ones from the base's seed.
    SeedChoice seedChoice = SeedChoice::Random;

    static PlanAxis prompt() { return PlanAxis { Kind::Prompt, {}, {}, {}, 0, SeedChoice::Random }; }
    static PlanAxis seedList(const QList<qint64> &seeds) { return PlanAxis { Kind::Seed, {}, {}, seeds, 0, SeedChoice::Random }; }
    static PlanAxis seedCountOf(int count, SeedChoice choice = SeedChoice::Random)
    {
        return PlanAxis { Kind::Seed, {}, {}, {}, count, choice };
    }
    static PlanAxis sweep(const QString &parameter, const QList<double> &values)
    {
        return PlanAxis { Kind::Parameter, parameter, values, {}, 0, SeedChoice::Random };
    }
};

// The headings of one axis of a planned combined batch or grid.
struct PlannedAxis
{
    PlanAxis::Kind kind = PlanAxis::Kind::Parameter;
    QString title;           // "prompt", "seed", "sample_shift"
    QStringList labels;      // one per value, in order: "golden hour", "seed 42", "sample_shift 8"
};

// Everything `wanstudio batch` and the Variations and sweeps dialog combine.
struct BatchSpec
{
    GenerationRequest base;          // its prompt may hold {a|b} groups
    QList<qint64> seedList;          // explicit seeds, or
    int seedCount = 0;               // this many seeds (0 with an empty list: the base's seed only)
    SeedChoice seedChoice = SeedChoice::Random; // seedCount random seeds, or consecutive from the base's
    QList<PlanAxis> sweeps;          // Parameter axes, at most BatchPlan::MaxSweeps
};

class BatchPlan final
{
    Q_DECLARE_TR_FUNCTIONS(wan::jobs::BatchPlan)
public:
    static constexpr int MinRuns = 1;
    static constexpr int MaxRuns = 64;
    static constexpr qint64 MaxSeed = 0x7fffffff; // non-negative 31-bit: every client can repeat it
    static constexpr int MaxSweeps = 2;
    static constexpr int MaxGridSide = 4;
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

    // Every combination of the prompt's alternatives, the sweeps' values and the
    // seeds, at most MaxRuns in all. Order: prompt alternatives vary slowest,
    // then the first sweep, the second sweep, and the seed fastest (a seed list
    // shows the same prompt and values with each seed next to each other). Without
    // seeds every run has one seed (the base's, or one drawn for all when the
    // base asks for a random one), so the varied values are the only difference.
    // A prompt without groups is sent with its escapes resolved ("\\{" -> "{").
    static BatchPlan combined(const core::ModelDescription &model, const BatchSpec &spec, const SeedSource &source = {});
    // A grid: rows x columns (each 1 to MaxGridSide values), rows varying slowest;
    // each run carries row, column and both labels. The axes must differ; a prompt
    // with alternatives needs a Prompt axis (its combinations are that axis's values).
    static BatchPlan grid(const core::ModelDescription &model, const GenerationRequest &base, const PlanAxis &rows,
                          const PlanAxis &columns, const SeedSource &source = {});

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
    // Combined plans and grids: the axes, slowest first (a grid: rows, columns).
    const QList<PlannedAxis> &axes() const { return m_axes; }
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
    void addRun(GenerationRequest request, const QString &label, const QString &fileTag);
    void finish();
    struct ResolvedAxis;
    static BatchPlan fromAxes(const core::ModelDescription &model, BatchPlan plan, const GenerationRequest &base,
                              const QList<ResolvedAxis> &axes, bool grid, const SeedSource &source);
    std::optional<ResolvedAxis> resolve(const core::ModelDescription &model, const GenerationRequest &base,
                                        const PlanAxis &axis, const SeedSource &source);
    QList<QJsonValue> checkedValues(const core::ModelDescription &model, const core::ParameterSpec &spec,
                                    const QList<double> &values);

    double m_typicalCost = 0.0;
    QString m_batchId;
    std::optional<qint64> m_fixedSeed;
    QList<PlannedRun> m_runs;
    QList<PlannedAxis> m_axes;
    QList<core::ValidationIssue> m_issues;
};

} // namespace wan::jobs
