#pragma once

// VideoExport's insides, shared by videoexport.cpp (checking the request,
// the order of frames, the temporary file), videoexport_read.cpp (decoding
// clips in order), videoexport_write.cpp (encoders, muxers, the GIF palette)
// and videoexport_copy.cpp (the MP4 stream copy).

#include "ffmpeglibraries.h"
#include "videoexport.h"

#include <QImage>
#include <QTemporaryFile>

#include <array>
#include <functional>
#include <memory>
#include <vector>

namespace wan::media {

// Why an export stopped; Done while nothing went wrong.
struct ExportFailure
{
    ExportResult::Status status = ExportResult::Status::Done;
    QString message;

    bool failed() const { return status != ExportResult::Status::Done; }
};

// A decoded picture kept as it came (refcounted by FFmpeg), freed with its last user.
using Picture = std::shared_ptr<AVFrame>;
Picture takePicture(const FfmpegLibraries *ff, AVFrame *frame);

// One picture of the export, at the export's size: for an MP4 or a WebM, the
// decoder's YUV 4:2:0 itself (picture; no round trip through RGB, which cost
// as much as the encoding); for the others QImage::Format_RGB32 (image; in
// memory B, G, R, 0xff: FFmpeg's AV_PIX_FMT_RGB32).
struct ExportFrame
{
    QImage image;
    Picture picture;
    int clip = 0;        // which clip it comes from (the later one of a blend)
    qint64 source = 0;   // its index in that clip
};

// Says what an FFmpeg error code means for the user: a full disk (or a file
// size limit) is a WriteFailed with what to do.
ExportFailure writeFailure(const FfmpegLibraries *ff, int code, const QString &path);
QString describeFfmpegError(const FfmpegLibraries *ff, int code);

// Ping-pong's frames to play back, kept in a temporary file beside the export
// instead of memory (a 720p clip is 1.4 MB a frame as YUV, 3.7 MB as RGB: a
// few seconds of them would pass the export's memory budget). The file is
// removed when this goes.
class FrameSpill final
{
public:
    FrameSpill(const FfmpegLibraries *ff, QString directory);
    ~FrameSpill();
    FrameSpill(const FrameSpill &) = delete;
    FrameSpill &operator=(const FrameSpill &) = delete;

    bool append(const ExportFrame &frame, ExportFailure *failure);
    qsizetype size() const { return qsizetype(m_kept.size()); }
    // Frame i as appended (a new picture or image).
    bool at(qsizetype i, ExportFrame *frame, ExportFailure *failure);

private:
    struct Kept
    {
        int clip = 0;
        qint64 source = 0;
    };
    bool fail(ExportFailure *failure, const QString &why);

    const FfmpegLibraries *m_ff;
    const QString m_directory;
    std::unique_ptr<QTemporaryFile> m_file;
    std::vector<Kept> m_kept;
    bool m_yuv = false;
    QSize m_size;
    qint64 m_frameBytes = 0;
};

// Decodes one clip's frames in order, scaled to the export's size.
class ClipReader final
{
public:
    explicit ClipReader(const FfmpegLibraries *ff);
    ~ClipReader();
    ClipReader(const ClipReader &) = delete;
    ClipReader &operator=(const ClipReader &) = delete;

    bool open(const QString &path, ExportFailure *failure);
    // RGB as the frame command makes it (chroma to every pixel, accurate
    // rounding: the default), or FFmpeg's own default conversion, which a
    // GIF's or WebP's 256 colours or lossy coding do not tell apart and costs
    // less than half.
    void setExactColours(bool exact);
    // Frames in..out (both included), each handed to sink with its index
    // (source) as a picture (yuv) or an image; sink returns false to stop
    // (then read() returns true: stopping is the caller's choice).
    bool read(qint64 in, qint64 out, QSize size, bool yuv, const std::function<bool(ExportFrame &&)> &sink, ExportFailure *failure);

    // The packets of the video stream, for the stream copy.
    AVFormatContext *format() const;
    int stream() const;
    qint64 indexOfTimestamp(int64_t ts) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// Encodes and muxes frames into one file (MP4, WebM, WebP, GIF).
class FrameWriter
{
public:
    virtual ~FrameWriter() = default;
    virtual bool write(const ExportFrame &frame, ExportFailure *failure) = 0;
    // Flushes the encoder and completes the file; false: the file is unusable.
    virtual bool finish(ExportFailure *failure) = 0;
};

struct WriterSetup
{
    ExportFormat format = ExportFormat::Mp4;
    QString path;        // the temporary file (the folder, for PngFrames)
    QSize size;
    AVRational rate{16, 1};
    int quality = -1;
    QString comment;     // a line for people (MP4/WebM "comment")
    QByteArray provenance; // JSON: every clip's file, in/out and settings
    QStringList clipNames; // PngFrames: each clip's file name, for the stamps
    QList<QByteArray> clipSettings;
    // MP4 and WebM get pictures (YUV 4:2:0) with the first clip's colour tags.
    bool yuv = false;
    AVColorSpace colorspace = AVCOL_SPC_UNSPECIFIED;
    AVColorPrimaries primaries = AVCOL_PRI_UNSPECIFIED;
    AVColorTransferCharacteristic transfer = AVCOL_TRC_UNSPECIFIED;
    AVColorRange range = AVCOL_RANGE_UNSPECIFIED;
};

// For a GIF, the palette is computed first (a pass over every frame, fed with
// addToPalette) and the writer made after with it.
class GifPalette
{
public:
    virtual ~GifPalette() = default;
    virtual bool add(const ExportFrame &frame, ExportFailure *failure) = 0;
    virtual AVFrame *finish(ExportFailure *failure) = 0; // owned by the caller (av_frame_free)
};

std::unique_ptr<GifPalette> makeGifPalette(const FfmpegLibraries *ff, const WriterSetup &setup, ExportFailure *failure);
// palette: the GIF's (taken over, freed by the writer); nullptr for other formats.
std::unique_ptr<FrameWriter> makeWriter(const FfmpegLibraries *ff, const WriterSetup &setup, AVFrame *palette,
                                        ExportFailure *failure);

// Colour matching at joins (videoexport_colour.cpp). Channels are the
// picture's planes (Y, U, V) or the image's bytes (B, G, R): each gets
// value * gain + offset, rounded and kept within 0-255.
struct ColourCorrection
{
    std::array<double, 3> gain{1.0, 1.0, 1.0};
    std::array<double, 3> offset{0.0, 0.0, 0.0};
    bool active = false;
};

struct ColourJoin
{
    QString path;
    qint64 frames = 0;          // the clip's frame count
    qint64 continuesFrame = -1; // the frame of the previous clip it starts from; -1: none
};

// One correction per clip (inactive for the first, for clips that continue
// nothing, and where the continued frame is not in the previous clip), from
// the continued frame and the later clip's first frame decoded as the export
// decodes them (size, YUV or RGB, conversion).
bool planColourCorrections(const FfmpegLibraries *ff, const QList<ColourJoin> &clips, QSize size, bool yuv, bool exactColours,
                           QList<ColourCorrection> *corrections, ExportFailure *failure);
// The frame with the correction applied (a new picture or a detached image:
// the decoder's buffers are never written to).
bool applyColourCorrection(const FfmpegLibraries *ff, const ColourCorrection &correction, ExportFrame &frame);
// A crossfade's frame k of n (videoexport_colour.cpp): the later clip weighs
// (k + 1) / (n + 1), from nearly none to nearly all; into gets a new picture
// or image. False when memory ran out.
bool blend(const FfmpegLibraries *ff, ExportFrame &into, const ExportFrame &earlier, const ExportFrame &later, int k, int n);

// The stream copy: nullopt-like false with no failure when the clips cannot be
// copied (then they are re-encoded); true when the file was written.
struct CopyPlan
{
    QStringList paths;
    QList<qint64> in;   // resolved indexes
    QList<qint64> out;
    QList<bool> dropFirst;
};
bool streamCopyMp4(const FfmpegLibraries *ff, const CopyPlan &plan, const WriterSetup &setup, const VideoExport::ProgressCallback &progress,
                   const std::atomic_bool *cancel, qint64 *frames, ExportFailure *failure);

} // namespace wan::media
