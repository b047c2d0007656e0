#include "framechildren.h"

#include "media/clipframes.h"
#include "testclips.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace wan::bench {

namespace {

constexpr int ClipFrames = 100;

int fail(const char *what)
{
    std::fprintf(stderr, "wanstudio-bench child: %s\n", what);
    return 2;
}

// Open, find and decode the last frame, convert it to RGB: what `wanstudio
// frame --at last` does before it writes the PNG. `repeats` times in this one
// process, each with a fresh ClipFrames (the file is in the page cache, as it
// is after the first run of the whole-process figure).
int decodeLast(const QString &clip, int repeats)
{
    QJsonArray totals;
    QJsonArray opens;
    qint64 index = -1;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer timer;
        timer.start();
        media::ClipFrames frames;
        frames.setImageFormat(QImage::Format_RGB888);
        if (!frames.open(clip))
            return fail(qPrintable(frames.error().message));
        const double openMs = double(timer.nsecsElapsed()) / 1e6;
        const media::DecodedFrame last = frames.lastFrame();
        const double totalMs = double(timer.nsecsElapsed()) / 1e6;
        if (!last.ok())
            return fail(qPrintable(last.error.message));
        index = last.index;
        opens.append(openMs);
        totals.append(totalMs);
    }
    printBenchResult({{QStringLiteral("totalMs"), totals}, {QStringLiteral("openMs"), opens}, {QStringLiteral("index"), index}});
    return 0;
}

QList<double> numbers(const QJsonArray &array)
{
    QList<double> values;
    for (const QJsonValue &v : array)
        values << v.toDouble();
    return values;
}

} // namespace

int runFrameChild(const QString &mode, const QStringList &args)
{
    if (mode == QLatin1String("frame-decode") && args.size() == 2)
        return decodeLast(args.at(0), args.at(1).toInt());
    return -1;
}

QList<FrameFigure> measureFrameFigures(const FrameFigureSetup &setup)
{
    const QString clip = QDir(setup.work).filePath(QStringLiteral("clip720-100.mp4"));
    FrameFigure whole{QStringLiteral("11a. last frame of a 100-frame 720p clip to PNG: whole process"), 0, 0,
                      QStringLiteral("<= 0.5x"), false, {}};
    FrameFigure decode{QStringLiteral("11b. last frame of a 100-frame 720p clip: open, decode, convert"), 0, -1,
                       QStringLiteral("< 30 ms"), false, {}};
    if (!QFileInfo::exists(clip)) {
        QString problem;
        if (!test::makeClip({QSize(1280, 720), ClipFrames, 16, {}}, clip, &problem)) {
            whole.note = decode.note = problem;
            return {whole, decode};
        }
    }
    const QString ours = QDir(setup.work).filePath(QStringLiteral("frame-ours.png"));
    const QString theirs = QDir(setup.work).filePath(QStringLiteral("frame-ffmpeg.png"));
    const QStringList ourArgs{QStringLiteral("frame"), clip, QStringLiteral("--at"), QStringLiteral("last"), QStringLiteral("--out"),
                              ours, QStringLiteral("--overwrite")};
    const QStringList theirArgs{QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"), QStringLiteral("-sseof"),
                                QStringLiteral("-1"), QStringLiteral("-i"), clip, QStringLiteral("-update"), QStringLiteral("1"),
                                QStringLiteral("-q:v"), QStringLiteral("1"), theirs};
    // One unmeasured run of each: the clip into the page cache, the home made.
    runMeasured(setup.wanstudio, ourArgs, setup.env, 60);
    runMeasured(QStringLiteral("ffmpeg"), theirArgs, {}, 60);
    QList<double> a, b, aCpu, bCpu;
    bool ok = true;
    int lastIndex = -1;
    // Each takes a few hundred milliseconds and moves with the machine's load:
    // three times --runs of each, interleaved.
    for (int i = 0; i < 3 * setup.runs; ++i) {
        const RunResult r = runMeasured(setup.wanstudio, ourArgs, setup.env, 60);
        const RunResult f = runMeasured(QStringLiteral("ffmpeg"), theirArgs, {}, 60);
        ok = ok && r.exitCode == 0 && f.exitCode == 0;
        lastIndex = QJsonDocument::fromJson(r.out.trimmed()).object().value(QStringLiteral("frame")).toInt(-1);
        ok = ok && lastIndex == ClipFrames - 1;
        a << r.wallMs;
        b << f.wallMs;
        aCpu << r.cpuMs;
        bCpu << f.cpuMs;
    }
    whole.oursMs = median(a);
    whole.referenceMs = median(b);
    whole.met = ok && whole.oursMs <= 0.5 * whole.referenceMs;
    whole.note = QStringLiteral("%1%2 runs of each, interleaved; CPU: ours %3 ms, ffmpeg %4 ms (`ffmpeg -sseof -1 -i clip.mp4 -update 1 "
                                "-q:v 1 last.png`)")
                     .arg(ok ? QString() : QStringLiteral("a run failed or missed frame 99; "))
                     .arg(a.size())
                     .arg(median(aCpu), 0, 'f', 1)
                     .arg(median(bCpu), 0, 'f', 1);

    const auto measureDecode = [&setup](FrameFigure &figure, const QString &path, const QString &what) {
        const RunResult r = setup.child(QStringLiteral("frame-decode"), {path, QString::number(5 * setup.runs)});
        const QJsonObject o = benchResult(r.out);
        const QList<double> totals = numbers(o.value(QStringLiteral("totalMs")).toArray());
        const QList<double> opens = numbers(o.value(QStringLiteral("openMs")).toArray());
        figure.oursMs = totals.isEmpty() ? 0 : median(totals);
        figure.met = r.exitCode == 0 && !totals.isEmpty() && o.value(QStringLiteral("index")).toInt() == ClipFrames - 1
            && figure.oursMs < 30;
        figure.note = QStringLiteral("%1; median of %2 in one process, of which open %3 ms; the first %4 ms")
                          .arg(what)
                          .arg(totals.size())
                          .arg(opens.isEmpty() ? 0.0 : median(opens), 0, 'f', 1)
                          .arg(totals.isEmpty() ? 0.0 : totals.constFirst(), 0, 'f', 1);
    };
    measureDecode(decode, clip, QStringLiteral("one keyframe, as the emulator encodes (x264's default GOP of 250): every frame is decoded"));

    // The same clip with a keyframe every second: what the seek near the end saves.
    FrameFigure keyframes{QStringLiteral("11c. the same with a keyframe every 16 frames"), 0, -1, QStringLiteral("< 30 ms"), false, {}};
    const QString gop = QDir(setup.work).filePath(QStringLiteral("clip720-100-gop16.mp4"));
    QString problem;
    if (!QFileInfo::exists(gop) && !test::makeClip({QSize(1280, 720), ClipFrames, 16, {QStringLiteral("-g"), QStringLiteral("16")}}, gop, &problem))
        keyframes.note = problem;
    else
        measureDecode(keyframes, gop, QStringLiteral("-g 16: frames 96 to 99 are decoded"));
    return {whole, decode, keyframes};
}

} // namespace wan::bench
