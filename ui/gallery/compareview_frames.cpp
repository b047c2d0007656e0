// Compare's frames: a right click on a clip saves or copies the frame it
// shows, or continues from it or from its last frame.

#include "gallery/compareview.h"

#include "common/framesaver.h"
#include "media/frametiming.h"
#include "player/mediaengine.h"
#include "player/videoview.h"

#include <QContextMenuEvent>
#include <QMenu>

namespace wan::ui {

qint64 CompareView::shownFrame(int index) const
{
    const Clip &clip = m_clips.at(index);
    const qreal fps = clip.player->frameRate();
    const qreal frameMs = fps >= 1.0 && fps <= 240.0 ? 1000.0 / fps : 1000.0 / 16.0;
    return media::FrameTiming::indexAtMs(clip.player->position(), frameMs);
}

void CompareView::contextMenuEvent(QContextMenuEvent *event)
{
    int index = -1;
    for (int i = 0; i < m_clips.size(); ++i) {
        const QWidget *cell = m_clips.at(i).cell;
        if (cell && cell->rect().contains(cell->mapFromGlobal(event->globalPos())))
            index = i;
    }
    if (index < 0 || m_clips.at(index).entry.outputPath.isEmpty()) {
        QWidget::contextMenuEvent(event);
        return;
    }
    if (!m_frames) {
        m_frames = new FrameSaver(this);
        connect(m_frames, &FrameSaver::message, this, [this](const QString &text, bool error) {
            if (error)
                Q_EMIT message(text);
            else
                Q_EMIT notice(text);
        });
    }
    if (isPlaying())
        pause(); // the frame asked about is the one on screen
    const QString clip = m_clips.at(index).entry.outputPath;
    const qint64 parentId = m_clips.at(index).entry.id;
    const qint64 frame = shownFrame(index);
    QMenu menu(this);
    menu.addAction(tr("Save Frame as &PNG…"), this,
                   [this, clip, frame] { m_frames->saveAs(clip, media::FramePosition::atIndex(frame), this); });
    menu.addAction(tr("Cop&y Frame"), this, [this, clip, frame] { m_frames->copy(clip, media::FramePosition::atIndex(frame)); });
    menu.addSeparator();
    menu.addAction(tr("Continue from &This Frame"), this,
                   [this, clip, frame, parentId] { Q_EMIT continueRequested(clip, frame, parentId); });
    menu.addAction(tr("Continue from Last &Frame"), this, [this, clip, parentId] { Q_EMIT continueRequested(clip, -1, parentId); });
    menu.exec(event->globalPos());
}

} // namespace wan::ui
