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
    for (int i = 0; i < cuts.size(); ++i) {
        xml.writeStartElement(QStringLiteral("producer"));
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("clip%1").arg(i));
        xml.writeAttribute(QStringLiteral("in"), QString::number(0));
        xml.writeAttribute(QStringLiteral("out"), QString::number(cuts.at(i).frames - 1));
        const auto property = [&xml](const QString &name, const QString &value) {
            xml.writeStartElement(QStringLiteral("property"));
            xml.writeAttribute(QStringLiteral("name"), name);
            xml.writeCharacters(value);
            xml.writeEndElement();
        };
        property(QStringLiteral("resource"), cuts.at(i).path);
        property(QStringLiteral("mlt_service"), QStringLiteral("avformat"));
        property(QStringLiteral("length"), QString::number(cuts.at(i).frames));
        xml.writeEndElement();
    }
    qint64 total = 0;
    xml.writeStartElement(QStringLiteral("playlist"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("playlist0"));
    for (int i = 0; i < cuts.size(); ++i) {
        xml.writeStartElement(QStringLiteral("entry"));
        xml.writeAttribute(QStringLiteral("producer"), QStringLiteral("clip%1").arg(i));
        xml.writeAttribute(QStringLiteral("in"), QString::number(cuts.at(i).in));
        xml.writeAttribute(QStringLiteral("out"), QString::number(cuts.at(i).out));
        xml.writeEndElement();
        total += cuts.at(i).out - cuts.at(i).in + 1;
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
