#include "batchplan.h"
#include "batchplan_p.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QSet>
#include <QUuid>

#include <cmath>
#include <limits>

namespace wan::jobs {

using namespace plandetail;


BatchPlan::BatchPlan(const core::ModelDescription &model)
    : m_typicalCost(model.typicalCostUsd())
    , m_batchId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

void BatchPlan::addIssue(const QString &parameter, const QString &message)
{
    m_issues.append(core::ValidationIssue { parameter, message });
}

void BatchPlan::addRun(GenerationRequest request, const QString &label)
{
    addRun(std::move(request), label, label);
}

void BatchPlan::addRun(GenerationRequest request, const QString &label, const QString &fileTag)
{
    request.outputPath = outputPathFor(request.outputPath, fileTag);
    m_runs.append(PlannedRun { std::move(request), m_batchId, label, {}, -1, -1 });
}

QList<QJsonValue> BatchPlan::checkedValues(const core::ModelDescription &model, const core::ParameterSpec &spec,
                                           const QList<double> &values)
{
    QList<QJsonValue> checked;
    for (int i = 0; i < values.size(); ++i) {
        const QJsonValue value = jsonValue(spec, values.at(i));
        if (auto issue = model.validateValue(spec, value)) {
            m_issues.append(*issue);
            continue;
        }
        bool repeated = false;
        for (int j = 0; j < i && !repeated; ++j)
            repeated = std::abs(values.at(j) - values.at(i)) < Epsilon;
        if (repeated) {
            addIssue(spec.name, tr("%1 %2 is listed more than once.").arg(spec.name, numberText(values.at(i))));
            continue;
        }
        checked.append(value);
    }
    return checked;
}

void BatchPlan::finish()
{
    // A batch is queued whole or not at all: no half plan survives an issue.
    if (!m_issues.isEmpty())
        m_runs.clear();
}

QString BatchPlan::problem() const
{
    QStringList lines;
    for (const core::ValidationIssue &issue : m_issues)
        lines.append(issue.message);
    return lines.join(QLatin1Char('\n'));
}

BatchPlan BatchPlan::variations(const core::ModelDescription &model, const GenerationRequest &base, int count, SeedChoice seeds,
                                qint64 startSeed, const SeedSource &source)
{
    BatchPlan plan(model);
    const core::ParameterSpec *seedSpec = model.parameter(SeedKey);
    if (!seedSpec) {
        plan.addIssue(SeedKey, tr("%1 has no seed to vary.").arg(model.title()));
        plan.finish();
        return plan;
    }
    if (count < MinRuns || count > MaxRuns) {
        plan.addIssue(CountKey, tr("A batch has %1 to %2 runs (asked for %3).").arg(MinRuns).arg(MaxRuns).arg(count));
    } else if (seeds == SeedChoice::Consecutive && (startSeed < 0 || startSeed + count - 1 > MaxSeed)) {
        plan.addIssue(SeedKey,
                      tr("Consecutive seeds must stay within 0 to %1: %n run(s) from %2 would end at %3.", nullptr, count)
                          .arg(MaxSeed)
                          .arg(startSeed)
                          .arg(startSeed + count - 1));
    }
    if (!plan.m_issues.isEmpty()) {
        plan.finish();
        return plan;
    }

    QList<qint64> chosen;
    if (seeds == SeedChoice::Consecutive) {
        for (int i = 0; i < count; ++i)
            chosen.append(startSeed + i);
    } else {
        // 2^31 seeds make a repeat rare, but a repeat would be a paid duplicate.
        QSet<qint64> seen;
        for (int attempts = 0; chosen.size() < count && attempts < 1000 + 100 * count; ++attempts) {
            const qint64 seed = drawSeed(source);
            if (!seen.contains(seed)) {
                seen.insert(seed);
                chosen.append(seed);
            }
        }
        if (chosen.size() < count)
            plan.addIssue(SeedKey, tr("Could not draw %n distinct seed(s).", nullptr, count));
    }

    for (const qint64 seed : std::as_const(chosen)) {
        GenerationRequest request = base;
        request.parameters.insert(SeedKey, seed);
        request.randomSeed = false;
        plan.addRun(std::move(request), runLabel(seedSpec->name, QString::number(seed)));
    }
    plan.finish();
    return plan;
}

BatchPlan BatchPlan::sweep(const core::ModelDescription &model, const GenerationRequest &base, const QString &parameter,
                           const QList<double> &values, const SeedSource &source)
{
    BatchPlan plan(model);
    const core::ParameterSpec *spec = model.parameter(parameter);
    if (!spec) {
        plan.addIssue(parameter, tr("%1 is not a parameter of %2.").arg(parameter, model.title()));
        plan.finish();
        return plan;
    }
    if (spec->name == SeedKey) {
        plan.addIssue(parameter, tr("Vary the seed with variations; a sweep keeps it fixed."));
    } else if (!isNumeric(*spec)) {
        plan.addIssue(parameter, tr("%1 is not a number, so it cannot be swept.").arg(parameter));
    } else if (values.isEmpty()) {
        plan.addIssue(parameter, tr("Enter at least one value of %1.").arg(parameter));
    } else if (values.size() > MaxRuns) {
        plan.addIssue(CountKey, tr("A batch has %1 to %2 runs (asked for %3).").arg(MinRuns).arg(MaxRuns).arg(values.size()));
    }
    if (!plan.m_issues.isEmpty()) {
        plan.finish();
        return plan;
    }

    const QList<QJsonValue> checked = plan.checkedValues(model, *spec, values);
    if (!plan.m_issues.isEmpty()) {
        plan.finish();
        return plan;
    }

    // One seed for the whole sweep, so the swept parameter is the only difference.
    GenerationRequest fixed = base;
    if (const core::ParameterSpec *seedSpec = model.parameter(SeedKey)) {
        if (base.randomSeed)
            plan.m_fixedSeed = drawSeed(source);
        else if (base.parameters.contains(SeedKey))
            plan.m_fixedSeed = base.parameters.value(SeedKey).toInteger();
        else if (!seedSpec->defaultValue.isUndefined())
            plan.m_fixedSeed = seedSpec->defaultValue.toInteger();
        if (plan.m_fixedSeed)
            fixed.parameters.insert(SeedKey, *plan.m_fixedSeed);
    }
    fixed.randomSeed = false;

    for (const QJsonValue &value : std::as_const(checked)) {
        GenerationRequest request = fixed;
        request.parameters.insert(spec->name, value);
        plan.addRun(std::move(request), runLabel(spec->name, numberText(value.toDouble())));
    }
    plan.finish();
    return plan;
}

BatchPlan BatchPlan::sweepRange(const core::ModelDescription &model, const GenerationRequest &base, const QString &parameter,
                                double from, double to, double step, const SeedSource &source)
{
    QString error;
    const auto values = rangeValues(from, to, step, &error);
    if (!values) {
        BatchPlan plan(model);
        plan.addIssue(parameter, error);
        plan.finish();
        return plan;
    }
    return sweep(model, base, parameter, *values, source);
}

std::optional<QList<double>> BatchPlan::parseValues(const QString &text, QString *error)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    const QStringList parts = text.split(separators, Qt::SkipEmptyParts);
    if (parts.isEmpty()) {
        if (error)
            *error = tr("Enter the values to try, separated by commas.");
        return std::nullopt;
    }
    QList<double> values;
    const QLocale c = QLocale::c();
    for (const QString &part : parts) {
        bool ok = false;
        const double value = c.toDouble(part, &ok);
        if (!ok || !std::isfinite(value)) {
            if (error)
                *error = tr("\"%1\" is not a number.").arg(part);
            return std::nullopt;
        }
        values.append(value);
    }
    return values;
}

std::optional<QList<double>> BatchPlan::rangeValues(double from, double to, double step, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<QList<double>> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!std::isfinite(from) || !std::isfinite(to) || !std::isfinite(step))
        return fail(tr("From, to and step must be numbers."));
    if (step <= 0.0)
        return fail(tr("The step must be greater than 0."));
    // Counted before anything is built, so a tiny step cannot make a huge list.
    const double span = std::abs(to - from);
    const double steps = std::floor(span / step + Epsilon);
    if (steps + 1 > MaxRuns)
        return fail(tr("From %1 to %2 in steps of %3 makes more than %4 runs.")
                        .arg(numberText(from), numberText(to), numberText(step))
                        .arg(MaxRuns));
    const double direction = to < from ? -1.0 : 1.0;
    QList<double> values;
    for (int i = 0; i <= static_cast<int>(steps); ++i) {
        // Each value from the start, not by adding steps: no drift after 0.1 + 0.1 + 0.1.
        const double value = from + direction * i * step;
        values.append(std::round(value * 1e9) / 1e9);
    }
    return values;
}

QList<core::ParameterSpec> BatchPlan::sweepableParameters(const core::ModelDescription &model)
{
    QList<core::ParameterSpec> specs;
    for (const core::ParameterSpec &spec : model.parameters()) {
        if (isNumeric(spec) && spec.name != SeedKey)
            specs.append(spec);
    }
    return specs;
}

bool BatchPlan::balanceCoversNext(std::optional<double> balance, double typicalCost)
{
    return !balance || *balance + Epsilon >= typicalCost;
}

int BatchPlan::runsCovered(double balance, double typicalCost)
{
    if (balance <= 0.0)
        return 0;
    if (typicalCost <= 0.0)
        return std::numeric_limits<int>::max();
    const double runs = std::floor(balance / typicalCost + Epsilon);
    return runs >= std::numeric_limits<int>::max() ? std::numeric_limits<int>::max() : static_cast<int>(runs);
}

QString BatchPlan::costSummary(std::optional<double> balance) const
{
    if (m_runs.isEmpty())
        return tr("No runs planned.");
    const QLocale locale;
    const QString runs = tr("%n run(s), about %1 credits", nullptr, count()).arg(locale.toString(plannedCost(), 'f', 2));
    if (!balance)
        return tr("%1; your balance is unknown, so the batch runs until the service refuses").arg(runs);
    const QString balanceText = locale.toString(*balance, 'f', 2);
    if (m_typicalCost <= 0.0)
        return tr("%1; your balance %2").arg(runs, balanceText);
    const int covered = runsCovered(*balance, m_typicalCost);
    if (covered >= count())
        return tr("%1; your balance %2 covers %n run(s)", nullptr, covered).arg(runs, balanceText);
    if (covered == 0)
        return tr("%1; your balance %2 does not cover one run").arg(runs, balanceText);
    return tr("%1; your balance %2 covers only %n of %3: the batch stops when the balance would not cover the next run", nullptr,
              covered)
        .arg(runs, balanceText, QString::number(count()));
}

} // namespace wan::jobs
