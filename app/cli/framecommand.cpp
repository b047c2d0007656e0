#include "framecommand.h"

#include "clisupport.h"
#include "commandline.h"
#include "core/outputplace.h"
#include "library/mp4metadata.h"
#include "media/frameexport.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

namespace wan::cli {

namespace {

int invalid(const QString &message)
{
    err() << CommandLine::tr("Error: %1").arg(message) << Qt::endl;
    return InvalidInput;
}

} // namespace

int runFrame(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLine::tr("Saves one frame of a clip as a PNG, exactly the frame asked for, at the clip's full size. The PNG "
                        "carries the clip's name, the frame's number and the run's settings."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("clip"), CommandLine::tr("The clip (an MP4)."), CommandLine::tr("CLIP"));
    parser.addOption({QStringLiteral("at"),
                      CommandLine::tr("Which frame: first, last (the default), an index from 0 (40), or a time in seconds "
                                      "with a decimal point (2.5; the frame the player shows at that time)."),
                      CommandLine::tr("first|last|N|SECONDS"), QStringLiteral("last")});
    parser.addOption({QStringLiteral("out"), CommandLine::tr("Where to save the PNG."), CommandLine::tr("file.png")});
    parser.addOption({QStringLiteral("overwrite"), CommandLine::tr("Replace the --out file if it already exists.")});
    processArguments(parser, arguments);

    const QStringList clips = parser.positionalArguments();
    if (clips.isEmpty())
        return invalid(CommandLine::tr("name the clip to take the frame from: wanstudio frame CLIP --out FILE.png"));
    if (clips.size() > 1)
        return invalid(CommandLine::tr("one clip at a time; also got %1.").arg(clips.mid(1).join(QLatin1Char(' '))));
    QString problem;
    const std::optional<media::FramePosition> at = media::FramePosition::parse(parser.value(QStringLiteral("at")), &problem);
    if (!at)
        return invalid(QStringLiteral("--at: %1").arg(problem));
    if (!parser.isSet(QStringLiteral("out")))
        return invalid(CommandLine::tr("--out is required: where to save the PNG."));
    const QString out = QFileInfo(parser.value(QStringLiteral("out"))).absoluteFilePath();
    // The file is a PNG whatever it is called; a name that says otherwise would mislead.
    if (!out.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        return invalid(CommandLine::tr("--out must name a .png file (the frame is saved as PNG): %1").arg(QDir::toNativeSeparators(out)));

    const QString clip = QFileInfo(clips.constFirst()).absoluteFilePath();
    core::OutputPlaceRules rules;
    rules.saving = core::OutputPlaceRules::Saving::Frame;
    rules.inputImage = clip;
    rules.mayReplace = parser.isSet(QStringLiteral("overwrite"));
    const core::OutputPlaceCheck place = core::OutputPlace::check(out, rules);
    if (!place.ok()) {
        err() << CommandLine::tr("Error: %1").arg(place.message) << Qt::endl;
        err() << place.hint << Qt::endl;
        return place.verdict == core::OutputPlaceCheck::Verdict::Unwritable ? int(LocalStorageError) : int(InvalidInput);
    }

    media::FrameExportRequest request;
    request.clipPath = clip;
    request.at = *at;
    request.pngPath = out;
    // What the PNG stores; no conversion between decoding and writing.
    request.imageFormat = QImage::Format_RGB888;
    request.settingsOf = library::Mp4Metadata::readCompact;
    const media::FrameExportResult result = media::FrameExport::runNow(request);
    if (!result.ok()) {
        err() << CommandLine::tr("Error: %1").arg(result.error.message) << Qt::endl;
        return result.error.kind == media::FrameError::Kind::WriteFailed ? int(LocalStorageError) : int(InvalidInput);
    }
    printJsonLine({{QStringLiteral("frame"), result.frame.index},
                   {QStringLiteral("time"), result.frame.seconds},
                   {QStringLiteral("out"), result.pngPath},
                   {QStringLiteral("width"), result.frame.image.width()},
                   {QStringLiteral("height"), result.frame.image.height()},
                   {QStringLiteral("frames"), result.frameCount},
                   {QStringLiteral("fps"), result.frameRate.fps()},
                   {QStringLiteral("clip"), result.clipPath}});
    return Success;
}

} // namespace wan::cli
