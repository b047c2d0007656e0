#include "mediaprobe.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>

namespace wan::test {

bool haveFfprobe()
{
    return !QStandardPaths::findExecutable(QStringLiteral("ffprobe")).isEmpty();
}

MediaFacts probeVideo(const QString &path)
{
    MediaFacts facts;
    QProcess ffprobe;
    ffprobe.start(QStringLiteral("ffprobe"),
                  {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-count_frames"),
                   QStringLiteral("-select_streams"), QStringLiteral("v:0"), QStringLiteral("-show_entries"),
                   QStringLiteral("stream=nb_read_frames,r_frame_rate,width,height"), QStringLiteral("-of"),
                   QStringLiteral("json"), path});
    if (!ffprobe.waitForFinished(60'000) || ffprobe.exitCode() != 0) {
        facts.problem = QString::fromUtf8(ffprobe.readAllStandardError());
        return facts;
    }
    const QJsonObject stream = QJsonDocument::fromJson(ffprobe.readAllStandardOutput())
                                   .object().value(QStringLiteral("streams")).toArray().first().toObject();
    facts.frames = stream.value(QStringLiteral("nb_read_frames")).toString().toInt();
    const QStringList rate = stream.value(QStringLiteral("r_frame_rate")).toString().split(QLatin1Char('/'));
    if (rate.size() == 2 && rate.at(1).toDouble() > 0)
        facts.fps = rate.at(0).toDouble() / rate.at(1).toDouble();
    facts.size = QSize(stream.value(QStringLiteral("width")).toInt(), stream.value(QStringLiteral("height")).toInt());
    facts.ok = facts.frames > 0;
    if (!facts.ok)
        facts.problem = QStringLiteral("no video stream");
    return facts;
}

QList<QImage> decodeFrames(const QString &path, const QList<int> &indices, QString *problem)
{
    const auto fail = [problem](const QString &why) {
        if (problem)
            *problem = why;
        return QList<QImage>();
    };
    QList<int> wanted = indices;
    std::sort(wanted.begin(), wanted.end());
    wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
    if (wanted.isEmpty() || wanted.first() < 0)
        return fail(QStringLiteral("no frame asked for"));
    QStringList picks;
    for (int index : std::as_const(wanted))
        picks << QStringLiteral("eq(n,%1)").arg(index);
    QTemporaryDir directory;
    if (!directory.isValid())
        return fail(directory.errorString());
    // select passes only the wanted frames; -vsync 0 keeps ffmpeg from
    // duplicating them to fill the gaps. PNG: lossless, so the test sees the decoder's pixels.
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"),
                 {QStringLiteral("-hide_banner"), QStringLiteral("-loglevel"), QStringLiteral("error"),
                  QStringLiteral("-nostdin"), QStringLiteral("-i"), path, QStringLiteral("-vf"),
                  QStringLiteral("select='%1'").arg(picks.join(QLatin1Char('+'))), QStringLiteral("-vsync"),
                  QStringLiteral("0"), directory.filePath(QStringLiteral("frame%04d.png"))});
    if (!ffmpeg.waitForFinished(60'000) || ffmpeg.exitStatus() != QProcess::NormalExit || ffmpeg.exitCode() != 0) {
        return fail(QStringLiteral("ffmpeg failed: ") + QString::fromLocal8Bit(ffmpeg.readAllStandardError())
                    + ffmpeg.errorString());
    }
    QHash<int, QImage> byIndex;
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        const QImage image(directory.filePath(QStringLiteral("frame%1.png").arg(i + 1, 4, 10, QLatin1Char('0'))));
        if (image.isNull())
            return fail(QStringLiteral("%1 has no frame %2").arg(path).arg(wanted.at(i)));
        byIndex.insert(wanted.at(i), image.convertToFormat(QImage::Format_RGB32));
    }
    QList<QImage> frames;
    for (int index : indices)
        frames.append(byIndex.value(index));
    return frames;
}

} // namespace wan::test
