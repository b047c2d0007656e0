// The studio window's view of this session's runs and clips (split from
// mainwindow.cpp): the Player tab with the strip of clips under the player,
// the Runs dock with its rows and context menu, and the View menu that steps
// between clips and flips A/B at the same moment.

#include "shell/mainwindow.h"

#include "core/modeldescription.h"
#include "gallery/galleryview.h"
#include "gallery/sessionthumbnails.h"
#include "jobs/joblistmodel.h"
#include "jobs/jobqueue.h"
#include "jobs/sessionclips.h"
#include "library/libraryentry.h"
#include "player/clipstrip.h"
#include "player/playerview.h"
#include "shell/runsview.h"

#include <QAction>
#include <QDockWidget>
#include <QFileInfo>
#include <QKeySequence>
#include <QMenu>
#include <QTabWidget>
#include <QVBoxLayout>

namespace wan::ui {

using jobs::JobStage;

QWidget *MainWindow::buildPlayerPage()
{
    m_thumbnails = new SessionThumbnails(this);
    m_sessionClips = new jobs::SessionClips(this);
    m_playerPage = new QWidget(m_centre);
    m_playerPage->setObjectName(QStringLiteral("playerPage"));
    auto *layout = new QVBoxLayout(m_playerPage);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_player = new PlayerView(m_playerPage);
    m_clipStrip = new ClipStrip(m_sessionClips, m_thumbnails, m_playerPage);
    layout->addWidget(m_player, 1);
    layout->addWidget(m_clipStrip);
    // The strip marks whatever the player shows, however it came to show it.
    connect(m_player, &PlayerView::clipChanged, m_clipStrip, &ClipStrip::setCurrentClip);
    connect(m_clipStrip, &ClipStrip::clipActivated, this, &MainWindow::playClip);
    // Continue from Last Frame should find the frame ready: it is taken as the clip is shown.
    connect(m_player, &PlayerView::clipChanged, this, &MainWindow::prefetchLastFrame);
    connect(m_player, &PlayerView::continueRequested, this, [this](const QString &clip, qint64 frame) { continueFrom(clip, frame); });
    return m_playerPage;
}

QDockWidget *MainWindow::buildRunsDock()
{
    m_runsDock = new QDockWidget(tr("Runs"), this);
    m_runsDock->setObjectName(QStringLiteral("runsDock"));
    m_jobsModel = new jobs::JobListModel(m_context.queue, m_context.model->typicalSeconds(), this);
    m_jobsView = new RunsView(m_jobsModel, m_thumbnails, m_runsDock);
    m_runsDock->setWidget(m_jobsView);
    connect(m_jobsView, &RunsView::runActivated, this, &MainWindow::playRun);
    connect(m_jobsView, &RunsView::cancelRequested, m_context.queue, &jobs::JobQueue::cancel);
    connect(m_jobsView, &RunsView::sendAnywayRequested, m_context.queue, &jobs::JobQueue::sendAnyway);
    connect(m_jobsView, &RunsView::useSettingsRequested, this, qOverload<const QJsonObject &>(&MainWindow::useSettings));
    connect(m_jobsView, &RunsView::rerunRequested, this, &MainWindow::rerunWith);
    connect(m_jobsView, &RunsView::continueRequested, this, [this](const QString &clip) { continueFrom(clip, -1); });
    connect(m_jobsView, &RunsView::message, this, [this](const QString &text) { showMessage(text, true); });

    // Every clip made here joins the strip (before the window plays it), and
    // so does every clip opened from the library.
    connect(m_context.queue, &jobs::JobQueue::jobFinished, this, [this](int id) {
        const jobs::JobRecord *record = m_context.queue->record(id);
        if (record && record->stage == JobStage::Completed && record->result && !record->result->outputPath.isEmpty())
            m_sessionClips->add(record->result->outputPath, record->request.prompt, record->result->seed);
    });
    if (m_gallery)
        connect(m_gallery, &GalleryView::openRequested, this, [this](const library::Entry &entry) {
            if (!entry.outputPath.isEmpty())
                m_sessionClips->add(entry.outputPath, entry.prompt, entry.seed);
        });
    return m_runsDock;
}

QMenu *MainWindow::buildViewMenu()
{
    auto *view = new QMenu(tr("&View"), this);
    QAction *newer = view->addAction(tr("&Newer Clip"));
    newer->setObjectName(QStringLiteral("newerClipAction"));
    newer->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    QAction *older = view->addAction(tr("&Older Clip"));
    older->setObjectName(QStringLiteral("olderClipAction"));
    older->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    // One key, no modifier: the quickest A/B while iterating on a prompt. It is
    // a typed character in text fields, so it flips from everywhere else; Ctrl+B
    // is the same where ` is a dead key (German, French keyboards).
    QAction *flip = view->addAction(tr("&Flip to the Clip Before (A/B)"));
    flip->setObjectName(QStringLiteral("flipClipAction"));
    flip->setShortcuts({QKeySequence(Qt::Key_QuoteLeft), QKeySequence(Qt::CTRL | Qt::Key_B)});
    for (QAction *action : {newer, older, flip})
        action->setShortcutContext(Qt::WindowShortcut);
    connect(newer, &QAction::triggered, this, [this] { playClip(m_clipStrip->newerClip()); });
    connect(older, &QAction::triggered, this, [this] { playClip(m_clipStrip->olderClip()); });
    connect(flip, &QAction::triggered, this, &MainWindow::flipClip);

    view->addSeparator();
    QAction *runs = m_runsDock->toggleViewAction();
    runs->setText(tr("&Runs"));
    view->addAction(runs);

    const auto keys = [](QAction *action) {
        QStringList names;
        for (const QKeySequence &sequence : action->shortcuts())
            names << sequence.toString(QKeySequence::NativeText);
        return names.join(tr(" or ", "between two keys that do the same"));
    };
    m_clipStrip->setKeys(keys(newer), keys(older), keys(flip));

    // Enabled when there is a clip to go to.
    const auto update = [this, newer, older, flip] {
        newer->setEnabled(!m_clipStrip->newerClip().isEmpty() && m_clipStrip->newerClip() != m_player->clipPath());
        older->setEnabled(!m_clipStrip->olderClip().isEmpty() && m_clipStrip->olderClip() != m_player->clipPath());
        flip->setEnabled(!m_clipStrip->flipPartner().isEmpty() && m_clipStrip->flipPartner() != m_player->clipPath());
    };
    connect(m_player, &PlayerView::clipChanged, this, update);
    connect(m_sessionClips, &QAbstractItemModel::rowsInserted, this, update);
    update();
    return view;
}

void MainWindow::playRun(int id)
{
    const jobs::JobRecord *record = m_context.queue->record(id);
    if (!record)
        return;
    // Clicked again (a double click is two): the clip goes on where it is.
    if (record->result && QFileInfo(record->result->outputPath).absoluteFilePath() == m_player->clipPath()) {
        m_currentJob = id;
        onJobChanged(id);
    } else {
        showJob(id);
    }
    if (record->result)
        m_centre->setCurrentWidget(m_playerPage);
}

void MainWindow::playClip(const QString &path)
{
    if (path.isEmpty())
        return;
    if (path != m_player->clipPath())
        m_player->setClip(path);
    m_centre->setCurrentWidget(m_playerPage);
}

// The clip shown before, at the moment the player is at, playing or paused as it is.
void MainWindow::flipClip()
{
    const QString partner = m_clipStrip->flipPartner();
    if (partner.isEmpty() || partner == m_player->clipPath())
        return;
    if (m_player->clipPath().isEmpty())
        m_player->setClip(partner);
    else
        m_player->setClipAt(partner, m_player->position(), m_player->isPlaying());
    m_centre->setCurrentWidget(m_playerPage);
}

void MainWindow::rerunWith(const QJsonObject &settings)
{
    useSettings(settings);
    // The image is read again before Generate is possible; generate once it is.
    m_pendingRerun = true;
    updateGenerateEnabled();
}

} // namespace wan::ui
