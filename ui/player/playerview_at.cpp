// PlayerView: a clip loaded at a given moment, playing or paused as before, so
// that flipping between two clips compares the same instant of both (split
// from playerview.cpp).

#include "player/playerview.h"
#include "player/playerview_p.h"

#include "player/playercontrols.h"
#include "player/playerstillseek.h"


#include <algorithm>

namespace wan::ui {

void PlayerView::setClipAt(const QString &mp4Path, qint64 positionMs, bool playing)
{
    endTimeline();
    m_sequence.clear();
    // Asked for before loading: a backend may report the clip loaded from inside setSource().
    m_startAtMs = std::max<qint64>(0, positionMs);
    m_startPlaying = playing;
    if (!load(mp4Path)) {
        m_startAtMs = -1;
        return;
    }
    if (m_player->mediaStatus() == MediaPlayback::LoadedMedia || m_player->mediaStatus() == MediaPlayback::BufferedMedia)
        QMetaObject::invokeMethod(this, &PlayerView::startAtRequestedPosition, Qt::QueuedConnection);
}

void PlayerView::playSequence(const QStringList &clipPaths)
{
    endTimeline();
    m_sequence = clipPaths;
    m_sequenceIndex = 0;
    m_startAtMs = -1;
    if (m_sequence.isEmpty())
        return;
    if (load(m_sequence.first()))
        m_player->play();
    Q_EMIT sequenceAdvanced(0);
}

void PlayerView::advanceSequence()
{
    if (m_sequence.isEmpty())
        return;
    int next = m_sequenceIndex + 1;
    if (next >= m_sequence.size()) {
        if (!m_controls->isLooping()) {
            m_sequenceIndex = int(m_sequence.size()) - 1;
            return; // stays on the last frame of the last clip
        }
        next = 0;
    }
    m_sequenceIndex = next;
    if (load(m_sequence.at(next)))
        m_player->play();
    Q_EMIT sequenceAdvanced(next);
}

void PlayerView::startAtRequestedPosition()
{
    if (m_startAtMs < 0 || !m_player || m_clipPath.isEmpty() || m_errorShown)
        return;
    qint64 at = m_startAtMs;
    m_startAtMs = -1;
    // A shorter clip shows its last frame.
    const qint64 duration = m_player->duration();
    if (duration > 0)
        at = std::min(at, std::max<qint64>(0, duration - qint64(m_frameMs)));
    if (m_startPlaying) {
        m_player->setPosition(at);
        m_player->play();
    } else if (m_timeline) {
        // A timeline names a frame: that frame exactly (a position at a
        // frame's start may show the next one on FFmpeg).
        m_stepFrame = frameIndexAt(at);
        m_stillSeek->showFrame(m_stepFrame, m_frameMs);
    } else {
        // Paused: the frame at that moment must be on screen, not only the number.
        m_stillSeek->showPosition(at, m_frameMs);
    }
}

bool PlayerView::isPlaying() const
{
    if (m_startAtMs >= 0)
        return m_startPlaying;
    return m_player && m_player->playbackState() == MediaPlayback::PlayingState && !m_stillSeek->isBusy();
}

qint64 PlayerView::position() const
{
    if (m_startAtMs >= 0)
        return m_startAtMs;
    if (!m_player)
        return 0;
    return m_stillSeek->isBusy() ? m_stillSeek->target() : m_player->position();
}

} // namespace wan::ui
