// The sequence editor in the studio window, with a library as in the app and
// three continued clips in it (each starts from the previous one's last
// frame, as Continue from Last Frame makes them): a sequence made from the
// chain through the window's action, reordered through the model's move and
// drop, trimmed on the frame strip and in the spin boxes, each change in the
// library at once; the player's one timeline (its length with the seam rule,
// a seek on its one scrub bar landing on the right clip and frame); the seam
// review's loop around each join; the MLT project; and a change made by
// another process showing after a refresh.

#include "studiowindowfixture.h"
#include "testclips.h"

#include "gallery/galleryview.h"
#include "gallery/sequenceclipmodel.h"
#include "gallery/sequencepanel.h"
#include "gallery/sequencestrip.h"
#include "library/gallerymodel.h"
#include "player/playerview.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QListView>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

#include <cmath>

using namespace wan;

class TestSequenceWindow final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void chain_toSequence_editedAndSaved();
    void timeline_oneScrubBarAndSeamReview();
    void libraryDrag_andAddToSequence();

private:
    ui::SequencePanel *panel() const { return m_studio.window->findChild<ui::SequencePanel *>(); }
    ui::PlayerView *player() const { return m_studio.window->findChild<ui::PlayerView *>(); }
    // Three 81-frame clips in the library, each continuing the last frame of the one before; their ids.
    QList<qint64> insertChain();
    // The chain made into a sequence through the Library's action; waits until its clips are read.
    bool makeSequenceFromChain(qint64 lastId);
    std::optional<library::Sequence> savedSequence(qint64 id);
    QString databasePath() const;

    test::StudioWindowFixture m_studio;
    QStringList m_clips;
};

void TestSequenceWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("QT_MEDIA_BACKEND", "ffmpeg");
    QVERIFY(m_studio.startOnce());
    if (!test::haveFfmpeg())
        QSKIP("ffmpeg is not installed; it makes the clips of the sequence");
    for (int i = 0; i < 3; ++i) {
        const QString path = m_studio.dir.filePath(QStringLiteral("shot-%1.mp4").arg(i));
        QString error;
        test::TestClip clip;
        clip.size = QSize(160, 96);
        QVERIFY2(test::makeClip(clip, path, &error), qPrintable(error));
        m_clips << path;
    }
}

void TestSequenceWindow::init()
{
    QVERIFY(m_studio.open(QLatin1String(QTest::currentTestFunction()), true));
    m_studio.window->resize(1366, 768);
    m_studio.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_studio.window.get()));
}

void TestSequenceWindow::cleanup()
{
    m_studio.close();
}

QString TestSequenceWindow::databasePath() const
{
    return m_studio.dir.filePath(QStringLiteral("library-%1.sqlite").arg(QLatin1String(QTest::currentTestFunction())));
}

QList<qint64> TestSequenceWindow::insertChain()
{
    QList<qint64> ids;
    for (int i = 0; i < m_clips.size(); ++i) {
        library::Entry entry;
        entry.status = library::EntryStatus::Completed;
        entry.prompt = QStringLiteral("shot %1").arg(i + 1);
        entry.requestId = QStringLiteral("req-shot-%1").arg(i + 1);
        entry.outputPath = m_clips.at(i);
        entry.imageSource = m_studio.image;
        if (i > 0) {
            entry.parentId = ids.last();
            entry.parentFrame = 80;
            entry.parentRequestId = QStringLiteral("req-shot-%1").arg(i);
        }
        qint64 id = -1;
        m_studio.library->insert(entry, m_studio.window.get(), [&id](qint64 made) { id = made; });
        if (!QTest::qWaitFor([&id] { return id >= 0; }, 10'000) || id <= 0)
            return {};
        ids << id;
    }
    return ids;
}

bool TestSequenceWindow::makeSequenceFromChain(qint64 lastId)
{
    auto *gallery = m_studio.window->findChild<ui::GalleryView *>();
    m_studio.window->showLibrary();
    if (!QTest::qWaitFor([&] { return gallery->model()->rowOf(lastId) >= 0; }, 10'000))
        return false;
    gallery->listView()->setCurrentIndex(gallery->model()->index(gallery->model()->rowOf(lastId)));
    auto *action = m_studio.window->findChild<QAction *>(QStringLiteral("makeSequenceFromChainAction"));
    if (!action)
        return false;
    action->trigger();
    return QTest::qWaitFor([&] { return panel()->currentSequenceId() > 0 && panel()->isReady(); }, 20'000);
}

std::optional<library::Sequence> TestSequenceWindow::savedSequence(qint64 id)
{
    // What the library holds, read through a connection of its own, as another process would.
    library::Library other(databasePath());
    if (!other.open())
        return std::nullopt;
    return other.sequence(id);
}

void TestSequenceWindow::chain_toSequence_editedAndSaved()
{
    const QList<qint64> ids = insertChain();
    QCOMPARE(ids.size(), 3);
    QVERIFY(makeSequenceFromChain(ids.last()));
    auto *centre = m_studio.window->findChild<QTabWidget *>();
    QCOMPARE(centre->currentWidget(), panel());
    ui::SequenceClipModel *model = panel()->clipModel();
    QCOMPARE(model->rowCount(), 3);
    for (int row = 0; row < 3; ++row)
        QCOMPARE(model->index(row).data(ui::SequenceClipModel::EntryIdRole).toLongLong(), ids.at(row));
    const qint64 id = panel()->currentSequenceId();
    auto saved = savedSequence(id);
    QVERIFY(saved);
    QCOMPARE(saved->clips.size(), 3);
    QCOMPARE(saved->clips.at(2).entryId, ids.at(2));

    // Each join continues the last frame before it: the repeated frame is dropped, and said so.
    QVERIFY(model->index(1).data(ui::SequenceClipModel::DropsRepeatedFrameRole).toBool());
    QVERIFY(model->index(2).data(ui::SequenceClipModel::DropsRepeatedFrameRole).toBool());
    panel()->selectClip(1);
    auto *join = panel()->findChild<QLabel *>(QStringLiteral("joinLabel"));
    QVERIFY2(join->text().contains(QLatin1String("dropped")), qPrintable(join->text()));
    QCOMPARE(panel()->timeline().totalFrames(), 81 + 80 + 80);

    // Reorder: the first shot to the end (moveRows), saved at once...
    QSignalSpy saves(panel(), &ui::SequencePanel::saved);
    QVERIFY(model->moveRows({}, 0, 1, {}, 3));
    QVERIFY(saves.wait(10'000));
    saved = savedSequence(id);
    QCOMPARE(saved->clips.at(0).entryId, ids.at(1));
    QCOMPARE(saved->clips.at(2).entryId, ids.at(0));
    // ...the joins judged again: shot 2 follows shot 1 no longer, shot 1 follows shot 3 (a cut).
    QVERIFY(model->index(1).data(ui::SequenceClipModel::DropsRepeatedFrameRole).toBool());
    QVERIFY(!model->index(2).data(ui::SequenceClipModel::DropsRepeatedFrameRole).toBool());
    // ...and back with a drop, as the list view's drag does it.
    std::unique_ptr<QMimeData> dragged(model->mimeData({model->index(2)}));
    model->dropMimeData(dragged.get(), Qt::MoveAction, 0, 0, {});
    QVERIFY(saves.wait(10'000));
    saved = savedSequence(id);
    for (int row = 0; row < 3; ++row)
        QCOMPARE(saved->clips.at(row).entryId, ids.at(row));

    // Trim the second shot on its strip: five frames on, I; and the out point typed.
    panel()->selectClip(1);
    ui::SequenceStrip *strip = panel()->strip();
    QCOMPARE(strip->frames(), 81);
    QTRY_VERIFY_WITH_TIMEOUT(strip->thumbnailCount() > 1, 20'000); // decoded on a worker
    strip->setFocus();
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(strip, Qt::Key_Right);
    QCOMPARE(strip->cursor(), 5);
    QTest::keyClick(strip, Qt::Key_I);
    QVERIFY(saves.wait(10'000));
    auto *out = panel()->findChild<QSpinBox *>(QStringLiteral("outSpin"));
    out->setValue(60);
    QVERIFY(saves.wait(10'000));
    saved = savedSequence(id);
    QCOMPARE(saved->clips.at(1).in, 5);
    QCOMPARE(saved->clips.at(1).out, 60);
    QCOMPARE(saved->clips.at(0).in, -1);
    // Trimmed at both ends, neither join repeats a frame any more.
    QVERIFY(!model->index(1).data(ui::SequenceClipModel::DropsRepeatedFrameRole).toBool());
    QVERIFY(!model->index(2).data(ui::SequenceClipModel::DropsRepeatedFrameRole).toBool());
    QCOMPARE(panel()->timeline().totalFrames(), 81 + 56 + 81);
    auto *crossfade = panel()->findChild<QSpinBox *>(QStringLiteral("crossfadeSpin"));
    crossfade->setValue(4);
    QVERIFY(saves.wait(10'000));
    QCOMPARE(savedSequence(id)->clips.at(1).crossfade, 4);

    // Renamed here, then changed by another process: a refresh shows it.
    QSignalSpy refreshed(panel(), &ui::SequencePanel::refreshed);
    panel()->renameCurrent(QStringLiteral("Harbour at dusk"));
    QTRY_COMPARE_WITH_TIMEOUT(savedSequence(id)->name, QStringLiteral("Harbour at dusk"), 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), 10'000); // the rename's own read, before the other process writes
    {
        library::Library other(databasePath());
        QVERIFY(other.open());
        QList<library::SequenceClip> clips = other.sequence(id)->clips;
        clips.removeLast();
        QVERIFY(other.updateSequence(id, QStringLiteral("Trimmed elsewhere"), clips));
    }
    refreshed.clear();
    panel()->refresh();
    QVERIFY(refreshed.wait(10'000));
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(panel()->findChild<QComboBox *>(QStringLiteral("sequenceBox"))->currentText(), QStringLiteral("Trimmed elsewhere"));

    // The MLT project for an editor names the clips.
    const QString mlt = m_studio.dir.filePath(QStringLiteral("harbour.mlt"));
    QSignalSpy written(panel(), &ui::SequencePanel::mltWritten);
    panel()->exportMltTo(mlt);
    QVERIFY(written.wait(20'000));
    QCOMPARE(written.first().at(1).toBool(), true);
    QFile project(mlt);
    QVERIFY(project.open(QIODevice::ReadOnly));
    const QByteArray xml = project.readAll();
    QVERIFY(xml.contains(QFileInfo(m_clips.at(0)).fileName().toUtf8()));
    QVERIFY(xml.contains(QFileInfo(m_clips.at(1)).fileName().toUtf8()));
    // The crossfade of 4 frames at the join is in it, as a dissolve over the overlap.
    QVERIFY(xml.contains(R"(<entry producer="crossfade0" in="0" out="3"/>)"));
    QVERIFY(xml.contains(R"(<property name="mlt_service">luma</property>)"));

    // From the first shot of a chain, the action walks forward too: the same three shots.
    QVERIFY(makeSequenceFromChain(ids.first()));
    QTRY_VERIFY_WITH_TIMEOUT(panel()->currentSequenceId() != id && panel()->isReady(), 20'000);
    QCOMPARE(model->rowCount(), 3);
    for (int row = 0; row < 3; ++row)
        QCOMPARE(model->index(row).data(ui::SequenceClipModel::EntryIdRole).toLongLong(), ids.at(row));
}

void TestSequenceWindow::timeline_oneScrubBarAndSeamReview()
{
    const QList<qint64> ids = insertChain();
    QCOMPARE(ids.size(), 3);
    QVERIFY(makeSequenceFromChain(ids.last()));
    const jobs::SequenceTimeline timeline = panel()->timeline();
    QCOMPARE(timeline.totalFrames(), 241);

    // Play: one timeline, its whole length on the one scrub bar.
    panel()->findChild<QPushButton *>(QStringLiteral("playSequenceButton"))->click();
    QVERIFY(player()->isTimeline());
    QTRY_VERIFY_WITH_TIMEOUT(player()->isPlaying() && player()->timelineFrame() > 0, 20'000);
    auto *scrub = player()->findChild<QSlider *>(QStringLiteral("scrubSlider"));
    QCOMPARE(scrub->maximum(), int(std::ceil(241 * 62.5)));
    player()->togglePlayback();
    QTRY_VERIFY_WITH_TIMEOUT(!player()->isPlaying(), 10'000);

    // A seek on the scrub bar to global frame 190: the third clip (from its frame 1), its frame 30.
    scrub->setValue(int(std::ceil(190 * 62.5)));
    QTRY_COMPARE_WITH_TIMEOUT(player()->timelineClip(), 2, 20'000);
    QCOMPARE(player()->clipPath(), QFileInfo(m_clips.at(2)).absoluteFilePath());
    QTRY_COMPARE_WITH_TIMEOUT(player()->timelineFrame(), 190, 20'000);
    QTRY_COMPARE_WITH_TIMEOUT(player()->currentFrameIndex(), 30, 20'000);
    // And back into the first clip.
    scrub->setValue(int(std::ceil(40 * 62.5)));
    QTRY_COMPARE_WITH_TIMEOUT(player()->timelineClip(), 0, 20'000);
    QTRY_COMPARE_WITH_TIMEOUT(player()->currentFrameIndex(), 40, 20'000);

    // The seam review: the second around the first join, round and round across it.
    QSignalSpy clips(player(), &ui::PlayerView::timelineClipChanged);
    panel()->findChild<QPushButton *>(QStringLiteral("reviewSeamsButton"))->click();
    QCOMPARE(player()->reviewedJoin(), 0);
    const auto range = timeline.reviewRange(0);
    QCOMPARE(range.first, 81 - 8);
    QCOMPARE(range.last, 81 + 7);
    auto *seamBar = m_studio.window->findChild<QWidget *>(QStringLiteral("seamBar"));
    QVERIFY(seamBar->isVisible());
    QVERIFY(seamBar->findChild<QLabel *>(QStringLiteral("seamLabel"))->text().contains(QLatin1String("dropped")));
    // From the first clip (loaded already) across the join into the second, then back: a loop.
    QTRY_VERIFY_WITH_TIMEOUT(clips.size() >= 2, 30'000);
    QCOMPARE(clips.at(0).at(0).toInt(), 1);
    QCOMPARE(clips.at(1).at(0).toInt(), 0);
    const qint64 at = player()->timelineFrame();
    QVERIFY2(at >= range.first && at <= range.last + 2, qPrintable(QString::number(at)));

    // Next join: the second one, then round to the first again.
    seamBar->findChild<QPushButton *>(QStringLiteral("seamNextButton"))->click();
    QCOMPARE(player()->reviewedJoin(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(player()->timelineClip(), 1, 20'000);
    const auto second = timeline.reviewRange(1);
    QTRY_VERIFY_WITH_TIMEOUT(player()->timelineFrame() >= second.first && player()->timelineFrame() <= second.last + 2, 20'000);
    QCOMPARE(panel()->currentJoin(), 1);
    seamBar->findChild<QPushButton *>(QStringLiteral("seamNextButton"))->click();
    QCOMPARE(player()->reviewedJoin(), 0);
    seamBar->findChild<QPushButton *>(QStringLiteral("seamPreviousButton"))->click();
    QCOMPARE(player()->reviewedJoin(), 1);
    seamBar->findChild<QPushButton *>(QStringLiteral("seamStopButton"))->click();
    QCOMPARE(player()->reviewedJoin(), -1);
    QVERIFY(!seamBar->isVisible());
    // Any other clip ends the timeline.
    player()->setClip(m_clips.at(0));
    QVERIFY(!player()->isTimeline());
}

void TestSequenceWindow::libraryDrag_andAddToSequence()
{
    const QList<qint64> ids = insertChain();
    QCOMPARE(ids.size(), 3);
    auto *gallery = m_studio.window->findChild<ui::GalleryView *>();
    m_studio.window->showLibrary();
    QTRY_COMPARE_WITH_TIMEOUT(gallery->model()->rowCount(), 3, 10'000);
    QSignalSpy saves(panel(), &ui::SequencePanel::saved);
    panel()->createSequence(QStringLiteral("Empty at first"), {});
    QTRY_VERIFY_WITH_TIMEOUT(panel()->currentSequenceId() > 0, 10'000);
    const qint64 id = panel()->currentSequenceId();
    QCOMPARE(panel()->clipModel()->rowCount(), 0);

    // Two cards dragged from the Library (what the gallery's drag carries) and dropped on the clips.
    const QModelIndexList cards{gallery->model()->index(gallery->model()->rowOf(ids.at(2))),
                                gallery->model()->index(gallery->model()->rowOf(ids.at(0)))};
    std::unique_ptr<QMimeData> dragged(gallery->model()->mimeData(cards));
    QVERIFY(dragged);
    QVERIFY(gallery->model()->flags(cards.first()) & Qt::ItemIsDragEnabled);
    ui::SequenceClipModel *model = panel()->clipModel();
    QVERIFY(model->canDropMimeData(dragged.get(), Qt::CopyAction, 0, 0, {}));
    saves.clear();
    model->dropMimeData(dragged.get(), Qt::CopyAction, 0, 0, {});
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(!saves.isEmpty(), 10'000);
    auto saved = savedSequence(id);
    QCOMPARE(saved->clips.size(), 2);
    // In the gallery's order (newest first), as dragged.
    QCOMPARE(saved->clips.at(0).entryId, ids.at(2));
    QCOMPARE(saved->clips.at(1).entryId, ids.at(0));

    // Add to Sequence, to a sequence that is not the one shown: appended, saved, shown.
    panel()->createSequence(QStringLiteral("Second"), {});
    QTRY_VERIFY_WITH_TIMEOUT(panel()->currentSequenceId() != id && panel()->currentSequenceId() > 0, 10'000);
    std::optional<library::Entry> middle;
    m_studio.library->entry(ids.at(1), m_studio.window.get(), [&middle](std::optional<library::Entry> e) { middle = e; });
    QTRY_VERIFY_WITH_TIMEOUT(middle.has_value(), 10'000);
    panel()->addToSequence(id, {*middle});
    QTRY_COMPARE_WITH_TIMEOUT(panel()->currentSequenceId(), id, 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(savedSequence(id)->clips.size(), 3, 10'000);
    QCOMPARE(savedSequence(id)->clips.at(2).entryId, ids.at(1));
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 3, 10'000);

    // Deleted: gone from the library and from the list.
    panel()->removeCurrent();
    QTRY_VERIFY_WITH_TIMEOUT(!savedSequence(id), 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(panel()->sequences().size(), 1, 10'000);
}

QTEST_MAIN(TestSequenceWindow)
#include "tst_sequencewindow.moc"
