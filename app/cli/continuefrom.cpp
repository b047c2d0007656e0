#include "continuefrom.h"

#include "cli/commandline.h"
#include "library/clipsettings.h"
#include "library/mp4metadata.h"
#include "jobs/continuation.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

namespace wan::cli {

namespace {

bool allDigits(const QString &text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
}

} // namespace

std::optional<Continuation> prepareContinuation(const QString &what, const QString &at, library::Library &lib, QString *problem)
{
    Continuation result;
    QString clip;
    if (allDigits(what) && !QFileInfo::exists(what)) {
        const auto parent = lib.entry(what.toLongLong());
        if (!parent) {
            *problem = CommandLine::tr("there is no run %1 in the library.").arg(what);
            return std::nullopt;
        }
        if (parent->status != library::EntryStatus::Completed || parent->outputPath.isEmpty()) {
            *problem = CommandLine::tr("run %1 has no finished clip to continue from.").arg(what);
            return std::nullopt;
        }
        clip = parent->outputPath;
        result.parentId = parent->id;
        result.parentRequestId = parent->requestId;
        result.parentParameters = parent->parameters;
    } else {
        clip = QFileInfo(what).absoluteFilePath();
        // A clip Wan Studio made names its run; that run may be in this library.
        if (const auto settings = library::Mp4Metadata::read(clip)) {
            if (const auto made = library::ClipSettings::toEntry(*settings, clip)) {
                result.parentRequestId = made->requestId;
                result.parentParameters = made->parameters;
                if (const auto known = lib.byRequestId(made->requestId))
                    result.parentId = known->id;
            }
        }
    }

    QString positionProblem;
    const auto position = media::FramePosition::parse(at.isEmpty() ? QStringLiteral("last") : at, &positionProblem);
    if (!position) {
        *problem = QStringLiteral("--at: %1").arg(positionProblem);
        return std::nullopt;
    }
    jobs::ContinuationSource source;
    source.clipPath = clip;
    source.parentId = result.parentId;
    source.parentRequestId = result.parentRequestId;
    source.parentParameters = result.parentParameters;
    const jobs::ContinuationFrame frame = jobs::Continuation::prepare(source, *position, lib.mediaDirectory() + QStringLiteral("/inputs"));
    if (!frame.ok()) {
        *problem = frame.error.message;
        return std::nullopt;
    }
    result.parentFrame = frame.parentFrame;
    result.framePng = frame.framePng;
    return result;
}

} // namespace wan::cli
