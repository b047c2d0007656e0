#pragma once

// Keeps the players of compared clips in lockstep: one transport for all, the
// longest clip (the leader) sets the pace and the length, a drift check pulls
// strays back, and all start over together at the end. No widgets:
// CompareView shows the clips and wires its control bar to this.

#include <QElapsedTimer>
#include <QList>
#include "player/mediaengine.h"
#include <QObject>

class QTimer;

namespace wan::ui {

class PlayerStillSeek;

class CompareLockstep final : public QObject
{
    Q_OBJECT
public:
    explicit CompareLockstep(QObject *parent = nullptr);

    // Takes a player (with or without audio: a paused seek silences what
    // there is). The player stays the caller's; clear() before deleting it.
    void addClip(MediaPlayback *player);
    // Forgets every clip; touches none of the players.
    void clear();
    int count() const;

    bool isPlaying() const;
    // All clips together, from where the leader is (from the start at its end).
    // A shorter clip rests on its last frame while the leader plays on.
    void play();
    // Pauses every clip on the same frame: the one the leader showed.
    void pause();
    void togglePlayback();
    void seek(qint64 positionMs);
    // Pauses, then moves every clip by whole frames of the leader (negative: back).
    void stepFrames(int frames);
    void setPlaybackRate(qreal rate);
    // On by default. Done here for every backend: the players never loop themselves.
    void setLooping(bool looping);
    bool isLooping() const;

    // The leader's length and frame duration.
    qint64 duration() const;
    qreal frameDurationMs() const;
    // How often the drift check has had to move a clip back into step.
    int resyncCount() const;

Q_SIGNALS:
    void playingChanged(bool playing);
    // Of the leader, which can change as the clips' lengths become known.
    void durationChanged(qint64 durationMs);
    void positionChanged(qint64 positionMs);
    void frameDurationChanged(qreal frameMs);
    void playbackRateChanged(qreal rate);
    // The clip is left out of the lockstep from now on.
    void clipFailed(int index, const QString &reason);

private:
    struct Clip
    {
        MediaPlayback *player = nullptr;
        PlayerStillSeek *stillSeek = nullptr;
        qreal frameMs = 1000.0 / 16.0;
        // Start of the frame on screen, in µs; -1 when unknown (nothing shown
        // yet, or just sent somewhere else).
        qint64 shownUs = -1;
        // The frame a pause or step sent the clip to, until the next play or
        // seek; -1 when none. Asked for again if another frame shows up.
        qint64 wantedFrame = -1;
        int refetches = 0;
        // The drift check leaves the clip alone until then (ms on m_clock):
        // right after a seek the backend still shows and reports the old place.
        qint64 settleUntil = 0;
        // Sent back to the start before it had ended; the backend may still
        // report that end, and stop the clip, a moment later.
        bool restartedBeforeEnd = false;
        // Started again after such a late end; not again until back in step.
        bool revived = false;
        bool broken = false;
    };

    void connectClip(const Clip &clip);
    int indexOf(const QObject *player) const;
    bool isLeader(const QObject *player) const;
    void updateLeader();
    void updateFrameRate(Clip &clip);
    void onMediaStatus(int index, MediaPlayback::MediaStatus status);
    void reviveLater(Clip &clip);
    void fail(int index, const QString &reason);
    void setPlayingState(bool playing);
    void restartWhenAllEnded();
    void restartAll();
    void moveClip(Clip &clip, qint64 positionMs);
    void showLeaderFrame(qint64 frame);
    void checkWantedFrame(const QObject *player);
    void checkDrift();
    qint64 nowMs(const Clip &clip) const;
    qint64 leaderFrame() const;
    qint64 lastFrame(const Clip &clip) const;
    bool isAtEnd(const Clip &clip, qint64 leaderMs) const;

    QList<Clip> m_clips;
    QTimer *m_driftTimer;
    QTimer *m_restartTimer;
    QElapsedTimer m_clock;
    int m_leader = 0;
    bool m_playing = false;
    bool m_looping = true;
    // The leader has ended; the clips start over once the others have too.
    bool m_restartPending = false;
    qreal m_rate = 1.0;
    // The leader's frame the last step went to (see PlayerView::m_stepFrame).
    qint64 m_stepFrame = -1;
    int m_resyncs = 0;
};

} // namespace wan::ui
