// Colour matching at joins: a continuation starts from the earlier clip's
// frame, but the model drifts its colours a little with every shot, so a
// chain of continuations jumps in colour at each join. A per-channel transfer
// of mean and standard deviation (Reinhard's, in the export's own channels:
// YUV planes for MP4 and WebM, RGB for the others; both affine in each other,
// so the means match in RGB as well) brings the later clip's first frame to
// the statistics of the frame it continues, and the same gain and offset are
// applied to every frame of that clip.

#include "videoexport_p.h"

#include <cmath>

namespace wan::media {

namespace {

struct ChannelStats
{
    std::array<double, 3> mean{0.0, 0.0, 0.0};
    std::array<double, 3> deviation{0.0, 0.0, 0.0};
};

// Limits that keep a dark or flat frame from being stretched into noise.
constexpr double kMinGain = 0.5;
constexpr double kMaxGain = 2.0;
constexpr double kFlatDeviation = 1.0;

struct Accumulator
{
    double sum = 0.0;
    double squares = 0.0;
    qint64 count = 0;

    void addRow(const uchar *row, int width, int step)
    {
        for (int x = 0; x < width; ++x) {
            const double v = row[qsizetype(x) * step];
            sum += v;
            squares += v * v;
        }
        count += width;
    }

    void result(double *mean, double *deviation) const
    {
        *mean = count > 0 ? sum / double(count) : 0.0;
        *deviation = count > 0 ? std::sqrt(qMax(0.0, squares / double(count) - *mean * *mean)) : 0.0;
    }
};

ChannelStats statsOf(const ExportFrame &frame)
{
    ChannelStats stats;
    std::array<Accumulator, 3> channels;
    if (frame.picture) {
        const AVFrame *p = frame.picture.get();
        for (int plane = 0; plane < 3; ++plane) {
            const int w = plane == 0 ? p->width : (p->width + 1) / 2;
            const int h = plane == 0 ? p->height : (p->height + 1) / 2;
            for (int y = 0; y < h; ++y)
                channels[size_t(plane)].addRow(p->data[plane] + qsizetype(y) * p->linesize[plane], w, 1);
        }
    } else {
        for (int y = 0; y < frame.image.height(); ++y) {
            const uchar *row = frame.image.constScanLine(y);
            for (int c = 0; c < 3; ++c)
                channels[size_t(c)].addRow(row + c, frame.image.width(), 4);
        }
    }
    for (size_t c = 0; c < 3; ++c)
        channels[c].result(&stats.mean[c], &stats.deviation[c]);
    return stats;
}

// Frame index of the clip at path, decoded as the export decodes it.
bool statsAt(const FfmpegLibraries *ff, const QString &path, qint64 index, QSize size, bool yuv, bool exactColours,
             ChannelStats *stats, ExportFailure *failure)
{
    ClipReader reader(ff);
    if (!reader.open(path, failure))
        return false;
    reader.setExactColours(exactColours);
    bool got = false;
    const bool read = reader.read(index, index, size, yuv, [&](ExportFrame &&frame) {
        *stats = statsOf(frame);
        got = true;
        return false;
    }, failure);
    return read && got && !failure->failed();
}

std::array<uchar, 256> lookupTable(double gain, double offset)
{
    std::array<uchar, 256> table{};
    for (int v = 0; v < 256; ++v)
        table[size_t(v)] = uchar(qBound(0L, std::lround(v * gain + offset), 255L));
    return table;
}

} // namespace

bool planColourCorrections(const FfmpegLibraries *ff, const QList<ColourJoin> &clips, QSize size, bool yuv, bool exactColours,
                           QList<ColourCorrection> *corrections, ExportFailure *failure)
{
    corrections->clear();
    for (int i = 0; i < clips.size(); ++i) {
        ColourCorrection correction;
        const ColourJoin &clip = clips.at(i);
        if (i > 0 && clip.continuesFrame >= 0 && clip.continuesFrame < clips.at(i - 1).frames) {
            ChannelStats reference;
            ChannelStats later;
            if (!statsAt(ff, clips.at(i - 1).path, clip.continuesFrame, size, yuv, exactColours, &reference, failure)
                || !statsAt(ff, clip.path, 0, size, yuv, exactColours, &later, failure))
                return false;
            // The continued frame as it is exported: its own clip's correction applies to it.
            const ColourCorrection &before = corrections->at(i - 1);
            for (size_t c = 0; c < 3; ++c) {
                const double gainBefore = before.active ? before.gain[c] : 1.0;
                const double offsetBefore = before.active ? before.offset[c] : 0.0;
                const double targetMean = reference.mean[c] * gainBefore + offsetBefore;
                const double targetDeviation = reference.deviation[c] * gainBefore;
                const double gain = later.deviation[c] < kFlatDeviation || targetDeviation < kFlatDeviation
                    ? 1.0
                    : qBound(kMinGain, targetDeviation / later.deviation[c], kMaxGain);
                correction.gain[c] = gain;
                correction.offset[c] = targetMean - gain * later.mean[c];
            }
            correction.active = true;
        }
        corrections->append(correction);
    }
    return true;
}

bool applyColourCorrection(const FfmpegLibraries *ff, const ColourCorrection &correction, ExportFrame &frame)
{
    if (!correction.active)
        return true;
    std::array<std::array<uchar, 256>, 3> tables{};
    for (size_t c = 0; c < 3; ++c)
        tables[c] = lookupTable(correction.gain[c], correction.offset[c]);
    if (frame.picture) {
        // The decoded picture may be one of the decoder's references: the result is a new one.
        const AVFrame *in = frame.picture.get();
        AVFrame *out = ff->av_frame_alloc();
        Picture made = takePicture(ff, out);
        if (!out)
            return false;
        out->format = AV_PIX_FMT_YUV420P;
        out->width = in->width;
        out->height = in->height;
        if (ff->av_frame_get_buffer(out, 0) < 0)
            return false;
        for (int plane = 0; plane < 3; ++plane) {
            const std::array<uchar, 256> &table = tables[size_t(plane)];
            const int w = plane == 0 ? in->width : (in->width + 1) / 2;
            const int h = plane == 0 ? in->height : (in->height + 1) / 2;
            for (int y = 0; y < h; ++y) {
                const uchar *from = in->data[plane] + qsizetype(y) * in->linesize[plane];
                uchar *to = out->data[plane] + qsizetype(y) * out->linesize[plane];
                for (int x = 0; x < w; ++x)
                    to[x] = table[from[x]];
            }
        }
        frame.picture = std::move(made);
        return true;
    }
    if (frame.image.isNull())
        return false;
    // scanLine() detaches: copies of this frame (a repeated missing frame) keep theirs.
    for (int y = 0; y < frame.image.height(); ++y) {
        uchar *row = frame.image.scanLine(y);
        for (int x = 0; x < frame.image.width(); ++x) {
            uchar *pixel = row + qsizetype(x) * 4;
            for (size_t c = 0; c < 3; ++c)
                pixel[c] = tables[c][pixel[c]];
        }
    }
    return true;
}

namespace {

void blendBytes(uchar *o, const uchar *a, const uchar *b, qsizetype bytes, int wEarlier, int wLater)
{
    const int total = wEarlier + wLater;
    for (qsizetype i = 0; i < bytes; ++i)
        o[i] = uchar((a[i] * wEarlier + b[i] * wLater + total / 2) / total);
}

} // namespace

// Frame k of n blended: the later clip weighs (k + 1) / (n + 1), from nearly
// none to nearly all. YUV blends as RGB would (the conversion is affine).
bool blend(const FfmpegLibraries *ff, ExportFrame &into, const ExportFrame &earlier, const ExportFrame &later, int k, int n)
{
    const int wLater = k + 1;
    const int wEarlier = n - k;
    if (later.picture) {
        const AVFrame *a = earlier.picture.get();
        const AVFrame *b = later.picture.get();
        AVFrame *o = ff->av_frame_alloc();
        into.picture = takePicture(ff, o);
        if (!o)
            return false;
        o->format = AV_PIX_FMT_YUV420P;
        o->width = b->width;
        o->height = b->height;
        if (ff->av_frame_get_buffer(o, 0) < 0)
            return false;
        for (int plane = 0; plane < 3; ++plane) {
            const int w = plane == 0 ? b->width : (b->width + 1) / 2;
            const int h = plane == 0 ? b->height : (b->height + 1) / 2;
            for (int y = 0; y < h; ++y)
                blendBytes(o->data[plane] + qsizetype(y) * o->linesize[plane], a->data[plane] + qsizetype(y) * a->linesize[plane],
                           b->data[plane] + qsizetype(y) * b->linesize[plane], w, wEarlier, wLater);
        }
        return true;
    }
    into.image = QImage(later.image.size(), QImage::Format_RGB32);
    if (into.image.isNull())
        return false;
    const qsizetype bytes = qsizetype(later.image.width()) * 4;
    for (int y = 0; y < later.image.height(); ++y)
        blendBytes(into.image.scanLine(y), earlier.image.constScanLine(y), later.image.constScanLine(y), bytes, wEarlier, wLater);
    return true;
}

} // namespace wan::media
