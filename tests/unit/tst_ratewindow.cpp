// RateWindow: what one 429 teaches about the service's window, and the pace that follows.
#include "api/ratewindow.h"

#include <QTest>

using wan::api::RateWindow;

class tst_RateWindow : public QObject
{
    Q_OBJECT

private:
    static QDateTime t(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(1'800'000'000'000 + ms, Qt::UTC); }

private slots:
    void unknownWindow_letsEverySubmissionGo()
    {
        RateWindow window;
        for (int i = 0; i < 20; ++i)
            QCOMPARE(window.take(t(i * 10)).waitMs, 0);
        QCOMPARE(window.admitsPerWindow(), 0);
    }

    void oneRefusal_teachesCountAndLength_andPacesTheNextWindows()
    {
        // The service admits 5 per 10 s window, counted from its first submission.
        RateWindow window;
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(window.take(t(100 + i * 100)).waitMs, 0);
            window.admitted();
        }
        QCOMPARE(window.take(t(700)).waitMs, 0);  // the sixth goes: nothing is known yet
        window.refused(t(10'050), t(750));  // the window began at 50 on the service
        QCOMPARE(window.admitsPerWindow(), 5);
        QCOMPARE(window.windowLengthMs(), 9'950);  // from this client's first send (100): a little long

        // Closed until the stated moment: nothing goes, whatever the count.
        QCOMPARE(window.take(t(5'000)).waitMs, 5'050);
        QCOMPARE(window.msUntilOpen(t(10'000)), 50);

        // Open again: five go, the sixth waits for the window that begins at the first of them.
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(window.take(t(10'600 + i * 10)).waitMs, 0);
            window.admitted();
        }
        QCOMPARE(window.take(t(11'000)).waitMs, 10'600 + 9'950 - 11'000);
        QCOMPARE(window.take(t(20'549)).waitMs, 1);
        // The next window: five again.
        for (int i = 0; i < 5; ++i)
            QCOMPARE(window.take(t(20'550 + i)).waitMs, 0);
        QVERIFY(window.take(t(20'560)).waitMs > 0);
    }

    void refusalWithNothingAdmitted_learnsNoCount_butWaitsForTheWindow()
    {
        // Another process of the same account used the window up.
        RateWindow window;
        QCOMPARE(window.take(t(0)).waitMs, 0);
        window.refused(t(30'000), t(100));
        QCOMPARE(window.admitsPerWindow(), 0);
        QCOMPARE(window.take(t(1'000)).waitMs, 29'000);
        QCOMPARE(window.take(t(30'000)).waitMs, 0);
        QCOMPARE(window.take(t(30'001)).waitMs, 0);
    }

    void answeredSubmissions_goOneAtATime()
    {
        RateWindow window;
        QCOMPARE(window.take(t(0), true).waitMs, 0);
        const RateWindow::Turn second = window.take(t(10), true);
        QVERIFY(second.behindAnother);
        QVERIFY(second.waitMs > 0);
        window.admitted();
        window.answered();
        QCOMPARE(window.take(t(20), true).waitMs, 0);
        // An answer that never comes holds the others back only for a while.
        QCOMPARE(window.take(t(15'020), true).waitMs, 0);
        // A v1 call (the whole generation) holds no turn.
        window.answered();
        QCOMPARE(window.take(t(15'030)).waitMs, 0);
        QCOMPARE(window.take(t(15'040)).waitMs, 0);
    }

    void absurdWindow_isNotLearnt()
    {
        RateWindow window;
        QCOMPARE(window.take(t(0)).waitMs, 0);
        window.admitted();
        window.refused(t(0).addDays(2), t(10));
        QCOMPARE(window.windowLengthMs(), 0);  // a window of two days is not a pace to keep
        QCOMPARE(window.admitsPerWindow(), 1);
    }

    void refusalStatedInThePast_closesNothing()
    {
        RateWindow window;
        QCOMPARE(window.take(t(5'000)).waitMs, 0);
        window.refused(t(4'000), t(5'100));
        QCOMPARE(window.msUntilOpen(t(5'200)), 0);
    }
};

QTEST_GUILESS_MAIN(tst_RateWindow)
#include "tst_ratewindow.moc"
