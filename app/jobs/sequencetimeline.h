#pragma once

// A sequence as one timeline for the player: every clip's frames from its in
// to its out point, one after the other, with the seam rule of
// media::VideoExport (a clip that continues the previous clip's out frame and
// is not trimmed at its start drops its first frame, the same picture). Maps
// a frame of the whole (a "global" frame, from 0) to the clip and its own
// frame, and back, and gives the joins and the second around each one that
// the seam review loops. A crossfade of N frames at a join overlaps the last
// N frames of one clip with the first N of the next, as media::VideoExport
// blends them (A + B - N); a frame inside the overlap belongs to the earlier
// clip, the later one blended over it. No widgets, no I/O: the window fills
// it from the library's rows and the clips' frame counts (read off the UI thread).

#include "library/library.h"
#include "media/videoexport.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace wan::jobs {

struct TimelineClip
{
    QString path;
    qint64 entryId = 0;
    qint64 frames = 0;           // the clip's frame count
    double fps = 16.0;           // the clip's frame rate
    qint64 in = -1;              // as SequenceClip: -1 the first
    qint64 out = -1;             // -1 the last
    qint64 continuesFrame = -1;  // as media::ExportClip
    int crossfade = 0;           // frames blended with the clip before (as library::SequenceClip)
};

class SequenceTimeline final
{
    Q_DECLARE_TR_FUNCTIONS(wan::jobs::SequenceTimeline)
public:
    struct Span
    {
        qint64 first = 0;   // the clip's first frame played (the in point, or in + 1 at a dropped seam)
        qint64 last = -1;   // its last frame played (the out point)
        qint64 start = 0;   // the global frame the first one is
        qint64 length() const { return last - first + 1; }
    };
    struct Position
    {
        int clip = -1;      // -1: outside the timeline
        qint64 frame = -1;  // the clip's own frame
    };

    SequenceTimeline() = default;
    explicit SequenceTimeline(QList<TimelineClip> clips);

    // The frame of the previous run this run continues, when it continues that
    // run (by library id or request id, as jobs::ExportInputs judges); else -1.
    static qint64 continuesFrame(const library::Entry &entry, const library::Entry *previous);
    // The sequence's clips for media::VideoExport or media::MltProject, from the
    // library's rows of its runs; nullopt with *problem naming a run that is
    // missing or has no finished clip.
    static std::optional<QList<media::ExportClip>> exportClips(const library::Sequence &sequence,
                                                               const QHash<qint64, library::Entry> &entries,
                                                               QString *problem);

    int clipCount() const { return int(m_clips.size()); }
    const TimelineClip &clip(int index) const { return m_clips.at(index); }
    Span span(int index) const { return m_spans.at(index); }
    // Whether the join before clip index (1 and on) drops the clip's first frame.
    bool dropsRepeatedFrame(int index) const;
    // Frames blended at the join before clip index (1 and on): the clip's
    // crossfade, shortened to what both clips hold; 0 for a cut.
    int crossfade(int index) const;
    // Frames of the whole, the seam rule applied; 0 when empty.
    qint64 totalFrames() const { return m_total; }
    // The first clip's rate (the timeline's), 16 when empty.
    double fps() const;

    // Inside a crossfade, the earlier clip (the later one is blended over it).
    Position at(qint64 globalFrame) const;
    // -1 when frame is not played (outside the clip's span).
    qint64 globalFrame(int clip, qint64 frame) const;
    // Joins: join j is between clip j and clip j + 1; its frame is the global
    // frame where clip j + 1 starts.
    int joinCount() const { return qMax(0, clipCount() - 1); }
    qint64 joinFrame(int join) const;
    // The seam review's loop around a join: half a second before it and half
    // a second after (frames at the timeline's rate), clamped to the timeline.
    // first is included, last too.
    struct Range
    {
        qint64 first = 0;
        qint64 last = -1;
    };
    Range reviewRange(int join) const;

private:
    QList<TimelineClip> m_clips;
    QList<Span> m_spans;
    QList<int> m_crossfades; // per clip: frames blended with the clip before
    qint64 m_total = 0;
};

} // namespace wan::jobs
