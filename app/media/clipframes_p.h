#pragma once

// ClipFrames' insides, shared by clipframes.cpp (opening a clip, what it
// holds) and clipframes_decode.cpp (seeking, decoding, converting). Only
// app/media includes FFmpeg's headers, and only through this file.

#include "clipframes.h"
#include "ffmpeglibraries.h"

#include <QDir>
#include <QLoggingCategory>
#include <QSet>

Q_DECLARE_LOGGING_CATEGORY(lcMedia)

namespace wan::media {

inline QString ffmpegError(const FfmpegLibraries *ff, int code)
{
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    ff->av_strerror(code, text, sizeof text);
    return QString::fromUtf8(text);
}

inline QString shownPath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

struct ClipFrames::Private
{
    const FfmpegLibraries *ff = nullptr; // loaded by the first open()
    QString path;
    FrameError error;
    AVFormatContext *format = nullptr;
    AVCodecContext *codec = nullptr;
    SwsContext *sws = nullptr;
    AVPacket *packet = nullptr;
    AVFrame *frame = nullptr;
    AVFrame *kept = nullptr; // lastFrame(): the latest frame so far
    int stream = -1;
    AVRational timeBase{0, 1};
    AVRational rate{0, 1};
    int64_t startPts = 0;
    qint64 frameCount = 0;
    QSize size;
    QImage::Format imageFormat = QImage::Format_RGB32;

    // Where the decoder is: the last frame it handed out since the last seek
    // (-1: none), the file position of the last packet it was given, and
    // whether the end of the stream was sent (then only a seek resumes it).
    qint64 lastIndex = -1;
    int64_t lastPacketPos = -1;
    bool drained = false;
    // Frames whose packets were skipped since the last seek.
    QSet<qint64> skipped;

    ~Private() { release(); }

    void release()
    {
        if (!ff)
            return; // nothing was ever allocated
        ff->sws_freeContext(sws);
        sws = nullptr;
        ff->av_frame_free(&kept);
        ff->av_frame_free(&frame);
        ff->av_packet_free(&packet);
        ff->avcodec_free_context(&codec);
        ff->avformat_close_input(&format);
        stream = -1;
        frameCount = 0;
        size = {};
        lastIndex = -1;
        lastPacketPos = -1;
        drained = false;
        skipped.clear();
    }

    bool fail(FrameError::Kind kind, const QString &message)
    {
        error = {kind, message};
        qCDebug(lcMedia).noquote() << message;
        release();
        return false;
    }

    AVRational frameDuration() const { return av_inv_q(rate); }

    qint64 indexOfTimestamp(int64_t ts) const
    {
        return ff->av_rescale_q_rnd(ts - startPts, timeBase, frameDuration(),
                                AVRounding(AV_ROUND_NEAR_INF | AV_ROUND_PASS_MINMAX));
    }
    int64_t timestampOf(qint64 index) const { return startPts + ff->av_rescale_q(index, frameDuration(), timeBase); }

    qint64 indexOfFrame(const AVFrame *f) const
    {
        int64_t ts = f->best_effort_timestamp;
        if (ts == AV_NOPTS_VALUE)
            ts = f->pts;
        // Without any timestamp, frames can only be counted.
        return ts == AV_NOPTS_VALUE ? lastIndex + 1 : indexOfTimestamp(ts);
    }

    bool openStreams(const QString &name);
    bool checkComplete(const QString &name);
    qint64 countPackets();
    bool seekTo(int64_t ts);
    bool seekToStart();
    // Where a seek to ts would start decoding (the keyframe at or before it), -1 when unknown.
    int64_t keyframePositionBefore(int64_t ts) const;
    DecodedFrame decode(qint64 target, bool toTheEnd, bool skipOthers = true);
    DecodedFrame convert(const AVFrame *f, qint64 index);
};

} // namespace wan::media
