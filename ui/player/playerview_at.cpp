// PlayerView: a clip loaded at a given moment, playing or paused as before, so
// that flipping between two clips compares the same instant of both (split
// from playerview.cpp).

#include "player/playerview.h"

#include "player/playerstillseek.h"

#include <QMediaPlayer>

#include <algorithm>

namespace wan::ui {

void PlayerView::setClipAt(const QString &mp4Path, qint64 positionMs, bool playing)
{
    // Asked for before loading: a backend may report the clip loaded from inside setSource().
    m_startAtMs = std::max<qint64>(0, positionMs);
    m_startPlaying = playing;
    if (!load(mp4Path)) {
        m_startAtMs = -1;
        return;
    }
    if (m_player->mediaStatus() == QMediaPlayer::LoadedMedia || m_player->mediaStatus() == QMediaPlayer::BufferedMedia)
        QMetaObject::invokeMethod(this, &PlayerView::startAtRequestedPosition, Qt::QueuedConnection);
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
    } else {
        // Paused: the frame at that moment must be on screen, not only the number.
        m_stillSeek->showPosition(at, m_frameMs);
    }
}

bool PlayerView::isPlaying() const
{
    if (m_startAtMs >= 0)
        return m_startPlaying;
    return m_player && m_player->playbackState() == QMediaPlayer::PlayingState && !m_stillSeek->isBusy();
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
