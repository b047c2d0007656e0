// A grid from the studio window, against the emulator, with a library
// recording the runs as in the app: three prompt alternatives by two sample
// shifts, planned in the Variations and sweeps dialog (six runs with their
// labels and cost), queued, and shown in a grid view whose cells follow their
// runs, show their clips under the right row and column labels, play in
// lockstep, and open a clip in the studio's player.

#include "studiowindowfixture.h"

#include "dialogs/variationsdialog.h"
#include "gallery/gridview.h"
#include "player/playerview.h"
#include "studio/imagewell.h"
#include "studio/prompteditor.h"
#include "player/mediaengine.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using wan::ui::MediaPlayback;

using namespace wan;

namespace {

constexpr qreal kFrameMs = 1000.0 / 16.0;
const QString kShift = QStringLiteral("sample_shift");
const QStringList kTimes { QStringLiteral("dawn"), QStringLiteral("noon"), QStringLiteral("dusk") };

template<typename T> T *byAccessibleName(QWidget *root, const QString &name)
{
    for (T *child : root->findChildren<T *>()) {
        if (child->accessibleName() == name)
            return child;
    }
    return nullptr;
}

} // namespace

class TestGridWindow final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void threePromptsByTwoShifts_planRunAndPlayInLockstep();

private:
    ui::ImageWell *well() const { return m_studio.window->findChild<ui::ImageWell *>(); }
    ui::GridView *gridView() const;
    bool everyPlayer(const std::function<bool(MediaPlayback *)> &check) const;
    QString describe() const;

    test::StudioWindowFixture m_studio;
    // What the dialog showed before queueing.
    QStringList m_planned;
    QString m_cost;
};

void TestGridWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("QT_MEDIA_BACKEND", "ffmpeg");
    QLocale::setDefault(QLocale::c());
    QVERIFY(m_studio.startOnce());
}

void TestGridWindow::init()
{
    QVERIFY(m_studio.open(QLatin1String(QTest::currentTestFunction()), true));
    m_studio.window->resize(1366, 768);
    m_studio.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_studio.window.get()));
}

void TestGridWindow::cleanup()
{
    delete gridView();
    for (int id : m_studio.queue->ids())
        m_studio.queue->cancel(id);
    QTRY_VERIFY_WITH_TIMEOUT(m_studio.queue->activeCount() == 0, 20'000);
    m_studio.close();
}

ui::GridView *TestGridWindow::gridView() const
{
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (auto *grid = qobject_cast<ui::GridView *>(top))
            return grid;
    }
    return nullptr;
}

bool TestGridWindow::everyPlayer(const std::function<bool(MediaPlayback *)> &check) const
{
    const QList<MediaPlayback *> players = gridView()->players();
    return !players.isEmpty() && std::all_of(players.begin(), players.end(), check);
}

QString TestGridWindow::describe() const
{
    QStringList lines;
    for (MediaPlayback *player : gridView()->players())
        lines << QStringLiteral("state %1 status %2 position %3")
                     .arg(player->playbackState())
                     .arg(player->mediaStatus())
                     .arg(player->position());
    return lines.join(QLatin1String("; "));
}

void TestGridWindow::threePromptsByTwoShifts_planRunAndPlayInLockstep()
{
    m_studio.window->openImage(m_studio.image);
    QTRY_COMPARE_WITH_TIMEOUT(well()->image(), m_studio.image, 20'000);
    m_studio.window->findChild<ui::PromptEditor *>()->setPrompt(QStringLiteral("A harbour at {dawn|noon|dusk}, boats rocking"));
    auto *generate = m_studio.window->findChild<QPushButton *>(QStringLiteral("generateButton"));
    QTRY_VERIFY_WITH_TIMEOUT(generate->isEnabled() && !well()->isBusy(), 20'000);

    // The dialog is modal: it is driven from the event loop it runs.
    bool drove = false;
    QTimer driver;
    driver.setInterval(50);
    connect(&driver, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<ui::VariationsDialog *>(QApplication::activeModalWidget());
        if (!dialog || drove)
            return;
        drove = true;
        dialog->findChild<QTabWidget *>()->setCurrentIndex(2);
        auto *rows = byAccessibleName<QComboBox>(dialog, QStringLiteral("Rows"));
        auto *columns = byAccessibleName<QComboBox>(dialog, QStringLiteral("Columns"));
        rows->setCurrentIndex(rows->findData(QStringLiteral(":prompt")));
        columns->setCurrentIndex(columns->findData(kShift));
        auto *values = byAccessibleName<QLineEdit>(dialog, QStringLiteral("Column values"));
        values->selectAll();
        QTest::keyClick(values, Qt::Key_Delete);
        QTest::keyClicks(values, QStringLiteral("4, 8"));
        for (const auto &run : dialog->plannedRuns())
            m_planned << run.label;
        for (QLabel *label : dialog->findChildren<QLabel *>()) {
            if (label->isVisibleTo(dialog) && label->text().contains(QLatin1String("credits")))
                m_cost = label->text();
        }
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    driver.start();
    m_studio.window->openVariations();
    driver.stop();
    QVERIFY(drove);

    // Planned before anything was sent: six runs, each with its row and column, and their cost.
    QStringList expected;
    for (const QString &time : kTimes)
        for (const QString &shift : { QStringLiteral("4"), QStringLiteral("8") })
            expected << QStringLiteral("%1, sample_shift %2").arg(time, shift);
    QCOMPARE(m_planned, expected);
    QVERIFY2(m_cost.contains(QLatin1String("about 0.54 credits")), qPrintable(m_cost));
    QCOMPARE(m_studio.queue->ids().size(), 6);

    // The grid opens at once: three rows by two columns, labelled by the axes' values.
    ui::GridView *grid = gridView();
    QVERIFY(grid);
    QVERIFY(QTest::qWaitForWindowExposed(grid));
    QCOMPARE(grid->rowCount(), 3);
    QCOMPARE(grid->columnCount(), 2);
    for (int r = 0; r < 3; ++r)
        QCOMPARE(grid->findChild<QLabel *>(QStringLiteral("rowLabel%1").arg(r + 1))->text(), kTimes.at(r));
    QCOMPARE(grid->findChild<QLabel *>(QStringLiteral("columnLabel1"))->text(), QStringLiteral("sample_shift 4"));
    QCOMPARE(grid->findChild<QLabel *>(QStringLiteral("columnLabel2"))->text(), QStringLiteral("sample_shift 8"));
    QVERIFY(!grid->findChild<QLabel *>(QStringLiteral("rowLabel4")));
    QVERIFY(!grid->findChild<QLabel *>(QStringLiteral("columnLabel3")));
    // Each cell in its place in the layout, beside its row label and under its column label.
    auto *layout = qobject_cast<QGridLayout *>(grid->findChild<QWidget *>(QStringLiteral("clipGrid"))->layout());
    QVERIFY(layout);
    for (int r = 0; r < 3; ++r) {
        for (int c = 0; c < 2; ++c) {
            QWidget *cell = grid->findChild<QWidget *>(QStringLiteral("gridCell%1_%2").arg(r + 1).arg(c + 1));
            QVERIFY(cell);
            QCOMPARE(cell, grid->cellWidget(r, c));
            int row = -1, column = -1, rowSpan = 0, columnSpan = 0;
            layout->getItemPosition(layout->indexOf(cell), &row, &column, &rowSpan, &columnSpan);
            QCOMPARE(row, r + 1);
            QCOMPARE(column, c + 1);
            // Nothing has finished yet: every cell says where its run is.
            QVERIFY(grid->cellClip(r, c).isEmpty());
            QVERIFY2(!grid->cellState(r, c).isEmpty(), qPrintable(QStringLiteral("%1,%2").arg(r).arg(c)));
            QVERIFY(!cell->findChild<QToolButton *>(QStringLiteral("openClipButton"))->isEnabled());
        }
    }

    // When the runs finish, each cell shows its own run's clip.
    QTRY_VERIFY_WITH_TIMEOUT(grid->players().size() == 6, 90'000);
    for (int id : m_studio.queue->ids()) {
        const jobs::JobRecord *record = m_studio.queue->record(id);
        QCOMPARE(record->stage, jobs::JobStage::Completed);
        const int r = static_cast<int>(kTimes.indexOf(record->request.prompt.section(QLatin1Char(' '), 3, 3).remove(QLatin1Char(','))));
        const int c = record->request.parameters.value(kShift).toDouble() == 4.0 ? 0 : 1;
        QVERIFY2(r >= 0, qPrintable(record->request.prompt));
        QCOMPARE(grid->cellClip(r, c), record->result->outputPath);
    }

    // One clock for every cell: all play, and a seek puts every clip on the same place.
    QTRY_VERIFY2_WITH_TIMEOUT(everyPlayer([](MediaPlayback *p) { return p->playbackState() == MediaPlayback::PlayingState; }),
                              qPrintable(describe()), 20'000);
    grid->pause();
    QTRY_VERIFY2_WITH_TIMEOUT(everyPlayer([](MediaPlayback *p) { return p->playbackState() == MediaPlayback::PausedState; }),
                              qPrintable(describe()), 10'000);
    grid->seek(1000);
    QTRY_VERIFY2_WITH_TIMEOUT(everyPlayer([](MediaPlayback *p) { return qAbs(p->position() - 1000) <= kFrameMs; }),
                              qPrintable(describe()), 10'000);
    grid->play();
    QTRY_VERIFY2_WITH_TIMEOUT(everyPlayer([](MediaPlayback *p) {
                                  return p->playbackState() == MediaPlayback::PlayingState && p->position() > 1000;
                              }),
                              qPrintable(describe()), 10'000);
    grid->pause();
    // Paused together: every clip on the leader's frame (within one frame).
    QTRY_VERIFY2_WITH_TIMEOUT(everyPlayer([&](MediaPlayback *p) {
                                  return p->playbackState() == MediaPlayback::PausedState
                                      && qAbs(p->position() - grid->players().first()->position()) <= kFrameMs;
                              }),
                              qPrintable(describe()), 10'000);

    // A cell's clip opens in the studio's player.
    QWidget *cell = grid->cellWidget(2, 1);
    auto *open = cell->findChild<QToolButton *>(QStringLiteral("openClipButton"));
    QVERIFY(open->isEnabled());
    QCOMPARE(open->accessibleName(), open->text());
    open->click();
    auto *player = m_studio.window->findChild<ui::PlayerView *>();
    QTRY_COMPARE(player->clipPath(), grid->cellClip(2, 1));
}

QTEST_MAIN(TestGridWindow)
#include "tst_gridwindow.moc"
