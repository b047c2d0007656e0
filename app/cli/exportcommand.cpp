#include "exportcommand.h"

#include "clisupport.h"
#include "commandline.h"
#include "core/outputplace.h"
#include "jobs/exportinputs.h"
#include "library/library.h"
#include "media/videoexport.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

#include <atomic>
#include <csignal>

namespace wan::cli {

namespace {

std::atomic_bool interrupted{false};

extern "C" void onInterrupt(int)
{
    interrupted.store(true);
}

} // namespace

int invalid(const QString &message)
{
    err() << CommandLine::tr("Error: %1").arg(message) << Qt::endl;
    return InvalidInput;
}

namespace {

// "IN:OUT", frame indexes from 0, both included.
bool parseTrim(const QString &text, qint64 *in, qint64 *out)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() != 2)
        return false;
    bool okIn = false;
    bool okOut = false;
    *in = parts.at(0).trimmed().toLongLong(&okIn);
    *out = parts.at(1).trimmed().toLongLong(&okOut);
    return okIn && okOut && *in >= 0 && *out >= 0;
}

} // namespace

void addExportOptions(QCommandLineParser &parser, bool withMlt)
{
    parser.addOption({QStringLiteral("format"),
                      withMlt ? CommandLine::tr("What to write: mp4, webm, gif, webp, png (a folder of frames) or mlt (a project for "
                                                "Shotcut and Kdenlive that refers to the original clips).")
                              : CommandLine::tr("What to write: mp4, webm, gif, webp or png (a folder of frames)."),
                      CommandLine::tr("format")});
    parser.addOption({QStringLiteral("out"), CommandLine::tr("Where to save it (for png: a new or empty folder)."), CommandLine::tr("path")});
    parser.addOption({QStringLiteral("width"), CommandLine::tr("The long edge in pixels (the aspect is kept); default: the first clip's size."),
                      CommandLine::tr("pixels")});
    parser.addOption({QStringLiteral("fps"), CommandLine::tr("A new frame rate (frames are repeated or dropped); default: the first clip's."),
                      CommandLine::tr("rate")});
    parser.addOption({QStringLiteral("crossfade"),
                      withMlt ? CommandLine::tr("Blend N frames at every join, instead of the crossfades the sequence keeps for "
                                                "each join.")
                              : CommandLine::tr("Blend N frames at each join."),
                      CommandLine::tr("N")});
    parser.addOption({QStringLiteral("pingpong"), CommandLine::tr("Play forward, then back, for a seamless loop.")});
    parser.addOption({QStringLiteral("match-colour"),
                      CommandLine::tr("Where a clip continues the one before it, correct its colours toward the frame it "
                                      "continues, so a chain's colour drift does not jump at the joins.")});
    parser.addOption({QStringLiteral("quality"),
                      CommandLine::tr("MP4: CRF 0-51 (default 20); WebM: CRF 0-63 (default 32); WebP: 0-100 (default 80). Lower CRF "
                                      "is better."),
                      CommandLine::tr("value")});
    parser.addOption({QStringLiteral("overwrite"), CommandLine::tr("Replace the --out file if it already exists.")});
    parser.addOption({QStringLiteral("reencode"), CommandLine::tr("MP4: always encode new pictures, even where the clips could be copied as they are.")});
}

std::optional<media::ExportRequest> readExportOptions(const QCommandLineParser &parser, bool *mlt, int *exitCode)
{
    media::ExportRequest request;
    *exitCode = InvalidInput;
    const QString format = parser.value(QStringLiteral("format"));
    *mlt = format.compare(QLatin1String("mlt"), Qt::CaseInsensitive) == 0;
    if (!parser.isSet(QStringLiteral("format")) || (!*mlt && !media::VideoExport::parseFormat(format, &request.format))) {
        invalid(CommandLine::tr("--format must be mp4, webm, gif, webp or png."));
        return std::nullopt;
    }
    if (!parser.isSet(QStringLiteral("out"))) {
        invalid(CommandLine::tr("--out is required: where to save the export."));
        return std::nullopt;
    }
    request.out = QFileInfo(parser.value(QStringLiteral("out"))).absoluteFilePath();
    request.mayReplace = parser.isSet(QStringLiteral("overwrite"));
    request.pingPong = parser.isSet(QStringLiteral("pingpong"));
    request.matchColour = parser.isSet(QStringLiteral("match-colour"));
    if (*mlt && request.matchColour) {
        invalid(CommandLine::tr("--match-colour changes the pictures, which an MLT project does not hold: export a video or "
                                "frames with it."));
        return std::nullopt;
    }
    request.allowStreamCopy = !parser.isSet(QStringLiteral("reencode"));
    auto number = [&parser](const char *option, int low, int high, int *value) {
        bool ok = false;
        *value = parser.value(QLatin1String(option)).toInt(&ok);
        return ok && *value >= low && *value <= high;
    };
    if (parser.isSet(QStringLiteral("width")) && !number("width", 16, 8192, &request.longEdge)) {
        invalid(CommandLine::tr("--width must be a number of pixels from 16 to 8192."));
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("crossfade")) && !number("crossfade", 0, 1000, &request.crossfadeFrames)) {
        invalid(CommandLine::tr("--crossfade must be a number of frames from 0 to 1000."));
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("quality")) && !number("quality", 0, 100, &request.quality)) {
        invalid(CommandLine::tr("--quality must be a number from 0 to 100."));
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("fps"))) {
        bool ok = false;
        request.fps = parser.value(QStringLiteral("fps")).toDouble(&ok);
        if (!ok || request.fps <= 0 || request.fps > 240) {
            invalid(CommandLine::tr("--fps must be a frame rate above 0 and at most 240."));
            return std::nullopt;
        }
    }
    // Before anything is decoded: a place that cannot take the export is said at once.
    core::OutputPlaceRules rules;
    rules.mayReplace = request.mayReplace;
    const bool folder = !*mlt && request.format == media::ExportFormat::PngFrames;
    rules.saving = folder ? core::OutputPlaceRules::Saving::Frame : core::OutputPlaceRules::Saving::Video;
    const core::OutputPlaceCheck place = core::OutputPlace::check(folder ? request.out + QStringLiteral("/frame-00000.png") : request.out, rules);
    if (!place.ok()) {
        err() << CommandLine::tr("Error: %1").arg(place.message) << Qt::endl;
        err() << place.hint << Qt::endl;
        return std::nullopt;
    }
    return request;
}

int runExportRequest(const media::ExportRequest &request)
{
    // Ctrl+C stops at the next frame and removes what was written; a file-size
    // limit (ulimit -f) ends the export with a message instead of a signal.
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    std::signal(SIGXFSZ, SIG_IGN);
    int lastTenth = -1;
    const auto progress = [&lastTenth](const media::ExportProgress &p) {
        const int tenth = p.total > 0 ? int(p.done * 10 / p.total) : 10;
        if (tenth == lastTenth)
            return;
        lastTenth = tenth;
        err() << CommandLine::tr("Exported %1 of %2 frames").arg(p.done).arg(p.total) << Qt::endl;
    };
    const media::ExportResult result = media::VideoExport::run(request, progress, &interrupted);
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    return printExportResult(result, media::VideoExport::formatName(request.format));
}

int printExportResult(const media::ExportResult &result, const QString &format)
{
    if (!result.ok()) {
        err() << CommandLine::tr("Error: %1").arg(result.message) << Qt::endl;
        switch (result.status) {
        case media::ExportResult::Status::Cancelled:
            return Interrupted;
        case media::ExportResult::Status::WriteFailed:
            return LocalStorageError;
        default:
            return InvalidInput;
        }
    }
    printJsonLine({{QStringLiteral("out"), result.out},
                   {QStringLiteral("format"), format},
                   {QStringLiteral("frames"), result.frames},
                   {QStringLiteral("width"), result.size.width()},
                   {QStringLiteral("height"), result.size.height()},
                   {QStringLiteral("fps"), result.frameRate.fps()},
                   {QStringLiteral("stream_copy"), result.streamCopied}});
    return Success;
}

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLine::tr("Joins clips in order and saves them as one MP4, WebM, GIF or animated WebP, or as a folder of "
                        "numbered PNG frames. A clip that continues the one before it (its lineage says so) loses its "
                        "first frame, the same picture as the last one before it."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("inputs"), CommandLine::tr("Clips (MP4 files) or library ids, in order."),
                                 CommandLine::tr("INPUT..."));
    addExportOptions(parser, false);
    parser.addOption({QStringLiteral("trim"), CommandLine::tr("With one input: only frames IN to OUT (from 0, both included)."),
                      CommandLine::tr("IN:OUT")});
    parser.process(arguments);

    const QStringList inputs = parser.positionalArguments();
    if (inputs.isEmpty())
        return invalid(CommandLine::tr("name the clips to export: wanstudio export INPUT... --format mp4 --out FILE"));
    qint64 in = -1;
    qint64 out = -1;
    if (parser.isSet(QStringLiteral("trim"))) {
        if (inputs.size() > 1)
            return invalid(CommandLine::tr("--trim goes with a single input; several inputs are exported whole."));
        if (!parseTrim(parser.value(QStringLiteral("trim")), &in, &out))
            return invalid(CommandLine::tr("--trim must be IN:OUT, two frame indexes from 0 (0:40)."));
    }
    bool mlt = false;
    int exitCode = InvalidInput;
    std::optional<media::ExportRequest> request = readExportOptions(parser, &mlt, &exitCode);
    if (!request)
        return exitCode;
    if (mlt)
        return invalid(CommandLine::tr("--format must be mp4, webm, gif, webp or png."));

    std::unique_ptr<library::Library> lib;
    if (std::any_of(inputs.begin(), inputs.end(), jobs::ExportInputs::isLibraryId)) {
        int libraryProblem = LibraryError;
        lib = openLibrary(&libraryProblem);
        if (!lib)
            return libraryProblem;
    }
    QString problem;
    const auto clips = jobs::ExportInputs::resolve(inputs, lib.get(), &problem);
    if (!clips)
        return invalid(problem);
    request->clips = *clips;
    request->clips.first().in = in;
    request->clips.first().out = out;
    return runExportRequest(*request);
}

} // namespace wan::cli
