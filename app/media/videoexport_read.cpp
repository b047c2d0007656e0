#include "videoexport_p.h"

#include <QDir>
#include <QFile>
#include <QThread>

namespace wan::media {

namespace {

bool isFullRange(const AVFrame *f)
{
    const auto format = AVPixelFormat(f->format);
    return f->color_range == AVCOL_RANGE_JPEG || format == AV_PIX_FMT_YUVJ420P || format == AV_PIX_FMT_YUVJ422P
        || format == AV_PIX_FMT_YUVJ444P || format == AV_PIX_FMT_YUVJ440P;
}

} // namespace

Picture takePicture(const FfmpegLibraries *ff, AVFrame *frame)
{
    if (!frame)
        return {};
    return Picture(frame, [ff](AVFrame *f) { ff->av_frame_free(&f); });
}

struct ClipReader::Private
{
    const FfmpegLibraries *ff = nullptr;
    QString path;
    AVFormatContext *format = nullptr;
    AVCodecContext *codec = nullptr;
    SwsContext *sws = nullptr;
    AVPacket *packet = nullptr;
    AVFrame *frame = nullptr;
    int stream = -1;
    AVRational timeBase{0, 1};
    AVRational rate{0, 1};
    int64_t startPts = 0;
    qint64 counted = -1; // frames handed out without timestamps
    int swsFlags = SWS_BICUBIC | SWS_ACCURATE_RND | SWS_FULL_CHR_H_INT;

    ~Private()
    {
        if (!ff)
            return;
        ff->sws_freeContext(sws);
        ff->av_frame_free(&frame);
        ff->av_packet_free(&packet);
        ff->avcodec_free_context(&codec);
        ff->avformat_close_input(&format);
    }

    qint64 indexOf(int64_t ts) const
    {
        return ff->av_rescale_q_rnd(ts - startPts, timeBase, av_inv_q(rate), AVRounding(AV_ROUND_NEAR_INF | AV_ROUND_PASS_MINMAX));
    }
};

ClipReader::ClipReader(const FfmpegLibraries *ff)
    : d(std::make_unique<Private>())
{
    d->ff = ff;
}

ClipReader::~ClipReader() = default;

void ClipReader::setExactColours(bool exact)
{
    d->swsFlags = exact ? SWS_BICUBIC | SWS_ACCURATE_RND | SWS_FULL_CHR_H_INT : SWS_BICUBIC;
}

AVFormatContext *ClipReader::format() const
{
    return d->format;
}

int ClipReader::stream() const
{
    return d->stream;
}

qint64 ClipReader::indexOfTimestamp(int64_t ts) const
{
    return d->indexOf(ts);
}

bool ClipReader::open(const QString &path, ExportFailure *failure)
{
    const FfmpegLibraries *ff = d->ff;
    d->path = path;
    const QString name = QDir::toNativeSeparators(path);
    auto fail = [&](const QString &why) {
        *failure = {ExportResult::Status::Failed, VideoExport::tr("\u201C%1\u201D cannot be decoded: %2").arg(name, why)};
        return false;
    };
    // Only the file itself (see ClipFrames::open).
    AVDictionary *options = nullptr;
    ff->av_dict_set(&options, "protocol_whitelist", "file", 0);
    const QByteArray url = QByteArrayLiteral("file:") + QFile::encodeName(path);
    int r = ff->avformat_open_input(&d->format, url.constData(), nullptr, &options);
    ff->av_dict_free(&options);
    if (r < 0)
        return fail(describeFfmpegError(ff, r));
    const AVCodec *decoder = nullptr;
    r = ff->av_find_best_stream(d->format, AVMEDIA_TYPE_VIDEO, -1, -1, &decoder, 0);
    if (r < 0 || !decoder) {
        ff->avformat_find_stream_info(d->format, nullptr);
        r = ff->av_find_best_stream(d->format, AVMEDIA_TYPE_VIDEO, -1, -1, &decoder, 0);
    }
    if (r < 0 || !decoder)
        return fail(describeFfmpegError(ff, r));
    d->stream = r;
    AVStream *st = d->format->streams[r];
    for (unsigned i = 0; i < d->format->nb_streams; ++i) {
        if (int(i) != d->stream)
            d->format->streams[i]->discard = AVDISCARD_ALL;
    }
    d->timeBase = st->time_base;
    d->rate = st->avg_frame_rate.num > 0 && st->avg_frame_rate.den > 0 ? st->avg_frame_rate : st->r_frame_rate;
    if (d->rate.num <= 0 || d->rate.den <= 0)
        d->rate = ff->av_guess_frame_rate(d->format, st, nullptr);
    d->startPts = st->start_time != AV_NOPTS_VALUE ? st->start_time : 0;
    d->codec = ff->avcodec_alloc_context3(decoder);
    d->packet = ff->av_packet_alloc();
    d->frame = ff->av_frame_alloc();
    if (!d->codec || !d->packet || !d->frame || ff->avcodec_parameters_to_context(d->codec, st->codecpar) < 0)
        return fail(describeFfmpegError(ff, AVERROR(ENOMEM)));
    d->codec->pkt_timebase = d->timeBase;
    d->codec->thread_count = qBound(1, QThread::idealThreadCount(), 16);
    d->codec->thread_type = FF_THREAD_FRAME | FF_THREAD_SLICE;
    if ((r = ff->avcodec_open2(d->codec, decoder, nullptr)) < 0)
        return fail(describeFfmpegError(ff, r));
    return true;
}

bool ClipReader::read(qint64 in, qint64 out, QSize size, bool yuv, const std::function<bool(ExportFrame &&)> &sink, ExportFailure *failure)
{
    const FfmpegLibraries *ff = d->ff;
    const QString name = QDir::toNativeSeparators(d->path);
    auto fail = [&](const QString &why) {
        *failure = {ExportResult::Status::Failed, VideoExport::tr("\u201C%1\u201D cannot be decoded: %2").arg(name, why)};
        return false;
    };
    if (in > 0) {
        // The keyframe at or before the in point; the frames before it are decoded and passed over.
        const int64_t ts = d->startPts + ff->av_rescale_q(in, av_inv_q(d->rate), d->timeBase);
        if (ff->av_seek_frame(d->format, d->stream, ts, AVSEEK_FLAG_BACKWARD) < 0)
            ff->av_seek_frame(d->format, d->stream, d->startPts, AVSEEK_FLAG_BACKWARD);
        ff->avcodec_flush_buffers(d->codec);
    }
    qint64 next = in; // the next frame wanted
    bool sentEnd = false;
    for (;;) {
        int r = ff->avcodec_receive_frame(d->codec, d->frame);
        if (r == 0) {
            int64_t ts = d->frame->best_effort_timestamp;
            if (ts == AV_NOPTS_VALUE)
                ts = d->frame->pts;
            const qint64 index = ts == AV_NOPTS_VALUE ? ++d->counted : d->indexOf(ts);
            if (index < next || index > out) {
                ff->av_frame_unref(d->frame);
                if (index > out)
                    return true;
                continue;
            }
            ExportFrame made;
            if (yuv && AVPixelFormat(d->frame->format) == AV_PIX_FMT_YUV420P && d->frame->width == size.width()
                && d->frame->height == size.height()) {
                made.picture = takePicture(ff, ff->av_frame_clone(d->frame)); // as decoded
            } else {
                const AVPixelFormat target = yuv ? AV_PIX_FMT_YUV420P : AV_PIX_FMT_RGB32;
                d->sws = ff->sws_getCachedContext(d->sws, d->frame->width, d->frame->height, AVPixelFormat(d->frame->format),
                                                  size.width(), size.height(), target,
                                                  d->swsFlags, nullptr, nullptr, nullptr);
                if (!d->sws) {
                    ff->av_frame_unref(d->frame);
                    return fail(QString::fromUtf8(ff->av_get_pix_fmt_name(AVPixelFormat(d->frame->format))));
                }
                if (!yuv)
                    ff->sws_setColorspaceDetails(d->sws, ff->sws_getCoefficients(d->frame->colorspace), isFullRange(d->frame) ? 1 : 0,
                                                 ff->sws_getCoefficients(SWS_CS_DEFAULT), 1, 0, 1 << 16, 1 << 16);
                uint8_t *planes[4] = {};
                int strides[4] = {};
                if (yuv) {
                    AVFrame *picture = ff->av_frame_alloc();
                    if (picture) {
                        picture->format = AV_PIX_FMT_YUV420P;
                        picture->width = size.width();
                        picture->height = size.height();
                    }
                    made.picture = takePicture(ff, picture);
                    if (made.picture && ff->av_frame_get_buffer(picture, 0) >= 0) {
                        for (int i = 0; i < 3; ++i) {
                            planes[i] = picture->data[i];
                            strides[i] = picture->linesize[i];
                        }
                    }
                } else {
                    made.image = QImage(size, QImage::Format_RGB32);
                    planes[0] = made.image.isNull() ? nullptr : made.image.bits();
                    strides[0] = int(made.image.bytesPerLine());
                }
                if (!planes[0]) {
                    ff->av_frame_unref(d->frame);
                    return fail(describeFfmpegError(ff, AVERROR(ENOMEM)));
                }
                ff->sws_scale(d->sws, d->frame->data, d->frame->linesize, 0, d->frame->height, planes, strides);
            }
            ff->av_frame_unref(d->frame);
            if (!made.picture && made.image.isNull())
                return fail(describeFfmpegError(ff, AVERROR(ENOMEM)));
            // A frame missing from the stream is shown as the one before it, so the count holds.
            while (next < index) {
                ExportFrame copy = made;
                copy.source = next++;
                if (!sink(std::move(copy)))
                    return true;
            }
            made.source = next++;
            if (!sink(std::move(made)))
                return true;
            if (next > out)
                return true;
            continue;
        }
        if (r == AVERROR_EOF)
            break;
        if (r != AVERROR(EAGAIN))
            return fail(describeFfmpegError(ff, r));
        if (sentEnd)
            break;
        r = ff->av_read_frame(d->format, d->packet);
        if (r < 0) {
            ff->avcodec_send_packet(d->codec, nullptr);
            sentEnd = true;
            continue;
        }
        if (d->packet->stream_index == d->stream)
            ff->avcodec_send_packet(d->codec, d->packet); // damaged data: the decoder goes on with the next packet
        ff->av_packet_unref(d->packet);
    }
    if (next <= out)
        return fail(VideoExport::tr("the clip ends at frame %1, before frame %2: it is damaged or cut short.").arg(next - 1).arg(out));
    return true;
}

} // namespace wan::media
