// The polling rule as a pure function of the run's age: dense where the run is
// likely to end (the model's typical time, or this account's recent runs),
// sparse elsewhere, within the request budget the issue set (25 a run).

#include "jobs/generationjob.h"

#include <QTest>

using wan::jobs::PollPolicy;

namespace {

struct Walk
{
    int requests = 0;        // status requests until the first one after the run ended
    qint64 noticedLateMs = 0; // from the run's end to that request
};

// The status requests a run of endMs makes under policy, as GenerationJob schedules them.
Walk walk(const PollPolicy &policy, qint64 endMs)
{
    Walk w;
    qint64 at = policy.firstPollDelayMs();
    while (true) {
        ++w.requests;
        if (at >= endMs) {
            w.noticedLateMs = at - endMs;
            return w;
        }
        at += policy.nextPollDelayMs(at);
    }
}

PollPolicy typical()
{
    PollPolicy policy;
    policy.expectCompletion({}, 54);
    return policy;
}

} // namespace

class TestPollPolicy final : public QObject
{
    Q_OBJECT

private slots:
    void typicalRuns_stayWithinTheRequestBudget_andAreNoticedWithinADenseStep_data()
    {
        QTest::addColumn<qint64>("endMs");
        for (qint64 s : {46, 50, 54, 58, 62})
            QTest::newRow(qPrintable(QStringLiteral("%1 s").arg(s))) << s * 1000;
    }
    void typicalRuns_stayWithinTheRequestBudget_andAreNoticedWithinADenseStep()
    {
        QFETCH(qint64, endMs);
        const PollPolicy policy = typical();
        const Walk w = walk(policy, endMs);
        QVERIFY2(w.requests <= 25, qPrintable(QString::number(w.requests)));
        QVERIFY2(w.noticedLateMs <= policy.denseStepMs(), qPrintable(QString::number(w.noticedLateMs)));
        // The rule before noticed such runs up to a tenth of their age late.
        PollPolicy before;
        before.useLikelyWindow = false;
        QVERIFY(walk(before, endMs).noticedLateMs >= 0);
    }

    void window_followsThisAccountsRecentRuns()
    {
        PollPolicy policy;
        policy.expectCompletion({30.0, 31.0, 32.0, 33.0, 34.0}, 54);
        QCOMPARE(policy.likelyFromMs, qint64(29'000));
        QCOMPARE(policy.likelyUntilMs, qint64(35'000));
        // A six-second window: steps of an eighth of it.
        QCOMPARE(policy.denseStepMs(), 750);
        QCOMPARE(policy.nextPollDelayMs(31'000), 750);
        // Fewer than three recent runs: the model's typical time.
        PollPolicy fallback;
        fallback.expectCompletion({30.0, 0.0, -1.0}, 54);
        QCOMPARE(fallback.likelyFromMs, typical().likelyFromMs);
    }

    void minuteRuns_keepTheDenseInterval()
    {
        PollPolicy policy;
        policy.expectCompletion({47.0, 50.0, 54.0, 58.0, 61.0}, 54);
        QCOMPARE(policy.denseStepMs(), policy.denseIntervalMs);
    }

    void shortRuns_pollOftenInTheirWindow_andAreNoticedWithinAQuarterSecond()
    {
        // The queue figure's runs: two seconds at the emulator. The first poll
        // (at two seconds) can come a moment before the end; the next one must
        // not be a minute-run's dense step later.
        PollPolicy policy;
        policy.expectCompletion({2.0, 2.0, 2.0, 2.0}, 54);
        QCOMPARE(policy.likelyFromMs, qint64(1000));
        QCOMPARE(policy.likelyUntilMs, qint64(3000));
        QCOMPARE(policy.denseStepMs(), policy.minPollMs);
        const Walk w = walk(policy, 2001);
        QCOMPARE(w.requests, 1);
        QVERIFY2(w.noticedLateMs <= policy.minPollMs, qPrintable(QString::number(w.noticedLateMs)));
    }

    void recentRunsEnd_theFirstPollLandsJustAfterIt_notAMomentBefore()
    {
        // Runs of two seconds: a first poll at exactly two seconds finds one that
        // ends at 2.005 s still at work (the queue figure lost a quarter second to
        // each such run). It lands just after the end instead: 20 ms later.
        PollPolicy policy;
        policy.expectCompletion({2.0, 2.005, 1.998, 2.0}, 54);
        QCOMPARE(policy.likelyEndMs, qint64(2005));
        QCOMPARE(policy.firstPollDelayMs(), 2025);
        const Walk w = walk(policy, 2005);
        QCOMPARE(w.requests, 1);
        QCOMPARE(w.noticedLateMs, qint64(20));
        // A run that still overruns it is noticed a dense step later, as before.
        QCOMPARE(walk(policy, 2100).noticedLateMs, qint64(2025 + policy.minPollMs - 2100));

        // Runs shorter than the first poll are not kept waiting for it.
        PollPolicy quick;
        quick.expectCompletion({1.2, 1.2, 1.2}, 54);
        QCOMPARE(quick.firstPollDelayMs(), 1212);

        // Minute runs: the first poll stays at two seconds, and the dense polls
        // land one just after where recent runs ended (p90 + 1 %).
        PollPolicy minute;
        minute.expectCompletion({47.0, 50.0, 54.0, 58.0, 61.0}, 54);
        QCOMPARE(minute.firstPollDelayMs(), minute.firstPollMs);
        const qint64 landing = minute.landingMs();
        QCOMPARE(landing, qint64(61'000 + 610));
        QCOMPARE(minute.nextPollDelayMs(landing - 400), 400);
        QCOMPARE(minute.nextPollDelayMs(landing - 5), minute.denseStepMs());

        // Only the model's typical time known: no such moment, nothing moves.
        QCOMPARE(typical().landingMs(), qint64(0));
        QCOMPARE(typical().firstPollDelayMs(), typical().firstPollMs);
    }

    void beforeTheWindow_sparse_butNeverSkippingItsStart()
    {
        const PollPolicy policy = typical();
        const qint64 from = policy.likelyFromMs;
        QVERIFY(policy.nextPollDelayMs(10'000) > policy.denseIntervalMs);
        QCOMPARE(policy.nextPollDelayMs(from - 300), 300);
        QVERIFY(from - 5'000 + policy.nextPollDelayMs(from - 5'000) <= from);
    }

    void afterTheWindow_aFractionOfTheAgeWithinTheBounds()
    {
        const PollPolicy policy = typical();
        QCOMPARE(policy.nextPollDelayMs(policy.likelyUntilMs + 30'000), policy.maxPollMs);
        QCOMPARE(policy.nextPollDelayMs(0), policy.minPollMs);
    }

    void scaledPolicy_scalesItsWindow()
    {
        PollPolicy policy;
        policy.timeScale = 0.05;
        policy.expectCompletion({}, 54);
        QCOMPARE(policy.likelyFromMs, qint64(2295));
        QCOMPARE(policy.likelyUntilMs, qint64(3105));
    }
};

QTEST_GUILESS_MAIN(TestPollPolicy)
#include "tst_pollpolicy.moc"
