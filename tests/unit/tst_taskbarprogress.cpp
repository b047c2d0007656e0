// The taskbar's progress: how far a wave of runs has got (QueueProgress, row
// by row), and the Unity LauncherEntry signal that carries it, received on a
// private session bus exactly as a dock or KDE Plasma receives it.

#include "core/launcherentry.h"
#include "jobs/queueprogress.h"
#include "privatebus.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QSignalSpy>
#include <QTest>

using namespace wan;
using jobs::JobRecord;
using jobs::JobStage;
using jobs::QueueProgress;

namespace {

constexpr qint64 Now = 1'800'000'000'000;
constexpr int Typical = 100;

JobRecord run(JobStage stage, qint64 startedSecondsAgo = 0, qint64 received = 0, qint64 total = 0)
{
    JobRecord record;
    record.stage = stage;
    record.startedMsecsSinceEpoch = startedSecondsAgo > 0 ? Now - startedSecondsAgo * 1000 : 0;
    record.received = received;
    record.total = total;
    return record;
}

} // namespace

// Receives Update signals on its own connection, as a dock does.
class LauncherListener final : public QObject
{
    Q_OBJECT
public:
    QList<QDBusMessage> updates;
public slots:
    void received(const QDBusMessage &message) { updates.append(message); }
};

class TestTaskbarProgress final : public QObject
{
    Q_OBJECT

private slots:
    void runFraction_followsTheStages_data();
    void runFraction_followsTheStages();
    void aggregate_isTheMeanOfTheWave();
    void aggregate_ofAFinishedWave_isHidden();
    void launcherEntry_pathAndUri();
    void launcherEntry_sendsUpdateOnTheBus_onlyWhatChanged();
};

void TestTaskbarProgress::runFraction_followsTheStages_data()
{
    QTest::addColumn<int>("stage");
    QTest::addColumn<qint64>("secondsAgo");
    QTest::addColumn<qint64>("received");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<double>("expected");
    QTest::newRow("waiting") << int(JobStage::Waiting) << qint64(0) << qint64(0) << qint64(0) << 0.0;
    QTest::newRow("uploading") << int(JobStage::Uploading) << qint64(1) << qint64(0) << qint64(0) << 0.05;
    QTest::newRow("processing, just started") << int(JobStage::Processing) << qint64(0) << qint64(0) << qint64(0) << 0.10;
    QTest::newRow("processing, half the typical time")
        << int(JobStage::Processing) << qint64(50) << qint64(0) << qint64(0) << 0.50;
    QTest::newRow("processing, far over time stays below the download")
        << int(JobStage::Processing) << qint64(1000) << qint64(0) << qint64(0) << 0.90;
    QTest::newRow("downloading half") << int(JobStage::Downloading) << qint64(80) << qint64(500) << qint64(1000) << 0.95;
    QTest::newRow("completed") << int(JobStage::Completed) << qint64(90) << qint64(0) << qint64(0) << 1.0;
    QTest::newRow("failed counts as ended") << int(JobStage::Failed) << qint64(5) << qint64(0) << qint64(0) << 1.0;
}

void TestTaskbarProgress::runFraction_followsTheStages()
{
    QFETCH(int, stage);
    QFETCH(qint64, secondsAgo);
    QFETCH(qint64, received);
    QFETCH(qint64, total);
    QFETCH(double, expected);
    const JobRecord record = run(static_cast<JobStage>(stage), secondsAgo, received, total);
    QCOMPARE(QueueProgress::runFraction(record, Now, Typical), expected);
}

void TestTaskbarProgress::aggregate_isTheMeanOfTheWave()
{
    const JobRecord done = run(JobStage::Completed, 100);
    const JobRecord half = run(JobStage::Processing, 50);
    const JobRecord waiting = run(JobStage::Waiting);
    const jobs::QueueProgressState state = QueueProgress::aggregate({ &done, &half, &waiting }, Now, Typical);
    QVERIFY(state.visible);
    QCOMPARE(state.count, 2);
    QCOMPARE(state.percent(), 50); // (1 + 0.5 + 0) / 3
    QVERIFY(!state.urgent);
}

void TestTaskbarProgress::aggregate_ofAFinishedWave_isHidden()
{
    const JobRecord done = run(JobStage::Completed, 100);
    const JobRecord failed = run(JobStage::Failed, 10);
    const jobs::QueueProgressState state = QueueProgress::aggregate({ &done, &failed }, Now, Typical);
    QVERIFY(!state.visible);
    QCOMPARE(state.count, 0);
    QVERIFY(!QueueProgress::aggregate({}, Now, Typical).visible);
}

void TestTaskbarProgress::launcherEntry_pathAndUri()
{
    const core::LauncherEntry entry(QStringLiteral("io.github.wanstudio.WanStudio"), QDBusConnection(QStringLiteral("none")));
    QCOMPARE(entry.appUri(), QStringLiteral("application://io.github.wanstudio.WanStudio.desktop"));
    QCOMPARE(entry.objectPath(), QStringLiteral("/com/canonical/unity/launcherentry/io_github_wanstudio_WanStudio"));
    core::LauncherEntry disconnected(QStringLiteral("x"), QDBusConnection(QStringLiteral("none")));
    QVERIFY(!disconnected.update(0.5, true, 1, true, false)); // no bus: nothing sent, nothing thrown
}

void TestTaskbarProgress::launcherEntry_sendsUpdateOnTheBus_onlyWhatChanged()
{
    test::PrivateBus bus;
    if (!bus.start())
        QSKIP(qPrintable(bus.problem()));
    QDBusConnection sender = QDBusConnection::connectToBus(bus.address(), QStringLiteral("sender"));
    QDBusConnection dock = QDBusConnection::connectToBus(bus.address(), QStringLiteral("dock"));
    QVERIFY2(sender.isConnected() && dock.isConnected(), qPrintable(sender.lastError().message()));

    core::LauncherEntry entry(QStringLiteral("io.github.wanstudio.WanStudio"), sender);
    LauncherListener listener;
    // A dock listens to every sender and path on the interface, as Plasma's task manager does.
    QVERIFY(dock.connect(QString(), QString(), QLatin1String(core::LauncherEntry::Interface), QStringLiteral("Update"), &listener,
                         SLOT(received(QDBusMessage))));

    QVERIFY(entry.update(0.423, true, 3, true, false));
    QTRY_COMPARE(listener.updates.size(), 1);
    QDBusMessage first = listener.updates.at(0);
    QCOMPARE(first.path(), entry.objectPath());
    QCOMPARE(first.interface(), QStringLiteral("com.canonical.Unity.LauncherEntry"));
    QCOMPARE(first.member(), QStringLiteral("Update"));
    QCOMPARE(first.signature(), QStringLiteral("sa{sv}"));
    QCOMPARE(first.arguments().at(0).toString(), QStringLiteral("application://io.github.wanstudio.WanStudio.desktop"));
    const QVariantMap properties = qdbus_cast<QVariantMap>(first.arguments().at(1));
    QCOMPARE(properties.value(QStringLiteral("progress")).toDouble(), 0.42);
    QCOMPARE(properties.value(QStringLiteral("progress-visible")).toBool(), true);
    QCOMPARE(properties.value(QStringLiteral("count")).toLongLong(), 3);
    QCOMPARE(properties.value(QStringLiteral("count-visible")).toBool(), true);
    QCOMPARE(properties.value(QStringLiteral("urgent")).toBool(), false);

    // Less than a percent more: nothing new to draw, nothing sent.
    QVERIFY(!entry.update(0.4231, true, 3, true, false));
    // The wave ends with a failure: only what changed goes out.
    QVERIFY(entry.update(1.0, false, 0, false, true));
    QTRY_COMPARE(listener.updates.size(), 2);
    const QVariantMap second = qdbus_cast<QVariantMap>(listener.updates.at(1).arguments().at(1));
    QCOMPARE(second.value(QStringLiteral("progress-visible")).toBool(), false);
    QCOMPARE(second.value(QStringLiteral("urgent")).toBool(), true);
    QCOMPARE(second.value(QStringLiteral("count")).toLongLong(), 0);
    QVERIFY(!second.contains(QStringLiteral("progress")) || second.value(QStringLiteral("progress")).toDouble() == 1.0);
    QDBusConnection::disconnectFromBus(QStringLiteral("sender"));
    QDBusConnection::disconnectFromBus(QStringLiteral("dock"));
}

QTEST_GUILESS_MAIN(TestTaskbarProgress)
#include "tst_taskbarprogress.moc"
