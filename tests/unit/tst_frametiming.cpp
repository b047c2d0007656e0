// The one rule for which frame a time means (the player's readout and steps,
// `wanstudio frame --at SECONDS`), and the words --at takes.

#include "media/frameposition.h"
#include "media/frametiming.h"

#include <QTest>

using wan::media::FramePosition;
using wan::media::FrameRate;
using wan::media::FrameTiming;

Q_DECLARE_METATYPE(FramePosition::Kind)

class TestFrameTiming final : public QObject
{
    Q_OBJECT

private slots:
    void indexAtMs_matchesWherePlayersLand_data();
    void indexAtMs_matchesWherePlayersLand();
    void indexAtSeconds_namesTheFrameShownAtThatTime_data();
    void indexAtSeconds_namesTheFrameShownAtThatTime();
    void lastIndex_isTheFrameHoldingTheLastMillisecond();
    void frameRate_isExact();
    void parse_acceptsFirstLastIndexAndSeconds_data();
    void parse_acceptsFirstLastIndexAndSeconds();
    void parse_refusesAnythingElse_data();
    void parse_refusesAnythingElse();
};

void TestFrameTiming::indexAtMs_matchesWherePlayersLand_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<double>("fps");
    QTest::addColumn<qint64>("index");
    // 16 fps: frame 1 starts at 62.5 ms. FFmpeg's backend lands a step on 62
    // (just below), GStreamer's on 63 (just inside): both are frame 1.
    QTest::newRow("start") << qint64(0) << 16.0 << qint64(0);
    QTest::newRow("just before frame 1") << qint64(61) << 16.0 << qint64(0);
    QTest::newRow("frame 1, landed below") << qint64(62) << 16.0 << qint64(1);
    QTest::newRow("frame 1, landed inside") << qint64(63) << 16.0 << qint64(1);
    QTest::newRow("frame 40 at 2.5 s") << qint64(2500) << 16.0 << qint64(40);
    QTest::newRow("frame 41, landed below") << qint64(2562) << 16.0 << qint64(41);
    QTest::newRow("24 fps, frame 24 at 1 s") << qint64(1000) << 24.0 << qint64(24);
    QTest::newRow("24 fps, frame 1 at 41.67 ms") << qint64(41) << 24.0 << qint64(1);
    QTest::newRow("negative") << qint64(-50) << 16.0 << qint64(0);
}

void TestFrameTiming::indexAtMs_matchesWherePlayersLand()
{
    QFETCH(qint64, ms);
    QFETCH(double, fps);
    QFETCH(qint64, index);
    QCOMPARE(FrameTiming::indexAtMs(ms, 1000.0 / fps), index);
}

void TestFrameTiming::indexAtSeconds_namesTheFrameShownAtThatTime_data()
{
    QTest::addColumn<double>("seconds");
    QTest::addColumn<qint64>("index");
    // At 16 fps; the player's readout shows tenths, truncated.
    QTest::newRow("0") << 0.0 << qint64(0);
    QTest::newRow("2.5: readout 0:02.5, frame 40 starts at 2.5") << 2.5 << qint64(40);
    QTest::newRow("2.56: still frame 40") << 2.56 << qint64(40);
    QTest::newRow("2.562: where a step to frame 41 lands") << 2.562 << qint64(41);
    QTest::newRow("2.5625: frame 41's start") << 2.5625 << qint64(41);
    QTest::newRow("0.1: readout 0:00.1, frame 1 (62.5 ms) is still shown") << 0.1 << qint64(1);
    QTest::newRow("5.0: frame 80, the last of 81") << 5.0 << qint64(80);
}

void TestFrameTiming::indexAtSeconds_namesTheFrameShownAtThatTime()
{
    QFETCH(double, seconds);
    QFETCH(qint64, index);
    const qreal frameMs = FrameRate{16, 1}.frameMs();
    QCOMPARE(FrameTiming::indexAtSeconds(seconds, frameMs), index);
    // And the same as the readout in milliseconds the player would show.
    QCOMPARE(FrameTiming::indexAtSeconds(seconds, frameMs), FrameTiming::indexAtMs(qint64(seconds * 1000), frameMs));
}

void TestFrameTiming::lastIndex_isTheFrameHoldingTheLastMillisecond()
{
    // 81 frames at 16 fps last 5062.5 ms, which a player reports as 5062 or 5063.
    QCOMPARE(FrameTiming::lastIndexForDurationMs(5063, 62.5), qint64(80));
    QCOMPARE(FrameTiming::lastIndexForDurationMs(5062, 62.5), qint64(80));
    QCOMPARE(FrameTiming::lastIndexForDurationMs(6250, 62.5), qint64(99));
    QCOMPARE(FrameTiming::lastIndexForDurationMs(0, 62.5), qint64(0));
}

void TestFrameTiming::frameRate_isExact()
{
    QCOMPARE(FrameRate({16, 1}).frameMs(), 62.5);
    QCOMPARE(FrameRate({30000, 1001}).fps(), 30000.0 / 1001.0);
    QVERIFY(!FrameRate({0, 1}).isValid());
    QCOMPARE(FrameTiming::startSeconds(41, 62.5), 2.5625);
}

void TestFrameTiming::parse_acceptsFirstLastIndexAndSeconds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<FramePosition::Kind>("kind");
    QTest::addColumn<qint64>("index");
    QTest::addColumn<double>("seconds");
    QTest::newRow("first") << QStringLiteral("first") << FramePosition::Kind::First << qint64(0) << 0.0;
    QTest::newRow("LAST") << QStringLiteral("LAST") << FramePosition::Kind::Last << qint64(0) << 0.0;
    QTest::newRow("0") << QStringLiteral("0") << FramePosition::Kind::Index << qint64(0) << 0.0;
    QTest::newRow("40") << QStringLiteral(" 40 ") << FramePosition::Kind::Index << qint64(40) << 0.0;
    QTest::newRow("2.5") << QStringLiteral("2.5") << FramePosition::Kind::Seconds << qint64(0) << 2.5;
    QTest::newRow("3. is seconds") << QStringLiteral("3.") << FramePosition::Kind::Seconds << qint64(0) << 3.0;
    QTest::newRow("0.0") << QStringLiteral("0.0") << FramePosition::Kind::Seconds << qint64(0) << 0.0;
    QTest::newRow(".5") << QStringLiteral(".5") << FramePosition::Kind::Seconds << qint64(0) << 0.5;
}

void TestFrameTiming::parse_acceptsFirstLastIndexAndSeconds()
{
    QFETCH(QString, text);
    QFETCH(FramePosition::Kind, kind);
    QFETCH(qint64, index);
    QFETCH(double, seconds);
    QString problem;
    const auto at = FramePosition::parse(text, &problem);
    QVERIFY2(at, qPrintable(problem));
    QCOMPARE(at->kind, kind);
    QCOMPARE(at->index, index);
    QCOMPARE(at->seconds, seconds);
}

void TestFrameTiming::parse_refusesAnythingElse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("says");
    QTest::newRow("negative index") << QStringLiteral("-1") << QStringLiteral("count from 0");
    QTest::newRow("negative time") << QStringLiteral("-0.5") << QStringLiteral("count from 0");
    QTest::newRow("a word") << QStringLiteral("middle") << QStringLiteral("first, last");
    QTest::newRow("a decimal comma") << QStringLiteral("2,5") << QStringLiteral("decimal point");
    QTest::newRow("an exponent") << QStringLiteral("1e3") << QStringLiteral("first, last");
    QTest::newRow("a unit") << QStringLiteral("2.5s") << QStringLiteral("first, last");
    QTest::newRow("empty") << QString() << QStringLiteral("first, last");
    QTest::newRow("huge") << QStringLiteral("99999999999999999999") << QStringLiteral("first, last");
}

void TestFrameTiming::parse_refusesAnythingElse()
{
    QFETCH(QString, text);
    QFETCH(QString, says);
    QString problem;
    QVERIFY(!FramePosition::parse(text, &problem));
    QVERIFY2(problem.contains(says), qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestFrameTiming)
#include "tst_frametiming.moc"
