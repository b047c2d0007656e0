// The emulator's "model" without ffmpeg: which camera move a prompt asks for,
// what the seed chooses (speed, easing, grade, the move when the prompt names
// none), that a request always gives the same plan, and that the filter text
// built from a plan is well formed. tst_demomotion checks the real frames.

#include "motionfilter.h"
#include "motionplan.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using wan::emulator::CameraMove;
using wan::emulator::Easing;
using wan::emulator::Grade;
using wan::emulator::MotionPlan;

Q_DECLARE_METATYPE(wan::emulator::CameraMove)

namespace {

constexpr std::array<CameraMove, 9> AllMoves{CameraMove::PushIn,  CameraMove::PullBack, CameraMove::PanLeft,
                                             CameraMove::PanRight, CameraMove::TiltUp,   CameraMove::TiltDown,
                                             CameraMove::Orbit,   CameraMove::Static,   CameraMove::Handheld};

// A prompt that names move, for tests that go through every move.
QString promptFor(CameraMove move)
{
    switch (move) {
    case CameraMove::PushIn:
        return QStringLiteral("slow push-in on the lighthouse");
    case CameraMove::PullBack:
        return QStringLiteral("the camera pulls back from the lighthouse");
    case CameraMove::PanLeft:
        return QStringLiteral("pan left across the harbour");
    case CameraMove::PanRight:
        return QStringLiteral("pan right across the harbour");
    case CameraMove::TiltUp:
        return QStringLiteral("tilt up to the sky");
    case CameraMove::TiltDown:
        return QStringLiteral("tilt down to the water");
    case CameraMove::Orbit:
        return QStringLiteral("orbit around the statue");
    case CameraMove::Static:
        return QStringLiteral("static shot of the statue");
    case CameraMove::Handheld:
        return QStringLiteral("handheld walk through the market");
    }
    return {};
}

} // namespace

class TestMotionPlan final : public QObject
{
    Q_OBJECT

private slots:
    void cameraWords_chooseTheMove_data()
    {
        QTest::addColumn<QString>("prompt");
        QTest::addColumn<CameraMove>("move");
        QTest::newRow("push-in") << QStringLiteral("Slow push-in over drifting clouds") << CameraMove::PushIn;
        QTest::newRow("pushes in") << QStringLiteral("Camera slowly pushes in on his face") << CameraMove::PushIn;
        QTest::newRow("ZOOM IN") << QStringLiteral("ZOOM IN on the eye") << CameraMove::PushIn;
        QTest::newRow("zooming into") << QStringLiteral("zooming into the crowd") << CameraMove::PushIn;
        QTest::newRow("dolly in") << QStringLiteral("a dolly in towards the door") << CameraMove::PushIn;
        QTest::newRow("pulls back") << QStringLiteral("the camera pulls back to reveal the city") << CameraMove::PullBack;
        QTest::newRow("Zoom out") << QStringLiteral("Zoom out slowly") << CameraMove::PullBack;
        QTest::newRow("pull-back") << QStringLiteral("a gentle pull-back") << CameraMove::PullBack;
        QTest::newRow("Pan left") << QStringLiteral("Pan left across the harbour") << CameraMove::PanLeft;
        QTest::newRow("pans to the right") << QStringLiteral("it pans to the right") << CameraMove::PanRight;
        QTest::newRow("PAN RIGHT") << QStringLiteral("PAN RIGHT") << CameraMove::PanRight;
        QTest::newRow("Tilt up") << QStringLiteral("Tilt up to the sky") << CameraMove::TiltUp;
        QTest::newRow("tilting down") << QStringLiteral("tilting down to the street") << CameraMove::TiltDown;
        QTest::newRow("orbit") << QStringLiteral("an Orbit around the statue") << CameraMove::Orbit;
        QTest::newRow("orbiting") << QStringLiteral("drone orbiting the castle") << CameraMove::Orbit;
        QTest::newRow("static") << QStringLiteral("static shot, rain on the window") << CameraMove::Static;
        QTest::newRow("Locked-off") << QStringLiteral("Locked-off camera, people pass by") << CameraMove::Static;
        QTest::newRow("locked off") << QStringLiteral("locked off wide shot") << CameraMove::Static;
        QTest::newRow("HANDHELD") << QStringLiteral("HANDHELD tracking shot") << CameraMove::Handheld;
        QTest::newRow("hand-held") << QStringLiteral("hand-held, close on the hands") << CameraMove::Handheld;
        QTest::newRow("first word wins") << QStringLiteral("pan left, then push in") << CameraMove::PanLeft;
        QTest::newRow("first word wins again") << QStringLiteral("push in, then pan left") << CameraMove::PushIn;
    }
    void cameraWords_chooseTheMove()
    {
        QFETCH(QString, prompt);
        QFETCH(CameraMove, move);
        for (qint64 seed : {0, 1, 2, 3, 4, 5, 42, 2147483647}) {
            const MotionPlan plan = MotionPlan::forRequest(prompt, seed);
            QCOMPARE(plan.move, move);
            QVERIFY(plan.moveFromPrompt);
        }
    }

    void wordsThatOnlyLookLikeCameraWords_leaveTheMoveToTheSeed_data()
    {
        QTest::addColumn<QString>("prompt");
        QTest::newRow("a pan of soup") << QStringLiteral("a pan of soup on the stove");
        QTest::newRow("span left") << QStringLiteral("the bridge's span left of the tower");
        QTest::newRow("the zoo in spring") << QStringLiteral("the zoo in spring");
        QTest::newRow("statically") << QStringLiteral("hair standing up statically");
        QTest::newRow("empty") << QString();
    }
    void wordsThatOnlyLookLikeCameraWords_leaveTheMoveToTheSeed()
    {
        QFETCH(QString, prompt);
        CameraMove move = CameraMove::Static;
        QVERIFY(!MotionPlan::moveInPrompt(prompt, &move));
        QVERIFY(!MotionPlan::forRequest(prompt, 7).moveFromPrompt);
    }

    void noCameraWord_seedPicksAPlausibleMove_andConsecutiveSeedsDiffer()
    {
        const QString prompt = QStringLiteral("a quiet harbour at dusk, gulls circling");
        QSet<int> moves;
        for (qint64 seed = 0; seed < 200; ++seed) {
            const MotionPlan plan = MotionPlan::forRequest(prompt, seed);
            const MotionPlan next = MotionPlan::forRequest(prompt, seed + 1);
            QVERIFY(!plan.moveFromPrompt);
            // A static shot would leave two seeds different by their grade alone.
            QVERIFY(plan.move != CameraMove::Static);
            // The Variations dialog's consecutive seeds: side by side, each pair differs in move and grade.
            QVERIFY2(plan.move != next.move, qPrintable(plan.describe() + QStringLiteral(" / ") + next.describe()));
            QVERIFY2(plan.grade != next.grade, qPrintable(plan.describe() + QStringLiteral(" / ") + next.describe()));
            moves.insert(int(plan.move));
        }
        QCOMPARE(moves.size(), 8);
        // Seed 1 is what a request without a seed gets: the push-in the emulator always made.
        QCOMPARE(MotionPlan::forRequest(prompt, 1).move, CameraMove::PushIn);
        QCOMPARE(MotionPlan::forRequest(prompt, 1).grade, Grade::Neutral);
    }

    void sameRequest_givesTheSamePlan()
    {
        for (CameraMove move : AllMoves) {
            for (qint64 seed : {qint64(0), qint64(1), qint64(99), qint64(2147483647), qint64(-5)}) {
                const MotionPlan a = MotionPlan::forRequest(promptFor(move), seed);
                const MotionPlan b = MotionPlan::forRequest(promptFor(move), seed);
                QCOMPARE(a.fingerprint(), b.fingerprint());
                QCOMPARE(a.describe(), b.describe());
                QCOMPARE(a.amount, b.amount);
                QCOMPARE(a.wavePhases, b.wavePhases);
            }
        }
        // Pinned: a change to how seeds are read shows up here, not only as different clips.
        QCOMPARE(MotionPlan::forRequest(QStringLiteral("pan left"), 42).describe(),
                 MotionPlan::forRequest(QStringLiteral("PAN LEFT over the sea"), 42).describe());
    }

    void seed_choosesSpeedEasingAndGrade_data()
    {
        QTest::addColumn<CameraMove>("move");
        for (CameraMove move : AllMoves)
            QTest::newRow(qPrintable(wan::emulator::cameraMoveName(move))) << move;
    }
    void seed_choosesSpeedEasingAndGrade()
    {
        QFETCH(CameraMove, move);
        QSet<int> easings;
        QSet<int> grades;
        QSet<QString> fingerprints;
        double lowest = 1.0;
        double highest = 0.0;
        for (qint64 seed = 0; seed < 100; ++seed) {
            const MotionPlan plan = MotionPlan::forRequest(promptFor(move), seed);
            easings.insert(int(plan.easing));
            grades.insert(int(plan.grade));
            fingerprints.insert(plan.fingerprint());
            lowest = std::min(lowest, plan.amount);
            highest = std::max(highest, plan.amount);
        }
        QCOMPARE(easings.size(), 4);
        QCOMPARE(grades.size(), 5);
        QCOMPARE(fingerprints.size(), 100); // every seed its own clip
        if (move == CameraMove::Static) {
            QCOMPARE(highest, 0.0);
            return;
        }
        // Plausible camera speeds: a visible move that keeps the subject in the frame,
        // and seeds spread over the range rather than bunching at one speed.
        QVERIFY2(lowest > 0.005 && highest <= 0.30, qPrintable(QStringLiteral("%1..%2").arg(lowest).arg(highest)));
        QVERIFY2(highest > 1.5 * lowest, qPrintable(QStringLiteral("%1..%2").arg(lowest).arg(highest)));
    }

    void cameraWord_changesTheMoveAndNothingElseTheSeedChose()
    {
        for (qint64 seed = 0; seed < 50; ++seed) {
            const MotionPlan pan = MotionPlan::forRequest(QStringLiteral("pan left"), seed);
            const MotionPlan tilt = MotionPlan::forRequest(QStringLiteral("tilt down"), seed);
            QCOMPARE(pan.easing, tilt.easing);
            QCOMPARE(pan.grade, tilt.grade);
            QCOMPARE(pan.amount, tilt.amount); // same speed: pans and tilts share a range
        }
    }

    void orbit_directionFromTheWordsOrElseTheSeed()
    {
        QSet<int> seedDirections;
        for (qint64 seed = 0; seed < 40; ++seed) {
            QCOMPARE(MotionPlan::forRequest(QStringLiteral("orbit left around the tree"), seed).direction, 1);
            QCOMPARE(MotionPlan::forRequest(QStringLiteral("Orbits to the RIGHT"), seed).direction, -1);
            const MotionPlan plan = MotionPlan::forRequest(QStringLiteral("orbit"), seed);
            seedDirections.insert(plan.direction);
            QVERIFY(plan.zoomGain >= 0.04 && plan.zoomGain <= 0.08);
        }
        QCOMPARE(seedDirections, (QSet<int>{1, -1}));
    }

    void easings_startAtZero_endAtOne_andNeverGoBack()
    {
        MotionPlan plan;
        for (Easing easing : {Easing::Linear, Easing::EaseInOut, Easing::EaseIn, Easing::EaseOut}) {
            plan.easing = easing;
            QCOMPARE(plan.progress(0.0), 0.0);
            QVERIFY(qFuzzyCompare(plan.progress(1.0), 1.0));
            double last = 0.0;
            for (int i = 1; i <= 100; ++i) {
                const double now = plan.progress(i / 100.0);
                QVERIFY2(now >= last, qPrintable(wan::emulator::easingName(easing)));
                last = now;
            }
        }
        plan.easing = Easing::EaseIn;
        QVERIFY(plan.progress(0.25) < 0.2);
        plan.easing = Easing::EaseOut;
        QVERIFY(plan.progress(0.25) > 0.3);
        plan.easing = Easing::EaseInOut;
        QVERIFY(plan.progress(0.1) < 0.1 && plan.progress(0.9) > 0.9);
        QVERIFY(qFuzzyCompare(plan.progress(0.5), 0.5));
    }

    void shakeAndBreathing_onlyWhereTheyBelong()
    {
        for (qint64 seed = 0; seed < 30; ++seed) {
            const MotionPlan handheld = MotionPlan::forRequest(QStringLiteral("handheld"), seed);
            for (double rate : handheld.waveRates)
                QVERIFY(rate >= 2.0 && rate <= 15.0); // sway and jitter, not a blur and not a drift
            const MotionPlan still = MotionPlan::forRequest(QStringLiteral("static"), seed);
            QVERIFY(still.waveRates[0] >= 1.0 && still.waveRates[0] <= 2.0);
            const MotionPlan push = MotionPlan::forRequest(QStringLiteral("push in"), seed);
            QCOMPARE(push.waveRates, (std::array<double, 4>{}));
        }
    }

    void filter_isWellFormedForEveryMoveAndGrade()
    {
        // Every (move, grade): seeds 0..4 give the five grades.
        for (CameraMove move : AllMoves) {
            for (qint64 seed = 0; seed < 5; ++seed) {
                const MotionPlan plan = MotionPlan::forRequest(promptFor(move), seed);
                const QString filter = wan::emulator::motionFilter(plan, QSize(832, 480), 81, 16);
                const QString what = plan.describe() + QStringLiteral(": ") + filter;
                QVERIFY2(filter.startsWith(QLatin1String("scale=1664:960:")), qPrintable(what));
                QVERIFY2(filter.contains(QLatin1String(":d=81:s=832x480:fps=16,")), qPrintable(what));
                QVERIFY2(filter.endsWith(QLatin1String("format=yuv420p")), qPrintable(what));
                QVERIFY2(filter.count(QLatin1Char('\'')) % 2 == 0, qPrintable(what));
                QVERIFY2(filter.count(QLatin1Char('(')) == filter.count(QLatin1Char(')')), qPrintable(what));
                // Numbers as ffmpeg reads them: no exponents, no NaN, no locale commas.
                static const QRegularExpression oddNumber(QStringLiteral(R"(\d[eE][-+]?\d|nan|inf|\d,\d)"));
                QVERIFY2(!filter.contains(oddNumber), qPrintable(what));
                QCOMPARE(filter.contains(QLatin1String("colorbalance")) || filter.contains(QLatin1String("curves")),
                         plan.grade != Grade::Neutral);
                QCOMPARE(filter.contains(QLatin1String("eq=brightness")), move == CameraMove::Static);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestMotionPlan)
#include "tst_motionplan.moc"
