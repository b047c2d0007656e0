#pragma once

// One clip's frames, exactly: opens a video with FFmpeg's libraries, knows its
// frame count and rate, and decodes the frame at an index (or the first, the
// last, a time) into an RGB QImage at the clip's full size. Exact means the
// frame ffmpeg itself numbers N (`select=eq(n,N)`): a seek to the keyframe at
// or before it, then decoding forward until the frame whose timestamp is N's.
//
// Not thread-safe: one ClipFrames is used by one thread at a time. Decoding
// takes tens of milliseconds, so never on the UI thread: see FrameExport and
// FrameGrabber for the ways to run it elsewhere.

#include "frameerror.h"
#include "frameposition.h"
#include "frametiming.h"

#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>

#include <memory>
#include <optional>

namespace wan::media {

struct DecodedFrame
{
    QImage image;       // full size, ClipFrames::imageFormat()
    qint64 index = -1;  // from 0, as ffmpeg counts the clip's frames
    double seconds = 0; // when it starts
    FrameError error;   // why there is no image

    bool ok() const { return error.kind == FrameError::Kind::None && !image.isNull(); }
};

class ClipFrames final
{
    Q_DECLARE_TR_FUNCTIONS(wan::media::ClipFrames)
public:
    ClipFrames();
    ~ClipFrames();
    ClipFrames(const ClipFrames &) = delete;
    ClipFrames &operator=(const ClipFrames &) = delete;

    // Loads FFmpeg's libraries now (the first open() would): a command that
    // will decode calls it on a thread of its own at its start, so that the
    // loading overlaps the rest of the process's start.
    static void loadLibraries();

    // Opens the clip and reads what it is; false with error() saying what is
    // wrong in plain words: missing, empty, not a video, cut short, no video
    // stream. Reads the container's header and index, never the whole clip.
    bool open(const QString &path);
    void close();
    bool isOpen() const;
    const FrameError &error() const;

    QString path() const;
    // Counted from the stream (the container's sample count, or its packets).
    qint64 frameCount() const;
    FrameRate frameRate() const;
    QSize size() const;
    double durationSeconds() const;

    // QImage::Format_RGB32 (the default: what the window paints without a
    // conversion) or QImage::Format_RGB888 (what a PNG stores).
    void setImageFormat(QImage::Format format);
    QImage::Format imageFormat() const;

    // The index a position names, or PastTheEnd (saying how many frames the
    // clip has) in *error. "last" is frameCount() - 1 here; frame() finds it
    // by decoding.
    std::optional<qint64> indexOf(const FramePosition &at, FrameError *error = nullptr) const;

    DecodedFrame frame(const FramePosition &at);
    DecodedFrame frameAt(qint64 index);
    // Seeks near the end and decodes to the end: the frame with the latest
    // timestamp, without decoding the clip from its start (unless it has a
    // single keyframe, as short clips often do).
    DecodedFrame lastFrame();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace wan::media
