// PlayerView: a timeline's second player. While one clip plays, the clip that
// plays after it (the next one, the first again when Loop is on, or the start
// of the reviewed second) is loaded into a hidden MediaPlayback and paused at
// the frame it starts from. At the join the two players swap roles: the
// hidden one plays on from where it waits, without a load, and the other one
// becomes the hidden one and loads what comes after. A crossfade of N frames
// starts the hidden player N frames before the join and draws it over the
// ending clip, more opaque each frame, as media::VideoExport blends them.

#include "player/playerview.h"
#include "player/playerview_p.h"

#include "player/mediaengine.h"
#include "player/playercontrols.h"
#include "player/playerstillseek.h"
#include "player/videoview.h"

#include <QFileInfo>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace wan::ui {

namespace {

// Not after its end: Qt 6.4's FFmpeg backend then goes back to the start on
// its own after a seek now and then, so such a player loads the clip afresh
// (it is hidden: the time that takes is not seen).
bool isLoaded(const MediaPlayback *player)
{
    const MediaPlayback::MediaStatus status = player->mediaStatus();
    return status == MediaPlayback::LoadedMedia || status == MediaPlayback::BufferedMedia;
}

} // namespace

void PlayerView::ensureSecondPlayer()
{
    ensureMedia();
    if (m_preload)
        return;
    m_preload = std::make_unique<Preload>();
    Preload &p = *m_preload;
    p.context = new QObject(this);
    p.player = new MediaPlayback(this);
    p.player->setMuted(true);
    // Either player may be the shown one: each has its still seeks.
    p.stillSeek = new PlayerStillSeek(p.player, this);

    for (MediaPlayback *player : {m_player, p.player}) {
        // A pause inside a crossfade stops the playing blend, and shows the
        // frame it paused on blended as a still (updateCrossfade, once the
        // hidden player waits again).
        connect(player, &MediaPlayback::playbackStateChanged, p.context, [this, player](MediaPlayback::PlaybackState state) {
            if (player != m_player || state != MediaPlayback::PausedState)
                return;
            endCrossfade();
            QMetaObject::invokeMethod(
                m_preload->context,
                [this] {
                    if (m_timeline && m_player->playbackState() == MediaPlayback::PausedState && !m_stillSeek->isBusy())
                        updateCrossfade(frameIndexAt(m_player->position()));
                },
                Qt::QueuedConnection);
        });
        // The hidden player settles at its frame once its clip has loaded.
        connect(player, &MediaPlayback::mediaStatusChanged, p.context, [this, player](MediaPlayback::MediaStatus status) {
            if (player != m_preload->player || m_preload->ready || m_preload->clip < 0)
                return;
            if (status != MediaPlayback::LoadedMedia && status != MediaPlayback::BufferedMedia)
                return;
            // Not from inside the backend's own call: once control is back.
            QMetaObject::invokeMethod(
                m_preload->context,
                [this, player] {
                    Preload &pre = *m_preload;
                    if (player != pre.player || pre.ready || pre.clip < 0 || !isLoaded(player) || !m_timeline)
                        return;
                    // Paused first: FFmpeg's pause() after the end goes back to the start.
                    player->pause();
                    waitAtFrame();
                },
                Qt::QueuedConnection);
        });
    }
}

void PlayerView::routeTimelineVideo(bool on)
{
    if (on)
        ensureSecondPlayer();
    if (!m_preload || m_preload->routed == on)
        return;
    Preload &p = *m_preload;
    endCrossfade();
    endStillBlend(false);
    p.routed = on;
    m_video->setPlayback(m_player);
    if (!on) {
        p.player->stop();
        p.player->setSource(QUrl());
        p.clip = -1;
        p.frame = -1;
        p.ready = false;
    }
}

// What plays after the shown clip ends: the next clip from its first frame,
// the first clip again when looping, or the start of the reviewed second.
void PlayerView::ensurePreload()
{
    if (!m_timeline || m_timeline->clip < 0 || !m_preload || !m_preload->routed || m_preload->fading)
        return;
    const jobs::SequenceTimeline &t = m_timeline->timeline;
    const int clip = m_timeline->clip;
    const jobs::SequenceTimeline::Span span = t.span(clip);
    jobs::SequenceTimeline::Position target;
    if (m_timeline->join >= 0) {
        const bool reviewEndsHere = span.start + span.length() > m_timeline->review.last;
        target = reviewEndsHere ? t.at(m_timeline->review.first)
                                : jobs::SequenceTimeline::Position{clip + 1, clip + 1 < t.clipCount() ? t.span(clip + 1).first : -1};
    } else if (clip + 1 < t.clipCount()) {
        target = {clip + 1, t.span(clip + 1).first};
    } else if (m_controls->isLooping()) {
        target = t.at(0);
    }
    if (target.clip < 0 || target.clip >= t.clipCount() || target.clip == clip || t.span(target.clip).length() <= 0)
        return;
    Preload &p = *m_preload;
    const QString path = QFileInfo(t.clip(target.clip).path).absoluteFilePath();
    const QUrl url = QUrl::fromLocalFile(path);
    if (p.clip == target.clip && p.frame == target.frame && p.player->source() == url)
        return;
    if (!QFileInfo(path).isFile())
        return;
    endStillBlend(false);
    p.clip = target.clip;
    p.frame = target.frame;
    p.ready = false;
    if (p.player->source() == url && isLoaded(p.player)) {
        p.player->pause();
        waitAtFrame();
        return;
    }
    p.player->stop();
    p.player->setSource(QUrl());
    p.player->setLoops(1);
    p.player->setSource(url);
}

// At a join: the hidden player holds the clip and frame asked for (or is
// already playing it, blended in): it becomes the shown one.
bool PlayerView::takePreloaded(int clip, qint64 frame)
{
    if (!m_preload || !m_preload->routed || !m_timeline || m_preload->clip != clip || !m_preload->ready)
        return false;
    if (!m_preload->fading && m_preload->frame != frame)
        return false;
    // Another timeline may have put another clip at that place.
    if (m_preload->player->source() != QUrl::fromLocalFile(QFileInfo(m_timeline->timeline.clip(clip).path).absoluteFilePath()))
        return false;
    swapPlayers();
    return true;
}

void PlayerView::swapPlayers()
{
    endStillBlend(false);
    Preload &p = *m_preload;
    const bool wasFading = p.fading;
    m_stillSeek->cancel(); // gives the volume back before it is copied
    p.stillSeek->cancel(); // still on its way to the frame it waits at: plays on from there
    const bool muted = m_player->isMuted();
    const float volume = m_player->volume();
    const qreal rate = m_player->playbackRate();
    MediaPlayback *old = m_player;
    // The view's connections follow the shown player (connectPlayer(), ensureMedia()).
    disconnect(old, nullptr, this, nullptr);
    disconnect(old, nullptr, m_controls, nullptr);
    disconnect(m_controls, nullptr, old, nullptr);
    std::swap(m_player, p.player);
    std::swap(m_stillSeek, p.stillSeek);
    connectPlayer();
    connect(m_controls, &PlayerControls::rateRequested, m_player, &MediaPlayback::setPlaybackRate);
    connect(m_controls, &PlayerControls::muteRequested, m_player, &MediaPlayback::setMuted);
    m_player->setVolume(volume);
    m_player->setMuted(muted);
    old->setMuted(true);
    m_player->setPlaybackRate(rate);
    old->pause();
    const int clip = p.clip;
    const qint64 waitMs = qint64(std::ceil(double(p.frame) * timelineFrameMs()));
    p.clip = -1;
    p.frame = -1;
    p.ready = false;
    p.fading = false;

    m_timeline->clip = clip;
    m_timeline->advancing = true;
    m_clipPath = QFileInfo(m_timeline->timeline.clip(clip).path).absoluteFilePath();
    m_errorShown = false;
    m_stepFrame = -1;
    m_startAtMs = -1;
    m_lastState = m_player->playbackState();
    m_stoppedWhilePlaying = false;
    if (!wasFading && std::abs(m_player->position() - waitMs) > timelineFrameMs() / 2)
        m_player->setPosition(waitMs); // a backend that lost the place it waited at
    if (m_player->playbackState() != MediaPlayback::PlayingState)
        m_player->play();
    updateFrameRate();
    m_controls->setFrameDuration(timelineFrameMs());
    m_controls->setPlaying(true);
    updateFrameActions();
    // The picture it waits on (its latest, drawn by its own sink while
    // hidden), until it plays on; the overlay of a crossfade goes. Shown once
    // the timeline knows its clip, so the readout with it is right.
    m_video->setOverlay(nullptr, 0);
    m_video->setPlayback(m_player);
    Q_EMIT clipChanged(m_clipPath);
    Q_EMIT timelineClipChanged(clip);
    ensurePreload();
}

// Called at each position of the shown clip: inside the last N frames before
// a crossfade, the next clip plays too, over it at (k + 1) / (N + 1) for its
// frame k, the weight media::VideoExport gives the later clip.
void PlayerView::updateCrossfade(qint64 index)
{
    if (!m_timeline || !m_preload || !m_preload->routed || m_timeline->clip < 0)
        return;
    Preload &p = *m_preload;
    const jobs::SequenceTimeline &t = m_timeline->timeline;
    const int next = m_timeline->clip + 1;
    const int n = next < t.clipCount() ? t.crossfade(next) : 0;
    const jobs::SequenceTimeline::Span span = t.span(m_timeline->clip);
    const qint64 from = span.last - n + 1;
    const bool playing = m_player->playbackState() == MediaPlayback::PlayingState && !m_stillSeek->isBusy();
    const bool inside = n > 0 && index >= from && index <= span.last;
    if (!inside || !playing) {
        if (p.fading && (!playing || index < from))
            endCrossfade();
        // Paused (or stepping, or scrubbing) inside it: the frame as the export
        // blends it, a still; elsewhere the clip alone.
        if (inside && !playing && !p.fading)
            showStillBlend(next, index - from, qreal(index - from + 1) / qreal(n + 1));
        else if (!p.fading)
            endStillBlend(true);
        return;
    }
    const qint64 k = index - from;
    p.opacity = qreal(k + 1) / qreal(n + 1);
    if (p.stillFrame >= 0)
        endStillBlend(false); // plays on from here: the blend below takes over
    if (!p.fading) {
        if (p.clip != next || !p.ready)
            return; // not loaded in time: a cut
        p.fading = true;
        // Started late (after a pause or a seek inside the crossfade): in step.
        if (k > 0)
            p.player->setPosition(qint64(std::ceil(double(p.frame + k) * timelineFrameMs())));
        p.player->setPlaybackRate(m_player->playbackRate());
        p.player->play();
    }
    m_video->setOverlay(p.player, p.opacity);
}

// Frame k of the crossfade at the join before clip, shown paused: the hidden
// player, waiting at the clip's first frame, is moved to its frame k (a still
// seek) and drawn over the shown one at the export's weight.
void PlayerView::showStillBlend(int clip, qint64 k, qreal opacity)
{
    Preload &p = *m_preload;
    if (p.clip != clip || (!p.ready && p.stillFrame < 0))
        return; // not loaded yet: the clip alone, as a cut
    const qint64 frame = p.frame + k;
    p.opacity = opacity;
    if (p.stillFrame != frame) {
        p.stillFrame = frame;
        p.stillSeek->showFrame(frame, timelineFrameMs());
    }
    m_video->setOverlay(p.player, p.opacity);
}

// Out of the still blend: the overlay goes, and the hidden player goes back
// to the frame it waits at for the join (unless it plays on from where it is).
void PlayerView::endStillBlend(bool backToWaiting)
{
    if (!m_preload || m_preload->stillFrame < 0)
        return;
    Preload &p = *m_preload;
    p.stillFrame = -1;
    m_video->setOverlay(nullptr, 0);
    p.stillSeek->cancel();
    if (backToWaiting && p.frame >= 0)
        waitAtFrame();
}

// The hidden player goes to the frame it waits at, and shows it: a paused
// seek alone leaves its picture where it was (Qt 6.4), and at the join that
// picture would be shown for a moment (the end of the clip, at a loop's wrap).
void PlayerView::waitAtFrame()
{
    Preload &p = *m_preload;
    p.ready = true;
    p.stillSeek->showFrame(p.frame, timelineFrameMs());
}

void PlayerView::endCrossfade()
{
    if (!m_preload || !m_preload->fading)
        return;
    Preload &p = *m_preload;
    p.fading = false;
    m_video->setOverlay(nullptr, 0);
    // Back to waiting at its first frame.
    p.ready = false;
    const int clip = p.clip;
    p.clip = -1;
    p.player->pause();
    if (clip >= 0)
        ensurePreload();
}

} // namespace wan::ui
