// The player's exact frames: Save Frame as PNG…, Copy Frame, and the two
// Continue actions. The frame is decoded from the clip (media::FrameExport on
// a worker thread), at the index the readout names, never grabbed off the screen.

#include "player/playerview.h"

#include "common/framesaver.h"
#include "media/frametiming.h"
#include "player/playerstillseek.h"
#include "player/videoview.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QMenu>

namespace wan::ui {

void PlayerView::createFrameActions()
{
    m_saveFrame = new QAction(this);
    m_saveFrame->setObjectName(QStringLiteral("saveFrameAction"));
    connect(m_saveFrame, &QAction::triggered, this, &PlayerView::saveFrameAs);
    m_copyFrame = new QAction(this);
    m_copyFrame->setObjectName(QStringLiteral("copyFrameAction"));
    connect(m_copyFrame, &QAction::triggered, this, &PlayerView::copyFrame);
    m_continueHere = new QAction(this);
    m_continueHere->setObjectName(QStringLiteral("continueFromFrameAction"));
    connect(m_continueHere, &QAction::triggered, this, [this] {
        if (!m_clipPath.isEmpty() && !m_errorShown)
            emit continueRequested(m_clipPath, currentFrameIndex());
    });
    m_continueLast = new QAction(this);
    m_continueLast->setObjectName(QStringLiteral("continueFromLastFrameAction"));
    connect(m_continueLast, &QAction::triggered, this, [this] {
        if (!m_clipPath.isEmpty() && !m_errorShown)
            emit continueRequested(m_clipPath, -1);
    });
    m_frames = new FrameSaver(this);
    connect(m_frames, &FrameSaver::message, this, [this](const QString &text, bool error) {
        if (error)
            emit message(text);
        else
            emit notice(text);
    });
    connect(m_frames, &FrameSaver::saved, this, [this](const QString &png, qint64 index) { emit frameSaved(png, index, true); });
    connect(m_frames, &FrameSaver::failed, this, [this](const QString &png) { emit frameSaved(png, -1, false); });
    connect(m_frames, &FrameSaver::copied, this, &PlayerView::frameCopied);
    retranslateFrameActions();
    updateFrameActions();
}

void PlayerView::retranslateFrameActions()
{
    m_saveFrame->setText(tr("Save Frame as &PNG…"));
    m_saveFrame->setToolTip(tr("Save the frame on screen, decoded at the clip's full size, with the run's settings"));
    m_copyFrame->setText(tr("Cop&y Frame"));
    m_continueHere->setText(tr("Continue from &This Frame"));
    m_continueLast->setText(tr("Continue from Last &Frame"));
    m_continueLast->setToolTip(tr("The clip's exact last frame becomes the image of the next run"));
}

void PlayerView::updateFrameActions()
{
    const bool have = !m_clipPath.isEmpty() && !m_errorShown;
    for (QAction *action : { m_saveFrame, m_copyFrame, m_continueHere, m_continueLast })
        action->setEnabled(have);
}

QList<QAction *> PlayerView::frameActions() const
{
    return { m_saveFrame, m_copyFrame, m_continueHere, m_continueLast };
}

void PlayerView::addContextAction(QAction *action)
{
    m_contextActions.append(action);
}

qint64 PlayerView::currentFrameIndex() const
{
    if (m_clipPath.isEmpty() || !m_player)
        return -1;
    return m_stepFrame >= 0 ? m_stepFrame : frameIndexAt(m_player->position());
}

void PlayerView::saveFrameAs()
{
    if (m_clipPath.isEmpty() || m_errorShown)
        return;
    const qint64 index = currentFrameIndex();
    // Decided when asked: the frame must not drift while the dialog is open.
    if (m_player && m_player->playbackState() == MediaPlayback::PlayingState)
        pauseOnShownFrame();
    m_frames->saveAs(m_clipPath, media::FramePosition::atIndex(index), this);
}

void PlayerView::saveFrameTo(const QString &pngPath, qint64 index)
{
    if (!m_clipPath.isEmpty())
        m_frames->saveTo(m_clipPath, index < 0 ? media::FramePosition::last() : media::FramePosition::atIndex(index), pngPath);
}

void PlayerView::copyFrame()
{
    if (!m_clipPath.isEmpty() && !m_errorShown)
        m_frames->copy(m_clipPath, media::FramePosition::atIndex(currentFrameIndex()));
}

// A pause lands wherever playback was: the picture is the last frame the
// backend delivered, while the position it reports runs a little ahead or
// behind. The frame on screen wins: its own time names its index, and a still
// seek to that index makes position, readout and picture one frame.
void PlayerView::pauseOnShownFrame()
{
    m_player->pause();
    QMetaObject::invokeMethod(this, &PlayerView::settleOnShownFrame, Qt::QueuedConnection);
}

void PlayerView::settleOnShownFrame()
{
    if (!m_player || m_clipPath.isEmpty() || m_errorShown || m_player->playbackState() != MediaPlayback::PausedState
        || m_stillSeek->isBusy())
        return;
    const qint64 shownUs = m_player->frameStartTime();
    if (shownUs < 0)
        return;
    qint64 index = media::FrameTiming::indexAtMs(shownUs / 1000, m_frameMs);
    if (const qint64 duration = m_player->duration(); duration > 0)
        index = qMin(index, media::FrameTiming::lastIndexForDurationMs(duration, m_frameMs));
    m_stepFrame = index;
    m_stillSeek->showFrame(index, m_frameMs);
}

void PlayerView::contextMenuEvent(QContextMenuEvent *event)
{
    if (m_clipPath.isEmpty()) {
        QWidget::contextMenuEvent(event);
        return;
    }
    QMenu menu(this);
    menu.addActions(frameActions());
    if (!m_contextActions.isEmpty()) {
        menu.addSeparator();
        menu.addActions(m_contextActions);
    }
    menu.exec(event->globalPos());
}

} // namespace wan::ui
