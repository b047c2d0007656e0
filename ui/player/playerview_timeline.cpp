// PlayerView: a sequence as one timeline. Its clips play from their in to
// their out points, one after the other, the seam rule applied (a clip that
// continues the previous one's last frame starts at its frame 1); the scrub
// bar and the time run across the whole, and a seek anywhere loads the clip
// that holds that frame and goes to it. The seam review loops the second
// around one join. Joins are gapless: the clip that plays next waits loaded
// in a second player, which takes over at the join (playerview_preload.cpp);
// only a seek to another clip loads one. A crossfade is previewed as the
// export writes it, the next clip blended over the last frames of this one.

#include "player/playerview.h"
#include "player/playerview_p.h"

#include "media/frametiming.h"
#include "player/playercontrols.h"
#include "player/playerstillseek.h"


#include <algorithm>
#include <cmath>

namespace wan::ui {

void PlayerView::playTimeline(const jobs::SequenceTimeline &timeline, qint64 startFrame)
{
    m_sequence.clear();
    m_timeline = std::make_unique<Timeline>();
    m_timeline->timeline = timeline;
    if (timeline.totalFrames() <= 0) {
        m_timeline.reset();
        clear();
        return;
    }
    routeTimelineVideo(true);
    goToTimelineFrame(std::clamp<qint64>(startFrame, 0, timeline.totalFrames() - 1), true);
}

void PlayerView::reviewSeam(const jobs::SequenceTimeline &timeline, int join)
{
    const jobs::SequenceTimeline::Range range = timeline.reviewRange(join);
    if (range.last < range.first)
        return;
    // The same timeline keeps its clip loaded; another one starts afresh.
    if (!m_timeline || m_timeline->timeline.totalFrames() != timeline.totalFrames()
        || m_timeline->timeline.clipCount() != timeline.clipCount()) {
        m_sequence.clear();
        m_timeline = std::make_unique<Timeline>();
    }
    m_timeline->timeline = timeline;
    m_timeline->join = join;
    m_timeline->review = range;
    routeTimelineVideo(true);
    goToTimelineFrame(range.first, true);
}

void PlayerView::endSeamReview()
{
    if (m_timeline)
        m_timeline->join = -1;
}

bool PlayerView::isTimeline() const
{
    return m_timeline != nullptr;
}

const jobs::SequenceTimeline *PlayerView::timeline() const
{
    return m_timeline ? &m_timeline->timeline : nullptr;
}

int PlayerView::timelineClip() const
{
    return m_timeline ? m_timeline->clip : -1;
}

int PlayerView::reviewedJoin() const
{
    return m_timeline ? m_timeline->join : -1;
}

qint64 PlayerView::timelineFrame() const
{
    if (!m_timeline || m_timeline->clip < 0 || m_clipPath.isEmpty())
        return -1;
    const jobs::SequenceTimeline::Span span = m_timeline->timeline.span(m_timeline->clip);
    const qint64 index = m_stepFrame >= 0 ? m_stepFrame : frameIndexAt(position());
    return span.start + std::clamp<qint64>(index - span.first, 0, std::max<qint64>(0, span.length() - 1));
}

qreal PlayerView::timelineFrameMs() const
{
    return m_timeline ? 1000.0 / m_timeline->timeline.fps() : m_frameMs;
}

void PlayerView::endTimeline()
{
    if (!m_timeline)
        return;
    routeTimelineVideo(false);
    m_timeline.reset();
    if (m_player)
        m_player->setLoops(m_controls->isLooping() ? int(MediaPlayback::Infinite) : 1);
}

void PlayerView::seekTimeline(qint64 globalFrame)
{
    if (!m_timeline)
        return;
    const bool playing = isPlaying();
    // A seek outside the reviewed second ends the review.
    if (m_timeline->join >= 0 && (globalFrame < m_timeline->review.first || globalFrame > m_timeline->review.last))
        m_timeline->join = -1;
    goToTimelineFrame(globalFrame, playing);
}

void PlayerView::goToTimelineFrame(qint64 globalFrame, bool playing)
{
    const jobs::SequenceTimeline &t = m_timeline->timeline;
    const jobs::SequenceTimeline::Position at = t.at(std::clamp<qint64>(globalFrame, 0, std::max<qint64>(0, t.totalFrames() - 1)));
    if (at.clip < 0)
        return;
    const qreal frameMs = timelineFrameMs();
    m_controls->setDuration(qint64(std::ceil(double(t.totalFrames()) * frameMs)));
    m_controls->setPosition(qint64(std::ceil(double(t.globalFrame(at.clip, at.frame)) * frameMs)));
    // The first whole millisecond at or after the frame's start names it (media::FrameTiming).
    const qint64 ms = qint64(std::ceil(double(at.frame) * frameMs));
    if (at.clip != m_timeline->clip || m_clipPath.isEmpty()) {
        // The clip that plays next waits in the second player: no load.
        if (playing && !m_clipPath.isEmpty() && takePreloaded(at.clip, at.frame))
            return;
        endCrossfade();
        m_timeline->clip = at.clip;
        m_timeline->advancing = true;
        m_startAtMs = ms;
        m_startPlaying = playing;
        if (!load(t.clip(at.clip).path)) {
            m_startAtMs = -1;
            m_timeline->advancing = false;
            return;
        }
        // load() stopped a playing player: not an end, a late end of the clip
        // before must not move the timeline on again.
        m_stoppedWhilePlaying = false;
        // load() showed the clip's own frame length; the bar counts the timeline's.
        m_controls->setFrameDuration(frameMs);
        m_controls->setDuration(qint64(std::ceil(double(t.totalFrames()) * frameMs)));
        if (m_player->mediaStatus() == MediaPlayback::LoadedMedia || m_player->mediaStatus() == MediaPlayback::BufferedMedia)
            QMetaObject::invokeMethod(this, &PlayerView::startAtRequestedPosition, Qt::QueuedConnection);
        Q_EMIT timelineClipChanged(at.clip);
        return;
    }
    endCrossfade();
    m_stepFrame = -1;
    if (playing) {
        m_stillSeek->cancel();
        m_player->setPosition(ms);
        m_player->play();
    } else {
        m_stepFrame = at.frame;
        m_stillSeek->showFrame(at.frame, m_frameMs);
    }
}

void PlayerView::timelinePosition(qint64 positionMs)
{
    if (!m_timeline || m_timeline->clip < 0 || m_startAtMs >= 0)
        return; // a clip of the timeline is still loading
    const jobs::SequenceTimeline &t = m_timeline->timeline;
    const jobs::SequenceTimeline::Span span = t.span(m_timeline->clip);
    const qint64 index = frameIndexAt(positionMs);
    if (m_timeline->advancing) {
        if (index < span.first)
            return; // the position before the seek landed
        m_timeline->advancing = false;
    }
    const bool playing = m_player->playbackState() == MediaPlayback::PlayingState && !m_stillSeek->isBusy();
    const qint64 global = span.start + std::clamp<qint64>(index - span.first, 0, std::max<qint64>(0, span.length() - 1));
    if (playing && m_timeline->join >= 0 && span.start + (index - span.first) > m_timeline->review.last) {
        goToTimelineFrame(m_timeline->review.first, true);
        return;
    }
    if (playing && index > span.last) {
        advanceTimeline();
        return;
    }
    m_controls->setPosition(qint64(std::ceil(double(global) * timelineFrameMs())));
    ensurePreload();
    updateCrossfade(index);
}

void PlayerView::advanceTimeline()
{
    if (!m_timeline)
        return;
    const jobs::SequenceTimeline &t = m_timeline->timeline;
    const jobs::SequenceTimeline::Span span = t.span(std::max(0, m_timeline->clip));
    const qint64 next = span.start + span.length();
    if (m_timeline->join >= 0) {
        // Across the join while it is inside the reviewed second, else round again.
        goToTimelineFrame(next <= m_timeline->review.last ? next : m_timeline->review.first, true);
        return;
    }
    if (next < t.totalFrames()) {
        goToTimelineFrame(next, true);
    } else if (m_controls->isLooping()) {
        goToTimelineFrame(0, true);
    } else {
        // Stays on the last frame of the last clip.
        m_player->pause();
        m_stepFrame = span.last;
        m_stillSeek->showFrame(span.last, m_frameMs);
        m_controls->setPosition(qint64(std::ceil(double(t.totalFrames() - 1) * timelineFrameMs())));
    }
}

// Once control is back from the backend. Not when the position's end got
// there first and another clip (or the other player) plays by then.
void PlayerView::advanceTimelineLater()
{
    QMetaObject::invokeMethod(
        this,
        [this, source = m_player->source(), player = m_player] {
            if (m_timeline && m_player == player && player->source() == source)
                advanceTimeline();
        },
        Qt::QueuedConnection);
}

} // namespace wan::ui
