#include "mltproject.h"

#include "clipframes.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QXmlStreamWriter>

#include <cmath>

namespace wan::media {

ExportResult MltProject::write(const ExportRequest &request, const QString &title)
{
    ExportResult result;
    result.out = QFileInfo(request.out).absoluteFilePath();
    auto stop = [&result](ExportResult::Status status, const QString &message) {
        result.status = status;
        result.message = message;
        return result;
    };
    if (request.clips.isEmpty())
        return stop(ExportResult::Status::BadInput, VideoExport::tr("There is nothing to export: name at least one clip."));
    if (QFileInfo::exists(result.out) && !request.mayReplace)
        return stop(ExportResult::Status::BadInput,
                    VideoExport::tr("\u201C%1\u201D already exists. Choose another name, or allow replacing it.").arg(QDir::toNativeSeparators(result.out)));

    struct Cut
    {
        QString path;
        qint64 frames = 0;
        qint64 in = 0;
        qint64 out = 0;
    };
    QList<Cut> cuts;
    FrameRate rate;
    QSize size;
    for (const ExportClip &clip : request.clips) {
        ClipFrames frames;
        if (!frames.open(clip.path))
            return stop(ExportResult::Status::BadInput, frames.error().message);
        Cut cut{frames.path(), frames.frameCount(), clip.in < 0 ? 0 : clip.in, clip.out < 0 ? frames.frameCount() - 1 : clip.out};
        if (cut.in > cut.out || cut.out >= cut.frames)
            return stop(ExportResult::Status::BadInput,
                        VideoExport::tr("The trim %1:%2 is outside \u201C%3\u201D: its frames are numbered 0 to %4, and the in point "
                                        "must not come after the out point.")
                            .arg(cut.in)
                            .arg(cut.out)
                            .arg(QDir::toNativeSeparators(cut.path))
                            .arg(cut.frames - 1));
        if (!cuts.isEmpty() && clip.continuesFrame >= 0 && clip.continuesFrame == cuts.constLast().out && cut.in == 0 && cut.out > 0)
            cut.in = 1;
        if (cuts.isEmpty()) {
            rate = frames.frameRate();
            size = frames.size();
        }
        cuts.append(cut);
    }
    // The crossfade at each join; each clip must hold the frames its fades take.
    const qsizetype joins = cuts.size() - 1;
    if (!request.joinCrossfades.isEmpty() && request.joinCrossfades.size() != joins)
        return stop(ExportResult::Status::BadInput, VideoExport::tr("There are %1 joins but %2 crossfades: give one crossfade per join.")
                                                        .arg(joins)
                                                        .arg(request.joinCrossfades.size()));
    const QList<int> fades = request.joinCrossfades.isEmpty() ? QList<int>(joins, request.crossfadeFrames) : request.joinCrossfades;
    for (int i = 0; i < cuts.size(); ++i) {
        const int before = i > 0 ? fades.at(i - 1) : 0;
        const int after = i < joins ? fades.at(i) : 0;
        const qint64 length = cuts.at(i).out - cuts.at(i).in + 1;
        if (before < 0 || after < 0 || length < before + after)
            return stop(ExportResult::Status::BadInput,
                        VideoExport::tr("A crossfade of %1 frames does not fit: \u201C%2\u201D has only %3 frames to blend "
                                        "(%4 needed). Choose a shorter crossfade.")
                            .arg(qMax(before, after))
                            .arg(QDir::toNativeSeparators(cuts.at(i).path))
                            .arg(length)
                            .arg(before + after));
    }
    if (request.fps > 0)
        rate = {int(std::lround(request.fps * 1000)), 1000};
    if (request.longEdge > 0) {
        const double scale = double(request.longEdge) / qMax(size.width(), size.height());
        size = QSize(qMax(2, int(std::lround(size.width() * scale / 2)) * 2), qMax(2, int(std::lround(size.height() * scale / 2)) * 2));
    }

    QSaveFile file(result.out);
    if (!file.open(QIODevice::WriteOnly))
        return stop(ExportResult::Status::WriteFailed, VideoExport::tr("The export could not be written in \u201C%1\u201D: %2. Nothing was left behind.")
                                                           .arg(QDir::toNativeSeparators(QFileInfo(result.out).absolutePath()), file.errorString()));
    QXmlStreamWriter xml(&file);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("mlt"));
    xml.writeAttribute(QStringLiteral("LC_NUMERIC"), QStringLiteral("C"));
    xml.writeAttribute(QStringLiteral("title"), title);
    xml.writeAttribute(QStringLiteral("producer"), QStringLiteral("tractor0"));
    xml.writeStartElement(QStringLiteral("profile"));
    xml.writeAttribute(QStringLiteral("description"), QStringLiteral("Wan Studio"));
    xml.writeAttribute(QStringLiteral("width"), QString::number(size.width()));
    xml.writeAttribute(QStringLiteral("height"), QString::number(size.height()));
    xml.writeAttribute(QStringLiteral("progressive"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("sample_aspect_num"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("sample_aspect_den"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("display_aspect_num"), QString::number(size.width()));
    xml.writeAttribute(QStringLiteral("display_aspect_den"), QString::number(size.height()));
    xml.writeAttribute(QStringLiteral("frame_rate_num"), QString::number(rate.numerator));
    xml.writeAttribute(QStringLiteral("frame_rate_den"), QString::number(rate.denominator));
    xml.writeAttribute(QStringLiteral("colorspace"), QStringLiteral("601"));
    xml.writeEndElement();
    const auto attribute = [&xml](const QString &name, qint64 value) { xml.writeAttribute(name, QString::number(value)); };
    const auto property = [&xml](const QString &name, const QString &value) {
        xml.writeStartElement(QStringLiteral("property"));
        xml.writeAttribute(QStringLiteral("name"), name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    };
    for (int i = 0; i < cuts.size(); ++i) {
        xml.writeStartElement(QStringLiteral("producer"));
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("clip%1").arg(i));
        xml.writeAttribute(QStringLiteral("in"), QString::number(0));
        xml.writeAttribute(QStringLiteral("out"), QString::number(cuts.at(i).frames - 1));
        property(QStringLiteral("resource"), cuts.at(i).path);
        property(QStringLiteral("mlt_service"), QStringLiteral("avformat"));
        property(QStringLiteral("length"), QString::number(cuts.at(i).frames));
        xml.writeEndElement();
    }
    // A crossfade as Shotcut writes one: a small tractor in the playlist, in
    // place of the overlap, with the end of one clip on its first track, the
    // start of the next on its second, a dissolve (luma without a wipe
    // picture) from the first to the second, and an audio mix.
    for (int j = 0; j < joins; ++j) {
        const int n = fades.at(j);
        if (n <= 0)
            continue;
        xml.writeStartElement(QStringLiteral("tractor"));
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("crossfade%1").arg(j));
        attribute(QStringLiteral("in"), 0);
        attribute(QStringLiteral("out"), n - 1);
        property(QStringLiteral("shotcut:transition"), QStringLiteral("lumaMix"));
        xml.writeStartElement(QStringLiteral("track"));
        xml.writeAttribute(QStringLiteral("producer"), QStringLiteral("clip%1").arg(j));
        attribute(QStringLiteral("in"), cuts.at(j).out - n + 1);
        attribute(QStringLiteral("out"), cuts.at(j).out);
        xml.writeEndElement();
        xml.writeStartElement(QStringLiteral("track"));
        xml.writeAttribute(QStringLiteral("producer"), QStringLiteral("clip%1").arg(j + 1));
        attribute(QStringLiteral("in"), cuts.at(j + 1).in);
        attribute(QStringLiteral("out"), cuts.at(j + 1).in + n - 1);
        xml.writeEndElement();
        for (const QString &service : {QStringLiteral("luma"), QStringLiteral("mix")}) {
            xml.writeStartElement(QStringLiteral("transition"));
            xml.writeAttribute(QStringLiteral("id"), QStringLiteral("crossfade%1%2").arg(j).arg(service));
            attribute(QStringLiteral("in"), 0);
            attribute(QStringLiteral("out"), n - 1);
            property(QStringLiteral("a_track"), QStringLiteral("0"));
            property(QStringLiteral("b_track"), QStringLiteral("1"));
            property(QStringLiteral("mlt_service"), service);
            if (service == QLatin1String("mix")) {
                property(QStringLiteral("start"), QStringLiteral("-1")); // a crossfade of the two sounds
                property(QStringLiteral("accepts_blanks"), QStringLiteral("1"));
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    qint64 total = 0;
    xml.writeStartElement(QStringLiteral("playlist"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("playlist0"));
    for (int i = 0; i < cuts.size(); ++i) {
        // The clip less the frames its fades take, then the fade into the next.
        const qint64 in = cuts.at(i).in + (i > 0 ? fades.at(i - 1) : 0);
        const qint64 out = cuts.at(i).out - (i < joins ? fades.at(i) : 0);
        if (out >= in) {
            xml.writeStartElement(QStringLiteral("entry"));
            xml.writeAttribute(QStringLiteral("producer"), QStringLiteral("clip%1").arg(i));
            attribute(QStringLiteral("in"), in);
            attribute(QStringLiteral("out"), out);
            xml.writeEndElement();
            total += out - in + 1;
        }
        if (i < joins && fades.at(i) > 0) {
            xml.writeStartElement(QStringLiteral("entry"));
            xml.writeAttribute(QStringLiteral("producer"), QStringLiteral("crossfade%1").arg(i));
            attribute(QStringLiteral("in"), 0);
            attribute(QStringLiteral("out"), fades.at(i) - 1);
            xml.writeEndElement();
            total += fades.at(i);
        }
    }
    xml.writeEndElement();
    // The timeline: one video track, the playlist.
    xml.writeStartElement(QStringLiteral("tractor"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("tractor0"));
    xml.writeAttribute(QStringLiteral("in"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("out"), QString::number(total - 1));
    xml.writeStartElement(QStringLiteral("track"));
    xml.writeAttribute(QStringLiteral("producer"), QStringLiteral("playlist0"));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    if (xml.hasError() || !file.commit())
        return stop(ExportResult::Status::WriteFailed, VideoExport::tr("The export could not be written in \u201C%1\u201D: %2. Nothing was left behind.")
                                                           .arg(QDir::toNativeSeparators(QFileInfo(result.out).absolutePath()), file.errorString()));
    result.status = ExportResult::Status::Done;
    result.frames = total;
    result.size = size;
    result.frameRate = rate;
    return result;
}

} // namespace wan::media
