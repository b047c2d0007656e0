#include "player/playerstillseek.h"

#include "player/mediaengine.h"

#include <QTimer>

#include <cmath>

namespace wan::ui {

PlayerStillSeek::PlayerStillSeek(MediaPlayback *player, QObject *parent)
    : QObject(parent)
    , m_player(player)
    , m_timeout(new QTimer(this))
{
    // Without a frame in time (a backend that stalls, a clip that ends) the
    // player is still left paused at the right place.
    m_timeout->setSingleShot(true);
    m_timeout->setInterval(1000);
    connect(m_timeout, &QTimer::timeout, this, &PlayerStillSeek::onNoFrame);
    // Qt 6.4's FFmpeg backend ignores loops and ends instead; there is no frame
    // at or after the middle of the last one.
    // Queued: the backend reports the end from inside play(), and a new seek
    // must not start in the middle of the one before.
    connect(
        m_player, &MediaPlayback::mediaStatusChanged, this,
        [this](MediaPlayback::MediaStatus status) {
            if (status == MediaPlayback::EndOfMedia)
                onNoFrame();
        },
        Qt::QueuedConnection);
    // Frames come queued from the backend's render thread to ours, where the player may be touched.
    connect(m_player, &MediaPlayback::frameChanged, this, &PlayerStillSeek::onFrame);
}

void PlayerStillSeek::showFrame(qint64 index, qreal frameMs)
{
    m_frameUs = qMax(qint64(1000), qint64(std::llround(frameMs * 1000.0)));
    m_frameStartUs = qint64(std::llround(qreal(index) * frameMs * 1000.0));
    // GStreamer shows the frame that contains the position: the first whole
    // millisecond inside the frame (62.5 ms would round into the frame before).
    // FFmpeg shows the first frame that starts at or after it: the millisecond
    // at or just below the frame's start.
    m_retried = m_landBelow;
    start(m_landBelow ? m_frameStartUs / 1000 : (m_frameStartUs + 999) / 1000);
}

void PlayerStillSeek::showPosition(qint64 positionMs, qreal frameMs)
{
    m_frameUs = qMax(qint64(1000), qint64(std::llround(frameMs * 1000.0)));
    m_frameStartUs = -1;
    m_retried = true;
    start(positionMs);
}

void PlayerStillSeek::cancel()
{
    if (!m_busy)
        return;
    m_timeout->stop();
    m_player->setVolume(m_volume);
    m_busy = false;
}

bool PlayerStillSeek::isBusy() const
{
    return m_busy;
}

void PlayerStillSeek::start(qint64 positionMs)
{
    if (!m_busy) {
        // Volume, not mute: the Mute button shows the user's choice and must not flicker.
        m_volume = m_player->volume();
        m_player->setVolume(0.0f);
        m_busy = true;
    }
    m_position = positionMs;
    m_player->setPosition(positionMs);
    if (m_player->playbackState() != MediaPlayback::PlayingState)
        m_player->play();
    m_timeout->start();
}

void PlayerStillSeek::onFrame(qint64 startUs)
{
    if (!m_busy)
        return;
    const qint64 wantedUs = m_frameStartUs >= 0 ? m_frameStartUs : m_position * 1000;
    // Frames decoded before the seek took hold are still arriving (and GStreamer
    // sends an empty one without a time); only one near the target counts.
    if (startUs < 0 || startUs < wantedUs - m_frameUs / 2 || startUs > wantedUs + m_frameUs * 3 / 2)
        return;
    if (!m_retried && startUs >= wantedUs + m_frameUs / 2) {
        // The frame after the wanted one: this backend skips a frame that
        // starts a fraction of a millisecond before the position.
        m_landBelow = true;
        onNoFrame();
        return;
    }
    finish();
}

void PlayerStillSeek::onNoFrame()
{
    if (!m_busy)
        return;
    const qint64 below = m_frameStartUs / 1000;
    if (!m_retried && m_frameStartUs >= 0 && below < m_position) {
        m_retried = true;
        start(below);
        return;
    }
    finish();
}

void PlayerStillSeek::finish()
{
    m_timeout->stop();
    m_player->pause();
    // GStreamer reports a stale position when paused while a seek settles;
    // repeating the position corrects the number and leaves the picture alone.
    m_player->setPosition(m_position);
    m_player->setVolume(m_volume);
    m_busy = false;
    Q_EMIT finished(m_position);
}

} // namespace wan::ui
