#include "videoexport_p.h"

#include "framepng.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>

namespace wan::media {

QString describeFfmpegError(const FfmpegLibraries *ff, int code)
{
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    ff->av_strerror(code, text, sizeof text);
    return QString::fromUtf8(text);
}

ExportFailure writeFailure(const FfmpegLibraries *ff, int code, const QString &path)
{
    const QString folder = QDir::toNativeSeparators(QFileInfo(path).absolutePath());
    if (code == AVERROR(ENOSPC) || code == AVERROR(EDQUOT) || code == AVERROR(EFBIG))
        return {ExportResult::Status::WriteFailed,
                VideoExport::tr("The disk is full (or the file grew past the size this computer allows): the export did not "
                                "fit in \u201C%1\u201D. Free some space or choose another place, then export again; nothing was "
                                "left behind.")
                    .arg(folder)};
    return {ExportResult::Status::WriteFailed,
            VideoExport::tr("The export could not be written in \u201C%1\u201D: %2. Nothing was left behind.")
                .arg(folder, describeFfmpegError(ff, code))};
}

namespace {

// Copies a picture into a new AVFrame of the same pixels (RGB32).
AVFrame *rgbFrame(const FfmpegLibraries *ff, const QImage &image, int64_t pts)
{
    AVFrame *f = ff->av_frame_alloc();
    if (!f)
        return nullptr;
    f->format = AV_PIX_FMT_RGB32;
    f->width = image.width();
    f->height = image.height();
    if (ff->av_frame_get_buffer(f, 0) < 0) {
        ff->av_frame_free(&f);
        return nullptr;
    }
    const qsizetype row = qsizetype(image.width()) * 4;
    for (int y = 0; y < image.height(); ++y)
        memcpy(f->data[0] + qsizetype(y) * f->linesize[0], image.constScanLine(y), size_t(row));
    f->pts = pts;
    f->sample_aspect_ratio = {1, 1};
    return f;
}

QByteArray bufferArguments(QSize size, AVRational rate)
{
    return QStringLiteral("video_size=%1x%2:pix_fmt=%3:time_base=%4/%5:pixel_aspect=1/1")
        .arg(size.width())
        .arg(size.height())
        .arg(int(AV_PIX_FMT_RGB32))
        .arg(rate.den)
        .arg(rate.num)
        .toLatin1();
}

ExportFailure encoderFailure(const FfmpegLibraries *ff, const char *what, int code)
{
    return {ExportResult::Status::Failed,
            VideoExport::tr("The encoder (%1) failed: %2.").arg(QLatin1String(what), describeFfmpegError(ff, code))};
}

class PaletteMaker final : public GifPalette
{
public:
    PaletteMaker(const FfmpegLibraries *ff, const WriterSetup &setup)
        : m_ff(ff)
        , m_setup(setup)
    {
    }
    ~PaletteMaker() override { m_ff->avfilter_graph_free(&m_graph); }

    bool open(ExportFailure *failure)
    {
        m_graph = m_ff->avfilter_graph_alloc();
        int r = m_graph ? 0 : AVERROR(ENOMEM);
        if (r >= 0)
            r = m_ff->avfilter_graph_create_filter(&m_source, m_ff->avfilter_get_by_name("buffer"), "in",
                                                   bufferArguments(m_setup.size, m_setup.rate).constData(), nullptr, m_graph);
        AVFilterContext *palettegen = nullptr;
        // One palette for the whole export, from every frame's colours.
        if (r >= 0)
            r = m_ff->avfilter_graph_create_filter(&palettegen, m_ff->avfilter_get_by_name("palettegen"), "palettegen",
                                                   "stats_mode=full", nullptr, m_graph);
        if (r >= 0)
            r = m_ff->avfilter_graph_create_filter(&m_sink, m_ff->avfilter_get_by_name("buffersink"), "out", nullptr, nullptr, m_graph);
        if (r >= 0)
            r = m_ff->avfilter_link(m_source, 0, palettegen, 0);
        if (r >= 0)
            r = m_ff->avfilter_link(palettegen, 0, m_sink, 0);
        if (r >= 0)
            r = m_ff->avfilter_graph_config(m_graph, nullptr);
        if (r < 0)
            *failure = encoderFailure(m_ff, "palettegen", r);
        return r >= 0;
    }

    bool add(const ExportFrame &frame, ExportFailure *failure) override
    {
        AVFrame *f = rgbFrame(m_ff, frame.image, m_pts++);
        // Pushed through at once: palettegen only counts colours, and frames left
        // queued before it (nothing asks for its output until the end) would all
        // stay in memory.
        const int r = f ? m_ff->av_buffersrc_add_frame_flags(m_source, f, AV_BUFFERSRC_FLAG_PUSH) : AVERROR(ENOMEM);
        m_ff->av_frame_free(&f);
        if (r < 0)
            *failure = encoderFailure(m_ff, "palettegen", r);
        return r >= 0;
    }

    AVFrame *finish(ExportFailure *failure) override
    {
        int r = m_ff->av_buffersrc_add_frame_flags(m_source, nullptr, 0);
        AVFrame *palette = m_ff->av_frame_alloc();
        if (r >= 0)
            r = palette ? m_ff->av_buffersink_get_frame(m_sink, palette) : AVERROR(ENOMEM);
        if (r < 0) {
            m_ff->av_frame_free(&palette);
            *failure = encoderFailure(m_ff, "palettegen", r);
            return nullptr;
        }
        palette->pts = 0;
        return palette;
    }

private:
    const FfmpegLibraries *m_ff;
    WriterSetup m_setup;
    AVFilterGraph *m_graph = nullptr;
    AVFilterContext *m_source = nullptr;
    AVFilterContext *m_sink = nullptr;
    int64_t m_pts = 0;
};

// MP4, WebM, WebP and GIF: an encoder and a muxer; for a GIF, paletteuse before the encoder.
class AvWriter final : public FrameWriter
{
public:
    AvWriter(const FfmpegLibraries *ff, const WriterSetup &setup, AVFrame *palette)
        : m_ff(ff)
        , m_setup(setup)
        , m_palette(palette)
    {
    }
    ~AvWriter() override
    {
        m_ff->av_frame_free(&m_palette);
        m_ff->av_frame_free(&m_frame);
        m_ff->av_packet_free(&m_packet);
        m_ff->avfilter_graph_free(&m_graph);
        m_ff->sws_freeContext(m_sws);
        m_ff->avcodec_free_context(&m_codec);
        if (m_muxer) {
            if (m_muxer->pb)
                m_ff->avio_closep(&m_muxer->pb);
            m_ff->avformat_free_context(m_muxer);
        }
    }

    bool open(ExportFailure *failure);
    bool write(const ExportFrame &frame, ExportFailure *failure) override;
    bool finish(ExportFailure *failure) override;

private:
    bool openPaletteUse(ExportFailure *failure);
    bool encode(AVFrame *frame, ExportFailure *failure);
    bool drain(ExportFailure *failure);

    const FfmpegLibraries *m_ff;
    WriterSetup m_setup;
    AVFrame *m_palette;
    AVFormatContext *m_muxer = nullptr;
    AVCodecContext *m_codec = nullptr;
    AVStream *m_stream = nullptr;
    SwsContext *m_sws = nullptr;
    AVFrame *m_frame = nullptr;
    AVPacket *m_packet = nullptr;
    AVFilterGraph *m_graph = nullptr;
    AVFilterContext *m_source = nullptr;
    AVFilterContext *m_paletteSource = nullptr;
    AVFilterContext *m_sink = nullptr;
    int64_t m_pts = 0;
};

bool AvWriter::open(ExportFailure *failure)
{
    const char *muxer = "mp4";
    const char *encoder = "libx264";
    AVPixelFormat pixels = AV_PIX_FMT_YUV420P;
    switch (m_setup.format) {
    case ExportFormat::WebM:
        muxer = "webm";
        encoder = "libvpx-vp9";
        break;
    case ExportFormat::Gif:
        muxer = "gif";
        encoder = "gif";
        pixels = AV_PIX_FMT_PAL8;
        break;
    case ExportFormat::WebP:
        muxer = "webp";
        encoder = "libwebp_anim";
        pixels = AV_PIX_FMT_RGB32;
        break;
    default:
        break;
    }
    const AVCodec *codec = m_ff->avcodec_find_encoder_by_name(encoder);
    if (!codec) {
        *failure = {ExportResult::Status::Failed,
                    VideoExport::tr("This computer's FFmpeg has no %1 encoder, which this format needs. Install Debian's "
                                    "libavcodec59 (packaging/install-deps.sh) or choose another format.")
                        .arg(QLatin1String(encoder))};
        return false;
    }
    const QByteArray path = QFile::encodeName(m_setup.path);
    int r = m_ff->avformat_alloc_output_context2(&m_muxer, nullptr, muxer, path.constData());
    if (r < 0 || !m_muxer) {
        *failure = encoderFailure(m_ff, muxer, r < 0 ? r : AVERROR(ENOMEM));
        return false;
    }
    m_stream = m_ff->avformat_new_stream(m_muxer, nullptr);
    m_codec = m_ff->avcodec_alloc_context3(codec);
    m_packet = m_ff->av_packet_alloc();
    m_frame = m_ff->av_frame_alloc();
    if (!m_stream || !m_codec || !m_packet || !m_frame) {
        *failure = encoderFailure(m_ff, encoder, AVERROR(ENOMEM));
        return false;
    }
    m_codec->width = m_setup.size.width();
    m_codec->height = m_setup.size.height();
    m_codec->time_base = {m_setup.rate.den, m_setup.rate.num};
    m_codec->framerate = m_setup.rate;
    m_codec->pix_fmt = pixels;
    m_codec->sample_aspect_ratio = {1, 1};
    if (pixels == AV_PIX_FMT_YUV420P && m_setup.yuv) {
        // The decoder's pictures, tagged as the first clip was.
        m_codec->colorspace = m_setup.colorspace;
        m_codec->color_primaries = m_setup.primaries;
        m_codec->color_trc = m_setup.transfer;
        m_codec->color_range = m_setup.range;
    } else if (pixels == AV_PIX_FMT_YUV420P) {
        // What the RGB to YUV conversion below produces: swscale's default matrix, limited range.
        m_codec->colorspace = AVCOL_SPC_SMPTE170M;
        m_codec->color_primaries = AVCOL_PRI_SMPTE170M;
        m_codec->color_trc = AVCOL_TRC_SMPTE170M;
        m_codec->color_range = AVCOL_RANGE_MPEG;
    }
    if (m_muxer->oformat->flags & AVFMT_GLOBALHEADER)
        m_codec->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    AVDictionary *options = nullptr;
    const int quality = m_setup.quality;
    switch (m_setup.format) {
    case ExportFormat::Mp4:
        m_ff->av_dict_set(&options, "crf", QByteArray::number(quality >= 0 ? quality : 20).constData(), 0);
        m_ff->av_dict_set(&options, "preset", "medium", 0);
        // x264 keeps its look-ahead's frames with their half-pixel planes:
        // medium's 40 took 283 MB at 720p (ffmpeg's own too), over the 200 MB
        // every export must stay under; 10 frames: 188 MB for ffmpeg, files
        // within 0.3 % of the size at the same CRF. The benchmark's ffmpeg
        // reference uses the same setting (BENCHMARKS.md, figure 12).
        m_ff->av_dict_set(&options, "x264-params", "rc-lookahead=10", 0);
        break;
    case ExportFormat::WebM:
        m_codec->bit_rate = 0; // constant quality
        m_ff->av_dict_set(&options, "crf", QByteArray::number(quality >= 0 ? quality : 32).constData(), 0);
        m_ff->av_dict_set(&options, "row-mt", "1", 0);
        m_ff->av_dict_set(&options, "cpu-used", "4", 0);
        m_ff->av_dict_set(&options, "deadline", "good", 0);
        // The frames libvpx holds back for its alternate reference: 25 took
        // 217 MB at 720p, over the 200 MB every export must stay under; 12
        // gave ffmpeg 191 MB and a file of the same size on Wan clips.
        m_ff->av_dict_set(&options, "lag-in-frames", "12", 0);
        break;
    case ExportFormat::WebP:
        m_ff->av_dict_set(&options, "quality", QByteArray::number(quality >= 0 ? quality : 80).constData(), 0);
        break;
    default:
        break;
    }
    r = m_ff->avcodec_open2(m_codec, codec, &options);
    m_ff->av_dict_free(&options);
    if (r < 0) {
        *failure = encoderFailure(m_ff, encoder, r);
        return false;
    }
    if ((r = m_ff->avcodec_parameters_from_context(m_stream->codecpar, m_codec)) < 0) {
        *failure = encoderFailure(m_ff, encoder, r);
        return false;
    }
    m_stream->time_base = m_codec->time_base;
    m_stream->avg_frame_rate = m_setup.rate;
    if (!m_setup.comment.isEmpty())
        m_ff->av_dict_set(&m_muxer->metadata, "comment", m_setup.comment.toUtf8().constData(), 0);
    if (!m_setup.provenance.isEmpty())
        m_ff->av_dict_set(&m_muxer->metadata, "description", m_setup.provenance.constData(), 0);
    if ((r = m_ff->avio_open(&m_muxer->pb, path.constData(), AVIO_FLAG_WRITE)) < 0) {
        *failure = writeFailure(m_ff, r, m_setup.path);
        return false;
    }
    AVDictionary *muxerOptions = nullptr;
    // Loop forever: the GIF muxer's default; the WebP muxer's must be asked for.
    if (m_setup.format == ExportFormat::WebP || m_setup.format == ExportFormat::Gif)
        m_ff->av_dict_set(&muxerOptions, "loop", "0", 0);
    r = m_ff->avformat_write_header(m_muxer, &muxerOptions);
    m_ff->av_dict_free(&muxerOptions);
    if (r < 0) {
        *failure = writeFailure(m_ff, r, m_setup.path);
        return false;
    }
    if (m_setup.format == ExportFormat::Gif)
        return openPaletteUse(failure);
    if (pixels != AV_PIX_FMT_RGB32) {
        m_sws = m_ff->sws_getContext(m_codec->width, m_codec->height, AV_PIX_FMT_RGB32, m_codec->width, m_codec->height, pixels,
                                     SWS_BICUBIC | SWS_ACCURATE_RND, nullptr, nullptr, nullptr);
        if (!m_sws) {
            *failure = encoderFailure(m_ff, "swscale", AVERROR(EINVAL));
            return false;
        }
    }
    return true;
}

bool AvWriter::openPaletteUse(ExportFailure *failure)
{
    m_graph = m_ff->avfilter_graph_alloc();
    int r = m_graph ? 0 : AVERROR(ENOMEM);
    if (r >= 0)
        r = m_ff->avfilter_graph_create_filter(&m_source, m_ff->avfilter_get_by_name("buffer"), "in",
                                               bufferArguments(m_setup.size, m_setup.rate).constData(), nullptr, m_graph);
    if (r >= 0)
        r = m_ff->avfilter_graph_create_filter(&m_paletteSource, m_ff->avfilter_get_by_name("buffer"), "palette",
                                               bufferArguments(QSize(m_palette->width, m_palette->height), m_setup.rate).constData(),
                                               nullptr, m_graph);
    AVFilterContext *paletteuse = nullptr;
    // Error diffusion (FFmpeg's default, sierra2_4a): smooth gradients with 256 colours.
    if (r >= 0)
        r = m_ff->avfilter_graph_create_filter(&paletteuse, m_ff->avfilter_get_by_name("paletteuse"), "paletteuse",
                                               "dither=sierra2_4a", nullptr, m_graph);
    if (r >= 0)
        r = m_ff->avfilter_graph_create_filter(&m_sink, m_ff->avfilter_get_by_name("buffersink"), "out", nullptr, nullptr, m_graph);
    if (r >= 0)
        r = m_ff->avfilter_link(m_source, 0, paletteuse, 0);
    if (r >= 0)
        r = m_ff->avfilter_link(m_paletteSource, 0, paletteuse, 1);
    if (r >= 0)
        r = m_ff->avfilter_link(paletteuse, 0, m_sink, 0);
    if (r >= 0)
        r = m_ff->avfilter_graph_config(m_graph, nullptr);
    // The palette holds for every frame: one frame, then the end of that input.
    if (r >= 0)
        r = m_ff->av_buffersrc_add_frame_flags(m_paletteSource, m_palette, 0);
    if (r >= 0)
        r = m_ff->av_buffersrc_add_frame_flags(m_paletteSource, nullptr, 0);
    if (r < 0)
        *failure = encoderFailure(m_ff, "paletteuse", r);
    return r >= 0;
}

bool AvWriter::write(const ExportFrame &frame, ExportFailure *failure)
{
    const int64_t pts = m_pts++;
    if (m_graph) {
        AVFrame *f = rgbFrame(m_ff, frame.image, pts);
        int r = f ? m_ff->av_buffersrc_add_frame_flags(m_source, f, 0) : AVERROR(ENOMEM);
        m_ff->av_frame_free(&f);
        if (r < 0) {
            *failure = encoderFailure(m_ff, "paletteuse", r);
            return false;
        }
        return drain(failure);
    }
    if (frame.picture) {
        // The picture itself, without its decoder's marks (an I-frame there would force one here).
        m_ff->av_frame_unref(m_frame);
        if (int r = m_ff->av_frame_ref(m_frame, frame.picture.get()); r < 0) {
            *failure = encoderFailure(m_ff, m_codec->codec->name, r);
            return false;
        }
        m_frame->pts = pts;
        m_frame->pict_type = AV_PICTURE_TYPE_NONE;
        m_frame->key_frame = 0;
        m_frame->sample_aspect_ratio = {1, 1};
        const bool ok = encode(m_frame, failure);
        m_ff->av_frame_unref(m_frame);
        return ok;
    }
    if (!m_sws) {
        AVFrame *f = rgbFrame(m_ff, frame.image, pts);
        if (!f) {
            *failure = encoderFailure(m_ff, "libwebp_anim", AVERROR(ENOMEM));
            return false;
        }
        const bool ok = encode(f, failure);
        m_ff->av_frame_free(&f);
        return ok;
    }
    m_ff->av_frame_unref(m_frame);
    m_frame->format = m_codec->pix_fmt;
    m_frame->width = m_codec->width;
    m_frame->height = m_codec->height;
    if (int r = m_ff->av_frame_get_buffer(m_frame, 0); r < 0) {
        *failure = encoderFailure(m_ff, "swscale", r);
        return false;
    }
    const uint8_t *planes[4] = {frame.image.constBits(), nullptr, nullptr, nullptr};
    const int strides[4] = {int(frame.image.bytesPerLine()), 0, 0, 0};
    m_ff->sws_scale(m_sws, planes, strides, 0, m_codec->height, m_frame->data, m_frame->linesize);
    m_frame->pts = pts;
    return encode(m_frame, failure);
}

bool AvWriter::drain(ExportFailure *failure)
{
    for (;;) {
        m_ff->av_frame_unref(m_frame);
        const int r = m_ff->av_buffersink_get_frame(m_sink, m_frame);
        if (r == AVERROR(EAGAIN) || r == AVERROR_EOF)
            return true;
        if (r < 0) {
            *failure = encoderFailure(m_ff, "paletteuse", r);
            return false;
        }
        if (!encode(m_frame, failure))
            return false;
    }
}

bool AvWriter::encode(AVFrame *frame, ExportFailure *failure)
{
    int r = m_ff->avcodec_send_frame(m_codec, frame);
    if (r < 0) {
        *failure = encoderFailure(m_ff, m_codec->codec->name, r);
        return false;
    }
    for (;;) {
        r = m_ff->avcodec_receive_packet(m_codec, m_packet);
        if (r == AVERROR(EAGAIN) || r == AVERROR_EOF)
            return true;
        if (r < 0) {
            *failure = encoderFailure(m_ff, m_codec->codec->name, r);
            return false;
        }
        m_ff->av_packet_rescale_ts(m_packet, m_codec->time_base, m_stream->time_base);
        m_packet->stream_index = m_stream->index;
        r = m_ff->av_interleaved_write_frame(m_muxer, m_packet);
        if (r < 0 || m_muxer->pb->error < 0) {
            *failure = writeFailure(m_ff, r < 0 ? r : m_muxer->pb->error, m_setup.path);
            return false;
        }
    }
}

bool AvWriter::finish(ExportFailure *failure)
{
    if (m_graph) {
        if (int r = m_ff->av_buffersrc_add_frame_flags(m_source, nullptr, 0); r < 0) {
            *failure = encoderFailure(m_ff, "paletteuse", r);
            return false;
        }
        if (!drain(failure))
            return false;
    }
    if (!encode(nullptr, failure))
        return false;
    int r = m_ff->av_write_trailer(m_muxer);
    if (r >= 0 && m_muxer->pb->error < 0)
        r = m_muxer->pb->error;
    const int closed = m_ff->avio_closep(&m_muxer->pb);
    if (r >= 0)
        r = closed;
    if (r < 0) {
        *failure = writeFailure(m_ff, r, m_setup.path);
        return false;
    }
    return true;
}

// A folder of numbered PNGs, each stamped with the clip and frame it shows.
class PngFolderWriter final : public FrameWriter
{
public:
    explicit PngFolderWriter(const WriterSetup &setup)
        : m_setup(setup)
    {
    }

    bool write(const ExportFrame &frame, ExportFailure *failure) override
    {
        FrameStamp stamp;
        stamp.source = m_setup.clipNames.value(frame.clip);
        stamp.frame = frame.source;
        stamp.settingsJson = m_setup.clipSettings.value(frame.clip);
        const QString path = QStringLiteral("%1/frame-%2.png").arg(m_setup.path).arg(m_count++, 5, 10, QLatin1Char('0'));
        QString problem;
        errno = 0;
        if (FramePng::write(frame.image, stamp, path, &problem))
            return true;
        // FramePng reports the device's words; errno says whether it was space.
        const bool full = errno == ENOSPC || errno == EDQUOT || errno == EFBIG;
        *failure = {ExportResult::Status::WriteFailed,
                    full ? VideoExport::tr("The disk is full: the frames did not fit in \u201C%1\u201D. Free some space or "
                                                 "choose another place, then export again; nothing was left behind.")
                                     .arg(QDir::toNativeSeparators(QFileInfo(m_setup.path).absolutePath()))
                               : problem};
        return false;
    }

    bool finish(ExportFailure *) override { return true; }

private:
    WriterSetup m_setup;
    qint64 m_count = 0;
};

} // namespace

std::unique_ptr<GifPalette> makeGifPalette(const FfmpegLibraries *ff, const WriterSetup &setup, ExportFailure *failure)
{
    auto maker = std::make_unique<PaletteMaker>(ff, setup);
    if (!maker->open(failure))
        return nullptr;
    return maker;
}

std::unique_ptr<FrameWriter> makeWriter(const FfmpegLibraries *ff, const WriterSetup &setup, AVFrame *palette, ExportFailure *failure)
{
    if (setup.format == ExportFormat::PngFrames)
        return std::make_unique<PngFolderWriter>(setup);
    auto writer = std::make_unique<AvWriter>(ff, setup, palette);
    if (!writer->open(failure))
        return nullptr;
    return writer;
}

} // namespace wan::media
