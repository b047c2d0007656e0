#include "mediaprobe.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

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

} // namespace wan::test
