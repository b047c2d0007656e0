// Batches of runs: variations record a distinct seed per run, sweeps vary one
// parameter within the model's range with the seed held, a bad value is
// reported (never clamped), and the cost is stated against the balance.

#include "core/modeldescription.h"
#include "jobs/batchplan.h"

#include <QLocale>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

#include <memory>

using wan::core::ModelDescription;
using wan::jobs::BatchPlan;
using wan::jobs::GenerationRequest;
using wan::jobs::PlannedRun;
using wan::jobs::SeedChoice;

namespace {

const QString kSeed = QStringLiteral("seed");
const QString kShift = QStringLiteral("sample_shift");

const ModelDescription &model()
{
    return ModelDescription::wan22ImageToVideo();
}

GenerationRequest baseRequest()
{
    GenerationRequest base;
    base.image = QStringLiteral("/tmp/in.png");
    base.prompt = QStringLiteral("A lighthouse in a storm");
    base.parameters = model().defaults();
    base.parameters.insert(kSeed, 1234);
    base.outputPath = QStringLiteral("/tmp/out/clip.mp4");
    return base;
}

// Hands out the given raw numbers in turn (then repeats the last one).
BatchPlan::SeedSource sequence(QList<quint32> numbers)
{
    auto index = std::make_shared<int>(0);
    return [numbers, index]() {
        const int i = qMin(*index, static_cast<int>(numbers.size()) - 1);
        ++*index;
        return numbers.at(i);
    };
}

QList<qint64> seedsOf(const BatchPlan &plan)
{
    QList<qint64> seeds;
    for (const PlannedRun &run : plan.runs())
        seeds.append(run.request.parameters.value(kSeed).toInteger(-1));
    return seeds;
}

} // namespace

class TestBatchPlan final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
    }
    void variations_random_recordsDistinctSeeds();
    void variations_random_drawsAgainOnARepeatAndStaysNonNegative();
    void variations_consecutive_countsUpFromTheStart();
    void variations_consecutive_pastTheLargestSeed_isReported();
    void variations_count_isLimited_data();
    void variations_count_isLimited();
    void batch_sharesOneIdAndGivesEachRunItsOwnFile();
    void sweep_values_areEachWithinRangeWithTheSeedHeld_data();
    void sweep_values_areEachWithinRangeWithTheSeedHeld();
    void sweep_outOfRangeValue_isReportedWithTheRange();
    void sweep_fraction_ofAWholeNumberParameter_isReported();
    void sweep_repeatedValue_isReported();
    void sweep_parameterThatCannotBeSwept_isReported_data();
    void sweep_parameterThatCannotBeSwept_isReported();
    void sweep_seed_isTheBasesOrOneDrawnForAll();
    void sweep_tooManyValues_isReported();
    void sweepRange_stepsFromTo_data();
    void sweepRange_stepsFromTo();
    void sweepRange_badStep_isReported();
    void parseValues_data();
    void parseValues();
    void sweepableParameters_areTheNumbersButTheSeed();
    void plannedCost_isRunsTimesTypicalCost();
    void costSummary_data();
    void costSummary();
    void balanceCoversNext_data();
    void balanceCoversNext();
};

void TestBatchPlan::variations_random_recordsDistinctSeeds()
{
    const BatchPlan plan = BatchPlan::variations(model(), baseRequest(), 16, SeedChoice::Random);
    QVERIFY2(plan.isValid(), qPrintable(plan.problem()));
    QCOMPARE(plan.count(), 16);
    const QList<qint64> seeds = seedsOf(plan);
    QCOMPARE(QSet<qint64>(seeds.begin(), seeds.end()).size(), 16);
    for (int i = 0; i < plan.count(); ++i) {
        const PlannedRun &run = plan.runs().at(i);
        QVERIFY(!run.request.randomSeed);
        QVERIFY(run.request.parameters.value(kSeed).isDouble());
        QVERIFY(seeds.at(i) >= 0 && seeds.at(i) <= BatchPlan::MaxSeed);
        QCOMPARE(run.label, QStringLiteral("seed %1").arg(seeds.at(i)));
        // Only the seed differs from the base.
        QJsonObject rest = run.request.parameters;
        rest.remove(kSeed);
        QJsonObject baseRest = baseRequest().parameters;
        baseRest.remove(kSeed);
        QCOMPARE(rest, baseRest);
        QCOMPARE(run.request.prompt, baseRequest().prompt);
        QCOMPARE(run.request.image, baseRequest().image);
    }
}

void TestBatchPlan::variations_random_drawsAgainOnARepeatAndStaysNonNegative()
{
    // 0x80000007 is 7 once the sign bit is dropped: a repeat, drawn again.
    const BatchPlan plan = BatchPlan::variations(model(), baseRequest(), 3, SeedChoice::Random, 0,
                                                 sequence({ 7, 7, 0x80000007u, 0xffffffffu, 9 }));
    QVERIFY2(plan.isValid(), qPrintable(plan.problem()));
    QCOMPARE(seedsOf(plan), (QList<qint64> { 7, 0x7fffffff, 9 }));

    // A source that never varies cannot fill the batch: reported, not looped forever.
    const BatchPlan stuck = BatchPlan::variations(model(), baseRequest(), 2, SeedChoice::Random, 0, sequence({ 5 }));
    QVERIFY(!stuck.isValid());
    QVERIFY(stuck.runs().isEmpty());
}

void TestBatchPlan::variations_consecutive_countsUpFromTheStart()
{
    GenerationRequest base = baseRequest();
    base.randomSeed = true;
    const BatchPlan plan = BatchPlan::variations(model(), base, 4, SeedChoice::Consecutive, 42);
    QVERIFY2(plan.isValid(), qPrintable(plan.problem()));
    QCOMPARE(seedsOf(plan), (QList<qint64> { 42, 43, 44, 45 }));
    QStringList labels;
    for (const PlannedRun &run : plan.runs()) {
        labels << run.label;
        QVERIFY(!run.request.randomSeed);
    }
    QCOMPARE(labels,
             (QStringList { QStringLiteral("seed 42"), QStringLiteral("seed 43"), QStringLiteral("seed 44"),
                            QStringLiteral("seed 45") }));
}

void TestBatchPlan::variations_consecutive_pastTheLargestSeed_isReported()
{
    QVERIFY(BatchPlan::variations(model(), baseRequest(), 4, SeedChoice::Consecutive, BatchPlan::MaxSeed - 3).isValid());
    const BatchPlan past = BatchPlan::variations(model(), baseRequest(), 4, SeedChoice::Consecutive, BatchPlan::MaxSeed - 2);
    QVERIFY(!past.isValid());
    QVERIFY(past.runs().isEmpty());
    QVERIFY2(past.problem().contains(QString::number(BatchPlan::MaxSeed)), qPrintable(past.problem()));
    QVERIFY(!BatchPlan::variations(model(), baseRequest(), 2, SeedChoice::Consecutive, -1).isValid());
}

void TestBatchPlan::variations_count_isLimited_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("valid");
    QTest::newRow("negative") << -1 << false;
    QTest::newRow("zero") << 0 << false;
    QTest::newRow("one") << 1 << true;
    QTest::newRow("64") << 64 << true;
    QTest::newRow("65") << 65 << false;
}

void TestBatchPlan::variations_count_isLimited()
{
    QFETCH(int, count);
    QFETCH(bool, valid);
    for (const SeedChoice choice : { SeedChoice::Random, SeedChoice::Consecutive }) {
        const BatchPlan plan = BatchPlan::variations(model(), baseRequest(), count, choice, 1);
        QCOMPARE(plan.isValid(), valid);
        QCOMPARE(plan.count(), valid ? count : 0);
        if (!valid)
            QVERIFY2(plan.problem().contains(QLatin1String("1 to 64")), qPrintable(plan.problem()));
    }
}

void TestBatchPlan::batch_sharesOneIdAndGivesEachRunItsOwnFile()
{
    const BatchPlan plan = BatchPlan::variations(model(), baseRequest(), 4, SeedChoice::Consecutive, 10);
    QVERIFY(!QUuid::fromString(plan.batchId()).isNull());
    QSet<QString> paths;
    for (const PlannedRun &run : plan.runs()) {
        QCOMPARE(run.batchId, plan.batchId());
        paths.insert(run.request.outputPath);
    }
    QCOMPARE(paths.size(), 4);
    QVERIFY(paths.contains(QStringLiteral("/tmp/out/clip-seed-10.mp4")));

    const BatchPlan other = BatchPlan::variations(model(), baseRequest(), 4, SeedChoice::Consecutive, 10);
    QVERIFY(other.batchId() != plan.batchId());

    // No output path: the queue names each run.
    GenerationRequest unnamed = baseRequest();
    unnamed.outputPath.clear();
    const BatchPlan sweep = BatchPlan::sweep(model(), unnamed, kShift, { 4, 8 });
    for (const PlannedRun &run : sweep.runs()) {
        QVERIFY(run.request.outputPath.isEmpty());
        QCOMPARE(run.batchId, sweep.batchId());
    }
}

void TestBatchPlan::sweep_values_areEachWithinRangeWithTheSeedHeld_data()
{
    QTest::addColumn<QString>("parameter");
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<QStringList>("labels");
    QTest::newRow("sample_shift") << kShift << QList<double> { 4, 8, 12, 16 }
                                  << QStringList { QStringLiteral("sample_shift 4"), QStringLiteral("sample_shift 8"),
                                                   QStringLiteral("sample_shift 12"), QStringLiteral("sample_shift 16") };
    QTest::newRow("sample_shift limits") << kShift << QList<double> { 1, 20, 7.5 }
                                         << QStringList { QStringLiteral("sample_shift 1"), QStringLiteral("sample_shift 20"),
                                                          QStringLiteral("sample_shift 7.5") };
    QTest::newRow("num_frames") << QStringLiteral("num_frames") << QList<double> { 81, 90, 100 }
                                << QStringList { QStringLiteral("num_frames 81"), QStringLiteral("num_frames 90"),
                                                 QStringLiteral("num_frames 100") };
    QTest::newRow("frames_per_second") << QStringLiteral("frames_per_second") << QList<double> { 5, 24 }
                                       << QStringList { QStringLiteral("frames_per_second 5"),
                                                        QStringLiteral("frames_per_second 24") };
}

void TestBatchPlan::sweep_values_areEachWithinRangeWithTheSeedHeld()
{
    QFETCH(QString, parameter);
    QFETCH(QList<double>, values);
    QFETCH(QStringList, labels);
    const BatchPlan plan = BatchPlan::sweep(model(), baseRequest(), parameter, values);
    QVERIFY2(plan.isValid(), qPrintable(plan.problem()));
    QCOMPARE(plan.count(), values.size());
    QCOMPARE(plan.fixedSeed(), std::optional<qint64>(1234));
    const auto *spec = model().parameter(parameter);
    QVERIFY(spec);
    for (int i = 0; i < plan.count(); ++i) {
        const GenerationRequest &request = plan.runs().at(i).request;
        const QJsonValue value = request.parameters.value(parameter);
        QCOMPARE(value.toDouble(), values.at(i));
        QVERIFY(!model().validateValue(*spec, value));
        QVERIFY(value.toDouble() >= *spec->minimum && value.toDouble() <= *spec->maximum);
        QCOMPARE(plan.runs().at(i).label, labels.at(i));
        QCOMPARE(request.parameters.value(kSeed).toInteger(), 1234);
        QVERIFY(!request.randomSeed);
        // Everything but the swept parameter is the base's, so the whole request validates.
        QJsonObject rest = request.parameters;
        rest.remove(parameter);
        QJsonObject baseRest = baseRequest().parameters;
        baseRest.remove(parameter);
        QCOMPARE(rest, baseRest);
        QVERIFY(model()
                    .validate(
                        model().buildRequest(QStringLiteral("https://example.invalid/a.jpg"), request.prompt, request.parameters))
                    .isEmpty());
    }
}

void TestBatchPlan::sweep_outOfRangeValue_isReportedWithTheRange()
{
    const BatchPlan plan = BatchPlan::sweep(model(), baseRequest(), kShift, { 4, 25, 0.5 });
    QVERIFY(!plan.isValid());
    QVERIFY(plan.runs().isEmpty()); // not clamped to 20, not dropped
    QCOMPARE(plan.issues().size(), 2);
    QCOMPARE(plan.issues().at(0).parameter, kShift);
    const QString message = plan.issues().at(0).message;
    QVERIFY2(message.contains(QLatin1String("sample_shift")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("1 to 20")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("25")), qPrintable(message));
    QVERIFY2(plan.issues().at(1).message.contains(QLatin1String("0.5")), qPrintable(plan.problem()));
    QVERIFY(plan.problem().contains(message));
}

void TestBatchPlan::sweep_fraction_ofAWholeNumberParameter_isReported()
{
    const BatchPlan plan = BatchPlan::sweep(model(), baseRequest(), QStringLiteral("num_frames"), { 81, 90.5 });
    QVERIFY(!plan.isValid());
    QVERIFY2(plan.problem().contains(QLatin1String("whole number")), qPrintable(plan.problem()));
}

void TestBatchPlan::sweep_repeatedValue_isReported()
{
    const BatchPlan plan = BatchPlan::sweep(model(), baseRequest(), kShift, { 4, 8, 4 });
    QVERIFY(!plan.isValid());
    QVERIFY2(plan.problem().contains(QLatin1String("more than once")), qPrintable(plan.problem()));
}

void TestBatchPlan::sweep_parameterThatCannotBeSwept_isReported_data()
{
    QTest::addColumn<QString>("parameter");
    QTest::newRow("enum") << QStringLiteral("resolution");
    QTest::newRow("bool") << QStringLiteral("go_fast");
    QTest::newRow("prompt") << QStringLiteral("prompt");
    QTest::newRow("seed") << kSeed;
    QTest::newRow("unknown") << QStringLiteral("guidance_scale");
}

void TestBatchPlan::sweep_parameterThatCannotBeSwept_isReported()
{
    QFETCH(QString, parameter);
    const BatchPlan plan = BatchPlan::sweep(model(), baseRequest(), parameter, { 1, 2 });
    QVERIFY(!plan.isValid());
    QCOMPARE(plan.count(), 0);
    QCOMPARE(plan.issues().size(), 1);
    QCOMPARE(plan.issues().at(0).parameter, parameter);
}

void TestBatchPlan::sweep_seed_isTheBasesOrOneDrawnForAll()
{
    GenerationRequest random = baseRequest();
    random.randomSeed = true;
    const BatchPlan drawn = BatchPlan::sweep(model(), random, kShift, { 4, 8, 12 }, sequence({ 0x80000123u, 5, 6 }));
    QVERIFY2(drawn.isValid(), qPrintable(drawn.problem()));
    QCOMPARE(seedsOf(drawn), (QList<qint64> { 0x123, 0x123, 0x123 }));
    for (const PlannedRun &run : drawn.runs())
        QVERIFY(!run.request.randomSeed);

    GenerationRequest noSeed = baseRequest();
    noSeed.parameters.remove(kSeed);
    const BatchPlan byDefault = BatchPlan::sweep(model(), noSeed, kShift, { 4, 8 });
    QCOMPARE(seedsOf(byDefault), (QList<qint64> { 1, 1 })); // the model's default, recorded
}

void TestBatchPlan::sweep_tooManyValues_isReported()
{
    QList<double> values;
    for (int i = 0; i < 65; ++i)
        values << 1 + i * 0.25;
    const BatchPlan plan = BatchPlan::sweep(model(), baseRequest(), kShift, values);
    QVERIFY(!plan.isValid());
    QVERIFY2(plan.problem().contains(QLatin1String("65")), qPrintable(plan.problem()));
    values.removeLast();
    QVERIFY(BatchPlan::sweep(model(), baseRequest(), kShift, values).isValid());
}

void TestBatchPlan::sweepRange_stepsFromTo_data()
{
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("to");
    QTest::addColumn<double>("step");
    QTest::addColumn<QList<double>>("expected");
    QTest::newRow("4 to 16 by 4") << 4.0 << 16.0 << 4.0 << QList<double> { 4, 8, 12, 16 };
    QTest::newRow("stops before passing to") << 4.0 << 16.0 << 5.0 << QList<double> { 4, 9, 14 };
    QTest::newRow("downwards") << 16.0 << 4.0 << 6.0 << QList<double> { 16, 10, 4 };
    QTest::newRow("tenths without drift") << 1.0 << 1.3 << 0.1 << QList<double> { 1.0, 1.1, 1.2, 1.3 };
    QTest::newRow("single") << 8.0 << 8.0 << 1.0 << QList<double> { 8 };
}

void TestBatchPlan::sweepRange_stepsFromTo()
{
    QFETCH(double, from);
    QFETCH(double, to);
    QFETCH(double, step);
    QFETCH(QList<double>, expected);
    QString error;
    const auto values = BatchPlan::rangeValues(from, to, step, &error);
    QVERIFY2(values, qPrintable(error));
    QCOMPARE(*values, expected);
    const BatchPlan plan = BatchPlan::sweepRange(model(), baseRequest(), kShift, from, to, step);
    QVERIFY2(plan.isValid(), qPrintable(plan.problem()));
    QCOMPARE(plan.count(), expected.size());
}

void TestBatchPlan::sweepRange_badStep_isReported()
{
    QString error;
    QVERIFY(!BatchPlan::rangeValues(4, 16, 0, &error));
    QVERIFY(error.contains(QLatin1String("step")));
    QVERIFY(!BatchPlan::rangeValues(4, 16, -2, &error));
    QVERIFY(!BatchPlan::rangeValues(1, 20, 0.001, &error)); // thousands of runs: refused before building them
    QVERIFY2(error.contains(QLatin1String("64")), qPrintable(error));
    const BatchPlan plan = BatchPlan::sweepRange(model(), baseRequest(), kShift, 4, 16, 0);
    QVERIFY(!plan.isValid());
    QCOMPARE(plan.issues().at(0).parameter, kShift);
    // A range that reaches past the model's limit is reported like a listed value.
    const BatchPlan past = BatchPlan::sweepRange(model(), baseRequest(), kShift, 12, 24, 4);
    QVERIFY(!past.isValid());
    QVERIFY2(past.problem().contains(QLatin1String("24")), qPrintable(past.problem()));
}

void TestBatchPlan::parseValues_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QList<double>>("expected");
    QTest::newRow("commas") << QStringLiteral("4, 8, 12, 16") << true << QList<double> { 4, 8, 12, 16 };
    QTest::newRow("mixed separators") << QStringLiteral(" 4;8  12,\t16, ") << true << QList<double> { 4, 8, 12, 16 };
    QTest::newRow("decimals") << QStringLiteral("7.5, 12.25") << true << QList<double> { 7.5, 12.25 };
    QTest::newRow("out of range still parses") << QStringLiteral("4, 99") << true << QList<double> { 4, 99 };
    QTest::newRow("empty") << QString() << false << QList<double> {};
    QTest::newRow("only commas") << QStringLiteral(" , ,") << false << QList<double> {};
    QTest::newRow("word") << QStringLiteral("4, eight") << false << QList<double> {};
    QTest::newRow("infinity") << QStringLiteral("inf") << false << QList<double> {};
}

void TestBatchPlan::parseValues()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QList<double>, expected);
    QString error;
    const auto values = BatchPlan::parseValues(text, &error);
    QCOMPARE(values.has_value(), ok);
    if (ok)
        QCOMPARE(*values, expected);
    else
        QVERIFY(!error.isEmpty());
}

void TestBatchPlan::sweepableParameters_areTheNumbersButTheSeed()
{
    QStringList names;
    for (const auto &spec : BatchPlan::sweepableParameters(model()))
        names << spec.name;
    QCOMPARE(names, (QStringList { QStringLiteral("num_frames"), kShift, QStringLiteral("frames_per_second") }));
}

void TestBatchPlan::plannedCost_isRunsTimesTypicalCost()
{
    QCOMPARE(model().typicalCostUsd(), 0.09);
    const BatchPlan four = BatchPlan::sweep(model(), baseRequest(), kShift, { 4, 8, 12, 16 });
    QCOMPARE(four.typicalCost(), 0.09);
    QVERIFY(qFuzzyCompare(four.plannedCost(), 0.36));
    const BatchPlan sixteen = BatchPlan::variations(model(), baseRequest(), 16, SeedChoice::Random);
    QVERIFY(qFuzzyCompare(sixteen.plannedCost(), 1.44));
    const BatchPlan invalid = BatchPlan::sweep(model(), baseRequest(), kShift, { 4, 25 });
    QCOMPARE(invalid.plannedCost(), 0.0);
    QCOMPARE(invalid.costSummary(9.91), QStringLiteral("No runs planned."));
}

void TestBatchPlan::costSummary_data()
{
    QTest::addColumn<std::optional<double>>("balance");
    QTest::addColumn<QStringList>("fragments");
    QTest::addColumn<QStringList>("absent");
    const QString cost = QStringLiteral("about 0.36 credits");
    QTest::newRow("plenty") << std::optional<double>(9.91)
                            << QStringList { cost, QStringLiteral("your balance 9.91 covers 110 ") }
                            << QStringList { QStringLiteral("only"), QStringLiteral("stops") };
    QTest::newRow("exactly enough") << std::optional<double>(0.36) << QStringList { cost, QStringLiteral("0.36 covers 4 ") }
                                    << QStringList { QStringLiteral("only") };
    QTest::newRow("short") << std::optional<double>(0.20)
                           << QStringList { cost, QStringLiteral("your balance 0.20 covers only 2 of 4"),
                                            QStringLiteral("the batch stops when the balance would not cover the next run") }
                           << QStringList {};
    QTest::newRow("not one run") << std::optional<double>(0.05)
                                 << QStringList { cost, QStringLiteral("0.05 does not cover one run") } << QStringList {};
    QTest::newRow("unknown") << std::optional<double>() << QStringList { cost, QStringLiteral("balance is unknown") }
                             << QStringList { QStringLiteral("covers") };
}

void TestBatchPlan::costSummary()
{
    QFETCH(std::optional<double>, balance);
    QFETCH(QStringList, fragments);
    QFETCH(QStringList, absent);
    const BatchPlan plan = BatchPlan::sweep(model(), baseRequest(), kShift, { 4, 8, 12, 16 });
    const QString text = plan.costSummary(balance);
    QVERIFY2(text.startsWith(QLatin1String("4 run")), qPrintable(text));
    for (const QString &fragment : fragments)
        QVERIFY2(text.contains(fragment), qPrintable(text + QLatin1String(" lacks ") + fragment));
    for (const QString &fragment : absent)
        QVERIFY2(!text.contains(fragment), qPrintable(text + QLatin1String(" has ") + fragment));
}

void TestBatchPlan::balanceCoversNext_data()
{
    QTest::addColumn<std::optional<double>>("balance");
    QTest::addColumn<double>("cost");
    QTest::addColumn<bool>("covers");
    QTest::newRow("unknown") << std::optional<double>() << 0.09 << true;
    QTest::newRow("plenty") << std::optional<double>(9.91) << 0.09 << true;
    QTest::newRow("exactly one run") << std::optional<double>(0.09) << 0.09 << true;
    QTest::newRow("one run after rounding") << std::optional<double>(1.0 - 0.91) << 0.09 << true; // 0.0899999…
    QTest::newRow("a cent short") << std::optional<double>(0.08) << 0.09 << false;
    QTest::newRow("empty") << std::optional<double>(0.0) << 0.09 << false;
    QTest::newRow("overdrawn") << std::optional<double>(-1.0) << 0.09 << false;
}

void TestBatchPlan::balanceCoversNext()
{
    QFETCH(std::optional<double>, balance);
    QFETCH(double, cost);
    QFETCH(bool, covers);
    QCOMPARE(BatchPlan::balanceCoversNext(balance, cost), covers);
}

QTEST_MAIN(TestBatchPlan)
#include "tst_batchplan.moc"
