#include "continuation.h"

#include "library/clipsettings.h"
#include "library/mp4metadata.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace wan::jobs {

namespace {

QByteArray settingsOf(const QString &clipPath)
{
    const std::optional<QJsonObject> settings = library::Mp4Metadata::read(clipPath);
    return settings ? QJsonDocument(*settings).toJson(QJsonDocument::Compact) : QByteArray();
}

} // namespace

ContinuationFrame Continuation::prepare(const ContinuationSource &source, const media::FramePosition &at,
                                        const QString &inputsDirectory, QSize inspectFor)
{
    ContinuationFrame result;
    result.clipPath = QFileInfo(source.clipPath).absoluteFilePath();
    result.parentId = source.parentId;
    result.parentRequestId = source.parentRequestId;
    result.parentParameters = source.parentParameters;
    result.parentPrompt = source.parentPrompt;
    if (result.parentRequestId.isEmpty() || result.parentParameters.isEmpty()) {
        // A clip Wan Studio made names its run and carries its settings.
        if (const auto settings = library::Mp4Metadata::read(result.clipPath)) {
            if (const auto made = library::ClipSettings::toEntry(*settings, result.clipPath)) {
                if (result.parentRequestId.isEmpty())
                    result.parentRequestId = made->requestId;
                if (result.parentParameters.isEmpty())
                    result.parentParameters = made->parameters;
                if (result.parentPrompt.isEmpty())
                    result.parentPrompt = made->prompt;
            }
        }
    }

    QDir().mkpath(inputsDirectory);
    media::FrameExportRequest request;
    request.clipPath = result.clipPath;
    request.at = at;
    request.imageFormat = QImage::Format_RGB888;
    request.settingsOf = settingsOf;
    const QString stem = result.parentRequestId.isEmpty() ? QFileInfo(result.clipPath).completeBaseName() : result.parentRequestId;
    // The index is known only once decoded: a name of this process first, then the final one.
    request.pngPath = inputsDirectory + QStringLiteral("/continue-%1-pending-%2-%3.png")
                                            .arg(stem)
                                            .arg(QCoreApplication::applicationPid())
                                            .arg(quintptr(&result), 0, 16);
    const media::FrameExportResult frame = media::FrameExport::runNow(request);
    result.frameCount = frame.frameCount;
    result.frameSize = frame.size;
    if (!frame.ok()) {
        result.error = frame.error;
        QFile::remove(request.pngPath);
        return result;
    }
    result.parentFrame = int(frame.frame.index);
    result.framePng = inputsDirectory + QStringLiteral("/continue-%1-frame-%2.png").arg(stem).arg(frame.frame.index);
    // Another process may have saved the same frame a moment ago: the same pixels either way.
    QFile::remove(result.framePng);
    if (!QFile::rename(frame.pngPath, result.framePng))
        result.framePng = frame.pngPath;
    if (inspectFor.isValid()) {
        const auto inspected = image::ImageInspector::inspectFileNow(result.framePng, inspectFor);
        if (inspected.ok())
            result.inspection = inspected.inspection;
    }
    return result;
}

} // namespace wan::jobs
