// The studio window's library side: restoring a run's settings (from the
// gallery or from a dropped clip), variations, and comparing runs.

#include "shell/mainwindow.h"

#include <QScreen>

#include "gallery/compareview.h"
#include "core/credittracker.h"
#include "core/modeldescription.h"
#include "gallery/galleryview.h"
#include "studio/imagewell.h"
#include "jobs/batchplan.h"
#include "jobs/jobqueue.h"
#include "library/gallerymodel.h"
#include "library/libraryentry.h"
#include "library/mp4metadata.h"
#include "common/messagebanner.h"
#include "studio/parameterform.h"
#include "player/playerview.h"
#include "studio/prompteditor.h"
#include "dialogs/variationsdialog.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QTabWidget>
#include <QtConcurrent/QtConcurrentRun>

namespace wan::ui {

QJsonObject MainWindow::settingsOf(const library::Entry &entry)
{
    QJsonObject settings{{QStringLiteral("image"), entry.imageSource},
                         {QStringLiteral("prompt"), entry.prompt},
                         {QStringLiteral("parameters"), entry.parameters}};
    settings.insert(QStringLiteral("seed"), entry.seed);
    if (entry.isContinuation()) {
        QJsonObject parent{{QStringLiteral("frame"), entry.parentFrame}};
        if (entry.parentId > 0)
            parent.insert(QStringLiteral("libraryId"), entry.parentId);
        if (!entry.parentRequestId.isEmpty())
            parent.insert(QStringLiteral("requestId"), entry.parentRequestId);
        settings.insert(QStringLiteral("continues"), parent);
    }
    return settings;
}

void MainWindow::useSettings(const library::Entry &entry)
{
    useSettings(settingsOf(entry));
}

void MainWindow::useSettings(const QJsonObject &settings)
{
    const QString image = settings.value(QStringLiteral("image")).toString();
    // Before the image is read again: a continuation's frame keeps its parent.
    restoreLineage(settings);
    if (!image.isEmpty())
        m_imageWell->setImage(image);
    const QString prompt = settings.value(QStringLiteral("prompt")).toString();
    if (!prompt.isEmpty())
        m_prompt->setPrompt(prompt);
    QJsonObject parameters = settings.value(QStringLiteral("parameters")).toObject();
    if (settings.contains(QStringLiteral("seed")))
        parameters.insert(QStringLiteral("seed"), settings.value(QStringLiteral("seed")));
    m_parameters->setValues(parameters);
    // The recorded seed is the one to reproduce: not a new random one. A run whose
    // random seed is not known yet (still running) stays random.
    const bool randomSeed = settings.value(QStringLiteral("randomSeed")).toBool();
    m_parameters->setRandomSeed(randomSeed);
    if (randomSeed)
        showMessage(tr("Settings restored: the image, prompt and every parameter; the seed stays random."), false);
    else
        showMessage(tr("Settings restored: the image, prompt and every parameter, seed %1 included.")
                        .arg(parameters.value(QStringLiteral("seed")).toInteger()),
                    false);
    m_centre->setCurrentWidget(m_playerPage);
}

void MainWindow::openVariations()
{
    updateGenerateEnabled();
    if (!m_generate->isEnabled()) {
        showMessage(m_generateReason->text(), true);
        return;
    }
    VariationsDialog dialog(*m_context.model, currentRequest(), this);
    dialog.setBalance(m_context.credits->balance());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QList<jobs::PlannedRun> runs = dialog.plannedRuns();
    QList<QPair<int, QPoint>> cells;
    for (const auto &run : runs) {
        m_currentJob = m_context.queue->enqueue(run.request, run.batchId);
        cells.append({ m_currentJob, QPoint(run.column, run.row) });
    }
    if (dialog.isGrid() && dialog.plan())
        openGrid(dialog.plan()->axes(), cells);
    if (!runs.isEmpty()) {
        m_prompt->remember(runs.first().request.prompt);
        showMessage(tr("%n run(s) queued.", nullptr, static_cast<int>(runs.size())), false);
    }
}

void MainWindow::libraryReady()
{
    if (m_gallery)
        m_gallery->model()->reload();
}

void MainWindow::showLibrary()
{
    if (m_gallery)
        m_centre->setCurrentWidget(m_gallery);
}

namespace {
constexpr int kMaximiseCompareBelowWidth = 1600; // as the studio's own first start
}

void MainWindow::compare(const QList<library::Entry> &entries)
{
    auto *view = new CompareView;
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->setWindowTitle(tr("Compare %n clip(s) — Wan Studio", nullptr, static_cast<int>(entries.size())));
    connect(view, &CompareView::message, this, [this](const QString &text) { showMessage(text, true); });
    connect(view, &CompareView::notice, this, [this](const QString &text) { showMessage(text, false); });
    connect(view, &CompareView::continueRequested, this, [this](const QString &clip, qint64 frame, qint64 parentId) {
        continueFrom(clip, frame, parentId);
        activateWindow();
        raise();
    });
    view->setEntries(entries);
    // Roomy, and never taller or wider than the screen the studio is on: on a
    // laptop (1366x768) a fixed 1200x760 put the transport below the screen's edge.
    QSize size(1200, 760);
    if (const QScreen *display = screen()) {
        const QSize room = display->availableGeometry().size();
        if (room.width() < kMaximiseCompareBelowWidth || room.height() < size.height() + 60) {
            view->showMaximized();
            return;
        }
        size = size.boundedTo(room * 0.95);
    }
    view->resize(size);
    view->show();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()
        && urls.first().toLocalFile().endsWith(QLatin1String(".mp4"), Qt::CaseInsensitive))
        event->acceptProposedAction();
}

// A clip made by Wan Studio carries its settings: dropping it restores them.
void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = event->mimeData()->urls().value(0).toLocalFile();
    event->acceptProposedAction();
    auto *watcher = new QFutureWatcher<std::optional<QJsonObject>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        const auto settings = watcher->result();
        if (!settings) {
            showMessage(tr("%1 holds no Wan Studio settings (only clips made by Wan Studio do).").arg(QFileInfo(path).fileName()), true);
            return;
        }
        useSettings(*settings);
    });
    watcher->setFuture(QtConcurrent::run([path] { return library::Mp4Metadata::read(path); }));
}

} // namespace wan::ui
