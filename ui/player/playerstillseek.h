#pragma once

// Moves a paused player and makes sure the picture moves with it. Qt 6.4's
// backends do not reliably send a new frame to the video sink for a seek made
// while paused (GStreamer never does when the seek follows pause() closely), so
// this plays silently until the frame at the new position arrives, then pauses.

#include <QObject>

class QTimer;

namespace wan::ui {

class MediaPlayback;

class PlayerStillSeek final : public QObject
{
    Q_OBJECT
public:
    explicit PlayerStillSeek(MediaPlayback *player, QObject *parent = nullptr);

    // Shows frame `index` of a clip whose frames last frameMs each.
    void showFrame(qint64 index, qreal frameMs);
    // Shows the frame at positionMs (scrubbing while paused).
    void showPosition(qint64 positionMs, qreal frameMs);
    // Stops a seek under way and gives the volume back; the player stays as it is.
    void cancel();
    bool isBusy() const;
    // Where the player is being sent (ms): the position it will rest at.
    qint64 target() const { return m_position; }

Q_SIGNALS:
    void finished(qint64 positionMs);

private:
    void start(qint64 positionMs);
    void onFrame(qint64 startUs);
    void onNoFrame();
    void finish();

    MediaPlayback *m_player;
    QTimer *m_timeout;

    bool m_busy = false;
    float m_volume = 1.0f;
    qint64 m_position = 0; // where the player is sent, ms
    qint64 m_frameStartUs = -1; // exact start of the wanted frame, or -1 for any frame
    qint64 m_frameUs = 62500;
    bool m_retried = false;
    // Learnt from the backend: it shows the first frame starting at or after a
    // position (FFmpeg) rather than the frame containing it (GStreamer).
    bool m_landBelow = false;
};

} // namespace wan::ui
