#include "clipframes_p.h"

#include "api/mp4probe.h"

#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <cstdarg>
#include <mutex>

Q_LOGGING_CATEGORY(lcMedia, "wanstudio.media", QtInfoMsg)

namespace wan::media {

namespace {

// FFmpeg prints its complaints about a damaged file straight to stderr, which
// would bury the one plain message the command line gives: they go to this
// module's debug log instead (QT_LOGGING_RULES="wanstudio.media.debug=true").
// The callback is process-wide; the window's media backend is routed too.
void logFromFfmpeg(void *context, int level, const char *format, va_list arguments)
{
    const FfmpegLibraries *ff = FfmpegLibraries::get();
    if (level > ff->av_log_get_level() || !lcMedia().isDebugEnabled())
        return;
    char line[1024];
    int printPrefix = 1;
    va_list copy;
    va_copy(copy, arguments);
    ff->av_log_format_line2(context, level, format, copy, line, sizeof line, &printPrefix);
    va_end(copy);
    qCDebug(lcMedia).noquote() << "ffmpeg:" << QString::fromUtf8(line).trimmed();
}

void routeFfmpegLogging(const FfmpegLibraries *ff)
{
    static std::once_flag once;
    std::call_once(once, [ff] { ff->av_log_set_callback(logFromFfmpeg); });
}

} // namespace

void ClipFrames::loadLibraries()
{
    FfmpegLibraries::get();
}

ClipFrames::ClipFrames()
    : d(std::make_unique<Private>())
{
}

ClipFrames::~ClipFrames() = default;

bool ClipFrames::open(const QString &path)
{
    close();
    d->error = {};
    d->path = QFileInfo(path).absoluteFilePath();
    const QString name = shownPath(d->path);
    const QFileInfo info(d->path);
    if (!info.exists())
        return d->fail(FrameError::Kind::NotFound, tr("The clip \u201C%1\u201D does not exist.").arg(name));
    if (!info.isFile())
        return d->fail(FrameError::Kind::NotFound, tr("\u201C%1\u201D is not a file: give the path of an MP4 clip.").arg(name));
    {
        QFile file(d->path);
        if (!file.open(QIODevice::ReadOnly))
            return d->fail(FrameError::Kind::Unreadable, tr("The clip \u201C%1\u201D cannot be read: %2.").arg(name, file.errorString()));
    }
    if (info.size() == 0)
        return d->fail(FrameError::Kind::Empty, tr("The file \u201C%1\u201D is empty (0 bytes): it holds no video.").arg(name));
    QString problem;
    if (!d->ff)
        d->ff = FfmpegLibraries::get(&problem);
    if (!d->ff)
        return d->fail(FrameError::Kind::NoDecoder,
                       tr("FFmpeg's libraries, which Wan Studio decodes clips with, could not be loaded: %1").arg(problem));
    const FfmpegLibraries *ff = d->ff;
    routeFfmpegLogging(ff);

    // Only the file itself: a hostile "video" (a playlist, a concat list) must
    // not make FFmpeg open network addresses. The "file:" prefix keeps a name
    // with a colon from being taken for a protocol.
    AVDictionary *options = nullptr;
    ff->av_dict_set(&options, "protocol_whitelist", "file", 0);
    const QByteArray url = QByteArrayLiteral("file:") + QFile::encodeName(d->path);
    const int opened = ff->avformat_open_input(&d->format, url.constData(), nullptr, &options);
    ff->av_dict_free(&options);
    if (opened < 0) {
        qCDebug(lcMedia).noquote() << "avformat_open_input:" << ffmpegError(ff, opened);
        // An MP4 that FFmpeg cannot open is nearly always one cut short (its
        // index, the moov box, comes last and is missing): say so.
        const api::Mp4Info mp4 = api::Mp4Probe::inspectFile(d->path);
        if (mp4.isMp4 && !mp4.complete)
            return d->fail(FrameError::Kind::Truncated,
                           tr("The clip \u201C%1\u201D is incomplete (%2): it was probably cut off while it was being "
                              "saved, copied or downloaded.")
                               .arg(name, mp4.problem));
        return d->fail(FrameError::Kind::NotAVideo,
                       tr("The file \u201C%1\u201D is not a video: it is not in a format FFmpeg can read.").arg(name));
    }
    if (!d->openStreams(name) || !d->checkComplete(name))
        return false;
    qCDebug(lcMedia).noquote() << "opened" << d->path << d->size << d->frameCount << "frames at" << d->rate.num << "/"
                               << d->rate.den << "fps," << d->format->iformat->name;
    return true;
}

bool ClipFrames::Private::openStreams(const QString &name)
{
    const AVCodec *decoder = nullptr;
    int found = ff->av_find_best_stream(format, AVMEDIA_TYPE_VIDEO, -1, -1, &decoder, 0);
    auto described = [this](int index) {
        if (index < 0)
            return false;
        const AVStream *st = format->streams[index];
        const AVRational r = st->avg_frame_rate.num > 0 ? st->avg_frame_rate : st->r_frame_rate;
        return st->codecpar->width > 0 && st->codecpar->height > 0 && r.num > 0 && r.den > 0;
    };
    // MP4 describes its streams in its header; other containers (or an MP4
    // without a rate) need a look at the first packets, which costs a decode.
    if (!described(found)) {
        if (const int r = ff->avformat_find_stream_info(format, nullptr); r < 0)
            qCDebug(lcMedia).noquote() << "avformat_find_stream_info:" << ffmpegError(ff, r);
        found = ff->av_find_best_stream(format, AVMEDIA_TYPE_VIDEO, -1, -1, &decoder, 0);
    }
    if (found == AVERROR_DECODER_NOT_FOUND) {
        const int any = ff->av_find_best_stream(format, AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
        const char *codecName = any >= 0 ? ff->avcodec_get_name(format->streams[any]->codecpar->codec_id) : "?";
        return fail(FrameError::Kind::NoDecoder,
                    ClipFrames::tr("The video in \u201C%1\u201D is %2, which this computer's FFmpeg cannot decode.")
                        .arg(name, QString::fromUtf8(codecName)));
    }
    if (found < 0 || (format->streams[found]->disposition & AV_DISPOSITION_ATTACHED_PIC))
        return fail(FrameError::Kind::NoVideoStream,
                    ClipFrames::tr("The file \u201C%1\u201D holds no video stream (only sound or other data).").arg(name));
    stream = found;
    AVStream *st = format->streams[stream];
    for (unsigned i = 0; i < format->nb_streams; ++i) {
        if (int(i) != stream)
            format->streams[i]->discard = AVDISCARD_ALL; // no sound packets to skip over
    }
    timeBase = st->time_base;
    rate = st->avg_frame_rate.num > 0 && st->avg_frame_rate.den > 0 ? st->avg_frame_rate : st->r_frame_rate;
    if (rate.num <= 0 || rate.den <= 0)
        rate = ff->av_guess_frame_rate(format, st, nullptr);
    if (rate.num <= 0 || rate.den <= 0 || timeBase.num <= 0 || timeBase.den <= 0)
        return fail(FrameError::Kind::NotAVideo,
                    ClipFrames::tr("The video in \u201C%1\u201D does not say its frame rate, so its frames cannot be "
                                   "numbered.")
                        .arg(name));
    startPts = st->start_time != AV_NOPTS_VALUE ? st->start_time : 0;
    size = QSize(st->codecpar->width, st->codecpar->height);

    codec = ff->avcodec_alloc_context3(decoder);
    packet = ff->av_packet_alloc();
    frame = ff->av_frame_alloc();
    kept = ff->av_frame_alloc();
    if (!codec || !packet || !frame || !kept || ff->avcodec_parameters_to_context(codec, st->codecpar) < 0)
        return fail(FrameError::Kind::DecodeFailed, ClipFrames::tr("Not enough memory to decode \u201C%1\u201D.").arg(name));
    codec->pkt_timebase = timeBase;
    // A thread per core: a frame far from a keyframe needs all the frames
    // before it. FFmpeg's own choice (cores + 1) took 15 ms longer for the
    // last of 100 frames at 720p on two cores (whole process, median of 25).
    codec->thread_count = qBound(1, QThread::idealThreadCount(), 16);
    codec->thread_type = FF_THREAD_FRAME | FF_THREAD_SLICE;
    if (const int r = ff->avcodec_open2(codec, decoder, nullptr); r < 0)
        return fail(FrameError::Kind::NoDecoder,
                    ClipFrames::tr("The video in \u201C%1\u201D (%2) cannot be decoded: %3.")
                        .arg(name, QString::fromUtf8(decoder->name), ffmpegError(ff, r)));

    frameCount = st->nb_frames > 0 ? st->nb_frames : countPackets();
    if (frameCount <= 0)
        return fail(FrameError::Kind::NoVideoStream, ClipFrames::tr("The clip \u201C%1\u201D holds no video frames.").arg(name));
    return true;
}

qint64 ClipFrames::Private::countPackets()
{
    // Demuxing without decoding: reads the packets' headers and bytes, cheap
    // next to decoding them.
    qint64 count = 0;
    while (ff->av_read_frame(format, packet) >= 0) {
        if (packet->stream_index == stream && !(packet->flags & AV_PKT_FLAG_DISCARD))
            ++count;
        ff->av_packet_unref(packet);
    }
    seekToStart();
    return count;
}

bool ClipFrames::Private::checkComplete(const QString &name)
{
    // A clip whose index (moov first, as Wan Studio's clips are) survived but
    // whose frames were cut off opens fine; its index says where frames
    // should be, beyond the end of the file.
    AVStream *st = format->streams[stream];
    const int entries = ff->avformat_index_get_entries_count(st);
    const int64_t fileSize = ff->avio_size(format->pb);
    if (entries <= 0 || fileSize <= 0)
        return true;
    int whole = 0;
    bool cut = false;
    for (int i = 0; i < entries; ++i) {
        const AVIndexEntry *entry = ff->avformat_index_get_entry(st, i);
        if (entry->pos + entry->size <= fileSize)
            ++whole;
        else
            cut = true;
    }
    if (!cut)
        return true;
    return fail(FrameError::Kind::Truncated,
                ClipFrames::tr("The clip \u201C%1\u201D is incomplete: the file ends after %2 of its %3 frames. It was "
                               "probably cut off while it was being saved, copied or downloaded.")
                    .arg(name)
                    .arg(whole)
                    .arg(entries));
}

void ClipFrames::close()
{
    d->release();
    d->path.clear();
}

bool ClipFrames::isOpen() const
{
    return d->format != nullptr;
}

const FrameError &ClipFrames::error() const
{
    return d->error;
}

QString ClipFrames::path() const
{
    return d->path;
}

qint64 ClipFrames::frameCount() const
{
    return d->frameCount;
}

FrameRate ClipFrames::frameRate() const
{
    return {d->rate.num, d->rate.den};
}

QSize ClipFrames::size() const
{
    return d->size;
}

double ClipFrames::durationSeconds() const
{
    const double fps = frameRate().fps();
    return fps > 0 ? double(d->frameCount) / fps : 0.0;
}

void ClipFrames::setImageFormat(QImage::Format format)
{
    Q_ASSERT(format == QImage::Format_RGB32 || format == QImage::Format_RGB888);
    d->imageFormat = format == QImage::Format_RGB888 ? format : QImage::Format_RGB32;
}

QImage::Format ClipFrames::imageFormat() const
{
    return d->imageFormat;
}

std::optional<qint64> ClipFrames::indexOf(const FramePosition &at, FrameError *error) const
{
    const qint64 count = d->frameCount;
    const QString name = shownPath(d->path);
    auto pastTheEnd = [&](const QString &message) -> std::optional<qint64> {
        if (error)
            *error = {FrameError::Kind::PastTheEnd, message};
        return std::nullopt;
    };
    switch (at.kind) {
    case FramePosition::Kind::First:
        return 0;
    case FramePosition::Kind::Last:
        return count - 1;
    case FramePosition::Kind::Index:
        if (at.index >= 0 && at.index < count)
            return at.index;
        return pastTheEnd(tr("Frame %1 is past the end of \u201C%2\u201D: the clip has %n frame(s), numbered 0 to %3.", nullptr, int(count))
                              .arg(at.index)
                              .arg(name)
                              .arg(count - 1));
    case FramePosition::Kind::Seconds: {
        const qint64 index = FrameTiming::indexAtSeconds(at.seconds, frameRate().frameMs());
        if (index < count)
            return index;
        return pastTheEnd(tr("%1 s is past the end of \u201C%2\u201D: the clip lasts %3 s (%n frame(s) at %4 fps; the last "
                             "one starts at %5 s).",
                             nullptr, int(count))
                              .arg(QString::number(at.seconds, 'g', 12), name, QString::number(durationSeconds(), 'g', 6),
                                   QString::number(frameRate().fps(), 'g', 6),
                                   QString::number(FrameTiming::startSeconds(count - 1, frameRate().frameMs()), 'g', 6)));
    }
    }
    return std::nullopt;
}

DecodedFrame ClipFrames::frame(const FramePosition &at)
{
    if (at.kind == FramePosition::Kind::Last)
        return lastFrame();
    FrameError problem;
    const std::optional<qint64> index = indexOf(at, &problem);
    if (!index) {
        DecodedFrame none;
        none.error = problem;
        d->error = problem;
        return none;
    }
    return frameAt(*index);
}

DecodedFrame ClipFrames::frameAt(qint64 index)
{
    DecodedFrame result;
    if (!isOpen()) {
        result.error = d->error.isError() ? d->error : FrameError{FrameError::Kind::NotFound, tr("No clip is open.")};
        return result;
    }
    FrameError problem;
    if (!indexOf(FramePosition::atIndex(index), &problem)) {
        result.error = problem;
    } else {
        result = d->decode(index, false);
    }
    d->error = result.error;
    return result;
}

DecodedFrame ClipFrames::lastFrame()
{
    DecodedFrame result;
    if (!isOpen()) {
        result.error = d->error.isError() ? d->error : FrameError{FrameError::Kind::NotFound, tr("No clip is open.")};
        return result;
    }
    result = d->decode(d->frameCount - 1, true);
    d->error = result.error;
    return result;
}

} // namespace wan::media
