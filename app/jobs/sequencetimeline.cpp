#include "sequencetimeline.h"

#include "library/clipsettings.h"

#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace wan::jobs {

SequenceTimeline::SequenceTimeline(QList<TimelineClip> clips)
    : m_clips(std::move(clips))
{
    qint64 start = 0;
    for (int i = 0; i < m_clips.size(); ++i) {
        const TimelineClip &c = m_clips.at(i);
        Span span;
        const qint64 lastFrame = qMax<qint64>(0, c.frames - 1);
        span.first = std::clamp<qint64>(c.in < 0 ? 0 : c.in, 0, lastFrame);
        span.last = std::clamp<qint64>(c.out < 0 ? lastFrame : c.out, span.first, lastFrame);
        if (c.frames <= 0)
            span.last = span.first - 1; // a clip not read (missing): nothing of it plays
        if (i > 0 && c.frames > 0) {
            const Span &before = m_spans.constLast();
            // media::VideoExport's rule: the previous clip's out frame, this clip untrimmed at its start, and a frame left after.
            if (c.continuesFrame >= 0 && c.continuesFrame == before.last && c.in <= 0 && span.last > span.first)
                span.first += 1;
        }
        // A crossfade overlaps the clips (media::VideoExport: A + B - N); it
        // cannot be longer than either clip's part.
        int blend = 0;
        if (i > 0 && c.crossfade > 0 && span.length() > 0 && m_spans.constLast().length() > 0)
            blend = int(std::min<qint64>({qint64(c.crossfade), span.length(),
                                          m_spans.constLast().length() - m_crossfades.constLast()}));
        blend = std::max(0, blend);
        start -= blend;
        span.start = start;
        start += qMax<qint64>(0, span.length());
        m_spans.append(span);
        m_crossfades.append(blend);
    }
    m_total = start;
}

qint64 SequenceTimeline::continuesFrame(const library::Entry &entry, const library::Entry *previous)
{
    if (!previous || entry.parentFrame < 0)
        return -1;
    const bool sameRun = entry.parentId > 0 && entry.parentId == previous->id;
    const bool sameRequest = !entry.parentRequestId.isEmpty() && entry.parentRequestId == previous->requestId;
    return sameRun || sameRequest ? entry.parentFrame : -1;
}

std::optional<QList<media::ExportClip>> SequenceTimeline::exportClips(const library::Sequence &sequence,
                                                                      const QHash<qint64, library::Entry> &entries,
                                                                      QString *problem)
{
    QList<media::ExportClip> clips;
    const library::Entry *previous = nullptr;
    for (const library::SequenceClip &clip : sequence.clips) {
        const auto found = entries.constFind(clip.entryId);
        if (found == entries.constEnd()) {
            *problem = tr("Run %1 of the sequence is no longer in the library. Remove it from the sequence.")
                           .arg(clip.entryId);
            return std::nullopt;
        }
        if (found->status != library::EntryStatus::Completed || found->outputPath.isEmpty()) {
            *problem = tr("Run %1 of the sequence has no finished clip.").arg(clip.entryId);
            return std::nullopt;
        }
        media::ExportClip out;
        out.path = found->outputPath;
        out.in = clip.in;
        out.out = clip.out;
        out.continuesFrame = continuesFrame(*found, previous);
        out.settingsJson = QJsonDocument(library::ClipSettings::fromEntry(*found)).toJson(QJsonDocument::Compact);
        clips.append(out);
        previous = &*found;
    }
    return clips;
}

bool SequenceTimeline::dropsRepeatedFrame(int index) const
{
    if (index <= 0 || index >= m_clips.size())
        return false;
    const TimelineClip &c = m_clips.at(index);
    return c.frames > 0 && m_spans.at(index).first > std::max<qint64>(0, c.in);
}

int SequenceTimeline::crossfade(int index) const
{
    return index > 0 && index < m_crossfades.size() ? m_crossfades.at(index) : 0;
}

double SequenceTimeline::fps() const
{
    return m_clips.isEmpty() || m_clips.constFirst().fps <= 0 ? 16.0 : m_clips.constFirst().fps;
}

SequenceTimeline::Position SequenceTimeline::at(qint64 globalFrame) const
{
    if (globalFrame < 0 || globalFrame >= m_total)
        return {};
    // The first span that holds the frame (the earlier clip of a crossfade).
    for (int i = 0; i < m_spans.size(); ++i) {
        const Span &s = m_spans.at(i);
        if (s.length() > 0 && s.start <= globalFrame && globalFrame < s.start + s.length())
            return {i, s.first + (globalFrame - s.start)};
    }
    return {};
}

qint64 SequenceTimeline::globalFrame(int clip, qint64 frame) const
{
    if (clip < 0 || clip >= m_spans.size())
        return -1;
    const Span &s = m_spans.at(clip);
    if (frame < s.first || frame > s.last)
        return -1;
    return s.start + (frame - s.first);
}

qint64 SequenceTimeline::joinFrame(int join) const
{
    if (join < 0 || join >= joinCount())
        return -1;
    return m_spans.at(join + 1).start;
}

SequenceTimeline::Range SequenceTimeline::reviewRange(int join) const
{
    const qint64 at = joinFrame(join);
    if (at < 0 || m_total == 0)
        return {};
    const qint64 half = std::max<qint64>(1, std::llround(fps() / 2.0));
    return {std::max<qint64>(0, at - half), std::min(m_total - 1, at + half - 1)};
}

} // namespace wan::jobs
