// The grid view on its own, through its real widgets: cells laid out under
// their column labels and beside their row labels (at most 4x4), cells still
// running show their state, a failed one its reason, finished clips join one
// lockstep clock as they arrive (playing or paused, a seek puts all on the same
// place), a cell's clip is opened by its button or a double click, and a clip
// that cannot be played says so in its cell.

#include "gallery/gridview.h"
#include "player/videoview.h"
#include "testclips.h"
#include "player/mediaengine.h"

#include <QFile>
#include <QGridLayout>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using wan::ui::MediaPlayback;

using wan::ui::GridView;

namespace {

constexpr qreal kFrameMs = 1000.0 / 16.0;

bool all(const QList<MediaPlayback *> &players, const std::function<bool(MediaPlayback *)> &check)
{
    return !players.isEmpty() && std::all_of(players.begin(), players.end(), check);
}

} // namespace

class TestGridView final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cells_followTheAxes();
    void moreThanFourValues_areCut();
    void runningAndFailedCells_showTheirState();
    void clips_joinOneClockAsTheyArrive();
    void openButtonAndDoubleClick_openTheClip();
    void damagedClip_saysSoInItsCell();

private:
    QTemporaryDir m_dir;
    QString m_clip;
    QString m_other;
};

void TestGridView::initTestCase()
{
    qputenv("QT_MEDIA_BACKEND", "ffmpeg");
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    if (!wan::test::haveFfmpeg())
        QSKIP("ffmpeg is not installed; it makes the clips these tests play");
    m_clip = m_dir.filePath(QStringLiteral("a.mp4"));
    m_other = m_dir.filePath(QStringLiteral("b.mp4"));
    QString error;
    QVERIFY2(wan::test::makeClip({ QSize(320, 192), 48, 16, {} }, m_clip, &error), qPrintable(error));
    QVERIFY2(wan::test::makeClip({ QSize(320, 192), 48, 16, {} }, m_other, &error), qPrintable(error));
}

void TestGridView::cells_followTheAxes()
{
    GridView grid;
    grid.setAxes(QStringLiteral("seed"), { QStringLiteral("seed 1"), QStringLiteral("seed 2") }, QStringLiteral("sample_shift"),
                 { QStringLiteral("sample_shift 4"), QStringLiteral("sample_shift 8"), QStringLiteral("sample_shift 12"),
                   QStringLiteral("sample_shift 16") });
    QCOMPARE(grid.rowCount(), 2);
    QCOMPARE(grid.columnCount(), 4);
    QCOMPARE(grid.findChild<QLabel *>(QStringLiteral("rowLabel2"))->text(), QStringLiteral("seed 2"));
    QCOMPARE(grid.findChild<QLabel *>(QStringLiteral("columnLabel4"))->text(), QStringLiteral("sample_shift 16"));
    QVERIFY(grid.findChild<QLabel *>(QStringLiteral("gridCorner"))->text().contains(QLatin1String("sample_shift")));
    auto *layout = qobject_cast<QGridLayout *>(grid.findChild<QWidget *>(QStringLiteral("clipGrid"))->layout());
    for (int r = 0; r < 2; ++r) {
        for (int c = 0; c < 4; ++c) {
            int row = -1, column = -1, rowSpan = 0, columnSpan = 0;
            layout->getItemPosition(layout->indexOf(grid.cellWidget(r, c)), &row, &column, &rowSpan, &columnSpan);
            QCOMPARE(row, r + 1);
            QCOMPARE(column, c + 1);
            QCOMPARE(grid.cellState(r, c), QStringLiteral("Waiting"));
            auto *open = grid.cellWidget(r, c)->findChild<QToolButton *>(QStringLiteral("openClipButton"));
            QVERIFY(!open->isEnabled());
            QCOMPARE(open->accessibleName(), open->text());
        }
    }
    QVERIFY(!grid.cellWidget(2, 0));
    QVERIFY(grid.windowTitle().contains(QLatin1String("seed")));
    // A new pair of axes replaces the cells.
    grid.setAxes(QStringLiteral("prompt"), { QStringLiteral("dawn") }, QStringLiteral("seed"), { QStringLiteral("seed 1") });
    QCOMPARE(grid.findChildren<QToolButton *>(QStringLiteral("openClipButton")).size(), 1);
    QVERIFY(!grid.findChild<QLabel *>(QStringLiteral("rowLabel2")));
}

void TestGridView::moreThanFourValues_areCut()
{
    GridView grid;
    const QStringList five { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("e") };
    grid.setAxes(QStringLiteral("rows"), five, QStringLiteral("columns"), five);
    QCOMPARE(grid.rowCount(), GridView::MaximumSide);
    QCOMPARE(grid.columnCount(), GridView::MaximumSide);
    QCOMPARE(grid.findChildren<QToolButton *>(QStringLiteral("openClipButton")).size(), 16);
}

void TestGridView::runningAndFailedCells_showTheirState()
{
    GridView grid;
    grid.setAxes(QStringLiteral("prompt"), { QStringLiteral("dawn"), QStringLiteral("dusk") }, QStringLiteral("seed"),
                 { QStringLiteral("seed 1") });
    grid.setCellState(0, 0, QStringLiteral("Processing · 0:12 of about 0:54"));
    grid.setCellState(1, 0, QStringLiteral("Failed: the service refused the image"), true);
    auto *running = grid.cellWidget(0, 0)->findChild<QLabel *>(QStringLiteral("cellState"));
    auto *failed = grid.cellWidget(1, 0)->findChild<QLabel *>(QStringLiteral("cellState"));
    QVERIFY(running->text().contains(QStringLiteral("Processing · 0:12")));
    QVERIFY(running->text().contains(QLatin1String("dawn, seed 1")));
    QVERIFY(failed->text().contains(QLatin1String("refused the image")));
    QCOMPARE(failed->accessibleName(), failed->text());
    QVERIFY(failed->styleSheet() != running->styleSheet());
}

void TestGridView::clips_joinOneClockAsTheyArrive()
{
    GridView grid;
    grid.setAxes(QStringLiteral("prompt"), { QStringLiteral("dawn"), QStringLiteral("dusk") }, QStringLiteral("seed"),
                 { QStringLiteral("seed 1"), QStringLiteral("seed 2") });
    grid.resize(1000, 700);
    grid.show();
    QVERIFY(QTest::qWaitForWindowExposed(&grid));
    grid.setCellClip(0, 1, m_clip);
    QCOMPARE(grid.cellClip(0, 1), m_clip);
    QVERIFY(grid.cellState(0, 1).isEmpty());
    // A clip's cell ignores a late state: the clip stays.
    grid.setCellState(0, 1, QStringLiteral("Downloading"));
    QCOMPARE(grid.cellClip(0, 1), m_clip);
    QTRY_VERIFY_WITH_TIMEOUT(grid.isPlaying() && grid.players().first()->position() > 300, 10'000);

    // The second joins while the first plays, and plays in step with it.
    grid.setCellClip(1, 0, m_other);
    QCOMPARE(grid.players().size(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(all(grid.players(), [](MediaPlayback *p) { return p->playbackState() == MediaPlayback::PlayingState; }),
                             10'000);
    grid.pause();
    QTRY_VERIFY_WITH_TIMEOUT(all(grid.players(), [](MediaPlayback *p) { return p->playbackState() == MediaPlayback::PausedState; }),
                             10'000);
    grid.seek(1500);
    QTRY_VERIFY_WITH_TIMEOUT(all(grid.players(), [](MediaPlayback *p) { return qAbs(p->position() - 1500) <= kFrameMs; }), 10'000);

    // One joining a paused grid does not start the others.
    grid.setCellClip(1, 1, m_clip);
    QCOMPARE(grid.players().size(), 3);
    QVERIFY(!grid.isPlaying());
    grid.seek(500);
    QTRY_VERIFY_WITH_TIMEOUT(all(grid.players(), [](MediaPlayback *p) { return qAbs(p->position() - 500) <= kFrameMs; }), 10'000);
    grid.play();
    QTRY_VERIFY_WITH_TIMEOUT(all(grid.players(),
                                 [](MediaPlayback *p) { return p->playbackState() == MediaPlayback::PlayingState && p->position() > 600; }),
                             10'000);
    // The cell still waiting keeps saying so.
    QCOMPARE(grid.cellState(0, 0), QStringLiteral("Waiting"));
}

void TestGridView::openButtonAndDoubleClick_openTheClip()
{
    GridView grid;
    grid.setAxes(QStringLiteral("prompt"), { QStringLiteral("dawn") }, QStringLiteral("seed"), { QStringLiteral("seed 1") });
    grid.show();
    QVERIFY(QTest::qWaitForWindowExposed(&grid));
    QSignalSpy opened(&grid, &GridView::openRequested);
    auto *open = grid.cellWidget(0, 0)->findChild<QToolButton *>(QStringLiteral("openClipButton"));
    open->click(); // nothing to open yet
    QCOMPARE(opened.count(), 0);
    grid.setCellClip(0, 0, m_clip);
    QVERIFY(open->isEnabled());
    open->click();
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.last().first().toString(), m_clip);
    auto *video = grid.cellWidget(0, 0)->findChild<wan::ui::VideoView *>(QStringLiteral("videoWidget"));
    QTest::mouseDClick(video, Qt::LeftButton);
    QCOMPARE(opened.count(), 2);
    QCOMPARE(opened.last().first().toString(), m_clip);
}

void TestGridView::damagedClip_saysSoInItsCell()
{
    const QString damaged = m_dir.filePath(QStringLiteral("damaged.mp4"));
    QFile file(damaged);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    GridView grid;
    grid.setAxes(QStringLiteral("prompt"), { QStringLiteral("dawn") }, QStringLiteral("seed"),
                 { QStringLiteral("seed 1"), QStringLiteral("seed 2") });
    grid.show();
    QVERIFY(QTest::qWaitForWindowExposed(&grid));
    QSignalSpy messages(&grid, &GridView::message);
    grid.setCellClip(0, 0, m_clip);
    grid.setCellClip(0, 1, damaged);
    QTRY_VERIFY_WITH_TIMEOUT(!messages.isEmpty(), 10'000);
    QVERIFY2(messages.first().first().toString().contains(QLatin1String("dawn, seed 2")),
             qPrintable(messages.first().first().toString()));
    auto *state = grid.cellWidget(0, 1)->findChild<QLabel *>(QStringLiteral("cellState"));
    QTRY_VERIFY(state->isVisible());
    QVERIFY(state->text().contains(QLatin1String("cannot be played")));
}

QTEST_MAIN(TestGridView)
#include "tst_gridview.moc"
