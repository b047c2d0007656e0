#include "continuefrom.h"

#include "cli/commandline.h"
#include "library/clipsettings.h"
#include "library/mp4metadata.h"
#include "media/frameexport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

namespace wan::cli {

namespace {

QByteArray settingsOf(const QString &clipPath)
{
    const std::optional<QJsonObject> settings = library::Mp4Metadata::read(clipPath);
    return settings ? QJsonDocument(*settings).toJson(QJsonDocument::Compact) : QByteArray();
}

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
    const QString inputs = lib.mediaDirectory() + QStringLiteral("/inputs");
    QDir().mkpath(inputs);
    media::FrameExportRequest request;
    request.clipPath = clip;
    request.at = *position;
    request.imageFormat = QImage::Format_RGB888;
    request.settingsOf = settingsOf;
    // Named after the clip and the frame, so continuing twice from one frame shares the file.
    const QString stem = result.parentRequestId.isEmpty() ? QFileInfo(clip).completeBaseName() : result.parentRequestId;
    // The index is known only once decoded: a temporary name, then the final one.
    request.pngPath = inputs + QStringLiteral("/continue-%1-pending-%2.png").arg(stem).arg(QCoreApplication::applicationPid());
    const media::FrameExportResult frame = media::FrameExport::runNow(request);
    if (!frame.ok()) {
        *problem = frame.error.message;
        QFile::remove(request.pngPath);
        return std::nullopt;
    }
    result.parentFrame = int(frame.frame.index);
    result.framePng = inputs + QStringLiteral("/continue-%1-frame-%2.png").arg(stem).arg(frame.frame.index);
    QFile::remove(result.framePng);
    if (!QFile::rename(frame.pngPath, result.framePng))
        result.framePng = frame.pngPath;
    return result;
}

} // namespace wan::cli
