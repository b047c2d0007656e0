// The studio window's grids: the runs of a grid (Variations and sweeps, Grid
// tab) open in a GridView as soon as they are queued; each cell follows its
// run in the queue, shows its clip when it is done, and opens it in the
// studio's player on request.

#include "shell/mainwindow.h"

#include "gallery/gridview.h"
#include "jobs/batchplan.h"
#include "jobs/joblistmodel.h"
#include "jobs/jobqueue.h"

#include <QHash>
#include <QPoint>
#include <QPointer>
#include <QScreen>
#include <QTimer>

namespace wan::ui {

namespace {
constexpr int kMaximiseGridBelowWidth = 1600; // as Compare
}

GridView *MainWindow::openGrid(const QList<jobs::PlannedAxis> &axes, const QList<QPair<int, QPoint>> &cells)
{
    if (axes.size() != 2)
        return nullptr;
    auto *view = new GridView;
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->setObjectName(QStringLiteral("gridView"));
    view->setAxes(axes.at(0).title, axes.at(0).labels, axes.at(1).title, axes.at(1).labels);

    // Queue id -> (column, row) of its cell.
    auto places = std::make_shared<QHash<int, QPoint>>();
    for (const auto &[id, place] : cells)
        places->insert(id, place);
    QPointer<GridView> guarded(view);
    // The grid is a window of its own: it may outlive the studio window, whose run list it reads.
    QPointer<MainWindow> self(this);
    connect(this, &QObject::destroyed, view, &QWidget::close);
    const auto follow = [this, self, guarded, places](int id) {
        if (!self || !guarded || !places->contains(id))
            return;
        const QPoint place = places->value(id);
        const jobs::JobRecord *record = m_context.queue->record(id);
        if (!record)
            return;
        if (record->stage == jobs::JobStage::Completed && record->result)
            guarded->setCellClip(place.y(), place.x(), record->result->outputPath);
        else
            guarded->setCellState(place.y(), place.x(), m_jobsModel->statusText(*record),
                                  record->stage == jobs::JobStage::Failed || record->stage == jobs::JobStage::Cancelled);
    };
    connect(m_context.queue, &jobs::JobQueue::jobChanged, view, follow);
    connect(m_context.queue, &jobs::JobQueue::jobFinished, view, follow);
    for (const auto &pair : cells)
        follow(pair.first);
    // A running cell's clock ("0:12 of about 0:54") moves on between the queue's reports, as in the Runs list.
    auto *clock = new QTimer(view);
    clock->setInterval(1000);
    connect(clock, &QTimer::timeout, view, [this, self, guarded, places, follow] {
        if (!self || !guarded)
            return;
        for (auto it = places->cbegin(); it != places->cend(); ++it) {
            const jobs::JobRecord *record = m_context.queue->record(it.key());
            if (record && !record->isFinished())
                follow(it.key());
        }
    });
    clock->start();

    connect(view, &GridView::openRequested, this, [this](const QString &clip) {
        playClip(clip);
        activateWindow();
        raise();
    });
    connect(view, &GridView::message, this, [this](const QString &text) { showMessage(text, true); });

    // Roomy, never larger than the screen the studio is on (see compare()).
    const QSize wanted = view->sizeHint();
    if (const QScreen *display = screen()) {
        const QSize room = display->availableGeometry().size();
        if (room.width() < kMaximiseGridBelowWidth || room.height() < wanted.height() + 60) {
            view->showMaximized();
            return view;
        }
        view->resize(wanted.boundedTo(room * 0.95));
    }
    view->show();
    return view;
}

} // namespace wan::ui
