#include "clipframes_p.h"

namespace wan::media {

namespace {

bool isFullRangeFormat(AVPixelFormat format)
{
    // The deprecated "J" formats mean full range without saying so in color_range.
    return format == AV_PIX_FMT_YUVJ420P || format == AV_PIX_FMT_YUVJ422P || format == AV_PIX_FMT_YUVJ444P
        || format == AV_PIX_FMT_YUVJ440P || format == AV_PIX_FMT_YUVJ411P;
}

} // namespace

int64_t ClipFrames::Private::keyframePositionBefore(int64_t ts) const
{
    AVStream *st = format->streams[stream];
    const int i = ff->av_index_search_timestamp(st, ts, AVSEEK_FLAG_BACKWARD);
    if (i < 0)
        return -1;
    const AVIndexEntry *entry = ff->avformat_index_get_entry(st, i);
    return entry ? entry->pos : -1;
}

bool ClipFrames::Private::seekTo(int64_t ts)
{
    // The keyframe at or before ts; decoding forward from there is exact.
    const int r = ff->av_seek_frame(format, stream, ts, AVSEEK_FLAG_BACKWARD);
    ff->avcodec_flush_buffers(codec);
    lastIndex = -1;
    lastPacketPos = -1;
    drained = false;
    skipped.clear();
    if (r < 0) {
        qCDebug(lcMedia).noquote() << "seek to" << ts << "failed:" << ffmpegError(ff, r);
        return seekToStart();
    }
    return true;
}

bool ClipFrames::Private::seekToStart()
{
    int r = ff->av_seek_frame(format, stream, startPts, AVSEEK_FLAG_BACKWARD);
    if (r < 0)
        r = ff->avformat_seek_file(format, -1, INT64_MIN, 0, 0, AVSEEK_FLAG_BYTE);
    ff->avcodec_flush_buffers(codec);
    lastIndex = -1;
    lastPacketPos = -1;
    drained = false;
    skipped.clear();
    return r >= 0;
}

DecodedFrame ClipFrames::Private::decode(qint64 target, bool toTheEnd, bool skipOthers)
{
    const QString name = shownPath(path);
    DecodedFrame result;
    auto failed = [&](FrameError::Kind kind, const QString &message) {
        result = {};
        result.error = {kind, message};
        return result;
    };
    const int64_t targetTs = timestampOf(target);
    // Going on from where the decoder is beats a seek when the seek would land
    // at or before that point anyway (frame steps forward, a sweep), unless the
    // frame's packet went by already and was skipped (see below).
    const int64_t keyframe = keyframePositionBefore(targetTs);
    const bool goOn = !toTheEnd && !drained && lastIndex >= 0 && target > lastIndex && keyframe >= 0
        && keyframe <= lastPacketPos && !skipped.contains(target);
    if (!goOn && !seekTo(targetTs))
        return failed(FrameError::Kind::DecodeFailed, ClipFrames::tr("\u201C%1\u201D cannot be read from its start.").arg(name));

    // A frame nobody refers to (a non-reference B-frame) need not be decoded
    // unless it is the one wanted; skipping it changes no other frame.
    bool retried = false;
    bool firstAfterSeek = !goOn;
    bool sentEnd = false;
    qint64 keptIndex = -1;
    ff->av_frame_unref(kept);
    int damagedPackets = 0;
    for (;;) {
        int r = ff->avcodec_receive_frame(codec, frame);
        if (r == 0) {
            const qint64 index = indexOfFrame(frame);
            lastIndex = index;
            if (toTheEnd) {
                if (index >= keptIndex) {
                    ff->av_frame_unref(kept);
                    ff->av_frame_move_ref(kept, frame);
                    keptIndex = index;
                }
                ff->av_frame_unref(frame);
                continue;
            }
            if (index == target) {
                result = convert(frame, index);
                ff->av_frame_unref(frame);
                return result;
            }
            ff->av_frame_unref(frame);
            if (index > target && !retried) {
                // A seek that landed after the frame (a container whose index
                // is off) or a frame that went by: once more from the start,
                // or from the keyframe, skipping nothing.
                qCDebug(lcMedia) << "looking for frame" << target << "the decoder gave frame" << index << "- trying again";
                retried = true;
                skipOthers = false;
                sentEnd = false;
                if (!(firstAfterSeek ? seekToStart() : seekTo(targetTs)))
                    break;
                firstAfterSeek = true;
                continue;
            }
            firstAfterSeek = false;
            if (index > target)
                return failed(FrameError::Kind::DecodeFailed,
                              ClipFrames::tr("Frame %1 of \u201C%2\u201D is missing: the decoder went on to frame %3. The clip "
                                             "may be damaged.")
                                  .arg(target)
                                  .arg(name)
                                  .arg(index));
            continue;
        }
        if (r == AVERROR_EOF) {
            drained = true;
            break;
        }
        if (r != AVERROR(EAGAIN))
            return failed(FrameError::Kind::DecodeFailed,
                          ClipFrames::tr("\u201C%1\u201D could not be decoded: %2.").arg(name, ffmpegError(ff, r)));
        if (sentEnd)
            break; // cannot happen: a draining decoder ends with AVERROR_EOF
        r = ff->av_read_frame(format, packet);
        if (r < 0) {
            if (r != AVERROR_EOF)
                qCDebug(lcMedia).noquote() << "read stopped:" << ffmpegError(ff, r);
            ff->avcodec_send_packet(codec, nullptr); // drain: the frames still held come out
            sentEnd = true;
            continue;
        }
        if (packet->stream_index != stream) {
            ff->av_packet_unref(packet);
            continue;
        }
        if (packet->pos >= 0)
            lastPacketPos = packet->pos;
        bool skippable = false;
        if (skipOthers && packet->pts != AV_NOPTS_VALUE) {
            const qint64 index = indexOfTimestamp(packet->pts);
            skippable = toTheEnd ? index < target : index != target;
            // Remembered: a later request for this frame must not count on
            // the decoder having it (if it was a non-reference frame, it is gone).
            if (skippable)
                skipped.insert(index);
        }
        codec->skip_frame = skippable ? AVDISCARD_NONREF : AVDISCARD_DEFAULT;
        r = ff->avcodec_send_packet(codec, packet);
        ff->av_packet_unref(packet);
        if (r < 0 && r != AVERROR(EAGAIN)) {
            // Damaged data: FFmpeg goes on with the next packet, and so does this.
            ++damagedPackets;
            qCDebug(lcMedia).noquote() << "packet refused by the decoder:" << ffmpegError(ff, r);
        }
    }
    codec->skip_frame = AVDISCARD_DEFAULT;

    if (toTheEnd && keptIndex >= 0) {
        // The last index was only the count's guess: when the decoder ended
        // elsewhere, the true last frame may have been skipped.
        if (keptIndex != target && skipOthers) {
            qCDebug(lcMedia) << "the last frame is" << keptIndex << "not" << target << "- decoding again, skipping nothing";
            return decode(target, true, false);
        }
        result = convert(kept, keptIndex);
        ff->av_frame_unref(kept);
        return result;
    }
    if (damagedPackets > 0 || toTheEnd)
        return failed(FrameError::Kind::DecodeFailed,
                      ClipFrames::tr("Frame %1 of \u201C%2\u201D could not be decoded: the clip is damaged.").arg(target).arg(name));
    return failed(FrameError::Kind::Truncated,
                  ClipFrames::tr("\u201C%1\u201D ends at frame %2, before frame %3, although it says it has %4 frames: the clip "
                                 "is damaged or cut short.")
                      .arg(name)
                      .arg(lastIndex)
                      .arg(target)
                      .arg(frameCount));
}

DecodedFrame ClipFrames::Private::convert(const AVFrame *f, qint64 index)
{
    DecodedFrame result;
    result.index = index;
    result.seconds = FrameTiming::startSeconds(index, 1000.0 * rate.den / rate.num);
    const auto pixelFormat = AVPixelFormat(f->format);
    const AVPixelFormat target = imageFormat == QImage::Format_RGB888 ? AV_PIX_FMT_RGB24 : AV_PIX_FMT_RGB32;
    // Accurate rounding and chroma interpolated to every pixel: what ffmpeg
    // writes to a PNG with -sws_flags accurate_rnd+full_chroma_int, not the
    // fast path's chroma shared by pairs of pixels.
    sws = ff->sws_getCachedContext(sws, f->width, f->height, pixelFormat, f->width, f->height, target,
                               SWS_BICUBIC | SWS_ACCURATE_RND | SWS_FULL_CHR_H_INT, nullptr, nullptr, nullptr);
    if (!sws) {
        result.error = {FrameError::Kind::DecodeFailed,
                        ClipFrames::tr("The frames of \u201C%1\u201D (%2) cannot be converted to RGB.")
                            .arg(shownPath(path), QString::fromUtf8(ff->av_get_pix_fmt_name(pixelFormat)))};
        return result;
    }
    // The matrix the stream names (BT.601 when it names none, as FFmpeg
    // assumes), limited range unless it says full.
    const int fullRange = (f->color_range == AVCOL_RANGE_JPEG || isFullRangeFormat(pixelFormat)) ? 1 : 0;
    ff->sws_setColorspaceDetails(sws, ff->sws_getCoefficients(f->colorspace), fullRange, ff->sws_getCoefficients(SWS_CS_DEFAULT), 1, 0,
                             1 << 16, 1 << 16);
    QImage image(f->width, f->height, imageFormat);
    if (image.isNull()) {
        result.error = {FrameError::Kind::DecodeFailed,
                        ClipFrames::tr("Not enough memory for a %1x%2 frame.").arg(f->width).arg(f->height)};
        return result;
    }
    uint8_t *planes[4] = {image.bits(), nullptr, nullptr, nullptr};
    const int strides[4] = {int(image.bytesPerLine()), 0, 0, 0};
    ff->sws_scale(sws, f->data, f->linesize, 0, f->height, planes, strides);
    result.image = std::move(image);
    return result;
}

} // namespace wan::media
