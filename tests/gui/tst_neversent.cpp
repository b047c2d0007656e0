// Runs an earlier session queued and never sent, in the window: the question
// comes when the queue finds them, Later keeps them under Run > Runs Not Sent,
// and Send there sends them once.

#include "studiowindowfixture.h"

#include "dialogs/heldrunsbox.h"
#include "jobs/runrecorder.h"
#include "library/library.h"

#include <QAbstractButton>
#include <QApplication>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace wan;

class TestNeverSent final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void later_keepsThemUnderTheRunMenu_andSendThereSendsThemOnce();

private:
    // Answers the next question about runs never sent with the button named
    // answer, and says what the question listed.
    void answerNextQuestion(const QString &answer, QString *listed);

    test::StudioWindowFixture m_studio;
};

void TestNeverSent::initTestCase()
{
    QVERIFY(m_studio.startOnce(200));
}

void TestNeverSent::answerNextQuestion(const QString &answer, QString *listed)
{
    auto attempts = std::make_shared<int>(0);
    auto *poll = new QTimer(this);
    connect(poll, &QTimer::timeout, this, [poll, attempts, answer, listed] {
        auto *box = qobject_cast<ui::HeldRunsBox *>(QApplication::activeModalWidget());
        if (!box) {
            if (++*attempts > 400)
                poll->deleteLater();
            return;
        }
        poll->deleteLater();
        *listed = box->detailedText();
        for (QAbstractButton *button : box->buttons()) {
            if (button->accessibleName() == answer)
                button->click();
        }
    });
    poll->start(25);
}

void TestNeverSent::later_keepsThemUnderTheRunMenu_andSendThereSendsThemOnce()
{
    QVERIFY(m_studio.open(QStringLiteral("neversent"), true));
    QAction *action = m_studio.menuAction("neverSentAction");
    QVERIFY(action);
    QVERIFY(!action->isEnabled());

    // Two runs an earlier session recorded and never sent (no owner left).
    const QString database = m_studio.dir.filePath(QStringLiteral("library-neversent.sqlite"));
    qint64 terns = 0;
    {
        library::Library earlier(database);
        QVERIFY(earlier.open());
        for (const QString &prompt : {QStringLiteral("gulls over the pier"), QStringLiteral("terns over the dunes")}) {
            jobs::GenerationRequest request = m_studio.request(prompt);
            request.outputPath = m_studio.dir.filePath(prompt.left(5) + QStringLiteral(".mp4")); // as the queue names it before recording
            library::Entry entry = jobs::RunRecorder::entryFor(request, core::ModelDescription::wan22ImageToVideo(), std::nullopt);
            QCOMPARE(entry.status, library::EntryStatus::Queued);
            terns = earlier.insert(entry);
            QVERIFY(terns > 0);
        }
    }

    // Found at start: asked at once; Later sends nothing and keeps them in the menu.
    QString listed;
    answerNextQuestion(QStringLiteral("Later"), &listed);
    QSignalSpy found(m_studio.queue.get(), &jobs::JobQueue::heldRunsFound);
    m_studio.queue->resumeFromLibrary();
    QTRY_COMPARE_WITH_TIMEOUT(found.count(), 1, 20'000);
    QTRY_VERIFY_WITH_TIMEOUT(listed.contains(QLatin1String("gulls over the pier")), 10'000);
    QVERIFY(listed.contains(QLatin1String("terns over the dunes")));
    QTRY_VERIFY(action->isEnabled());
    QCOMPARE(m_studio.queue->heldCount(), 2);
    QTest::qWait(300);
    QCOMPARE(m_studio.emulator.submissions(), 0);

    // Meanwhile another process sent one of them (as `resume --queued` would).
    {
        library::Library other(database);
        QVERIFY(other.open());
        std::optional<library::Entry> sent = other.entry(terns);
        QVERIFY(sent);
        sent->status = library::EntryStatus::Processing;
        sent->requestId = QStringLiteral("sent-by-another-process");
        QVERIFY(other.update(*sent));
    }

    // Run > Runs Not Sent asks again, about the one still waiting; Send sends it, once.
    listed.clear();
    answerNextQuestion(QStringLiteral("Send"), &listed);
    action->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(listed.contains(QLatin1String("gulls over the pier")), 10'000);
    QVERIFY2(!listed.contains(QLatin1String("terns")), qPrintable(listed));
    QTRY_VERIFY(!action->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(m_studio.emulator.submissions(), 1, 20'000);
    const QList<int> ids = m_studio.queue->ids();
    QCOMPARE(ids.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_studio.queue->record(ids.first())->stage, jobs::JobStage::Completed, 30'000);
    QCOMPARE(m_studio.emulator.submissions(), 1);
    m_studio.close();
}

QTEST_MAIN(TestNeverSent)
#include "tst_neversent.moc"
