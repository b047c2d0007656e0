// The Runs dock and the clip strip, driven through the real window and the
// real JobQueue against the Segmind emulator: each row says its stage, time
// and cost and shows the input until the clip's first frame replaces it
// (compared pixel by pixel); a click plays a run; the context menu's actions do
// what they say; the strip lists the session's clips newest first, its keys
// step between them, and the A/B key flips to the clip before at the same moment.

#include "core/modeldescription.h"
#include "jobs/joblistmodel.h"
#include "jobs/sessionclips.h"
#include "player/clipstrip.h"
#include "player/mediaengine.h"
#include "player/playerview.h"
#include "player/videoview.h"
#include "shell/runsdelegate.h"
#include "shell/runsview.h"
#include "studio/imagewell.h"
#include "studio/parameterform.h"
#include "studio/prompteditor.h"
#include "studiowindowfixture.h"

#include <QAccessible>
#include <QAction>
#include <QDesktopServices>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QSignalSpy>
#include <QTest>

using wan::ui::MediaPlayback;

using namespace wan;
using jobs::JobListModel;
using jobs::JobStage;
using ui::RunsDelegate;

// Records what QDesktopServices was asked to open, so "Show in folder" starts no file manager.
class UrlRecorder final : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

class TestRuns final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void row_showsStageTimeAndCost_andItsThumbnailBecomesTheClipsFirstFrame();
    void click_playsTheRun_andTheMenuActsOnIt();
    void cancel_cancelsARunningRun();
    void strip_listsClipsNewestFirst_keysStepAndFlipAtTheSameMoment();

private:
    ui::RunsView *runsView() const { return m_studio.window->findChild<ui::RunsView *>(); }
    ui::PlayerView *player() const { return m_studio.window->findChild<ui::PlayerView *>(); }
    ui::ClipStrip *strip() const { return m_studio.window->findChild<ui::ClipStrip *>(); }
    QModelIndex rowOf(int id) const;
    JobStage stageOf(int id) const;
    // Queues a run of the banded picture and waits until its clip is saved.
    int completedRun(const QString &prompt);
    QImage thumbnailShot(const QModelIndex &index) const;
    double differenceFrom(const QModelIndex &index, const QImage &picture) const;

    test::StudioWindowFixture m_studio;
    QString m_banded; // 4:3, a red band over blue: the 16:9 clip is cut from its middle
    QImage m_bandedImage;
};

namespace {

// Mean difference per channel (0..255) of two pictures of the same size, 2 px in from the edges.
double meanDifference(const QImage &a, const QImage &b)
{
    const QImage x = a.convertToFormat(QImage::Format_RGB32);
    const QImage y = b.convertToFormat(QImage::Format_RGB32);
    if (x.size() != y.size() || x.width() < 5 || x.height() < 5)
        return 255.0;
    double sum = 0.0;
    int n = 0;
    for (int row = 2; row < x.height() - 2; ++row) {
        for (int column = 2; column < x.width() - 2; ++column) {
            const QRgb p = x.pixel(column, row);
            const QRgb q = y.pixel(column, row);
            sum += qAbs(qRed(p) - qRed(q)) + qAbs(qGreen(p) - qGreen(q)) + qAbs(qBlue(p) - qBlue(q));
            n += 3;
        }
    }
    return sum / n;
}

// The clip's first frame, decoded here on its own (not by the code under test).
QImage firstFrameOf(const QString &clip)
{
    MediaPlayback player(nullptr, false);
    QImage frame;
    QObject::connect(&player, &MediaPlayback::frameChanged, &player, [&frame, &player] {
        if (frame.isNull() && player.hasFrame())
            frame = player.frameImage();
    });
    player.setSource(QUrl::fromLocalFile(clip));
    player.play();
    if (!QTest::qWaitFor([&frame] { return !frame.isNull(); }, 15'000))
        qWarning() << "no frame from" << clip;
    player.stop();
    return frame;
}

} // namespace

void TestRuns::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("QT_MEDIA_BACKEND", "ffmpeg");
    QVERIFY(m_studio.startOnce());
    m_bandedImage = QImage(1200, 900, QImage::Format_RGB32);
    m_bandedImage.fill(QColor(40, 90, 160));
    QPainter painter(&m_bandedImage);
    painter.fillRect(QRect(0, 0, 1200, 100), QColor(220, 40, 40));
    painter.end();
    m_banded = m_studio.dir.filePath(QStringLiteral("banded.png"));
    QVERIFY(m_bandedImage.save(m_banded));
}

void TestRuns::init()
{
    QVERIFY(m_studio.open(QLatin1String(QTest::currentTestFunction())));
    m_studio.window->resize(1366, 768);
    m_studio.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_studio.window.get()));
    m_studio.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_studio.window.get()));
    QVERIFY(runsView() && player() && strip());
}

void TestRuns::cleanup()
{
    // No run left going into the next test's emulator.
    for (int id : m_studio.queue->ids())
        m_studio.queue->cancel(id);
    QTRY_VERIFY_WITH_TIMEOUT(m_studio.queue->activeCount() == 0, 20'000);
    m_studio.close();
}

QModelIndex TestRuns::rowOf(int id) const
{
    auto *model = qobject_cast<JobListModel *>(runsView()->model());
    return model->index(model->rowOf(id), 0);
}

JobStage TestRuns::stageOf(int id) const
{
    const jobs::JobRecord *record = m_studio.queue->record(id);
    return record ? record->stage : JobStage::Waiting;
}

int TestRuns::completedRun(const QString &prompt)
{
    jobs::GenerationRequest request = m_studio.request(prompt);
    request.image = m_banded;
    request.randomSeed = true;
    const int id = m_studio.queue->enqueue(request);
    if (!QTest::qWaitFor([this, id] { return m_studio.queue->record(id)->isFinished(); }, 60'000))
        return 0;
    return stageOf(id) == JobStage::Completed ? id : 0;
}

QImage TestRuns::thumbnailShot(const QModelIndex &index) const
{
    const QRect area = RunsDelegate::thumbnailRect(runsView()->visualRect(index));
    return runsView()->viewport()->grab().toImage().copy(area);
}

// How far the row's thumbnail is from picture, drawn whole and centred as the delegate draws it.
double TestRuns::differenceFrom(const QModelIndex &index, const QImage &picture) const
{
    const QRect thumbnail = RunsDelegate::thumbnailRect(runsView()->visualRect(index));
    const QRect area = RunsDelegate::pictureRect(thumbnail, picture.size());
    const QImage shot = runsView()->viewport()->grab().toImage().copy(area);
    return meanDifference(shot, picture.scaled(area.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
}

void TestRuns::row_showsStageTimeAndCost_andItsThumbnailBecomesTheClipsFirstFrame()
{
    // Long enough to see it processing; a cost in cents, as the service reports it.
    QVERIFY(m_studio.emulator.configure({{QStringLiteral("latencyMs"), 6000}, {QStringLiteral("cost"), 0.0875}}));
    jobs::GenerationRequest request = m_studio.request(QStringLiteral("Gulls circle over the harbour at dusk"));
    request.image = m_banded;
    const int id = m_studio.queue->enqueue(request);
    const QString typical = QStringLiteral("0:%1").arg(core::ModelDescription::wan22ImageToVideo().typicalSeconds(), 2, 10, QLatin1Char('0'));

    QTRY_COMPARE_WITH_TIMEOUT(stageOf(id), JobStage::Processing, 20'000);
    QModelIndex index = rowOf(id);
    RunsDelegate::RowText row = RunsDelegate::textOf(index);
    QCOMPARE(row.prompt, request.prompt);
    QCOMPARE(row.stage, QStringLiteral("Processing"));
    QVERIFY2(QRegularExpression(QStringLiteral("^0:0\\d / ~%1$").arg(typical)).match(row.time).hasMatch(), qPrintable(row.time));
    QVERIFY2(row.fraction >= 0.1 && row.fraction < 0.9, qPrintable(QString::number(row.fraction)));
    QVERIFY(row.cost.isEmpty()); // not known before the service says
    // What a screen reader hears for the row: stage, time and which run.
    QAccessibleInterface *item = QAccessible::queryAccessibleInterface(runsView())->child(0);
    QVERIFY(item);
    QString spoken = item->text(QAccessible::Name);
    QVERIFY2(spoken.startsWith(QStringLiteral("Processing · 0:0")) && spoken.contains(QStringLiteral("of about %1").arg(typical))
                 && spoken.contains(request.prompt),
             qPrintable(spoken));

    // While it runs, the thumbnail is the input picture.
    QTRY_VERIFY2_WITH_TIMEOUT(differenceFrom(index, m_bandedImage) < 20, "the thumbnail is not the input image", 10'000);
    const QImage whileRunning = thumbnailShot(index);

    QTRY_COMPARE_WITH_TIMEOUT(stageOf(id), JobStage::Completed, 60'000);
    index = rowOf(id);
    row = RunsDelegate::textOf(index);
    QCOMPARE(row.stage, QStringLiteral("Done"));
    QVERIFY2(QRegularExpression(QStringLiteral("^0:0\\d$")).match(row.time).hasMatch(), qPrintable(row.time));
    QCOMPARE(row.cost, QStringLiteral("0.0875 credits"));
    QCOMPARE(row.fraction, 1.0);
    spoken = QAccessible::queryAccessibleInterface(runsView())->child(0)->text(QAccessible::Name);
    QVERIFY2(spoken.startsWith(QStringLiteral("Done in 0:0")) && spoken.contains(QStringLiteral("0.0875 credits")), qPrintable(spoken));
    // The clock stopped: a second later the run still took as long.
    QTest::qWait(1100);
    QCOMPARE(RunsDelegate::textOf(index).time, row.time);

    // Once done, the thumbnail is the clip's first frame (16:9, the band cut off).
    const QImage frame = firstFrameOf(m_studio.queue->record(id)->result->outputPath);
    QVERIFY(!frame.isNull());
    QTRY_VERIFY2_WITH_TIMEOUT(differenceFrom(index, frame) < 20, "the thumbnail is not the clip's first frame", 20'000);
    QVERIFY2(meanDifference(whileRunning, thumbnailShot(index)) > 20, "the thumbnail did not change");
}

void TestRuns::click_playsTheRun_andTheMenuActsOnIt()
{
    const QString prompt = QStringLiteral("A kite climbs over the dunes");
    const int id = completedRun(prompt);
    QVERIFY(id);
    const jobs::JobRecord record = *m_studio.queue->record(id);
    QVERIFY(player()->clipPath().isEmpty()); // queued here, not from the window: nothing plays yet

    // One click plays it.
    const QModelIndex index = rowOf(id);
    QTest::mouseClick(runsView()->viewport(), Qt::LeftButton, {}, runsView()->visualRect(index).center());
    QTRY_COMPARE(player()->clipPath(), QFileInfo(record.result->outputPath).absoluteFilePath());

    // The menu holds the Library's actions, enabled as they apply to a finished run.
    std::unique_ptr<QMenu> menu(runsView()->createContextMenu(index));
    QStringList texts;
    QStringList enabled;
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        texts << action->text();
        if (action->isEnabled())
            enabled << action->text();
    }
    QCOMPARE(texts, (QStringList{QStringLiteral("Play"), QStringLiteral("Cancel run"), QStringLiteral("Use these settings"),
                                 QStringLiteral("Re-run"), QStringLiteral("Show in folder"), QStringLiteral("Continue from last frame")}));
    QCOMPARE(enabled, (QStringList{QStringLiteral("Play"), QStringLiteral("Use these settings"), QStringLiteral("Re-run"),
                                   QStringLiteral("Show in folder"), QStringLiteral("Continue from last frame")}));

    // Use these settings: the image, the prompt and the seed the run used, not a random one.
    auto *editor = m_studio.window->findChild<ui::PromptEditor *>();
    auto *form = m_studio.window->findChild<ui::ParameterForm *>();
    auto *well = m_studio.window->findChild<ui::ImageWell *>();
    editor->setPrompt(QStringLiteral("Something else entirely"));
    form->setRandomSeed(true);
    runsView()->useSettingsAction()->trigger();
    QCOMPARE(editor->prompt(), prompt);
    QVERIFY(!form->randomSeed());
    QCOMPARE(form->values().value(QStringLiteral("seed")).toInteger(), record.result->seed);
    QTRY_COMPARE_WITH_TIMEOUT(well->image(), m_banded, 10'000);

    // Show in folder opens the clip's folder, as the Library's does.
    UrlRecorder recorder;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &recorder, "open");
    runsView()->showInFolderAction()->trigger();
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    QCOMPARE(recorder.urls, QList<QUrl>{QUrl::fromLocalFile(QFileInfo(record.result->outputPath).absolutePath())});

    // Re-run sends the same settings again, its seed included.
    editor->setPrompt(QStringLiteral("Something else again"));
    runsView()->setCurrentIndex(rowOf(id));
    runsView()->rerunAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_studio.queue->ids().size(), qsizetype(2), 10'000);
    const int again = m_studio.queue->ids().last();
    const jobs::JobRecord *second = m_studio.queue->record(again);
    QCOMPARE(second->request.prompt, prompt);
    QCOMPARE(second->request.image, m_banded);
    QVERIFY(!second->request.randomSeed);
    QCOMPARE(second->request.parameters.value(QStringLiteral("seed")).toInteger(), record.result->seed);
    QTRY_COMPARE_WITH_TIMEOUT(stageOf(again), JobStage::Completed, 60'000);
    QCOMPARE(m_studio.queue->record(again)->result->seed, record.result->seed);

    // Continue from last frame asks for the run's clip (tst_continuewindow follows it into the window).
    const QString clip = m_studio.queue->record(id)->result->outputPath;
    runsView()->setCurrentIndex(rowOf(id));
    QSignalSpy continued(runsView(), &ui::RunsView::continueRequested);
    runsView()->continueAction()->trigger();
    QCOMPARE(continued.size(), 1);
    QCOMPARE(continued.first().at(0).toString(), clip);
}

void TestRuns::cancel_cancelsARunningRun()
{
    QVERIFY(m_studio.emulator.configure({{QStringLiteral("latencyMs"), 60'000}}));
    jobs::GenerationRequest request = m_studio.request(QStringLiteral("Rain on a tin roof"));
    request.image = m_banded;
    const int id = m_studio.queue->enqueue(request);
    QTRY_VERIFY_WITH_TIMEOUT(stageOf(id) == JobStage::Processing || stageOf(id) == JobStage::Queued, 20'000);

    std::unique_ptr<QMenu> menu(runsView()->createContextMenu(rowOf(id)));
    QVERIFY(runsView()->cancelAction()->isEnabled());
    QVERIFY(!runsView()->playAction()->isEnabled());
    QVERIFY(!runsView()->showInFolderAction()->isEnabled());
    QVERIFY(runsView()->useSettingsAction()->isEnabled());
    runsView()->cancelAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(stageOf(id), JobStage::Cancelled, 20'000);
    QCOMPARE(RunsDelegate::textOf(rowOf(id)).stage, QStringLiteral("Cancelled"));
    QVERIFY(!runsView()->cancelAction()->isEnabled());
    QCOMPARE(m_studio.emulator.charged(), 0);
}

void TestRuns::strip_listsClipsNewestFirst_keysStepAndFlipAtTheSameMoment()
{
    const int first = completedRun(QStringLiteral("First take: slow push-in"));
    const int second = completedRun(QStringLiteral("Second take: faster push-in"));
    QVERIFY(first && second);
    const QString firstClip = QFileInfo(m_studio.queue->record(first)->result->outputPath).absoluteFilePath();
    const QString secondClip = QFileInfo(m_studio.queue->record(second)->result->outputPath).absoluteFilePath();

    // Two clips, newest first, each named by its prompt and seed.
    ui::ClipStrip *clips = strip();
    QCOMPARE(clips->model()->rowCount(), 2);
    QVERIFY(clips->isVisible());
    QCOMPARE(clips->model()->index(0, 0).data(jobs::SessionClips::PathRole).toString(), secondClip);
    QCOMPARE(clips->model()->index(1, 0).data(jobs::SessionClips::PathRole).toString(), firstClip);
    QAccessibleInterface *list = QAccessible::queryAccessibleInterface(clips);
    QCOMPARE(list->text(QAccessible::Name), QStringLiteral("Session clips"));
    QCOMPARE(list->child(0)->text(QAccessible::Name),
             QStringLiteral("Second take: faster push-in, seed %1").arg(m_studio.queue->record(second)->result->seed));
    QVERIFY2(clips->toolTip().contains(QStringLiteral("Alt+Left")) && clips->toolTip().contains(QStringLiteral("`")),
             qPrintable(clips->toolTip()));

    // The keys are in the View menu, with their shortcuts.
    QAction *newer = m_studio.menuAction("newerClipAction");
    QAction *older = m_studio.menuAction("olderClipAction");
    QAction *flip = m_studio.menuAction("flipClipAction");
    QVERIFY(newer && older && flip);
    QCOMPARE(newer->shortcut(), QKeySequence(Qt::ALT | Qt::Key_Left));
    QCOMPARE(older->shortcut(), QKeySequence(Qt::ALT | Qt::Key_Right));
    QCOMPARE(flip->shortcut(), QKeySequence(Qt::Key_QuoteLeft));

    // A click on the strip plays; the keys step to the older and newer clip.
    QTest::mouseClick(clips->viewport(), Qt::LeftButton, {}, clips->visualRect(clips->model()->index(0, 0)).center());
    QTRY_COMPARE(player()->clipPath(), secondClip);
    QVERIFY(!newer->isEnabled()); // the newest already
    QTest::keyClick(player(), Qt::Key_Right, Qt::AltModifier);
    QTRY_COMPARE(player()->clipPath(), firstClip);
    QTest::keyClick(player(), Qt::Key_Left, Qt::AltModifier);
    QTRY_COMPARE(player()->clipPath(), secondClip);

    // Paused on a frame in the middle: the flip shows the first clip at that moment, paused.
    MediaPlayback *media = player()->player();
    ui::VideoView *video = player()->videoWidget();
    QTRY_VERIFY_WITH_TIMEOUT(media->duration() > 3000, 10'000);
    player()->stepFrames(30);
    const qreal frameMs = player()->frameDurationMs();
    const auto settledAt = [&](const QString &clip, qint64 at) {
        return player()->clipPath() == clip && media->playbackState() == MediaPlayback::PausedState && !player()->isPlaying()
            && qAbs(media->position() - at) <= frameMs && video->hasFrame()
            && qAbs(video->frameStartTime() / 1000 - at) <= frameMs;
    };
    QTRY_VERIFY_WITH_TIMEOUT(settledAt(secondClip, qint64(30 * frameMs)), 10'000);
    const qint64 before = media->position();
    QTest::keyClick(player(), Qt::Key_QuoteLeft);
    QTRY_VERIFY2_WITH_TIMEOUT(settledAt(firstClip, before), qPrintable(QStringLiteral("at %1 ms, not %2").arg(media->position()).arg(before)),
                              10'000);
    // And back, still at that moment.
    QTest::keyClick(player(), Qt::Key_QuoteLeft);
    QTRY_VERIFY2_WITH_TIMEOUT(settledAt(secondClip, before), qPrintable(QStringLiteral("at %1 ms, not %2").arg(media->position()).arg(before)),
                              10'000);

    // Playing: the flip goes on playing from where the other clip was (Ctrl+B does the same as `).
    player()->togglePlayback();
    QTRY_VERIFY(player()->isPlaying() && media->position() > before);
    const qint64 playingAt = player()->position();
    QVERIFY(playingAt > 1500);
    // Every position the first clip shows while playing: it must start where the
    // other clip was, never pass through the part before it (as playing it from
    // the start would).
    QList<qint64> playedPositions;
    const auto recorder = connect(media, &MediaPlayback::positionChanged, this, [&](qint64 position) {
        if (player()->clipPath() == firstClip && media->playbackState() == MediaPlayback::PlayingState)
            playedPositions << position;
    });
    QTest::keyClick(player(), Qt::Key_B, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(player()->clipPath() == firstClip && media->playbackState() == MediaPlayback::PlayingState
                                 && !playedPositions.isEmpty() && playedPositions.last() >= playingAt - frameMs,
                             10'000);
    disconnect(recorder);
    for (qint64 position : std::as_const(playedPositions))
        QVERIFY2(position <= 4 * frameMs || position >= playingAt - frameMs,
                 qPrintable(QStringLiteral("played at %1 ms, before %2 ms").arg(position).arg(playingAt)));
    QVERIFY(player()->isPlaying());
}

QTEST_MAIN(TestRuns)
#include "tst_runs.moc"
