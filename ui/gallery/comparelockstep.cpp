#include "gallery/comparelockstep.h"

#include "player/playerstillseek.h"

#include <QLoggingCategory>
#include <QTimer>

#include <cmath>
#include <limits>

namespace wan::ui {

namespace {

Q_LOGGING_CATEGORY(lcCompare, "wanstudio.ui.compare", QtInfoMsg)

constexpr qreal kFallbackFrameMs = 1000.0 / 16.0; // Wan 2.2 renders at 16 fps
constexpr int kDriftCheckMs = 250;
// Clips showing the same or neighbouring frames are in step; more than this
// apart (in the leader's frames) and the follower is moved to the leader.
constexpr qreal kDriftToleranceFrames = 1.5;
// How long a clip that was just sent somewhere is left alone by the drift check.
constexpr qint64 kSettleMs = 500;
// When the leader ends, how long clips of (nearly) the same length get to end too.
constexpr int kRestartWaitMs = 250;
// Qt 6.4's FFmpeg backend signals a clip's end from its render thread, and
// may do so again just after: a clip sent back to the start at once takes
// that second report as its new end and stops. A short pause first avoids it
// (by experiment: 0 ms failed about every other loop, 10 ms never did).
constexpr int kRestartDelayMs = 40;

// A paused clip that shows another frame than it was sent to is sent again,
// this often at most: frames decoded before a seek can still arrive after it.
constexpr int kMaxRefetches = 2;

// As PlayerView::frameIndexAt: a millisecond of slack below a frame's start
// counts as that frame (62.5 ms at 16 fps is never a whole millisecond).
qint64 frameIndexAt(qint64 positionMs, qreal frameMs)
{
    return qMax(qint64(0), qint64(std::floor((positionMs + 1) / frameMs)));
}

} // namespace

CompareLockstep::CompareLockstep(QObject *parent)
    : QObject(parent)
    , m_driftTimer(new QTimer(this))
    , m_restartTimer(new QTimer(this))
{
    m_clock.start();
    m_driftTimer->setInterval(kDriftCheckMs);
    connect(m_driftTimer, &QTimer::timeout, this, &CompareLockstep::checkDrift);
    m_restartTimer->setSingleShot(true);
    connect(m_restartTimer, &QTimer::timeout, this, [this] {
        if (m_restartPending && m_playing)
            restartAll();
    });
}

void CompareLockstep::addClip(MediaPlayback *player)
{
    Clip clip;
    clip.player = player;
    // Owned by the player: it goes when the player goes.
    clip.stillSeek = new PlayerStillSeek(player, player);
    player->setLoops(1);
    player->setPlaybackRate(m_rate);
    connectClip(clip);
    m_clips.append(clip);
    updateLeader();
}

void CompareLockstep::clear()
{
    setPlayingState(false);
    for (const Clip &clip : std::as_const(m_clips)) {
        clip.stillSeek->cancel();
        disconnect(clip.player, nullptr, this, nullptr);
    }
    m_clips.clear();
    m_leader = 0;
    m_stepFrame = -1;
    Q_EMIT durationChanged(0);
    Q_EMIT positionChanged(0);
}

int CompareLockstep::count() const
{
    return int(m_clips.size());
}

void CompareLockstep::connectClip(const Clip &clip)
{
    MediaPlayback *player = clip.player;
    // What is on screen, not position(): Qt 6.4's FFmpeg backend updates the
    // position every 100 ms, behind the picture. The frame comes queued from
    // the backend's render thread.
    connect(player, &MediaPlayback::frameChanged, this, [this, player](qint64 startUs) {
        const int index = indexOf(player);
        if (index < 0 || startUs < 0)
            return;
        m_clips[index].shownUs = startUs;
        // A frame that comes to a paused clip after its still-seek is done.
        if (!m_playing && m_clips.at(index).wantedFrame >= 0)
            checkWantedFrame(player);
    });
    // Checked after the frame that ended the still-seek has reached shownUs:
    // both were queued from the render thread, that one first.
    connect(clip.stillSeek, &PlayerStillSeek::finished, this, [this, player] {
        QMetaObject::invokeMethod(
            this, [this, player] { checkWantedFrame(player); }, Qt::QueuedConnection);
    });
    connect(player, &MediaPlayback::durationChanged, this, &CompareLockstep::updateLeader);
    connect(player, &MediaPlayback::positionChanged, this, [this, player](qint64 position) {
        if (isLeader(player))
            Q_EMIT positionChanged(position);
    });
    const auto frameRate = [this, player] {
        const int index = indexOf(player);
        if (index >= 0)
            updateFrameRate(m_clips[index]);
    };
    connect(player, &MediaPlayback::metaDataChanged, this, frameRate);
    connect(player, &MediaPlayback::tracksChanged, this, frameRate);
    connect(player, &MediaPlayback::mediaStatusChanged, this, [this, player](MediaPlayback::MediaStatus status) {
        const int index = indexOf(player);
        if (index >= 0)
            onMediaStatus(index, status);
    });
    connect(player, &MediaPlayback::errorOccurred, this, [this, player](MediaPlayback::Error error, const QString &text) {
        const int index = indexOf(player);
        if (error != MediaPlayback::NoError && index >= 0)
            fail(index, text.isEmpty() ? tr("the file is damaged or not a video") : text);
    });
}

int CompareLockstep::indexOf(const QObject *player) const
{
    for (int i = 0; i < m_clips.size(); ++i) {
        if (m_clips.at(i).player == player)
            return i;
    }
    return -1;
}

bool CompareLockstep::isLeader(const QObject *player) const
{
    return m_leader >= 0 && m_leader < m_clips.size() && m_clips.at(m_leader).player == player;
}

void CompareLockstep::updateLeader()
{
    // The longest playable clip; on a tie the first one, which is also the one heard.
    int leader = 0;
    qint64 longest = -1;
    for (int i = 0; i < m_clips.size(); ++i) {
        const qint64 length = m_clips.at(i).player->duration();
        if (!m_clips.at(i).broken && length > longest) {
            longest = length;
            leader = i;
        }
    }
    m_leader = leader;
    if (m_clips.isEmpty())
        return;
    const Clip &clip = m_clips.at(m_leader);
    Q_EMIT durationChanged(clip.player->duration());
    Q_EMIT positionChanged(clip.player->position());
    Q_EMIT frameDurationChanged(clip.frameMs);
}

void CompareLockstep::updateFrameRate(Clip &clip)
{
    // As PlayerView::updateFrameRate: the container's metadata usually has the
    // rate, some backends only put it on the video track.
    const qreal fps = clip.player->frameRate();
    clip.frameMs = (fps >= 1.0 && fps <= 240.0) ? 1000.0 / fps : kFallbackFrameMs;
    if (isLeader(clip.player))
        Q_EMIT frameDurationChanged(clip.frameMs);
}

void CompareLockstep::onMediaStatus(int index, MediaPlayback::MediaStatus status)
{
    Clip &clip = m_clips[index];
    if (status == MediaPlayback::InvalidMedia) {
        fail(index, tr("the file is damaged or not a video"));
        return;
    }
    if (status != MediaPlayback::EndOfMedia || !m_playing || clip.broken || clip.stillSeek->isBusy())
        return;
    qCDebug(lcCompare) << "clip" << index + 1 << "ended; leader" << m_leader + 1 << "restart pending" << m_restartPending;
    if (index == m_leader) {
        // The leader, the longest clip, has played to its end. Qt 6.4's FFmpeg
        // backend ignores setLoops() and stops there, and clips looping each
        // on their own would drift apart: they all start over together, once
        // clips of the same length have ended too.
        if (!m_looping) {
            setPlayingState(false);
            return;
        }
        if (!m_restartPending) {
            m_restartPending = true;
            m_restartTimer->start(kRestartWaitMs);
        }
    } else if (!m_restartPending) {
        // An end reported just after the clip was sent elsewhere is its old
        // end, arriving late, and has stopped it. Any other end (a shorter
        // clip, or one a moment ahead of the leader) leaves the clip on its
        // last frame until the leader ends.
        const bool late = clip.restartedBeforeEnd || m_clock.elapsed() < clip.settleUntil;
        clip.restartedBeforeEnd = false;
        if (late)
            reviveLater(clip);
        return;
    }
    restartWhenAllEnded();
}

void CompareLockstep::reviveLater(Clip &clip)
{
    // Once; should that fail too, the drift check tries again after a while.
    if (clip.revived)
        return;
    clip.revived = true;
    MediaPlayback *player = clip.player;
    QTimer::singleShot(kRestartDelayMs, this, [this, player] {
        const int index = indexOf(player);
        if (index < 0 || !m_playing || m_restartPending || player->playbackState() == MediaPlayback::PlayingState)
            return;
        const qint64 lead = nowMs(m_clips.at(m_leader));
        if (!isAtEnd(m_clips.at(index), lead))
            moveClip(m_clips[index], lead);
    });
}

void CompareLockstep::restartWhenAllEnded()
{
    for (const Clip &clip : std::as_const(m_clips)) {
        if (!clip.broken && !clip.stillSeek->isBusy() && clip.player->playbackState() == MediaPlayback::PlayingState)
            return; // still on its last frames; its end comes here again
    }
    m_restartTimer->start(kRestartDelayMs);
}

void CompareLockstep::restartAll()
{
    qCDebug(lcCompare) << "all clips start over";
    m_stepFrame = -1;
    m_restartPending = false;
    m_restartTimer->stop();
    for (Clip &clip : m_clips) {
        if (clip.broken)
            continue;
        clip.stillSeek->cancel();
        clip.restartedBeforeEnd = clip.player->playbackState() == MediaPlayback::PlayingState;
        clip.revived = false;
        moveClip(clip, 0);
    }
}

void CompareLockstep::moveClip(Clip &clip, qint64 positionMs)
{
    qCDebug(lcCompare) << "clip" << indexOf(clip.player) + 1 << "to" << positionMs << clip.player->playbackState();
    clip.player->setPosition(positionMs);
    if (clip.player->playbackState() != MediaPlayback::PlayingState)
        clip.player->play();
    // Frames from before the move may still be arriving; the drift check waits.
    clip.shownUs = -1;
    clip.wantedFrame = -1;
    clip.settleUntil = m_clock.elapsed() + kSettleMs;
}

void CompareLockstep::fail(int index, const QString &reason)
{
    Clip &clip = m_clips[index];
    if (clip.broken)
        return;
    clip.broken = true;
    clip.stillSeek->cancel();
    clip.player->stop();
    qCWarning(lcCompare) << "cannot play clip" << index + 1 << clip.player->source() << reason;
    updateLeader();
    Q_EMIT clipFailed(index, reason);
}

void CompareLockstep::setPlayingState(bool playing)
{
    m_restartPending = false;
    m_restartTimer->stop();
    if (playing)
        m_driftTimer->start();
    else
        m_driftTimer->stop();
    if (m_playing == playing)
        return;
    m_playing = playing;
    Q_EMIT playingChanged(playing);
}

bool CompareLockstep::isPlaying() const
{
    return m_playing;
}

void CompareLockstep::play()
{
    if (m_clips.isEmpty())
        return;
    m_stepFrame = -1;
    const Clip &leader = m_clips.at(m_leader);
    const qint64 leaderDuration = leader.player->duration();
    qint64 from = leader.player->position();
    // Play at the end starts over, as a single player does.
    const bool fromStart
        = leader.player->mediaStatus() == MediaPlayback::EndOfMedia || (leaderDuration > 0 && from >= leaderDuration - 1);
    if (fromStart)
        from = 0;

    const qint64 settle = m_clock.elapsed() + kSettleMs;
    for (int i = 0; i < m_clips.size(); ++i) {
        Clip &clip = m_clips[i];
        if (clip.broken)
            continue;
        clip.stillSeek->cancel();
        clip.wantedFrame = -1;
        const qint64 duration = clip.player->duration();
        // A shorter clip past its end stays on its last frame until all start over.
        if (i != m_leader && duration > 0 && from >= duration - clip.frameMs)
            continue;
        if (fromStart || qAbs(clip.player->position() - from) > kDriftToleranceFrames * leader.frameMs) {
            moveClip(clip, from);
        } else {
            clip.player->play();
            clip.settleUntil = settle;
        }
    }
    setPlayingState(true);
}

void CompareLockstep::pause()
{
    if (m_clips.isEmpty())
        return;
    const qint64 frame = leaderFrame();
    setPlayingState(false);
    for (Clip &clip : m_clips) {
        clip.restartedBeforeEnd = false;
        if (!clip.broken)
            clip.player->pause();
    }
    // Clips that were a frame apart while playing come to rest on the same
    // frame: the point of pausing a comparison is to look at one moment.
    m_stepFrame = frame;
    showLeaderFrame(frame);
}

void CompareLockstep::togglePlayback()
{
    if (m_playing)
        pause();
    else
        play();
}

void CompareLockstep::seek(qint64 positionMs)
{
    if (m_clips.isEmpty())
        return;
    m_stepFrame = -1;
    const qint64 leaderDuration = m_clips.at(m_leader).player->duration();
    if (leaderDuration > 0)
        positionMs = qMin(positionMs, leaderDuration);
    positionMs = qMax(qint64(0), positionMs);

    for (int i = 0; i < m_clips.size(); ++i) {
        Clip &clip = m_clips[i];
        if (clip.broken)
            continue;
        const qint64 last = lastFrame(clip);
        const bool pastEnd = i != m_leader && last < std::numeric_limits<qint64>::max()
            && positionMs > qint64(std::ceil(qreal(last) * clip.frameMs));
        if (pastEnd) {
            // Shorter than the leader, and the place is beyond it: its last frame.
            clip.stillSeek->showFrame(last, clip.frameMs);
        } else if (m_playing) {
            // A playing clip shows the new place by itself.
            clip.stillSeek->cancel();
            moveClip(clip, positionMs);
        } else {
            // A paused one needs help (PlayerStillSeek).
            clip.stillSeek->showPosition(positionMs, clip.frameMs);
        }
        clip.shownUs = -1;
        clip.wantedFrame = -1;
        clip.settleUntil = m_clock.elapsed() + kSettleMs;
    }
}

void CompareLockstep::stepFrames(int frames)
{
    if (m_clips.isEmpty() || frames == 0)
        return;
    const qint64 current = m_stepFrame >= 0 ? m_stepFrame : leaderFrame();
    setPlayingState(false);
    const qint64 target = qBound(qint64(0), current + frames, lastFrame(m_clips.at(m_leader)));
    // Even when target == current the frames are fetched again: after a plain
    // paused seek the picture may not match the position.
    m_stepFrame = target;
    showLeaderFrame(target);
}

void CompareLockstep::showLeaderFrame(qint64 frame)
{
    // The same moment in every clip; with equal frame rates, the same frame
    // number. Each still-seek plays its clip silently to that frame, then pauses.
    const qreal timeMs = qreal(frame) * m_clips.at(m_leader).frameMs;
    for (Clip &clip : m_clips) {
        if (clip.broken)
            continue;
        const qint64 index = qMin(lastFrame(clip), qint64(std::floor(timeMs / clip.frameMs + 1e-6)));
        clip.wantedFrame = index;
        clip.refetches = 0;
        clip.stillSeek->showFrame(index, clip.frameMs);
    }
}

void CompareLockstep::checkWantedFrame(const QObject *player)
{
    // A comparison is about the very same frame in every clip, and a clip
    // paused from playing can end up one frame off: PlayerStillSeek may take
    // a frame decoded before its seek, and its closing setPosition() can make
    // Qt 6.4's FFmpeg backend show the frame after (it shows the first frame
    // at or after a position, and the position is rounded up). Asking again
    // fixes both; until the next play or seek, any frame arriving counts.
    const int index = indexOf(player);
    if (index < 0 || m_playing)
        return;
    Clip &clip = m_clips[index];
    if (clip.wantedFrame < 0 || clip.stillSeek->isBusy())
        return;
    const qint64 wantedUs = std::llround(qreal(clip.wantedFrame) * clip.frameMs * 1000.0);
    if (qAbs(clip.shownUs - wantedUs) < qint64(clip.frameMs * 250.0))
        return;
    if (clip.refetches >= kMaxRefetches) {
        clip.wantedFrame = -1;
        return;
    }
    qCDebug(lcCompare) << "clip" << index + 1 << "shows" << clip.shownUs << "instead of" << wantedUs << "; again";
    ++clip.refetches;
    clip.stillSeek->showFrame(clip.wantedFrame, clip.frameMs);
}

void CompareLockstep::checkDrift()
{
    if (!m_playing || m_clips.size() < 2)
        return;
    const Clip &leader = m_clips.at(m_leader);
    const qint64 now = m_clock.elapsed();
    if (leader.broken || leader.player->playbackState() != MediaPlayback::PlayingState || now < leader.settleUntil)
        return;
    const qint64 lead = nowMs(leader);
    const qreal tolerance = kDriftToleranceFrames * leader.frameMs;
    for (int i = 0; i < m_clips.size(); ++i) {
        Clip &clip = m_clips[i];
        if (i == m_leader || clip.broken || clip.stillSeek->isBusy() || now < clip.settleUntil)
            continue;
        if (isAtEnd(clip, lead))
            continue; // a shorter clip (or one a moment ahead), resting at its end
        const bool running = clip.player->playbackState() == MediaPlayback::PlayingState;
        const qint64 drift = nowMs(clip) - lead;
        if (running && qAbs(drift) <= tolerance) {
            clip.revived = false;
            continue;
        }
        qCDebug(lcCompare) << "clip" << i + 1 << (running ? "drifted" : "stopped") << drift << "ms from the leader at" << lead;
        moveClip(clip, lead);
        ++m_resyncs;
    }
}

qint64 CompareLockstep::nowMs(const Clip &clip) const
{
    return clip.shownUs >= 0 ? clip.shownUs / 1000 : clip.player->position();
}

qint64 CompareLockstep::leaderFrame() const
{
    const Clip &leader = m_clips.at(m_leader);
    // While playing, the frame on screen (what the user stopped at); when
    // paused, the position, which a paused seek or step has set exactly.
    if (m_playing && leader.shownUs >= 0)
        return qMin(lastFrame(leader), qint64(std::llround(qreal(leader.shownUs) / (leader.frameMs * 1000.0))));
    return qMin(lastFrame(leader), frameIndexAt(leader.player->position(), leader.frameMs));
}

qint64 CompareLockstep::lastFrame(const Clip &clip) const
{
    const qint64 duration = clip.player->duration();
    if (duration <= 0)
        return std::numeric_limits<qint64>::max();
    return qMax(qint64(0), qint64(std::floor((duration - 1) / clip.frameMs)));
}

bool CompareLockstep::isAtEnd(const Clip &clip, qint64 leaderMs) const
{
    // On its last two frames, or past them: a frame of margin, so that a clip
    // that ended a moment before the leader is not started again.
    const qint64 last = lastFrame(clip);
    return last < std::numeric_limits<qint64>::max() && leaderMs >= qreal(last - 1) * clip.frameMs;
}

void CompareLockstep::setPlaybackRate(qreal rate)
{
    if (rate <= 0)
        return;
    m_rate = rate;
    for (const Clip &clip : std::as_const(m_clips))
        clip.player->setPlaybackRate(rate);
    Q_EMIT playbackRateChanged(rate);
}

void CompareLockstep::setLooping(bool looping)
{
    m_looping = looping;
}

bool CompareLockstep::isLooping() const
{
    return m_looping;
}

qint64 CompareLockstep::duration() const
{
    return m_clips.isEmpty() ? 0 : m_clips.at(m_leader).player->duration();
}

qreal CompareLockstep::frameDurationMs() const
{
    return m_clips.isEmpty() ? kFallbackFrameMs : m_clips.at(m_leader).frameMs;
}

int CompareLockstep::resyncCount() const
{
    return m_resyncs;
}

} // namespace wan::ui
