// Combined plans and grids: every combination of a few axes (prompt
// alternatives, seeds, numeric parameters), each axis checked on its own first
// so that every problem is reported at once, then the product under the cap.

#include "batchplan.h"
#include "batchplan_p.h"

#include "core/promptalternatives.h"

#include <QSet>

namespace wan::jobs {

using namespace plandetail;

struct BatchPlan::ResolvedAxis
{
    PlannedAxis headings;
    struct Value
    {
        bool setsPrompt = false;
        QString prompt;      // setsPrompt: the whole prompt of this value
        QString key;         // otherwise: the parameter it sets...
        QJsonValue value;    // ...to this
    };
    QList<Value> values;
};

namespace {

QString choiceLabel(const QStringList &choices)
{
    QStringList shown;
    for (const QString &choice : choices)
        shown.append(choice.isEmpty() ? BatchPlan::tr("(nothing)", "a prompt alternative that is empty") : choice);
    return shown.join(QStringLiteral(" / "));
}

bool sameAxis(const PlanAxis &a, const PlanAxis &b)
{
    return a.kind == b.kind && (a.kind != PlanAxis::Kind::Parameter || a.parameter == b.parameter);
}

qint64 baseSeed(const core::ModelDescription &model, const GenerationRequest &base)
{
    if (base.parameters.contains(SeedKey))
        return base.parameters.value(SeedKey).toInteger();
    const core::ParameterSpec *seedSpec = model.parameter(SeedKey);
    return seedSpec && !seedSpec->defaultValue.isUndefined() ? seedSpec->defaultValue.toInteger() : 0;
}

} // namespace

std::optional<BatchPlan::ResolvedAxis> BatchPlan::resolve(const core::ModelDescription &model, const GenerationRequest &base,
                                                          const PlanAxis &axis, const SeedSource &source)
{
    ResolvedAxis resolved;
    resolved.headings.kind = axis.kind;
    const int issuesBefore = static_cast<int>(m_issues.size());
    switch (axis.kind) {
    case PlanAxis::Kind::Prompt: {
        resolved.headings.title = tr("prompt", "an axis of a grid: the prompt's alternatives");
        core::PromptAlternatives::Problem problem;
        const auto parsed = core::PromptAlternatives::parse(base.prompt, &problem);
        if (!parsed) {
            addIssue(PromptKey, problem.message);
            break;
        }
        if (!parsed->hasGroups()) {
            addIssue(PromptKey, tr("The prompt has no alternatives to vary: write them as {golden hour|blue hour}."));
            break;
        }
        QString error;
        const auto combinations = parsed->expand(MaxRuns, &error);
        if (!combinations) {
            addIssue(PromptKey, error);
            break;
        }
        for (const auto &combination : *combinations) {
            resolved.values.append(ResolvedAxis::Value { true, combination.prompt, {}, {} });
            resolved.headings.labels.append(choiceLabel(combination.choices));
        }
        break;
    }
    case PlanAxis::Kind::Seed: {
        resolved.headings.title = SeedKey;
        if (!model.parameter(SeedKey)) {
            addIssue(SeedKey, tr("%1 has no seed to vary.").arg(model.title()));
            break;
        }
        QList<qint64> seeds = axis.seeds;
        if (seeds.isEmpty()) {
            const int count = axis.seedCount;
            if (count < MinRuns || count > MaxRuns) {
                addIssue(CountKey, tr("A batch has %1 to %2 runs (asked for %3).").arg(MinRuns).arg(MaxRuns).arg(count));
                break;
            }
            if (axis.seedChoice == SeedChoice::Consecutive) {
                const qint64 start = baseSeed(model, base);
                if (start < 0 || start + count - 1 > MaxSeed) {
                    addIssue(SeedKey, tr("Consecutive seeds must stay within 0 to %1: %n run(s) from %2 would end at %3.",
                                         nullptr, count)
                                          .arg(MaxSeed)
                                          .arg(start)
                                          .arg(start + count - 1));
                    break;
                }
                for (int i = 0; i < count; ++i)
                    seeds.append(start + i);
            } else {
                QSet<qint64> seen;
                for (int attempts = 0; seeds.size() < count && attempts < 1000 + 100 * count; ++attempts) {
                    const qint64 seed = drawSeed(source);
                    if (!seen.contains(seed)) {
                        seen.insert(seed);
                        seeds.append(seed);
                    }
                }
                if (seeds.size() < count) {
                    addIssue(SeedKey, tr("Could not draw %n distinct seed(s).", nullptr, count));
                    break;
                }
            }
        } else {
            if (seeds.size() > MaxRuns)
                addIssue(CountKey, tr("A batch has %1 to %2 runs (asked for %3).").arg(MinRuns).arg(MaxRuns).arg(seeds.size()));
            QSet<qint64> seen;
            for (const qint64 seed : std::as_const(seeds)) {
                if (seed < 0 || seed > MaxSeed)
                    addIssue(SeedKey, tr("Seed %1 is outside 0 to %2.").arg(seed).arg(MaxSeed));
                else if (seen.contains(seed))
                    addIssue(SeedKey, tr("Seed %1 is listed more than once.").arg(seed));
                seen.insert(seed);
            }
        }
        if (static_cast<int>(m_issues.size()) > issuesBefore)
            break;
        for (const qint64 seed : std::as_const(seeds)) {
            resolved.values.append(ResolvedAxis::Value { false, {}, SeedKey, QJsonValue(seed) });
            resolved.headings.labels.append(runLabel(SeedKey, QString::number(seed)));
        }
        break;
    }
    case PlanAxis::Kind::Parameter: {
        resolved.headings.title = axis.parameter;
        const core::ParameterSpec *spec = model.parameter(axis.parameter);
        if (!spec) {
            QStringList names;
            for (const core::ParameterSpec &s : sweepableParameters(model))
                names.append(s.name);
            addIssue(axis.parameter, tr("%1 is not a parameter of %2; the numbers that can be varied are %3.")
                                         .arg(axis.parameter, model.title(), names.join(QStringLiteral(", "))));
            break;
        }
        if (spec->name == SeedKey) {
            addIssue(axis.parameter, tr("Vary the seed with seeds; a sweep keeps it fixed."));
            break;
        }
        if (!isNumeric(*spec)) {
            addIssue(axis.parameter, tr("%1 is not a number, so it cannot be swept.").arg(axis.parameter));
            break;
        }
        if (axis.values.isEmpty()) {
            addIssue(axis.parameter, tr("Enter at least one value of %1.").arg(axis.parameter));
            break;
        }
        if (axis.values.size() > MaxRuns) {
            addIssue(CountKey,
                     tr("A batch has %1 to %2 runs (asked for %3).").arg(MinRuns).arg(MaxRuns).arg(axis.values.size()));
            break;
        }
        const QList<QJsonValue> checked = checkedValues(model, *spec, axis.values);
        if (static_cast<int>(m_issues.size()) > issuesBefore)
            break;
        for (const QJsonValue &value : checked) {
            resolved.values.append(ResolvedAxis::Value { false, {}, spec->name, value });
            resolved.headings.labels.append(runLabel(spec->name, numberText(value.toDouble())));
        }
        break;
    }
    }
    if (static_cast<int>(m_issues.size()) > issuesBefore)
        return std::nullopt;
    return resolved;
}

BatchPlan BatchPlan::fromAxes(const core::ModelDescription &model, BatchPlan plan, const GenerationRequest &base,
                              const QList<ResolvedAxis> &axes, bool grid, const SeedSource &source)
{
    qint64 total = 1;
    QStringList sizes;
    bool variesSeed = false;
    bool variesPrompt = false;
    for (const ResolvedAxis &axis : axes) {
        total *= axis.values.size();
        sizes.append(QStringLiteral("%1: %2").arg(axis.headings.title).arg(axis.values.size()));
        variesSeed = variesSeed || axis.headings.kind == PlanAxis::Kind::Seed;
        variesPrompt = variesPrompt || axis.headings.kind == PlanAxis::Kind::Prompt;
    }
    if (total > MaxRuns) {
        plan.addIssue(CountKey, tr("These choices make %1 runs (%2); a batch has at most %3. Vary fewer things at once.")
                                    .arg(total)
                                    .arg(sizes.join(QStringLiteral(" \u00d7 ")))
                                    .arg(MaxRuns));
        plan.finish();
        return plan;
    }

    GenerationRequest fixed = base;
    fixed.randomSeed = false;
    if (!variesPrompt) {
        // The prompt is sent as meant: "\{" was written for a literal brace.
        if (const auto parsed = core::PromptAlternatives::parse(base.prompt))
            fixed.prompt = parsed->prompt({});
    }
    // One seed for every run unless the seed is an axis, so the axes are the only difference.
    if (!variesSeed && model.parameter(SeedKey)) {
        plan.m_fixedSeed = base.randomSeed ? drawSeed(source) : baseSeed(model, base);
        fixed.parameters.insert(SeedKey, *plan.m_fixedSeed);
    }

    for (const ResolvedAxis &axis : axes)
        plan.m_axes.append(axis.headings);
    QList<int> indices(axes.size(), 0);
    const int width = static_cast<int>(QString::number(total).size());
    for (qint64 n = 0; n < total; ++n) {
        GenerationRequest request = fixed;
        QStringList labels;
        for (int a = 0; a < axes.size(); ++a) {
            const ResolvedAxis::Value &value = axes.at(a).values.at(indices.at(a));
            if (value.setsPrompt)
                request.prompt = value.prompt;
            else
                request.parameters.insert(value.key, value.value);
            labels.append(axes.at(a).headings.labels.at(indices.at(a)));
        }
        const QString label = labels.join(QStringLiteral(", "));
        // Numbered first: two prompt alternatives can differ only in characters a file name drops.
        plan.addRun(std::move(request), label, QStringLiteral("%1-%2").arg(n + 1, width, 10, QLatin1Char('0')).arg(label));
        PlannedRun &run = plan.m_runs.last();
        run.axisLabels = labels;
        if (grid) {
            run.row = indices.value(0);
            run.column = indices.value(1);
        }
        for (int a = static_cast<int>(axes.size()) - 1; a >= 0; --a) {
            if (++indices[a] < axes.at(a).values.size())
                break;
            indices[a] = 0;
        }
    }
    plan.finish();
    return plan;
}

BatchPlan BatchPlan::combined(const core::ModelDescription &model, const BatchSpec &spec, const SeedSource &source)
{
    BatchPlan plan(model);
    QList<ResolvedAxis> axes;
    core::PromptAlternatives::Problem problem;
    const auto parsed = core::PromptAlternatives::parse(spec.base.prompt, &problem);
    if (!parsed)
        plan.addIssue(PromptKey, problem.message);
    else if (parsed->hasGroups()) {
        if (auto axis = plan.resolve(model, spec.base, PlanAxis::prompt(), source))
            axes.append(*axis);
    }

    if (spec.sweeps.size() > MaxSweeps)
        plan.addIssue(CountKey, tr("At most %1 parameters can be swept at once (asked for %2).").arg(MaxSweeps).arg(spec.sweeps.size()));
    for (int i = 0; i < spec.sweeps.size() && i < MaxSweeps; ++i) {
        const PlanAxis &sweep = spec.sweeps.at(i);
        if (sweep.kind != PlanAxis::Kind::Parameter) {
            plan.addIssue(CountKey, tr("A sweep varies a parameter; the prompt and the seed have their own options."));
            continue;
        }
        if (i > 0 && spec.sweeps.at(0).parameter == sweep.parameter) {
            plan.addIssue(sweep.parameter, tr("%1 is swept twice; list all its values in one sweep.").arg(sweep.parameter));
            continue;
        }
        if (auto axis = plan.resolve(model, spec.base, sweep, source))
            axes.append(*axis);
    }

    if (!spec.seedList.isEmpty() && spec.seedCount > 0)
        plan.addIssue(SeedKey, tr("Give either a number of seeds or a list of seeds, not both."));
    else if (!spec.seedList.isEmpty() || spec.seedCount != 0) {
        PlanAxis seeds = spec.seedList.isEmpty() ? PlanAxis::seedCountOf(spec.seedCount, spec.seedChoice)
                                                 : PlanAxis::seedList(spec.seedList);
        if (auto axis = plan.resolve(model, spec.base, seeds, source))
            axes.append(*axis);
    }

    if (!plan.m_issues.isEmpty()) {
        plan.finish();
        return plan;
    }
    return fromAxes(model, std::move(plan), spec.base, axes, false, source);
}

BatchPlan BatchPlan::grid(const core::ModelDescription &model, const GenerationRequest &base, const PlanAxis &rows,
                          const PlanAxis &columns, const SeedSource &source)
{
    BatchPlan plan(model);
    if (sameAxis(rows, columns)) {
        plan.addIssue(CountKey, tr("The rows and the columns vary the same thing; choose two different axes."));
        plan.finish();
        return plan;
    }
    core::PromptAlternatives::Problem problem;
    const auto parsed = core::PromptAlternatives::parse(base.prompt, &problem);
    if (!parsed)
        plan.addIssue(PromptKey, problem.message);
    else if (parsed->hasGroups() && rows.kind != PlanAxis::Kind::Prompt && columns.kind != PlanAxis::Kind::Prompt)
        plan.addIssue(PromptKey, tr("The prompt has alternatives in braces: make the prompt one of the grid's axes, or "
                                    "remove the braces."));
    QList<ResolvedAxis> axes;
    const PlanAxis *given[] = { &rows, &columns };
    for (int i = 0; i < 2; ++i) {
        auto axis = plan.resolve(model, base, *given[i], source);
        if (!axis)
            continue;
        const int size = static_cast<int>(axis->values.size());
        if (size > MaxGridSide) {
            plan.addIssue(CountKey, i == 0 ? tr("A grid has at most %1 rows (asked for %2).").arg(MaxGridSide).arg(size)
                                           : tr("A grid has at most %1 columns (asked for %2).").arg(MaxGridSide).arg(size));
            continue;
        }
        axes.append(*axis);
    }
    if (!plan.m_issues.isEmpty()) {
        plan.finish();
        return plan;
    }
    return fromAxes(model, std::move(plan), base, axes, true, source);
}

} // namespace wan::jobs
