// Combined plans (prompt alternatives x up to two sweeps x seeds, under the
// cap) and grids (two axes of at most four values, each run in its cell with
// its row and column labels), planned against the model description.

#include "core/modeldescription.h"
#include "jobs/batchplan.h"

#include <QLocale>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using wan::core::ModelDescription;
using wan::jobs::BatchPlan;
using wan::jobs::BatchSpec;
using wan::jobs::GenerationRequest;
using wan::jobs::PlanAxis;
using wan::jobs::PlannedRun;
using wan::jobs::SeedChoice;

Q_DECLARE_METATYPE(wan::jobs::PlanAxis)

namespace {

const QString kSeed = QStringLiteral("seed");
const QString kShift = QStringLiteral("sample_shift");
const QString kFps = QStringLiteral("frames_per_second");

const ModelDescription &model()
{
    return ModelDescription::wan22ImageToVideo();
}

GenerationRequest baseRequest(const QString &prompt = QStringLiteral("A lighthouse at {golden hour|blue hour|overcast}"))
{
    GenerationRequest base;
    base.image = QStringLiteral("/tmp/in.png");
    base.prompt = prompt;
    base.parameters = model().defaults();
    base.parameters.insert(kSeed, 1234);
    base.outputPath = QStringLiteral("/tmp/out/clip.mp4");
    return base;
}

BatchPlan::SeedSource sequence(QList<quint32> numbers)
{
    auto index = std::make_shared<int>(0);
    return [numbers, index]() {
        const int i = qMin(*index, static_cast<int>(numbers.size()) - 1);
        ++*index;
        return numbers.at(i);
    };
}

} // namespace

class TestBatchCombined final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
    }

    void combined_promptsSweepsAndSeeds_inOrder();
    void combined_withoutSeeds_holdsOneSeed();
    void combined_promptEscapes_areResolved();
    void combined_seedCount_randomAndConsecutive();
    void combined_overTheCap_isRefusedWithTheSizes();
    void combined_problems_areAllReported_data();
    void combined_problems_areAllReported();
    void combined_everyRequest_validatesAndHasItsOwnFile();
    void grid_lightingByShift_hasCellsAndLabels();
    void grid_seedByParameter();
    void grid_problems_areReported_data();
    void grid_problems_areReported();
    void plannedCost_isRunsTimesTypicalCost();
};

void TestBatchCombined::combined_promptsSweepsAndSeeds_inOrder()
{
    BatchSpec spec;
    spec.base = baseRequest(QStringLiteral("{dawn|dusk} harbour"));
    spec.sweeps = { PlanAxis::sweep(kShift, { 4, 8 }), PlanAxis::sweep(kFps, { 12, 24 }) };
    spec.seedList = { 7, 9 };
    const BatchPlan plan = BatchPlan::combined(model(), spec);
    QVERIFY2(plan.isValid(), qPrintable(plan.problem()));
    QCOMPARE(plan.count(), 16);
    QCOMPARE(plan.axes().size(), 4);
    QCOMPARE(plan.axes().at(0).kind, PlanAxis::Kind::Prompt);
    QCOMPARE(plan.axes().at(0).labels, (QStringList { QStringLiteral("dawn"), QStringLiteral("dusk") }));
    QCOMPARE(plan.axes().at(1).title, kShift);
    QCOMPARE(plan.axes().at(3).labels, (QStringList { QStringLiteral("seed 7"), QStringLiteral("seed 9") }));

    // Prompt slowest, then the first sweep, the second, and the seed fastest.
    const PlannedRun &first = plan.runs().at(0);
    QCOMPARE(first.request.prompt, QStringLiteral("dawn harbour"));
    QCOMPARE(first.request.parameters.value(kShift).toDouble(), 4.0);
    QCOMPARE(first.request.parameters.value(kFps).toInteger(), 12);
    QCOMPARE(first.request.parameters.value(kSeed).toInteger(), 7);
    QCOMPARE(first.label, QStringLiteral("dawn, sample_shift 4, frames_per_second 12, seed 7"));
    QCOMPARE(plan.runs().at(1).request.parameters.value(kSeed).toInteger(), 9);
    QCOMPARE(plan.runs().at(2).request.parameters.value(kFps).toInteger(), 24);
    QCOMPARE(plan.runs().at(4).request.parameters.value(kShift).toDouble(), 8.0);
    const PlannedRun &ninth = plan.runs().at(8);
    QCOMPARE(ninth.request.prompt, QStringLiteral("dusk harbour"));
    QCOMPARE(ninth.axisLabels, (QStringList { QStringLiteral("dusk"), QStringLiteral("sample_shift 4"),
                                              QStringLiteral("frames_per_second 12"), QStringLiteral("seed 7") }));
    QCOMPARE(ninth.row, -1);
    for (const PlannedRun &run : plan.runs())
        QVERIFY(!run.request.randomSeed);
}

void TestBatchCombined::combined_withoutSeeds_holdsOneSeed()
{
    BatchSpec spec;
    spec.base = baseRequest();
    spec.base.randomSeed = true;
    spec.sweeps = { PlanAxis::sweep(kShift, { 4, 8 }) };
    const BatchPlan plan = BatchPlan::combined(model(), spec, sequence({ 0x80000042u, 5 }));
    QVERIFY2(plan.isValid(), qPrintable(plan.problem()));
    QCOMPARE(plan.count(), 6);
    QCOMPARE(plan.fixedSeed(), std::optional<qint64>(0x42));
    for (const PlannedRun &run : plan.runs())
        QCOMPARE(run.request.parameters.value(kSeed).toInteger(), 0x42);
}

void TestBatchCombined::combined_promptEscapes_areResolved()
{
    BatchSpec spec;
    spec.base = baseRequest(QStringLiteral("a sign saying \\{open\\}"));
    spec.seedCount = 2;
    spec.seedChoice = SeedChoice::Consecutive;
    const BatchPlan plan = BatchPlan::combined(model(), spec);
    QVERIFY2(plan.isValid(), qPrintable(plan.problem()));
    QCOMPARE(plan.runs().at(0).request.prompt, QStringLiteral("a sign saying {open}"));
    QCOMPARE(plan.runs().at(1).request.parameters.value(kSeed).toInteger(), 1235);
}

void TestBatchCombined::combined_seedCount_randomAndConsecutive()
{
    BatchSpec spec;
    spec.base = baseRequest(QStringLiteral("plain"));
    spec.seedCount = 3;
    const BatchPlan random = BatchPlan::combined(model(), spec, sequence({ 5, 5, 6, 0x80000007u }));
    QVERIFY2(random.isValid(), qPrintable(random.problem()));
    QList<qint64> seeds;
    for (const PlannedRun &run : random.runs())
        seeds.append(run.request.parameters.value(kSeed).toInteger());
    QCOMPARE(seeds, (QList<qint64> { 5, 6, 7 }));
    QVERIFY(!random.fixedSeed());

    spec.seedChoice = SeedChoice::Consecutive;
    const BatchPlan consecutive = BatchPlan::combined(model(), spec);
    seeds.clear();
    for (const PlannedRun &run : consecutive.runs())
        seeds.append(run.request.parameters.value(kSeed).toInteger());
    QCOMPARE(seeds, (QList<qint64> { 1234, 1235, 1236 }));
}

void TestBatchCombined::combined_overTheCap_isRefusedWithTheSizes()
{
    BatchSpec spec;
    spec.base = baseRequest(); // 3 prompts
    spec.sweeps = { PlanAxis::sweep(kShift, { 2, 4, 6, 8, 10, 12 }) };
    spec.seedCount = 4; // 3 x 6 x 4 = 72
    const BatchPlan plan = BatchPlan::combined(model(), spec);
    QVERIFY(!plan.isValid());
    QCOMPARE(plan.count(), 0);
    const QString problem = plan.problem();
    QVERIFY2(problem.contains(QLatin1String("72 runs")), qPrintable(problem));
    QVERIFY2(problem.contains(QStringLiteral("prompt: 3 \u00d7 sample_shift: 6 \u00d7 seed: 4")), qPrintable(problem));
    QVERIFY2(problem.contains(QLatin1String("at most 64")), qPrintable(problem));

    spec.seedCount = 3; // 54: fine
    QCOMPARE(BatchPlan::combined(model(), spec).count(), 54);
}

void TestBatchCombined::combined_problems_areAllReported_data()
{
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<QString>("sweep1");
    QTest::addColumn<QList<double>>("values1");
    QTest::addColumn<QString>("sweep2");
    QTest::addColumn<QList<qint64>>("seedList");
    QTest::addColumn<int>("seedCount");
    QTest::addColumn<QString>("expected");

    const QList<double> ok { 4, 8 };
    QTest::newRow("malformed group") << QStringLiteral("a {b|c") << kShift << ok << QString() << QList<qint64>() << 0
                                     << QStringLiteral("character 3");
    QTest::newRow("unknown parameter") << QStringLiteral("p") << QStringLiteral("guidance") << ok << QString() << QList<qint64>()
                                       << 0 << QStringLiteral("guidance is not a parameter");
    QTest::newRow("out of range") << QStringLiteral("p") << kShift << QList<double> { 4, 30 } << QString() << QList<qint64>() << 0
                                  << QStringLiteral("1 to 20");
    QTest::newRow("enum swept") << QStringLiteral("p") << QStringLiteral("resolution") << ok << QString() << QList<qint64>() << 0
                                << QStringLiteral("not a number");
    QTest::newRow("seed swept") << QStringLiteral("p") << kSeed << ok << QString() << QList<qint64>() << 0
                                << QStringLiteral("Vary the seed with seeds");
    QTest::newRow("same parameter twice") << QStringLiteral("p") << kShift << ok << kShift << QList<qint64>() << 0
                                          << QStringLiteral("swept twice");
    QTest::newRow("negative seed") << QStringLiteral("p") << QString() << ok << QString() << QList<qint64> { 3, -1 } << 0
                                   << QStringLiteral("Seed -1 is outside");
    QTest::newRow("repeated seed") << QStringLiteral("p") << QString() << ok << QString() << QList<qint64> { 3, 3 } << 0
                                   << QStringLiteral("Seed 3 is listed more than once");
    QTest::newRow("seeds both ways") << QStringLiteral("p") << QString() << ok << QString() << QList<qint64> { 3 } << 2
                                     << QStringLiteral("not both");
    QTest::newRow("too many seeds") << QStringLiteral("p") << QString() << ok << QString() << QList<qint64>() << 65
                                    << QStringLiteral("1 to 64");
}

void TestBatchCombined::combined_problems_areAllReported()
{
    QFETCH(QString, prompt);
    QFETCH(QString, sweep1);
    QFETCH(QList<double>, values1);
    QFETCH(QString, sweep2);
    QFETCH(QList<qint64>, seedList);
    QFETCH(int, seedCount);
    QFETCH(QString, expected);
    BatchSpec spec;
    spec.base = baseRequest(prompt);
    if (!sweep1.isEmpty())
        spec.sweeps.append(PlanAxis::sweep(sweep1, values1));
    if (!sweep2.isEmpty())
        spec.sweeps.append(PlanAxis::sweep(sweep2, { 10 }));
    spec.seedList = seedList;
    spec.seedCount = seedCount;
    const BatchPlan plan = BatchPlan::combined(model(), spec);
    QVERIFY(!plan.isValid());
    QVERIFY(plan.runs().isEmpty());
    QVERIFY2(plan.problem().contains(expected), qPrintable(plan.problem()));
}

void TestBatchCombined::combined_everyRequest_validatesAndHasItsOwnFile()
{
    BatchSpec spec;
    spec.base = baseRequest(QStringLiteral("{a!|a?} {b|c}"));
    spec.sweeps = { PlanAxis::sweep(QStringLiteral("num_frames"), { 81, 100 }) };
    const BatchPlan plan = BatchPlan::combined(model(), spec);
    QVERIFY2(plan.isValid(), qPrintable(plan.problem()));
    QSet<QString> paths;
    for (const PlannedRun &run : plan.runs()) {
        QCOMPARE(run.batchId, plan.batchId());
        paths.insert(run.request.outputPath);
        QVERIFY(model()
                    .validate(model().buildRequest(QStringLiteral("https://example.invalid/a.jpg"), run.request.prompt,
                                                   run.request.parameters))
                    .isEmpty());
    }
    QCOMPARE(paths.size(), plan.count()); // "a!" and "a?" make the same slug; the number tells them apart
    QVERIFY2(paths.contains(QStringLiteral("/tmp/out/clip-1-a-b-num_frames-81.mp4")), qPrintable(paths.values().join(u' ')));
}

void TestBatchCombined::grid_lightingByShift_hasCellsAndLabels()
{
    // The example: three lighting words across two sample-shift values.
    const BatchPlan plan = BatchPlan::grid(model(), baseRequest(), PlanAxis::prompt(), PlanAxis::sweep(kShift, { 6, 12 }));
    QVERIFY2(plan.isValid(), qPrintable(plan.problem()));
    QCOMPARE(plan.count(), 6);
    QCOMPARE(plan.axes().size(), 2);
    QCOMPARE(plan.axes().at(0).labels,
             (QStringList { QStringLiteral("golden hour"), QStringLiteral("blue hour"), QStringLiteral("overcast") }));
    QCOMPARE(plan.axes().at(1).labels, (QStringList { QStringLiteral("sample_shift 6"), QStringLiteral("sample_shift 12") }));
    QSet<QPair<int, int>> cells;
    for (const PlannedRun &run : plan.runs()) {
        cells.insert({ run.row, run.column });
        QCOMPARE(run.axisLabels.at(0), plan.axes().at(0).labels.at(run.row));
        QCOMPARE(run.axisLabels.at(1), plan.axes().at(1).labels.at(run.column));
        QCOMPARE(run.request.prompt, QStringLiteral("A lighthouse at ") + plan.axes().at(0).labels.at(run.row));
        QCOMPARE(run.request.parameters.value(kShift).toDouble(), run.column == 0 ? 6.0 : 12.0);
        QCOMPARE(run.request.parameters.value(kSeed).toInteger(), 1234);
    }
    QCOMPARE(cells.size(), 6);
    QCOMPARE(plan.runs().at(1).row, 0);
    QCOMPARE(plan.runs().at(1).column, 1);
    QCOMPARE(plan.plannedCost(), 6 * model().typicalCostUsd());
}

void TestBatchCombined::grid_seedByParameter()
{
    const BatchPlan plan = BatchPlan::grid(model(), baseRequest(QStringLiteral("plain")), PlanAxis::seedList({ 1, 2, 3, 4 }),
                                           PlanAxis::sweep(kFps, { 8, 16, 24, 12 }));
    QVERIFY2(plan.isValid(), qPrintable(plan.problem()));
    QCOMPARE(plan.count(), 16);
    QCOMPARE(plan.runs().last().row, 3);
    QCOMPARE(plan.runs().last().column, 3);
    QCOMPARE(plan.runs().last().request.parameters.value(kSeed).toInteger(), 4);
    QCOMPARE(plan.runs().last().request.parameters.value(kFps).toInteger(), 12);
}

void TestBatchCombined::grid_problems_areReported_data()
{
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<PlanAxis>("rows");
    QTest::addColumn<PlanAxis>("columns");
    QTest::addColumn<QString>("expected");
    QTest::newRow("five rows") << QStringLiteral("p") << PlanAxis::seedList({ 1, 2, 3, 4, 5 }) << PlanAxis::sweep(kShift, { 4 })
                               << QStringLiteral("at most 4 rows");
    QTest::newRow("five columns") << QStringLiteral("p") << PlanAxis::sweep(kShift, { 4 }) << PlanAxis::seedCountOf(5)
                                  << QStringLiteral("at most 4 columns");
    QTest::newRow("same axis") << QStringLiteral("p") << PlanAxis::sweep(kShift, { 4 }) << PlanAxis::sweep(kShift, { 8 })
                               << QStringLiteral("same thing");
    QTest::newRow("prompt without groups") << QStringLiteral("p") << PlanAxis::prompt() << PlanAxis::seedList({ 1 })
                                           << QStringLiteral("no alternatives");
    QTest::newRow("groups without a prompt axis") << QStringLiteral("{a|b}") << PlanAxis::seedList({ 1 })
                                                  << PlanAxis::sweep(kShift, { 4 }) << QStringLiteral("one of the grid's axes");
    QTest::newRow("too many prompt alternatives") << QStringLiteral("{a|b|c}{d|e}") << PlanAxis::prompt()
                                                  << PlanAxis::seedList({ 1 }) << QStringLiteral("at most 4 rows");
}

void TestBatchCombined::grid_problems_areReported()
{
    QFETCH(QString, prompt);
    QFETCH(PlanAxis, rows);
    QFETCH(PlanAxis, columns);
    QFETCH(QString, expected);
    const BatchPlan plan = BatchPlan::grid(model(), baseRequest(prompt), rows, columns);
    QVERIFY(!plan.isValid());
    QVERIFY(plan.runs().isEmpty());
    QVERIFY2(plan.problem().contains(expected), qPrintable(plan.problem()));
}

void TestBatchCombined::plannedCost_isRunsTimesTypicalCost()
{
    BatchSpec spec;
    spec.base = baseRequest();
    spec.seedCount = 2;
    const BatchPlan plan = BatchPlan::combined(model(), spec);
    QCOMPARE(plan.count(), 6);
    QVERIFY(qFuzzyCompare(plan.plannedCost(), 6 * model().typicalCostUsd()));
}

QTEST_MAIN(TestBatchCombined)
#include "tst_batchcombined.moc"
