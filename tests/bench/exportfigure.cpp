#include "exportfigure.h"

#include "core/settings.h"
#include "dialogs/exportdialog.h"
#include "jobs/exportjob.h"
#include "media/clipframes.h"
#include "testclips.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QComboBox>
#include <QCheckBox>
#include <QFileInfo>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace wan::bench {

namespace {

constexpr int JoinedClips = 4;
constexpr qint64 FramesPerClip = 100; // clip720-100.mp4, made by figure 11

// The frames of a written video, read back by the decoder the app uses.
qint64 framesIn(const QString &path)
{
    media::ClipFrames clip;
    return clip.open(path) ? clip.frameCount() : -1;
}

// The SHA-256 of a file's H.264 stream (Annex B, without the container), read
// by the ffmpeg program: the same digest for ours and ffmpeg's means that
// both ran the same encode. Empty when it cannot be read.
QByteArray h264Digest(const QString &path)
{
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-i"), path, QStringLiteral("-map"),
                                            QStringLiteral("0:v"), QStringLiteral("-c"), QStringLiteral("copy"), QStringLiteral("-bsf:v"),
                                            QStringLiteral("h264_mp4toannexb"), QStringLiteral("-f"), QStringLiteral("h264"), QStringLiteral("-")});
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 bytes = 0;
    while (ffmpeg.waitForReadyRead(30'000) || ffmpeg.bytesAvailable() > 0) {
        const QByteArray chunk = ffmpeg.readAllStandardOutput();
        bytes += chunk.size();
        hash.addData(chunk);
    }
    ffmpeg.waitForFinished(30'000);
    if (ffmpeg.exitStatus() != QProcess::NormalExit || ffmpeg.exitCode() != 0 || bytes == 0)
        return {};
    return hash.result().toHex();
}

struct Measured
{
    QList<double> wall, cpu;
    qint64 peakKb = 0;
    bool ok = true;

    void add(const RunResult &r, bool good)
    {
        if (r.exitCode != 0 || !good)
            std::fprintf(stderr, "[bench] 12: a run failed (exit %d, output %s): %s\n", r.exitCode, good ? "as expected" : "not as expected",
                         r.err.right(500).constData());
        ok = ok && r.exitCode == 0 && good;
        wall << r.wallMs;
        cpu << r.cpuMs;
        peakKb = std::max(peakKb, r.maxRssKb);
    }
};

QString cpuNote(const Measured &ours, const Measured &theirs)
{
    return QStringLiteral("CPU: ours %1 ms, ffmpeg %2 ms; peak memory: ours %3 MB, ffmpeg %4 MB")
        .arg(median(ours.cpu), 0, 'f', 0)
        .arg(median(theirs.cpu), 0, 'f', 0)
        .arg(double(ours.peakKb) / 1024.0, 0, 'f', 1)
        .arg(double(theirs.peakKb) / 1024.0, 0, 'f', 1);
}

} // namespace

int runExportWindowChild(const QString &mode, const QStringList &args)
{
    if (mode != QLatin1String("export-window") || args.size() != 2)
        return -1;
    const QString clip = args.at(0);
    const QDir work(args.at(1));
    core::Settings settings(std::make_unique<QSettings>(work.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat));
    jobs::ExportSource source;
    source.files = QStringList{clip, clip};
    ui::ExportDialog dialog(source, &settings);
    dialog.show();
    if (!waitUntil([&dialog] { return dialog.isReady(); }, 60'000)) {
        std::fprintf(stderr, "the export dialog did not read the clips\n");
        return 1;
    }
    auto *format = dialog.findChild<QComboBox *>(QStringLiteral("formatCombo"));
    auto *pingPong = dialog.findChild<QCheckBox *>(QStringLiteral("pingPongCheck"));
    auto *output = dialog.findChild<QLineEdit *>(QStringLiteral("outputEdit"));
    auto *start = dialog.findChild<QPushButton *>(QStringLiteral("exportButton"));
    if (!format || !pingPong || !output || !start) {
        std::fprintf(stderr, "the export dialog's controls were not found\n");
        return 1;
    }
    format->setCurrentIndex(format->findData(int(media::ExportFormat::Mp4)));
    pingPong->setChecked(true); // new pictures: a re-encode, not a stream copy
    const QString out = work.filePath(QStringLiteral("export-window.mp4"));
    QFile::remove(out);
    output->setText(out);

    StallMonitor idle;
    idle.start();
    spin(2000);
    idle.stop();

    bool finished = false;
    media::ExportResult result;
    QObject::connect(&dialog, &ui::ExportDialog::exportFinished, &dialog, [&](const media::ExportResult &r) {
        result = r;
        finished = true;
    });
    StallMonitor running;
    running.start();
    start->click();
    if (!waitUntil([&finished] { return finished; }, 600'000)) {
        std::fprintf(stderr, "the export did not finish\n");
        return 1;
    }
    const double ms = running.nowMs();
    running.stop();
    printBenchResult({{QStringLiteral("idleLongestMs"), idle.longestMs()},
                      {QStringLiteral("exportLongestMs"), running.longestMs()},
                      {QStringLiteral("stalls"), running.stalls()},
                      {QStringLiteral("exportMs"), ms},
                      {QStringLiteral("ok"), result.ok()},
                      {QStringLiteral("frames"), result.frames}});
    return result.ok() ? 0 : 1;
}

QList<ExportFigure> measureExportFigures(const ExportFigureSetup &setup)
{
    const QDir work(setup.work);
    const QString clip720 = work.filePath(QStringLiteral("clip720-100.mp4"));
    const QString clip480 = work.filePath(QStringLiteral("clip.mp4"));
    const QString joined = work.filePath(QStringLiteral("export-ours.mp4"));
    const QString copied = work.filePath(QStringLiteral("export-copy.mp4"));
    const QString theirsJoined = work.filePath(QStringLiteral("export-ffmpeg.mp4"));
    const QString gif = work.filePath(QStringLiteral("export-ours.gif"));
    const QString theirsGif = work.filePath(QStringLiteral("export-ffmpeg.gif"));
    const QString palette = work.filePath(QStringLiteral("export-palette.png"));
    const QString webm = work.filePath(QStringLiteral("export-ours.webm"));
    const QString pingPong = work.filePath(QStringLiteral("export-pingpong.mp4"));
    const QString list = work.filePath(QStringLiteral("export-list.txt"));

    if (!QFileInfo::exists(clip720)) {
        QString problem;
        if (!test::makeClip({QSize(1280, 720), int(FramesPerClip), 16, {}}, clip720, &problem))
            return {ExportFigure{QStringLiteral("12. exports"), 0, -1, false, QString(), false, problem}};
    }
    // The concat demuxer's list: the same four clips, in order.
    {
        QFile file(list);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            for (int i = 0; i < JoinedClips; ++i)
                file.write(QStringLiteral("file '%1'\n").arg(clip720).toUtf8());
        }
    }
    const QStringList four(JoinedClips, clip720);
    const QStringList joinArgs = QStringList{QStringLiteral("export")} + four
        + QStringList{QStringLiteral("--format"), QStringLiteral("mp4"), QStringLiteral("--reencode"), QStringLiteral("--out"), joined,
                      QStringLiteral("--overwrite")};
    const QStringList copyArgs = QStringList{QStringLiteral("export")} + four
        + QStringList{QStringLiteral("--format"), QStringLiteral("mp4"), QStringLiteral("--out"), copied, QStringLiteral("--overwrite")};
    // Our MP4 settings (app/media/videoexport_write.cpp): libx264, medium, CRF 20,
    // a look-ahead of 10 frames, yuv420p.
    const QStringList ffmpegJoin{QStringLiteral("-v"),         QStringLiteral("error"),  QStringLiteral("-y"),
                                 QStringLiteral("-f"),         QStringLiteral("concat"), QStringLiteral("-safe"),
                                 QStringLiteral("0"),          QStringLiteral("-i"),     list,
                                 QStringLiteral("-c:v"),       QStringLiteral("libx264"), QStringLiteral("-preset"),
                                 QStringLiteral("medium"),     QStringLiteral("-crf"),   QStringLiteral("20"),
                                 QStringLiteral("-x264-params"), QStringLiteral("rc-lookahead=10"), QStringLiteral("-pix_fmt"),
                                 QStringLiteral("yuv420p"),    theirsJoined};
    const QStringList gifArgs{QStringLiteral("export"), clip480, QStringLiteral("--format"), QStringLiteral("gif"), QStringLiteral("--out"),
                              gif, QStringLiteral("--overwrite")};
    // ffmpeg's two-pass palette method with its defaults (stats_mode=full,
    // dither=sierra2_4a: what ours uses too).
    const QStringList paletteGen{QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"), QStringLiteral("-i"), clip480,
                                 QStringLiteral("-vf"), QStringLiteral("palettegen"), palette};
    const QStringList paletteUse{QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"), QStringLiteral("-i"), clip480,
                                 QStringLiteral("-i"), palette, QStringLiteral("-lavfi"), QStringLiteral("paletteuse"), theirsGif};
    const QStringList webmArgs = QStringList{QStringLiteral("export"), clip720, clip720, QStringLiteral("--format"), QStringLiteral("webm"),
                                             QStringLiteral("--out"), webm, QStringLiteral("--overwrite")};
    // Forward then back: the frames played back wait (in a file, not memory).
    const QStringList pingPongArgs = QStringList{QStringLiteral("export"), clip720, clip720, QStringLiteral("--format"), QStringLiteral("mp4"),
                                                 QStringLiteral("--pingpong"), QStringLiteral("--out"), pingPong, QStringLiteral("--overwrite")};

    // One unmeasured run of each: the clips into the page cache, the home made.
    runMeasured(setup.wanstudio, gifArgs, setup.env, 300);
    runMeasured(QStringLiteral("ffmpeg"), paletteGen, {}, 300);

    Measured ourJoin, theirJoin, ourCopy, ourGif, theirGif;
    qint64 gifBytes = 0, theirGifBytes = 0;
    const qint64 joinedFrames = JoinedClips * FramesPerClip;
    // Each output is removed before its run and checked after it (an argument
    // list would not say which comes first).
    const auto measure = [](Measured &into, const QString &program, const QStringList &args, const QHash<QString, QString> &env,
                            const QString &out, const std::function<bool()> &check) {
        QFile::remove(out);
        const RunResult r = runMeasured(program, args, env, 900);
        into.add(r, check());
    };
    for (int i = 0; i < setup.runs; ++i) {
        measure(ourJoin, setup.wanstudio, joinArgs, setup.env, joined, [&] { return framesIn(joined) == joinedFrames; });
        measure(theirJoin, QStringLiteral("ffmpeg"), ffmpegJoin, {}, theirsJoined, [&] { return framesIn(theirsJoined) == joinedFrames; });
        measure(ourCopy, setup.wanstudio, copyArgs, setup.env, copied, [&] { return framesIn(copied) == joinedFrames; });
        measure(ourGif, setup.wanstudio, gifArgs, setup.env, gif, [&] { return QFileInfo(gif).size() > 0; });
        // The two passes are two processes: their times and CPU add up.
        QFile::remove(palette);
        QFile::remove(theirsGif);
        RunResult pass1 = runMeasured(QStringLiteral("ffmpeg"), paletteGen, {}, 300);
        const RunResult pass2 = runMeasured(QStringLiteral("ffmpeg"), paletteUse, {}, 300);
        pass1.exitCode = pass1.exitCode == 0 ? pass2.exitCode : pass1.exitCode;
        pass1.wallMs += pass2.wallMs;
        pass1.cpuMs += pass2.cpuMs;
        pass1.maxRssKb = std::max(pass1.maxRssKb, pass2.maxRssKb);
        theirGif.add(pass1, QFileInfo(theirsGif).size() > 0);
        gifBytes = QFileInfo(gif).size();
        theirGifBytes = QFileInfo(theirsGif).size();
    }
    // The last run's two files: the same stream, or the comparison is not like for like.
    const QByteArray ourStream = h264Digest(joined), theirStream = h264Digest(theirsJoined);
    const QString sameStream = ourStream.isEmpty() || theirStream.isEmpty()
        ? QStringLiteral("; the H.264 streams could not be compared")
        : ourStream == theirStream ? QStringLiteral("; the same H.264 stream as ffmpeg's, byte for byte (SHA-256 %1...)").arg(QString::fromLatin1(ourStream.left(12)))
                                   : QStringLiteral("; the H.264 streams differ");
    Measured ourWebm, ourPingPong;
    measure(ourWebm, setup.wanstudio, webmArgs, setup.env, webm, [&] { return framesIn(webm) == 2 * FramesPerClip; });
    measure(ourPingPong, setup.wanstudio, pingPongArgs, setup.env, pingPong, [&] { return framesIn(pingPong) == 4 * FramesPerClip - 2; });

    // 12e: the window's dialog while an export runs (a child with a QApplication).
    QList<double> idleGaps, exportGaps;
    bool windowOk = true;
    double windowWorst = 0;
    for (int i = 0; i < setup.runs && setup.child; ++i) {
        const RunResult r = setup.child(QStringLiteral("export-window"), {clip720, setup.work});
        const QJsonObject o = benchResult(r.out);
        windowOk = windowOk && r.exitCode == 0 && o.value(QStringLiteral("ok")).toBool()
            && o.value(QStringLiteral("frames")).toInt() == 4 * FramesPerClip - 2; // forward, then back without repeating either end
        idleGaps << o.value(QStringLiteral("idleLongestMs")).toDouble();
        exportGaps << o.value(QStringLiteral("exportLongestMs")).toDouble();
        windowWorst = std::max(windowWorst, exportGaps.constLast());
    }

    QList<ExportFigure> figures;
    const double join = median(ourJoin.wall), theirs = median(theirJoin.wall);
    figures << ExportFigure{QStringLiteral("12a. four 720p clips joined into one MP4, re-encoded: whole process"), join, theirs, false,
                            QStringLiteral("<= 1.0x"), ourJoin.ok && theirJoin.ok && join <= theirs,
                            QStringLiteral("%1 runs of each, interleaved; %2; 400 frames each (`ffmpeg -f concat -i list "
                                           "-c:v libx264 -preset medium -crf 20 -x264-params rc-lookahead=10`)%3%4")
                                .arg(ourJoin.wall.size())
                                .arg(cpuNote(ourJoin, theirJoin), sameStream,
                                     ourJoin.ok && theirJoin.ok ? QString() : QStringLiteral("; a run failed"))};
    const double copy = median(ourCopy.wall);
    figures << ExportFigure{QStringLiteral("12b. the same four joined by a stream copy (no re-encode needed)"), copy, theirs, false,
                            QStringLiteral("<= 0.1x"), ourCopy.ok && copy <= 0.1 * theirs,
                            QStringLiteral("reference: ffmpeg's re-encode of 12a; %1 runs; CPU %2 ms; 400 frames%3")
                                .arg(ourCopy.wall.size())
                                .arg(median(ourCopy.cpu), 0, 'f', 0)
                                .arg(ourCopy.ok ? QString() : QStringLiteral("; a run failed"))};
    const double g = median(ourGif.wall), tg = median(theirGif.wall);
    const double sizeRatio = theirGifBytes > 0 ? double(gifBytes) / double(theirGifBytes) : 0;
    figures << ExportFigure{QStringLiteral("12c. a 5 s 480p clip to GIF: whole process"), g, tg, false,
                            QStringLiteral("<= 1.0x, size <= 1.1x"),
                            ourGif.ok && theirGif.ok && g <= tg && sizeRatio > 0 && sizeRatio <= 1.1,
                            QStringLiteral("%1 runs of each, interleaved; reference: `ffmpeg -vf palettegen` then `-lavfi paletteuse` "
                                           "(two processes, added); %2; size: ours %3 kB, ffmpeg %4 kB (%5x)")
                                .arg(ourGif.wall.size())
                                .arg(cpuNote(ourGif, theirGif))
                                .arg(gifBytes / 1024)
                                .arg(theirGifBytes / 1024)
                                .arg(sizeRatio, 0, 'f', 2)};
    const qint64 peak = std::max({ourJoin.peakKb, ourCopy.peakKb, ourGif.peakKb, ourWebm.peakKb, ourPingPong.peakKb});
    figures << ExportFigure{QStringLiteral("12d. peak memory of an export"), double(peak) / 1024.0, -1, true, QStringLiteral("< 200 MB"),
                            ourJoin.ok && ourCopy.ok && ourGif.ok && ourWebm.ok && ourPingPong.ok && peak > 0 && peak < 200 * 1024,
                            QStringLiteral("the largest of: 12a %1 MB, 12b %2 MB, 12c %3 MB, two 720p clips to WebM (VP9) %4 MB, "
                                           "the same two to MP4 forward then back (398 frames) %5 MB; peak RSS of the whole process")
                                .arg(double(ourJoin.peakKb) / 1024.0, 0, 'f', 1)
                                .arg(double(ourCopy.peakKb) / 1024.0, 0, 'f', 1)
                                .arg(double(ourGif.peakKb) / 1024.0, 0, 'f', 1)
                                .arg(double(ourWebm.peakKb) / 1024.0, 0, 'f', 1)
                                .arg(double(ourPingPong.peakKb) / 1024.0, 0, 'f', 1)};
    if (setup.child) {
        const double gap = median(exportGaps), idleGap = median(idleGaps);
        figures << ExportFigure{QStringLiteral("12e. longest UI-thread stall while the Export dialog exports"), gap, idleGap, false,
                                QStringLiteral("< 33 ms"), windowOk && !exportGaps.isEmpty() && gap < 33,
                                QStringLiteral("two 720p clips forward then back to MP4 (398 frames, re-encoded) from the dialog; "
                                               "1 ms timer; reference: the same dialog idle for 2 s; median of %1, worst %2 ms%3")
                                    .arg(exportGaps.size())
                                    .arg(windowWorst, 0, 'f', 1)
                                    .arg(windowOk ? QString() : QStringLiteral("; a run failed"))};
    }
    return figures;
}

} // namespace wan::bench
