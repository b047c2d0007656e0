// RunRecorder checks the writes a paid run depends on: when the library refuses
// the one that records the request id, the recorder tells the user (with the
// id), tries again with the newest state while the run goes on, and settles
// once the write landed or was given up. Nothing is sent: the job's signals
// are raised as the service's answers would raise them.

#include "api/segmindclient.h"
#include "core/modeldescription.h"
#include "jobs/generationjob.h"
#include "jobs/runrecorder.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace wan;

class TestRunRecorder final : public QObject
{
    Q_OBJECT

private slots:
    void refusedAcceptanceWrite_isRetriedUntilItLands();
    void writeRefusedForGood_isGivenUpOnce_andSettles();
    void budgetHold_isRecordedAsHeld_notAsAFailure();
    void heldForTheUser_isRecordedAsQueued();
    void submittingStage_withAGate_isLeftToTheGate();

private:
    struct Fixture
    {
        QNetworkAccessManager network;
        api::SegmindClient client{&network, api::Endpoints(QUrl(QStringLiteral("http://127.0.0.1:9")),
                                                           QUrl(QStringLiteral("http://127.0.0.1:9")))};
        jobs::GenerationJob job{&client, nullptr, core::ModelDescription::wan22ImageToVideo(), jobs::GenerationRequest{}};
    };
    static api::SubmitTicket ticket()
    {
        api::SubmitTicket t;
        t.requestId = QStringLiteral("req-0042");
        t.statusUrl = QUrl(QStringLiteral("http://127.0.0.1:9/v2/requests/req-0042/status"));
        t.responseUrl = QUrl(QStringLiteral("http://127.0.0.1:9/v2/requests/req-0042"));
        return t;
    }
};

void TestRunRecorder::refusedAcceptanceWrite_isRetriedUntilItLands()
{
    Fixture f;
    library::Entry entry;
    entry.id = 7;
    QList<library::Entry> landed;
    int refusals = 2; // the database is held by another program for two tries
    jobs::RunRecorder recorder(&f.job, entry, [&](const library::Entry &e, std::function<void(bool)> done) {
        if (refusals > 0) {
            --refusals;
            done(false);
            return;
        }
        landed.append(e);
        done(true);
    });
    QSignalSpy problems(&recorder, &jobs::RunRecorder::writeProblem);
    QSignalSpy settled(&recorder, &jobs::RunRecorder::settled);

    emit f.job.accepted(ticket());
    QCOMPARE(problems.count(), 1);
    QVERIFY2(problems.at(0).at(0).toString().contains(QLatin1String("req-0042")), qPrintable(problems.at(0).at(0).toString()));
    QVERIFY(!recorder.isSettled());
    QVERIFY(recorder.isBehind());

    QTRY_VERIFY_WITH_TIMEOUT(recorder.isSettled(), 10'000);
    QCOMPARE(landed.size(), 1);
    QCOMPARE(landed.first().requestId, QStringLiteral("req-0042"));
    QCOMPARE(landed.first().status, library::EntryStatus::Submitted);
    QVERIFY(!recorder.isBehind());
    QCOMPARE(problems.count(), 1); // told once; nothing more to say once it landed
    QVERIFY(settled.count() >= 1);
}

void TestRunRecorder::writeRefusedForGood_isGivenUpOnce_andSettles()
{
    Fixture f;
    library::Entry entry;
    entry.id = 8;
    int attempts = 0;
    jobs::RunRecorder recorder(&f.job, entry, [&](const library::Entry &, std::function<void(bool)> done) {
        ++attempts;
        done(false);
    });
    QSignalSpy problems(&recorder, &jobs::RunRecorder::writeProblem);
    emit f.job.accepted(ticket());
    QTRY_VERIFY_WITH_TIMEOUT(recorder.isSettled(), 20'000);
    QCOMPARE(attempts, 1 + jobs::RunRecorder::MaxWriteRetries);
    QCOMPARE(problems.count(), 2); // "keeps trying", then "still could not"
    QVERIFY(problems.at(1).at(0).toString().contains(QLatin1String("req-0042")));
    QVERIFY(recorder.isBehind());
}

void TestRunRecorder::budgetHold_isRecordedAsHeld_notAsAFailure()
{
    // The command line: a budget cap held the run before it was sent.
    Fixture f;
    library::Entry entry;
    entry.id = 9;
    entry.status = library::EntryStatus::Uploading;
    QList<library::Entry> landed;
    jobs::RunRecorder recorder(&f.job, entry, [&](const library::Entry &e, std::function<void(bool)> done) {
        landed.append(e);
        done(true);
    });
    api::ApiError hold;
    hold.kind = api::ApiError::Kind::InsufficientCredits;
    hold.message = QStringLiteral("Held by your daily budget of 0.20 credits");
    hold.heldBeforeSending = true;
    emit f.job.failed(hold);
    QCOMPARE(landed.size(), 1);
    QCOMPARE(landed.last().status, library::EntryStatus::Cancelled);
    QCOMPARE(landed.last().errorCode, QString::fromLatin1(library::HeldErrorCode));
    QCOMPARE(landed.last().errorMessage, hold.message);
    QVERIFY(!landed.last().mayHaveBeenCharged);

    // A real refusal for want of credits stays a failure.
    api::ApiError refused = hold;
    refused.heldBeforeSending = false;
    Fixture g;
    jobs::RunRecorder other(&g.job, entry, [&](const library::Entry &e, std::function<void(bool)> done) {
        landed.append(e);
        done(true);
    });
    emit g.job.failed(refused);
    QCOMPARE(landed.last().status, library::EntryStatus::Failed);
    QCOMPARE(landed.last().errorCode, QStringLiteral("insufficient-credits"));
}

void TestRunRecorder::heldForTheUser_isRecordedAsQueued()
{
    // The window: the run waits for the user, never sent; a later start offers it again.
    Fixture f;
    library::Entry entry;
    entry.id = 10;
    entry.status = library::EntryStatus::Uploading;
    QList<library::Entry> landed;
    jobs::RunRecorder recorder(&f.job, entry, [&](const library::Entry &e, std::function<void(bool)> done) {
        landed.append(e);
        done(true);
    });
    recorder.markHeld();
    QCOMPARE(landed.size(), 1);
    QCOMPARE(landed.last().status, library::EntryStatus::Queued);
    QVERIFY(jobs::RunRecorder::wasNeverSent(landed.last()));
}

QTEST_GUILESS_MAIN(TestRunRecorder)
void TestRunRecorder::submittingStage_withAGate_isLeftToTheGate()
{
    // The run reaches "Submitting" before its send check (a budget cap) has
    // answered. Marked in the library then, another process's check would count
    // it as in flight although it may yet be held: the gate marks it, after the check.
    Fixture f;
    library::Entry entry;
    entry.id = 10;
    entry.status = library::EntryStatus::Uploading;
    QList<library::Entry> landed;
    const auto persist = [&](const library::Entry &e, std::function<void(bool)> done) {
        landed.append(e);
        done(true);
    };
    jobs::RunRecorder gated(&f.job, entry, persist);
    gated.recordBeforeSending(persist);
    emit f.job.stageChanged(jobs::JobStage::Submitting);
    for (const library::Entry &e : std::as_const(landed))
        QVERIFY(e.status != library::EntryStatus::Submitting);

    // Without a gate the stage is all there is: it is recorded.
    Fixture g;
    landed.clear();
    jobs::RunRecorder ungated(&g.job, entry, persist);
    emit g.job.stageChanged(jobs::JobStage::Submitting);
    QVERIFY(!landed.isEmpty());
    QCOMPARE(landed.last().status, library::EntryStatus::Submitting);
}

#include "tst_runrecorder.moc"
