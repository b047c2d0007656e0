#include "continuefigure.h"

#include "shell/mainwindow.h"
#include "player/playerview.h"
#include "studio/imagewell.h"

#include <QAction>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QMenuBar>
#include <QPushButton>

namespace wan::bench {

namespace {

QAction *menuAction(ui::MainWindow &window, const char *name)
{
    for (QAction *menu : window.menuBar()->actions())
        if (menu->menu())
            for (QAction *action : menu->menu()->actions())
                if (action->objectName() == QLatin1String(name))
                    return action;
    return nullptr;
}

void spinFor(int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

// From the trigger to the well showing a new continuation frame with Generate ready; -1 on time-out.
double timeToReady(ui::MainWindow &window, QAction *action)
{
    auto *well = window.findChild<ui::ImageWell *>();
    auto *generate = window.findChild<QPushButton *>(QStringLiteral("generateButton"));
    const QString before = well->image();
    QElapsedTimer clock;
    clock.start();
    action->trigger();
    while (clock.elapsed() < 20'000) {
        if (well->image() != before && well->image().contains(QLatin1String("/inputs/continue-")) && !well->isBusy()
            && generate->isEnabled())
            return double(clock.nsecsElapsed()) / 1e6;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
    }
    return -1;
}

} // namespace

QJsonObject measureContinue(ui::MainWindow &window, int times)
{
    QAction *last = menuAction(window, "continueFromLastFrameAction");
    QAction *here = menuAction(window, "continueFromFrameAction");
    auto *player = window.findChild<ui::PlayerView *>();
    if (!last || !here || !player || player->clipPath().isEmpty())
        return { { QStringLiteral("continueError"), QStringLiteral("no clip or no Continue actions") } };
    QJsonArray warm;
    QJsonArray cold;
    for (int i = 0; i < times; ++i) {
        // A person looks at the clip first: the frame taken ahead is ready.
        spinFor(1500);
        warm.append(timeToReady(window, last));
        // A frame nobody took ahead, a different one each time (so no file is reused).
        player->stepFrames(1);
        spinFor(300);
        player->stepFrames(10 + 7 * i - int(player->currentFrameIndex()));
        spinFor(500);
        cold.append(timeToReady(window, here));
    }
    return { { QStringLiteral("continueWarmMs"), warm }, { QStringLiteral("continueColdMs"), cold } };
}

} // namespace wan::bench
