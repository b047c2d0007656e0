// The Runs list's words and numbers, row by row: how long a run took (the
// clock stops when it ends), how far its bar is, how its cost reads, what "Use
// these settings" takes from it; and the session's clips, newest first, each
// named by its prompt and seed.

#include "jobs/joblistmodel.h"
#include "jobs/jobqueue.h"
#include "jobs/sessionclips.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace wan;
using jobs::JobListModel;
using jobs::JobRecord;
using jobs::JobStage;

Q_DECLARE_METATYPE(wan::jobs::JobStage)

class TestRunList final : public QObject
{
    Q_OBJECT

private slots:
    void elapsed_stopsWhenTheRunEnds();
    void finishing_stopsTheClockOnce();
    void fraction_followsTheStages_data();
    void fraction_followsTheStages();
    void cost_showsCentsWithFourDecimals();
    void settings_carryTheSeedOnlyWhenKnown();
    void sessionClips_newestFirst_namedByPromptAndSeed();
};

namespace {
constexpr qint64 kStart = 1'000'000;

JobRecord running(JobStage stage, qint64 startedMs = kStart)
{
    JobRecord r;
    r.stage = stage;
    r.startedMsecsSinceEpoch = startedMs;
    return r;
}
} // namespace

void TestRunList::elapsed_stopsWhenTheRunEnds()
{
    JobRecord r = running(JobStage::Processing);
    QCOMPARE(JobListModel::elapsedSeconds(r, kStart + 32'400), qint64(32));
    r.stage = JobStage::Completed;
    r.finishedMsecsSinceEpoch = kStart + 58'000;
    // An hour later the run still took 58 s.
    QCOMPARE(JobListModel::elapsedSeconds(r, kStart + 3'600'000), qint64(58));
    // Never started: no time at all.
    QCOMPARE(JobListModel::elapsedSeconds(JobRecord{}, kStart), qint64(0));
}

void TestRunList::finishing_stopsTheClockOnce()
{
    JobRecord r = running(JobStage::Processing);
    r.setStage(JobStage::Downloading);
    QCOMPARE(r.finishedMsecsSinceEpoch, qint64(0));
    r.setStage(JobStage::Completed);
    const qint64 finished = r.finishedMsecsSinceEpoch;
    QVERIFY(finished > 0);
    QTest::qWait(5);
    r.setStage(JobStage::Completed); // told twice (the job's stage, then its result)
    QCOMPARE(r.finishedMsecsSinceEpoch, finished);
}

void TestRunList::fraction_followsTheStages_data()
{
    QTest::addColumn<JobStage>("stage");
    QTest::addColumn<qint64>("elapsedMs");
    QTest::addColumn<qint64>("received");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<double>("expected");
    QTest::newRow("waiting") << JobStage::Waiting << qint64(0) << qint64(0) << qint64(0) << 0.0;
    QTest::newRow("uploading") << JobStage::Uploading << qint64(1000) << qint64(0) << qint64(0) << 0.05;
    QTest::newRow("processing, just sent") << JobStage::Processing << qint64(0) << qint64(0) << qint64(0) << 0.1;
    QTest::newRow("processing, half the time") << JobStage::Processing << qint64(27'000) << qint64(0) << qint64(0) << 0.5;
    QTest::newRow("processing, past the time") << JobStage::Processing << qint64(200'000) << qint64(0) << qint64(0) << 0.86;
    QTest::newRow("downloading, half") << JobStage::Downloading << qint64(50'000) << qint64(500) << qint64(1000) << 0.95;
    QTest::newRow("downloading, size unknown") << JobStage::Downloading << qint64(50'000) << qint64(500) << qint64(0) << 0.9;
    QTest::newRow("completed") << JobStage::Completed << qint64(58'000) << qint64(0) << qint64(0) << 1.0;
    QTest::newRow("failed") << JobStage::Failed << qint64(3'000) << qint64(0) << qint64(0) << 1.0;
}

void TestRunList::fraction_followsTheStages()
{
    QFETCH(JobStage, stage);
    QFETCH(qint64, elapsedMs);
    QFETCH(qint64, received);
    QFETCH(qint64, total);
    QFETCH(double, expected);
    JobRecord r = running(stage);
    r.received = received;
    r.total = total;
    const double fraction = JobListModel::progressFraction(r, 54, kStart + elapsedMs);
    QVERIFY2(qAbs(fraction - expected) < 1e-9, qPrintable(QString::number(fraction)));
}

void TestRunList::cost_showsCentsWithFourDecimals()
{
    QCOMPARE(JobListModel::costText(0.0875), QStringLiteral("0.0875 credits"));
    QCOMPARE(JobListModel::costText(1.5), QStringLiteral("1.50 credits"));
}

void TestRunList::settings_carryTheSeedOnlyWhenKnown()
{
    JobRecord r = running(JobStage::Processing);
    r.request.image = QStringLiteral("/pictures/harbour.jpg");
    r.request.prompt = QStringLiteral("Gulls over the harbour");
    r.request.parameters = {{QStringLiteral("seed"), 5}, {QStringLiteral("num_frames"), 90}};
    r.request.randomSeed = true;

    // Still running with a random seed: the seed is not known here yet.
    QJsonObject settings = JobListModel::settingsOf(r);
    QCOMPARE(settings.value(QStringLiteral("image")).toString(), r.request.image);
    QCOMPARE(settings.value(QStringLiteral("prompt")).toString(), r.request.prompt);
    QVERIFY(settings.value(QStringLiteral("randomSeed")).toBool());
    QVERIFY(!settings.contains(QStringLiteral("seed")));
    QVERIFY(!settings.value(QStringLiteral("parameters")).toObject().contains(QStringLiteral("seed")));
    QCOMPARE(settings.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("num_frames")).toInt(), 90);

    // Done: the seed the service used.
    jobs::GenerationResult result;
    result.seed = 123456789;
    r.result = result;
    r.setStage(JobStage::Completed);
    settings = JobListModel::settingsOf(r);
    QCOMPARE(settings.value(QStringLiteral("seed")).toInteger(), qint64(123456789));
    QVERIFY(!settings.contains(QStringLiteral("randomSeed")));

    // A fixed seed is known from the start.
    JobRecord fixed = running(JobStage::Queued);
    fixed.request.parameters = {{QStringLiteral("seed"), 42}};
    settings = JobListModel::settingsOf(fixed);
    QCOMPARE(settings.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("seed")).toInt(), 42);
    QVERIFY(!settings.contains(QStringLiteral("randomSeed")));
}

void TestRunList::sessionClips_newestFirst_namedByPromptAndSeed()
{
    jobs::SessionClips clips;
    QSignalSpy inserted(&clips, &QAbstractItemModel::rowsInserted);
    QCOMPARE(clips.add(QStringLiteral("/clips/a.mp4"), QStringLiteral("First clip"), 1), 0);
    QCOMPARE(clips.add(QStringLiteral("/clips/b.mp4"), QStringLiteral("Second clip, with a prompt longer than forty characters"), 2), 0);
    QCOMPARE(clips.rowCount(), 2);
    QCOMPARE(clips.pathAt(0), QStringLiteral("/clips/b.mp4"));
    QCOMPARE(clips.pathAt(1), QStringLiteral("/clips/a.mp4"));
    // Opened again: listed once, where it was.
    QCOMPARE(clips.add(QStringLiteral("/clips/a.mp4"), QStringLiteral("First clip"), 1), 1);
    QCOMPARE(clips.rowCount(), 2);
    QCOMPARE(inserted.count(), 2);

    QCOMPARE(clips.index(1).data(Qt::AccessibleTextRole).toString(), QStringLiteral("First clip, seed 1"));
    const QString name = clips.index(0).data(Qt::AccessibleTextRole).toString();
    QVERIFY2(name.startsWith(QStringLiteral("Second clip, with a prompt")) && name.endsWith(QStringLiteral("\u2026, seed 2")),
             qPrintable(name));
    QCOMPARE(clips.add(QStringLiteral("/clips/c.mp4"), QString(), std::nullopt), 0);
    QCOMPARE(clips.index(0).data(Qt::AccessibleTextRole).toString(), QStringLiteral("(no prompt)"));
    QVERIFY(!clips.index(0).data(jobs::SessionClips::SeedRole).isValid());
}

QTEST_GUILESS_MAIN(TestRunList)
#include "tst_runlist.moc"
