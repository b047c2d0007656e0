// Continue from Last Frame in the studio window, against the emulator, with a
// library recording the runs as in the app: a three-shot scene made by
// pressing it twice. Each shot starts from exactly the frame the previous one
// ended on (the decoded pixels, at the output frame's size, as the emulator
// received them), and the lineage is in the library, in the chain and in each
// clip's metadata. A clip of the chain put back (as a dropped clip is) keeps
// its parent for the next run.

#include "player/mediaengine.h"
#include "studiowindowfixture.h"

#include "library/mp4metadata.h"
#include "media/frameexport.h"
#include "media/framepng.h"
#include "player/playerview.h"
#include "studio/imagewell.h"
#include "studio/prompteditor.h"

#include <QAction>
#include <QJsonArray>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QPlainTextEdit>
#include <QTest>

using wan::ui::MediaPlayback;

using namespace wan;

class TestContinueWindow final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void threeShots_eachStartsFromThePreviousLastFrame();
    void continueFromThisFrame_takesTheFrameShown();
    void anotherImage_dropsTheLineage();

private:
    ui::ImageWell *well() const { return m_studio.window->findChild<ui::ImageWell *>(); }
    ui::PlayerView *player() const { return m_studio.window->findChild<ui::PlayerView *>(); }
    // Generates with the window's inputs; the finished run's id in the queue (0: it failed).
    int generate(const QString &prompt);
    bool waitForContinuationImage(const QString &previousImage);

    test::StudioWindowFixture m_studio;
};

void TestContinueWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("QT_MEDIA_BACKEND", "ffmpeg");
    QVERIFY(m_studio.startOnce());
}

void TestContinueWindow::init()
{
    QVERIFY(m_studio.open(QLatin1String(QTest::currentTestFunction()), true));
    m_studio.window->resize(1366, 768);
    m_studio.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_studio.window.get()));
}

void TestContinueWindow::cleanup()
{
    for (int id : m_studio.queue->ids())
        m_studio.queue->cancel(id);
    QTRY_VERIFY_WITH_TIMEOUT(m_studio.queue->activeCount() == 0, 20'000);
    m_studio.close();
}

int TestContinueWindow::generate(const QString &prompt)
{
    m_studio.window->findChild<ui::PromptEditor *>()->setPrompt(prompt);
    auto *button = m_studio.window->findChild<QPushButton *>(QStringLiteral("generateButton"));
    if (!QTest::qWaitFor([&] { return button->isEnabled() && !well()->isBusy(); }, 20'000))
        return 0;
    const QList<int> before = m_studio.queue->ids();
    button->click();
    int id = 0;
    for (int candidate : m_studio.queue->ids())
        if (!before.contains(candidate))
            id = candidate;
    if (!id || !QTest::qWaitFor([&] { return m_studio.queue->record(id)->isFinished(); }, 60'000))
        return 0;
    const jobs::JobRecord *record = m_studio.queue->record(id);
    if (record->stage != jobs::JobStage::Completed || !record->result)
        return 0;
    // The window plays what it made; Continue acts on the clip in the player.
    if (!QTest::qWaitFor([&] { return player()->clipPath() == record->result->outputPath; }, 20'000))
        return 0;
    return id;
}

bool TestContinueWindow::waitForContinuationImage(const QString &previousImage)
{
    return QTest::qWaitFor(
        [&] {
            return well()->image() != previousImage && well()->image().contains(QLatin1String("/inputs/continue-")) && !well()->isBusy()
                && m_studio.window->generateBlockedReason().isEmpty();
        },
        20'000);
}

void TestContinueWindow::threeShots_eachStartsFromThePreviousLastFrame()
{
    QAction *continueLast = m_studio.menuAction("continueFromLastFrameAction");
    QVERIFY(continueLast);
    QCOMPARE(continueLast->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    m_studio.window->openImage(m_studio.image);
    QTRY_COMPARE_WITH_TIMEOUT(well()->image(), m_studio.image, 20'000);

    QList<int> shots;
    shots << generate(QStringLiteral("A harbour at dawn, slow push in"));
    QVERIFY(shots.last());
    for (const QString &prompt : { QStringLiteral("The boats leave, pan left"), QStringLiteral("The sun rises, tilt up") }) {
        // Copied: a record may move when the queue grows.
        const QString previousClip = m_studio.queue->record(shots.last())->result->outputPath;
        const QString previousRequest = m_studio.queue->record(shots.last())->requestId;
        const QString previousImage = well()->image();
        // As a person does: a look at the clip first, so the frame taken ahead is ready.
        QTest::qWait(2000);
        if (shots.size() == 1) {
            // The first time by its key, typed in the prompt (where the editor
            // took Ctrl+E as end of line before).
            auto *editor = m_studio.window->findChild<QPlainTextEdit *>(QStringLiteral("promptEdit"));
            QVERIFY(editor);
            m_studio.window->activateWindow();
            editor->setFocus();
            QVERIFY(QTest::qWaitForWindowActive(m_studio.window.get()));
            QTest::keyClick(editor, Qt::Key_E, Qt::ControlModifier);
        } else {
            continueLast->trigger();
        }
        QVERIFY(waitForContinuationImage(previousImage));

        // The image is the previous clip's exact last frame, at its full size.
        const media::FrameExportResult last = media::FrameExport::runNow({ previousClip, media::FramePosition::last(), {}, QImage::Format_RGB888, {} });
        QVERIFY(last.ok());
        QCOMPARE(last.frame.index, last.frameCount - 1);
        const QImage inWell(well()->image());
        QCOMPARE(inWell.size(), last.size);
        QCOMPARE(inWell.convertToFormat(QImage::Format_RGB888), last.frame.image);
        QCOMPARE(media::FramePng::readStamp(well()->image()).frame, last.frame.index);
        // The parameters stayed: the output frame is still the frame the image has.
        QCOMPARE(well()->outputFrame(), last.size);
        // The frame is taken ahead again in the background: that must never
        // move the file the well (and the next run) uses.
        QTest::qWait(1500);
        QVERIFY2(QFile::exists(well()->image()), qPrintable(well()->image()));

        shots << generate(prompt);
        QVERIFY(shots.last());
        const jobs::JobRecord *made = m_studio.queue->record(shots.last());
        QCOMPARE(made->request.parentFrame, int(last.frame.index));
        QCOMPARE(made->request.parentRequestId, previousRequest);
        // The clip's own metadata names its parent and the frame.
        const auto settings = library::Mp4Metadata::read(made->result->outputPath);
        QVERIFY(settings);
        const QJsonObject continues = settings->value(QStringLiteral("continues")).toObject();
        QCOMPARE(continues.value(QStringLiteral("frame")).toInteger(), last.frame.index);
        QCOMPARE(continues.value(QStringLiteral("requestId")).toString(), previousRequest);
    }

    // The emulator was given each frame at the output frame's size.
    const QJsonArray jobs = m_studio.emulator.stats().value(QStringLiteral("jobs")).toArray();
    QCOMPARE(jobs.size(), 3);
    const QSize frame = well()->outputFrame();
    for (int i = 1; i < 3; ++i)
        QCOMPARE(jobs.at(i).toObject().value(QStringLiteral("imageSize")).toString(),
                 QStringLiteral("%1x%2").arg(frame.width()).arg(frame.height()));

    // The library holds the chain, first shot first.
    m_studio.library->waitForIdle();
    const QString lastRequest = m_studio.queue->record(shots.last())->requestId;
    library::Library::Chain chain;
    bool answered = false;
    std::optional<library::Entry> lastEntry;
    QList<library::Entry> all;
    m_studio.library->find({}, m_studio.window.get(), [&](QList<library::Entry> entries) {
        all = entries;
        answered = true;
    });
    QTRY_VERIFY(answered);
    for (const library::Entry &entry : all)
        if (entry.requestId == lastRequest)
            lastEntry = entry;
    QVERIFY(lastEntry);
    answered = false;
    m_studio.library->chain(lastEntry->id, m_studio.window.get(), [&](library::Library::Chain c) {
        chain = c;
        answered = true;
    });
    QTRY_VERIFY(answered);
    QCOMPARE(chain.entries.size(), 3);
    QCOMPARE(chain.brokenAt, qint64(0));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(chain.entries.at(i).requestId, m_studio.queue->record(shots.at(i))->requestId);
    QCOMPARE(chain.entries.at(1).parentId, chain.entries.at(0).id);
    QCOMPARE(chain.entries.at(2).parentId, chain.entries.at(1).id);
    QCOMPARE(chain.entries.at(0).continuations, 1);

    // Put back as a dropped clip is: the image is the frame, and the next run keeps the parent.
    const auto settings = library::Mp4Metadata::read(chain.entries.at(2).outputPath);
    QVERIFY(settings);
    m_studio.window->openImage(m_studio.image);
    QTRY_COMPARE_WITH_TIMEOUT(well()->image(), m_studio.image, 20'000);
    m_studio.window->useSettings(*settings);
    QTRY_COMPARE_WITH_TIMEOUT(well()->image(), chain.entries.at(2).imageSource, 20'000);
    const int again = generate(QStringLiteral("The sun rises, tilt up, once more"));
    QVERIFY(again);
    QCOMPARE(m_studio.queue->record(again)->request.parentFrame, chain.entries.at(2).parentFrame);
    QCOMPARE(m_studio.queue->record(again)->request.parentRequestId, chain.entries.at(2).parentRequestId);
}

void TestContinueWindow::continueFromThisFrame_takesTheFrameShown()
{
    m_studio.window->openImage(m_studio.image);
    QTRY_COMPARE_WITH_TIMEOUT(well()->image(), m_studio.image, 20'000);
    const int first = generate(QStringLiteral("A harbour at dawn, slow push in"));
    QVERIFY(first);
    player()->stepFrames(1);
    QTRY_COMPARE(player()->player()->playbackState(), MediaPlayback::PausedState);
    player()->stepFrames(20 - int(player()->currentFrameIndex()));
    QTRY_COMPARE(player()->currentFrameIndex(), qint64(20));
    QAction *here = m_studio.menuAction("continueFromFrameAction");
    QVERIFY(here);
    here->trigger();
    QVERIFY(waitForContinuationImage(m_studio.image));
    QCOMPARE(media::FramePng::readStamp(well()->image()).frame, qint64(20));
    const int next = generate(QStringLiteral("and on"));
    QVERIFY(next);
    QCOMPARE(m_studio.queue->record(next)->request.parentFrame, 20);
}

void TestContinueWindow::anotherImage_dropsTheLineage()
{
    m_studio.window->openImage(m_studio.image);
    QTRY_COMPARE_WITH_TIMEOUT(well()->image(), m_studio.image, 20'000);
    QVERIFY(generate(QStringLiteral("A harbour at dawn")));
    const QString image = well()->image();
    m_studio.menuAction("continueFromLastFrameAction")->trigger();
    QVERIFY(waitForContinuationImage(image));
    // The user picks a picture of their own instead: the next run continues nothing.
    m_studio.window->openImage(m_studio.image);
    QTRY_COMPARE_WITH_TIMEOUT(well()->image(), m_studio.image, 20'000);
    const int next = generate(QStringLiteral("A new scene"));
    QVERIFY(next);
    QCOMPARE(m_studio.queue->record(next)->request.parentFrame, -1);
    QVERIFY(m_studio.queue->record(next)->request.parentRequestId.isEmpty());
}

QTEST_MAIN(TestContinueWindow)
#include "tst_continuewindow.moc"
