#pragma once

// Clips to a file to post or to edit: one or more clips joined in order into
// an MP4 (H.264), a WebM (VP9), a GIF (a palette made for this export,
// dithered, looping forever), an animated WebP or a folder of numbered PNGs,
// with FFmpeg's libraries (never the ffmpeg program).
//
// The frames, in order:
//   1. each clip's frames from its in to its out point;
//   2. a seam: a clip that continues the previous clip's last frame starts
//      with that same picture, so its first frame is dropped (A + B - 1);
//   2b. colour matching, when asked: a clip that continues the previous one
//      has its colours corrected toward the frame it continues (per channel,
//      the mean and spread of its first frame made those of that frame), so
//      a chain's gradual drift in colour does not jump at each join;
//   3. a crossfade of N frames at a join (its own N per join, or one N for
//      every join): the last N frames of one clip and the first N of the
//      next, after the seam, become N blends of both (A + B - seam - N);
//   4. a new frame rate, when asked: frames are repeated or dropped (the one
//      shown at each new frame's time), the length in seconds stays;
//   5. ping-pong: forward, then back (n, then n-2 more: the turning frames
//      are not doubled, so it loops smoothly).
// The sequence has the first clip's frame rate and its picture's shape;
// other clips are scaled to that size. Sizes are even (H.264 and VP9 need it).
//
// An MP4 that needs no re-encoding (clips of identical codec parameters, cut
// only where a keyframe starts and nothing dropped that later frames need, no
// crossfade, size, rate or ping-pong) is written by copying the clips'
// packets: the same pictures, in a fraction of the time. There a seam drops
// the earlier clip's last frame rather than the later clip's first (the same
// picture, and the later clip keeps its keyframe). ExportResult says which
// way it went.
//
// The file is written beside the target under a temporary name and renamed
// into place once complete: a cancelled or failed export (a full disk too)
// leaves nothing behind, and the error says why.
//
// VideoExport::run() is the whole work, synchronous: call it on a worker
// thread (QtConcurrent::run), never on the UI thread. It shares nothing with
// other calls, so exports may run at once.

#include "frametiming.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QSize>
#include <QString>

#include <atomic>
#include <functional>

namespace wan::media {

enum class ExportFormat { Mp4, WebM, Gif, WebP, PngFrames };

struct ExportClip
{
    QString path;
    // Frame indexes from 0, both included; -1: the clip's first / last frame.
    qint64 in = -1;
    qint64 out = -1;
    // The frame of the previous clip this clip starts from (its lineage says
    // so: the library's parent_frame, or the settings in its file); -1: it
    // does not continue the previous clip. Its first frame, the same picture,
    // is dropped when that frame is the previous clip's out point (its last
    // frame, unless trimmed) and this clip is not trimmed at its start.
    qint64 continuesFrame = -1;
    // The clip's settings (compact JSON, as the library stores them), for the
    // provenance the file carries; empty for a clip made elsewhere.
    QByteArray settingsJson;
};

struct ExportRequest
{
    QList<ExportClip> clips;  // in order; at least one
    ExportFormat format = ExportFormat::Mp4;
    // The file to write (for PngFrames: the folder, which must not exist yet
    // or be empty; the frames are frame-00000.png, frame-00001.png, ...).
    QString out;
    bool mayReplace = false;  // an existing file at out may be replaced
    int longEdge = 0;         // 0: the first clip's size; else the long edge in pixels
    double fps = 0;           // 0: the first clip's rate; else the new rate
    int crossfadeFrames = 0;  // at each join, unless joinCrossfades says otherwise
    // A crossfade per join (join i: between clips i and i + 1), as a sequence
    // keeps them; empty: crossfadeFrames at every join. Otherwise it must have
    // one value per join.
    QList<int> joinCrossfades;
    bool pingPong = false;
    // MP4 and WebM: the encoder's constant-quality value (libx264 -crf, 0-51;
    // libvpx-vp9 -crf, 0-63), -1: the default (20 for H.264, 32 for VP9).
    // WebP: quality 0-100 (-1: 80).
    int quality = -1;
    bool allowStreamCopy = true;  // false: always re-encode (MP4)
    // Where a clip continues the previous clip's frame (ExportClip::continuesFrame),
    // every frame of the later clip gets the per-channel gain and offset that
    // give its first frame the mean and standard deviation of the frame it
    // continues, as exported (the earlier clip's own correction included).
    // Needs new pictures: no stream copy for such a clip.
    bool matchColour = false;
};

struct ExportProgress
{
    qint64 done = 0;   // frames written (both passes of a GIF count)
    qint64 total = 0;
};

struct ExportResult
{
    enum class Status {
        Done,
        BadInput,    // a clip that is not a video, a trim outside it, options that cannot be met
        Cancelled,
        WriteFailed, // the disk is full, the place cannot be written
        Failed,      // a clip could not be decoded, an encoder is missing or failed
    };
    Status status = Status::Failed;
    QString message;   // translated; what happened and what to do
    QString out;       // the path written (absolute)
    qint64 frames = 0; // frames in the file
    QSize size;
    FrameRate frameRate;
    bool streamCopied = false;

    bool ok() const { return status == Status::Done; }
};

class VideoExport final
{
    Q_DECLARE_TR_FUNCTIONS(wan::media::VideoExport)
public:
    // Called on the worker thread after every frame (and once at the end).
    using ProgressCallback = std::function<void(const ExportProgress &)>;

    // The whole export. cancel (may be null) is read before every frame: set
    // it from any thread to stop; the result is then Cancelled and nothing is
    // left at out.
    static ExportResult run(const ExportRequest &request, const ProgressCallback &progress = {},
                            const std::atomic_bool *cancel = nullptr);

    // "mp4", "webm", "gif", "webp", "png": the command line's names.
    static bool parseFormat(const QString &name, ExportFormat *format);
    static QString formatName(ExportFormat format);
};

} // namespace wan::media

Q_DECLARE_METATYPE(wan::media::ExportResult)
