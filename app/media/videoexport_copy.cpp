#include "videoexport_p.h"

#include <QFile>

#include <vector>

namespace wan::media {

namespace {

// One clip opened for its packets only (no decoder).
struct Demuxer
{
    const FfmpegLibraries *ff = nullptr;
    AVFormatContext *format = nullptr;
    AVPacket *packet = nullptr;
    int stream = -1;
    AVRational timeBase{0, 1};
    AVRational rate{0, 1};
    int64_t startPts = 0;

    explicit Demuxer(const FfmpegLibraries *f)
        : ff(f)
    {
    }
    ~Demuxer()
    {
        ff->av_packet_free(&packet);
        ff->avformat_close_input(&format);
    }
    Demuxer(const Demuxer &) = delete;
    Demuxer &operator=(const Demuxer &) = delete;

    bool open(const QString &path)
    {
        AVDictionary *options = nullptr;
        ff->av_dict_set(&options, "protocol_whitelist", "file", 0);
        const QByteArray url = QByteArrayLiteral("file:") + QFile::encodeName(path);
        const int r = ff->avformat_open_input(&format, url.constData(), nullptr, &options);
        ff->av_dict_free(&options);
        if (r < 0)
            return false;
        stream = ff->av_find_best_stream(format, AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
        packet = ff->av_packet_alloc();
        if (stream < 0 || !packet)
            return false;
        const AVStream *st = format->streams[stream];
        timeBase = st->time_base;
        rate = st->avg_frame_rate.num > 0 && st->avg_frame_rate.den > 0 ? st->avg_frame_rate : st->r_frame_rate;
        startPts = st->start_time != AV_NOPTS_VALUE ? st->start_time : 0;
        return rate.num > 0 && rate.den > 0;
    }

    qint64 indexOf(int64_t pts) const
    {
        return ff->av_rescale_q_rnd(pts - startPts, timeBase, av_inv_q(rate), AVRounding(AV_ROUND_NEAR_INF | AV_ROUND_PASS_MINMAX));
    }

    // The next packet of the video stream (in decode order), false at the end.
    // Not const: it moves the demuxer on, through the pointers it holds.
    // NOLINTNEXTLINE(readability-make-member-function-const)
    bool next()
    {
        for (;;) {
            ff->av_packet_unref(packet);
            if (ff->av_read_frame(format, packet) < 0)
                return false;
            if (packet->stream_index == stream)
                return true;
        }
    }
};

bool sameParameters(const AVCodecParameters *a, const AVCodecParameters *b)
{
    return a->codec_id == b->codec_id && a->width == b->width && a->height == b->height && a->format == b->format
        && a->profile == b->profile && a->level == b->level && a->extradata_size == b->extradata_size
        && (a->extradata_size == 0 || memcmp(a->extradata, b->extradata, size_t(a->extradata_size)) == 0);
}

// Which packets of a clip are kept: the ones showing frames first..last, which
// must follow each other in decode order from a keyframe (then nothing they
// refer to is left out), one packet per frame.
bool keptRange(Demuxer &clip, qint64 first, qint64 last, qint64 *begin, qint64 *end, int64_t *firstPts)
{
    qint64 position = 0;
    *begin = -1;
    *end = -1;
    qint64 count = 0;
    while (clip.next()) {
        const AVPacket *p = clip.packet;
        if (p->pts == AV_NOPTS_VALUE || p->dts == AV_NOPTS_VALUE || (p->flags & AV_PKT_FLAG_DISCARD))
            return false;
        const qint64 index = clip.indexOf(p->pts);
        const bool wanted = index >= first && index <= last;
        if (wanted) {
            if (*begin < 0) {
                if (!(p->flags & AV_PKT_FLAG_KEY))
                    return false;
                *begin = position;
            } else if (*end != position - 1) {
                return false; // a gap: something unwanted sits between wanted packets
            }
            *end = position;
            ++count;
            if (index == first)
                *firstPts = p->pts;
        }
        ++position;
    }
    return *begin >= 0 && count == last - first + 1;
}

} // namespace

bool streamCopyMp4(const FfmpegLibraries *ff, const CopyPlan &plan, const WriterSetup &setup, const VideoExport::ProgressCallback &progress,
                   const std::atomic_bool *cancel, qint64 *frames, ExportFailure *failure)
{
    // First a look at every clip (packets' headers only): can they be copied?
    const int clips = int(plan.paths.size());
    std::vector<qint64> first(static_cast<size_t>(clips));
    std::vector<qint64> last(static_cast<size_t>(clips));
    std::vector<qint64> begin(static_cast<size_t>(clips));
    std::vector<qint64> end(static_cast<size_t>(clips));
    std::vector<int64_t> firstPts(static_cast<size_t>(clips));
    AVRational timeBase{0, 1};
    AVRational rate{0, 1};
    AVCodecParameters *parameters = nullptr;
    Demuxer reference(ff);
    if (!reference.open(plan.paths.constFirst()))
        return false;
    parameters = reference.format->streams[reference.stream]->codecpar;
    if (parameters->codec_id != AV_CODEC_ID_H264)
        return false;
    timeBase = reference.timeBase;
    rate = reference.rate;
    qint64 total = 0;
    for (int i = 0; i < clips; ++i) {
        // A seam drops the earlier clip's last frame here, not the later clip's
        // first: the same picture, and the later clip keeps its keyframe.
        first[size_t(i)] = plan.in.at(i);
        last[size_t(i)] = plan.out.at(i) - (i + 1 < clips && plan.dropFirst.at(i + 1) ? 1 : 0);
        if (last[size_t(i)] < first[size_t(i)])
            return false;
        Demuxer clip(ff);
        if (!clip.open(plan.paths.at(i)) || !sameParameters(clip.format->streams[clip.stream]->codecpar, parameters)
            || av_cmp_q(clip.rate, rate) != 0 || av_cmp_q(clip.timeBase, timeBase) != 0)
            return false;
        if (!keptRange(clip, first[size_t(i)], last[size_t(i)], &begin[size_t(i)], &end[size_t(i)], &firstPts[size_t(i)]))
            return false;
        total += last[size_t(i)] - first[size_t(i)] + 1;
    }

    // Then the copy, each clip's timestamps moved to follow the one before.
    AVFormatContext *muxer = nullptr;
    const QByteArray path = QFile::encodeName(setup.path);
    int r = ff->avformat_alloc_output_context2(&muxer, nullptr, "mp4", path.constData());
    if (r < 0 || !muxer) {
        *failure = writeFailure(ff, r < 0 ? r : AVERROR(ENOMEM), setup.path);
        return false;
    }
    auto closeMuxer = [ff, &muxer] {
        if (muxer->pb)
            ff->avio_closep(&muxer->pb);
        ff->avformat_free_context(muxer);
        muxer = nullptr;
    };
    AVStream *out = ff->avformat_new_stream(muxer, nullptr);
    if (!out || (r = ff->avcodec_parameters_copy(out->codecpar, parameters)) < 0) {
        *failure = {ExportResult::Status::Failed, VideoExport::tr("The clips could not be copied: %1.").arg(describeFfmpegError(ff, r))};
        closeMuxer();
        return false;
    }
    out->codecpar->codec_tag = 0;
    out->time_base = timeBase;
    out->avg_frame_rate = rate;
    if (!setup.comment.isEmpty())
        ff->av_dict_set(&muxer->metadata, "comment", setup.comment.toUtf8().constData(), 0);
    if (!setup.provenance.isEmpty())
        ff->av_dict_set(&muxer->metadata, "description", setup.provenance.constData(), 0);
    if ((r = ff->avio_open(&muxer->pb, path.constData(), AVIO_FLAG_WRITE)) < 0 || (r = ff->avformat_write_header(muxer, nullptr)) < 0) {
        *failure = writeFailure(ff, r, setup.path);
        closeMuxer();
        return false;
    }
    const int64_t frameTicks = ff->av_rescale_q(1, av_inv_q(rate), timeBase);
    int64_t base = 0;
    int64_t lastDts = INT64_MIN;
    ExportProgress counted{0, total};
    for (int i = 0; i < clips; ++i) {
        Demuxer clip(ff);
        if (!clip.open(plan.paths.at(i))) {
            *failure = {ExportResult::Status::Failed, VideoExport::tr("The clips could not be copied: a clip could not be read again.")};
            closeMuxer();
            return false;
        }
        const int64_t shift = base - firstPts[size_t(i)];
        qint64 position = 0;
        while (clip.next()) {
            const qint64 at = position++;
            if (at < begin[size_t(i)])
                continue;
            if (at > end[size_t(i)])
                break;
            if (cancel && cancel->load()) {
                *failure = {ExportResult::Status::Cancelled, VideoExport::tr("The export was cancelled; nothing was left behind.")};
                closeMuxer();
                return false;
            }
            AVPacket *p = clip.packet;
            p->pts += shift;
            p->dts += shift;
            if (p->dts <= lastDts) {
                // The later clip would decode before the earlier one ends (frames reordered
                // across the join): not copyable after all; the caller re-encodes.
                closeMuxer();
                return false;
            }
            lastDts = p->dts;
            p->stream_index = 0;
            p->pos = -1;
            r = ff->av_interleaved_write_frame(muxer, p);
            if (r < 0 || muxer->pb->error < 0) {
                *failure = writeFailure(ff, r < 0 ? r : muxer->pb->error, setup.path);
                closeMuxer();
                return false;
            }
            ++counted.done;
            if (progress)
                progress(counted);
        }
        base += (last[size_t(i)] - first[size_t(i)] + 1) * frameTicks;
    }
    r = ff->av_write_trailer(muxer);
    if (r >= 0 && muxer->pb->error < 0)
        r = muxer->pb->error;
    const int closed = ff->avio_closep(&muxer->pb);
    if (r >= 0)
        r = closed;
    closeMuxer();
    if (r < 0) {
        *failure = writeFailure(ff, r, setup.path);
        return false;
    }
    *frames = total;
    return true;
}

} // namespace wan::media
