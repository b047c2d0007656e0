#include "videoexport_p.h"

#include "clipframes.h"
#include "core/allocator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <numeric>
#include <vector>

namespace wan::media {

namespace {

using Status = ExportResult::Status;

struct PlannedClip
{
    QString path;
    qint64 frames = 0;
    qint64 continuesFrame = -1;
    qint64 in = 0;
    qint64 out = 0;
    bool dropFirst = false;
    qint64 length() const { return out - in + 1 - (dropFirst ? 1 : 0); }
};

struct Plan
{
    QList<PlannedClip> clips;
    QSize size;
    QSize sourceSize; // the first clip's
    AVRational sourceRate{16, 1};
    AVRational rate{16, 1};
    QList<int> crossfades; // per join: join i is between clips i and i + 1
    bool pingPong = false;
    bool yuv = false; // MP4 and WebM: pictures as decoded (ExportFrame)
    bool exactColours = true; // PNG frames: as `wanstudio frame` makes them
    qint64 joinedFrames = 0; // after seams and crossfades
    qint64 timedFrames = 0;  // after the frame rate
    qint64 finalFrames = 0;  // after ping-pong
    QList<ColourCorrection> colours; // per clip, when colours are matched
};

AVRational rationalFps(double fps)
{
    // Common rates exactly (24, 30, 29.97 = 30000/1001), others to a thousandth.
    for (const int den : {1, 1001}) {
        const double num = fps * den / (den == 1001 ? 1000.0 : 1.0);
        if (den == 1001 && std::abs(std::round(num) * 1000.0 / 1001.0 - fps) < 1e-3)
            return {int(std::round(num)) * 1000, 1001};
        if (den == 1 && std::abs(std::round(fps) - fps) < 1e-9)
            return {int(std::round(fps)), 1};
    }
    const int num = int(std::round(fps * 1000));
    const int g = std::gcd(num, 1000);
    return {num / g, 1000 / g};
}

int even(double value)
{
    return qMax(2, int(std::lround(value / 2.0)) * 2);
}

// Frames (before ping-pong) at the new rate: the one each new frame's time shows.
qint64 sourceOfTimed(qint64 j, AVRational from, AVRational to)
{
    // j * (from / to), rounded down: (j * from.num * to.den) / (from.den * to.num)
    // j is at most a few hundred thousand, the rates' terms at most 240000 and 1001: no overflow.
    const qint64 num = j * from.num * to.den;
    const qint64 den = qint64(from.den) * to.num;
    return num / den;
}

void blendBytes(uchar *o, const uchar *a, const uchar *b, qsizetype bytes, int wEarlier, int wLater)
{
    const int total = wEarlier + wLater;
    for (qsizetype i = 0; i < bytes; ++i)
        o[i] = uchar((a[i] * wEarlier + b[i] * wLater + total / 2) / total);
}

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

// The frames of the export in order: seams, crossfades, the frame rate, ping-pong.
class Sequence
{
public:
    Sequence(const FfmpegLibraries *ff, const Plan &plan, std::function<bool(const ExportFrame &, ExportFailure *)> sink)
        : m_ff(ff)
        , m_plan(plan)
        , m_sink(std::move(sink))
    {
    }

    bool run(ExportFailure *failure)
    {
        m_failure = failure;
        for (int c = 0; c < m_plan.clips.size(); ++c) {
            const PlannedClip &clip = m_plan.clips.at(c);
            ClipReader reader(m_ff);
            if (!reader.open(clip.path, failure))
                return false;
            reader.setExactColours(m_plan.exactColours);
            m_clip = c;
            m_inClip = 0;
            const qint64 first = clip.in + (clip.dropFirst ? 1 : 0);
            const ColourCorrection colour = m_plan.colours.value(c);
            const bool read = reader.read(first, clip.out, m_plan.size, m_plan.yuv, [this, &colour](ExportFrame &&frame) {
                if (!applyColourCorrection(m_ff, colour, frame)) {
                    *m_failure = {ExportResult::Status::Failed, VideoExport::tr("The export failed.")};
                    return false;
                }
                return fromClip(std::move(frame));
            }, failure);
            if (!read || failure->failed())
                return false;
        }
        return finishPingPong();
    }

private:
    bool fromClip(ExportFrame &&frame)
    {
        // The fade into this clip (the join before it) and out of it (the join after).
        const int n = m_clip > 0 ? m_plan.crossfades.at(m_clip - 1) : 0;
        const int nOut = m_clip < m_plan.crossfades.size() ? m_plan.crossfades.at(m_clip) : 0;
        const qint64 length = m_plan.clips.at(m_clip).length();
        const qint64 k = m_inClip++;
        frame.clip = m_clip;
        if (k < n) {
            ExportFrame mixed{QImage(), {}, m_clip, frame.source};
            if (!blend(m_ff, mixed, m_held.at(size_t(k)), frame, int(k), n)) {
                *m_failure = {ExportResult::Status::Failed, VideoExport::tr("The export failed.")};
                return false;
            }
            if (k == n - 1)
                m_held.clear();
            return joined(mixed);
        }
        if (nOut > 0 && k >= length - nOut) {
            m_held.push_back(std::move(frame));
            return true;
        }
        return joined(frame);
    }

    bool joined(const ExportFrame &frame)
    {
        const qint64 s = m_joined++;
        if (m_plan.rate.num == m_plan.sourceRate.num && m_plan.rate.den == m_plan.sourceRate.den)
            return timed(frame);
        while (m_timed < m_plan.timedFrames && sourceOfTimed(m_timed, m_plan.sourceRate, m_plan.rate) == s) {
            ++m_timed;
            if (!timed(frame))
                return false;
        }
        return true;
    }

    bool timed(const ExportFrame &frame)
    {
        if (m_plan.pingPong)
            m_kept.push_back(frame);
        return m_sink(frame, m_failure);
    }

    bool finishPingPong()
    {
        // Back from the next-to-last frame to the second: the loop's turns are not doubled.
        for (qsizetype i = qsizetype(m_kept.size()) - 2; i >= 1; --i) {
            if (!m_sink(m_kept.at(size_t(i)), m_failure))
                return false;
        }
        return true;
    }

    const FfmpegLibraries *m_ff;
    const Plan &m_plan;
    std::function<bool(const ExportFrame &, ExportFailure *)> m_sink;
    ExportFailure *m_failure = nullptr;
    int m_clip = 0;
    qint64 m_inClip = 0;
    qint64 m_joined = 0;
    qint64 m_timed = 0;
    std::vector<ExportFrame> m_held; // the end of a clip, waiting for the next one's start
    std::vector<ExportFrame> m_kept; // ping-pong: the frames to play back
};

bool removeAll(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir() && !info.isSymLink())
        return QDir(path).removeRecursively();
    return !info.exists() && !info.isSymLink() ? true : QFile::remove(path);
}

// A comment extension after the GIF's header and global colour table, where
// every reader (gifsicle --info, exiftool, identify) finds it.
bool addGifComment(const QString &path, const QByteArray &comment, QString *problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite)) {
        *problem = file.errorString();
        return false;
    }
    QByteArray gif = file.readAll();
    if (gif.size() < 13 || !gif.startsWith("GIF8")) {
        *problem = QStringLiteral("not a GIF");
        return false;
    }
    const auto flags = uchar(gif.at(10));
    qsizetype at = 13;
    if (flags & 0x80)
        at += 3 * (qsizetype(1) << ((flags & 0x07) + 1));
    QByteArray extension("\x21\xFE", 2);
    for (qsizetype i = 0; i < comment.size(); i += 255) {
        const QByteArray block = comment.mid(i, 255);
        extension.append(char(block.size()));
        extension.append(block);
    }
    extension.append('\0');
    gif.insert(at, extension);
    if (!file.seek(0) || file.write(gif) != gif.size() || !file.flush()) {
        *problem = file.errorString();
        return false;
    }
    return true;
}

QString failureKindOfOpen(const FrameError &error, Status *status)
{
    *status = error.kind == FrameError::Kind::NoDecoder ? Status::Failed : Status::BadInput;
    return error.message;
}

} // namespace

bool VideoExport::parseFormat(const QString &name, ExportFormat *format)
{
    static const QList<QPair<QString, ExportFormat>> names{{QStringLiteral("mp4"), ExportFormat::Mp4},
                                                           {QStringLiteral("webm"), ExportFormat::WebM},
                                                           {QStringLiteral("gif"), ExportFormat::Gif},
                                                           {QStringLiteral("webp"), ExportFormat::WebP},
                                                           {QStringLiteral("png"), ExportFormat::PngFrames}};
    for (const auto &[key, value] : names) {
        if (name.compare(key, Qt::CaseInsensitive) == 0) {
            *format = value;
            return true;
        }
    }
    return false;
}

QString VideoExport::formatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Mp4:
        return QStringLiteral("mp4");
    case ExportFormat::WebM:
        return QStringLiteral("webm");
    case ExportFormat::Gif:
        return QStringLiteral("gif");
    case ExportFormat::WebP:
        return QStringLiteral("webp");
    case ExportFormat::PngFrames:
        return QStringLiteral("png");
    }
    return {};
}

ExportResult VideoExport::run(const ExportRequest &request, const ProgressCallback &progress, const std::atomic_bool *cancel)
{
    const core::LargeBufferReuse reuseFrameBuffers;
    ExportResult result;
    result.out = request.out.isEmpty() ? QString() : QFileInfo(request.out).absoluteFilePath();
    auto stop = [&result](Status status, const QString &message) {
        result.status = status;
        result.message = message;
        return result;
    };
    if (request.clips.isEmpty())
        return stop(Status::BadInput, tr("There is nothing to export: name at least one clip."));
    if (result.out.isEmpty())
        return stop(Status::BadInput, tr("Say where to save the export."));
    const bool anyNegative = std::any_of(request.joinCrossfades.cbegin(), request.joinCrossfades.cend(), [](int n) { return n < 0; });
    if (request.crossfadeFrames < 0 || anyNegative || request.longEdge < 0 || request.fps < 0 || (request.fps > 0 && request.fps > 240)
        || (request.longEdge > 0 && request.longEdge < 16) || request.longEdge > 8192)
        return stop(Status::BadInput, tr("The size must be 16 to 8192 pixels, the frame rate above 0 and at most 240, and the "
                                         "crossfade 0 frames or more."));

    // The clips: each a readable video, each trim inside it.
    Plan plan;
    const qsizetype joinCount = request.clips.size() - 1;
    if (!request.joinCrossfades.isEmpty() && request.joinCrossfades.size() != joinCount)
        return stop(Status::BadInput, tr("There are %1 joins but %2 crossfades: give one crossfade per join.")
                                          .arg(joinCount)
                                          .arg(request.joinCrossfades.size()));
    plan.crossfades = request.joinCrossfades.isEmpty() ? QList<int>(joinCount, request.crossfadeFrames) : request.joinCrossfades;
    plan.pingPong = request.pingPong;
    plan.yuv = request.format == ExportFormat::Mp4 || request.format == ExportFormat::WebM;
    plan.exactColours = request.format == ExportFormat::PngFrames;
    for (int i = 0; i < request.clips.size(); ++i) {
        const ExportClip &clip = request.clips.at(i);
        ClipFrames frames;
        if (!frames.open(clip.path)) {
            Status status = Status::BadInput;
            const QString message = failureKindOfOpen(frames.error(), &status);
            return stop(status, message);
        }
        PlannedClip planned;
        planned.path = frames.path();
        planned.frames = frames.frameCount();
        planned.in = clip.in < 0 ? 0 : clip.in;
        planned.continuesFrame = clip.continuesFrame;
        planned.out = clip.out < 0 ? planned.frames - 1 : clip.out;
        if (planned.in > planned.out || planned.out >= planned.frames)
            return stop(Status::BadInput, tr("The trim %1:%2 is outside \u201C%3\u201D: its frames are numbered 0 to %4, and "
                                             "the in point must not come after the out point.")
                                              .arg(planned.in)
                                              .arg(planned.out)
                                              .arg(QDir::toNativeSeparators(planned.path))
                                              .arg(planned.frames - 1));
        if (i == 0) {
            const FrameRate rate = frames.frameRate();
            plan.sourceRate = {rate.numerator, rate.denominator};
            QSize size = frames.size();
            plan.sourceSize = size;
            if (request.longEdge > 0) {
                const double scale = double(request.longEdge) / qMax(size.width(), size.height());
                size = QSize(even(size.width() * scale), even(size.height() * scale));
            } else {
                size = QSize(qMax(2, size.width() / 2 * 2), qMax(2, size.height() / 2 * 2));
            }
            plan.size = size;
        }
        const PlannedClip *previous = plan.clips.isEmpty() ? nullptr : &plan.clips.constLast();
        planned.dropFirst = previous && clip.continuesFrame >= 0 && clip.continuesFrame == previous->out && planned.in == 0
            && planned.out > planned.in;
        plan.clips.append(planned);
    }
    for (int i = 0; i < plan.clips.size(); ++i) {
        const int before = i > 0 ? plan.crossfades.at(i - 1) : 0;
        const int after = i < plan.crossfades.size() ? plan.crossfades.at(i) : 0;
        const qint64 needed = before + after;
        if (plan.clips.at(i).length() < needed)
            return stop(Status::BadInput, tr("A crossfade of %1 frames does not fit: \u201C%2\u201D has only %3 frames to blend "
                                             "(%4 needed). Choose a shorter crossfade.")
                                              .arg(qMax(before, after))
                                              .arg(QDir::toNativeSeparators(plan.clips.at(i).path))
                                              .arg(plan.clips.at(i).length())
                                              .arg(needed));
    }
    for (const PlannedClip &clip : std::as_const(plan.clips))
        plan.joinedFrames += clip.length();
    const qint64 crossfaded = std::accumulate(plan.crossfades.cbegin(), plan.crossfades.cend(), qint64(0));
    plan.joinedFrames -= crossfaded;
    plan.rate = request.fps > 0 ? rationalFps(request.fps) : plan.sourceRate;
    plan.timedFrames = plan.rate.num == plan.sourceRate.num && plan.rate.den == plan.sourceRate.den
        ? plan.joinedFrames
        : qMax<qint64>(1, qint64(std::llround(double(plan.joinedFrames) * (double(plan.rate.num) * plan.sourceRate.den)
                                                    / (double(plan.rate.den) * plan.sourceRate.num))));
    plan.finalFrames = plan.pingPong && plan.timedFrames > 2 ? 2 * plan.timedFrames - 2 : plan.timedFrames;

    // The place: nothing there yet (or allowed to be replaced; an empty folder for frames).
    const QFileInfo target(result.out);
    const QString shownOut = QDir::toNativeSeparators(result.out);
    const bool folder = request.format == ExportFormat::PngFrames;
    if (target.exists() || target.isSymLink()) {
        const bool emptyFolder = target.isDir() && QDir(result.out).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
        if (folder && !emptyFolder)
            return stop(Status::BadInput, tr("\u201C%1\u201D already exists: the frames go into a new or empty folder. Choose "
                                             "another name.")
                                              .arg(shownOut));
        if (!folder && (target.isDir() || !request.mayReplace))
            return stop(Status::BadInput, tr("\u201C%1\u201D already exists. Choose another name, or allow replacing it.").arg(shownOut));
        for (const PlannedClip &clip : std::as_const(plan.clips)) {
            if (QFileInfo(clip.path).canonicalFilePath() == target.canonicalFilePath())
                return stop(Status::BadInput, tr("\u201C%1\u201D is one of the clips being exported: choose another name.").arg(shownOut));
        }
    }
    const QString directory = target.absolutePath();
    if (!QDir().mkpath(directory))
        return stop(Status::WriteFailed, tr("The folder \u201C%1\u201D cannot be created.").arg(QDir::toNativeSeparators(directory)));
    const QString temporary = QStringLiteral("%1/.%2.%3.part")
                                  .arg(directory, target.fileName())
                                  .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
    if (folder && !QDir().mkdir(temporary))
        return stop(Status::WriteFailed, tr("The folder \u201C%1\u201D cannot be written.").arg(QDir::toNativeSeparators(directory)));

    QString problem;
    const FfmpegLibraries *ff = FfmpegLibraries::withFilters(&problem);
    if (!ff)
        return stop(Status::Failed, tr("FFmpeg's libraries, which Wan Studio exports with, could not be loaded: %1").arg(problem));

    // What goes with the file: every clip, its range and its settings.
    WriterSetup setup;
    setup.format = request.format;
    setup.path = temporary;
    setup.size = plan.size;
    setup.rate = plan.rate;
    setup.quality = request.quality;
    setup.yuv = plan.yuv;
    if (request.matchColour && plan.clips.size() > 1) {
        QList<ColourJoin> joins;
        for (const PlannedClip &clip : std::as_const(plan.clips))
            joins.append({clip.path, clip.frames, clip.continuesFrame});
        ExportFailure failure;
        if (!planColourCorrections(ff, joins, plan.size, plan.yuv, plan.exactColours, &plan.colours, &failure))
            return stop(failure.status, failure.message);
    }
    const bool coloursChanged = std::any_of(plan.colours.cbegin(), plan.colours.cend(), [](const ColourCorrection &c) { return c.active; });
    if (plan.yuv) {
        // The pictures keep the first clip's colours: the file says which they are.
        ClipReader first(ff);
        ExportFailure ignored;
        if (first.open(plan.clips.constFirst().path, &ignored)) {
            const AVCodecParameters *p = first.format()->streams[first.stream()]->codecpar;
            setup.colorspace = p->color_space;
            setup.primaries = p->color_primaries;
            setup.transfer = p->color_trc;
            setup.range = p->color_range;
        }
    }
    QJsonArray clips;
    QStringList summary;
    for (int i = 0; i < plan.clips.size(); ++i) {
        const PlannedClip &clip = plan.clips.at(i);
        const QString name = QFileInfo(clip.path).fileName();
        QJsonObject entry{{QStringLiteral("file"), name},
                          {QStringLiteral("in"), clip.in + (clip.dropFirst ? 1 : 0)},
                          {QStringLiteral("out"), clip.out}};
        if (clip.dropFirst)
            entry.insert(QStringLiteral("continuesPrevious"), true);
        const QByteArray settings = request.clips.at(i).settingsJson;
        const QJsonDocument settingsDocument = QJsonDocument::fromJson(settings);
        if (settingsDocument.isObject())
            entry.insert(QStringLiteral("settings"), settingsDocument.object());
        clips.append(entry);
        summary << QStringLiteral("%1 [%2-%3]").arg(name).arg(clip.in + (clip.dropFirst ? 1 : 0)).arg(clip.out);
        setup.clipNames << name;
        setup.clipSettings << (settingsDocument.isObject() ? settingsDocument.toJson(QJsonDocument::Compact) : QByteArray());
    }
    QJsonObject provenance{{QStringLiteral("app"), QStringLiteral("Wan Studio")},
                           {QStringLiteral("clips"), clips},
                           {QStringLiteral("pingpong"), plan.pingPong},
                           {QStringLiteral("fps"), double(plan.rate.num) / plan.rate.den},
                           {QStringLiteral("frames"), plan.finalFrames}};
    // One number when every join has the same crossfade, else one per join.
    QJsonArray perJoin;
    for (const int n : std::as_const(plan.crossfades))
        perJoin.append(n);
    const bool uniform = plan.crossfades.count(plan.crossfades.value(0)) == plan.crossfades.size();
    provenance.insert(uniform ? QStringLiteral("crossfade") : QStringLiteral("crossfades"),
                      uniform ? QJsonValue(plan.crossfades.value(0)) : QJsonValue(perJoin));
    if (coloursChanged)
        provenance.insert(QStringLiteral("matchColour"), true);
    if (!QCoreApplication::applicationVersion().isEmpty())
        provenance.insert(QStringLiteral("appVersion"), QCoreApplication::applicationVersion());
    setup.provenance = QJsonDocument(provenance).toJson(QJsonDocument::Compact);
    setup.comment = QStringLiteral("Wan Studio: ") + summary.join(QStringLiteral(" + "));

    // The work, one or two passes (a GIF's palette first), frames counted for progress.
    const bool gif = request.format == ExportFormat::Gif;
    ExportProgress counted{0, plan.finalFrames * (gif ? 2 : 1)};
    ExportFailure failure;
    auto cancelled = [cancel, &failure] {
        if (cancel && cancel->load()) {
            failure = {Status::Cancelled, tr("The export was cancelled; nothing was left behind.")};
            return true;
        }
        return false;
    };
    auto pass = [&](const std::function<bool(const ExportFrame &, ExportFailure *)> &consume) {
        Sequence sequence(ff, plan, [&](const ExportFrame &frame, ExportFailure *f) {
            if (cancelled())
                return false;
            if (!consume(frame, f))
                return false;
            ++counted.done;
            if (progress)
                progress(counted);
            return true;
        });
        return sequence.run(&failure) && !failure.failed();
    };
    bool ok = true;
    bool copied = false;
    // The same pictures without re-encoding, when nothing asks for new ones.
    const bool samePictures = plan.size == plan.sourceSize && plan.rate.num == plan.sourceRate.num
        && plan.rate.den == plan.sourceRate.den && crossfaded == 0 && !plan.pingPong && !coloursChanged;
    if (request.format == ExportFormat::Mp4 && request.allowStreamCopy && samePictures) {
        CopyPlan copy;
        for (const PlannedClip &clip : std::as_const(plan.clips)) {
            copy.paths << clip.path;
            copy.in << clip.in;
            copy.out << clip.out;
            copy.dropFirst << clip.dropFirst;
        }
        qint64 frames = 0;
        copied = streamCopyMp4(ff, copy, setup, progress, cancel, &frames, &failure);
        ok = !failure.failed();
        if (copied && frames != plan.finalFrames) {
            failure = {Status::Failed, tr("The export failed.")};
            ok = false;
        }
    }
    AVFrame *palette = nullptr;
    if (ok && !copied && gif) {
        std::unique_ptr<GifPalette> maker = makeGifPalette(ff, setup, &failure);
        ok = maker && pass([&maker](const ExportFrame &frame, ExportFailure *f) { return maker->add(frame, f); });
        if (ok)
            palette = maker->finish(&failure);
        ok = ok && palette;
    }
    if (ok && !copied) {
        std::unique_ptr<FrameWriter> writer = makeWriter(ff, setup, palette, &failure);
        ok = writer && pass([&writer](const ExportFrame &frame, ExportFailure *f) { return writer->write(frame, f); })
            && writer->finish(&failure);
    } else if (palette) {
        ff->av_frame_free(&palette);
    }
    if (ok && gif && !addGifComment(temporary, setup.provenance, &problem)) {
        failure = {Status::WriteFailed, tr("The export could not be written in \u201C%1\u201D: %2. Nothing was left behind.")
                                            .arg(QDir::toNativeSeparators(directory), problem)};
        ok = false;
    }
    if (ok && cancelled())
        ok = false;
    if (ok) {
        // Into place in one step; an allowed replacement of a file is atomic too.
        if (folder && target.isDir())
            QDir().rmdir(result.out);
        if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(result.out).constData()) != 0) {
            failure = {Status::WriteFailed, tr("The export could not be put in place as \u201C%1\u201D: %2. Nothing was left "
                                               "behind.")
                                                .arg(shownOut, QString::fromLocal8Bit(strerror(errno)))};
            ok = false;
        }
    }
    if (!ok) {
        removeAll(temporary);
        if (!failure.failed())
            failure = {Status::Failed, tr("The export failed.")};
        return stop(failure.status, failure.message);
    }
    if (progress)
        progress(counted);
    result.status = Status::Done;
    result.frames = plan.finalFrames;
    result.size = plan.size;
    result.frameRate = {plan.rate.num, plan.rate.den};
    result.streamCopied = copied;
    return result;
}

} // namespace wan::media
