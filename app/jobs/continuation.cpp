#include "continuation.h"

#include "library/clipsettings.h"
#include "library/mp4metadata.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cerrno>
#include <csignal>
#include <cstdio>

namespace wan::jobs {

namespace {

// rename(2): the target is replaced at once (QFile::rename refuses an existing one).
bool replaceFile(const QString &from, const QString &to)
{
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

// Whether a process with this id exists (one that is not ours to signal
// exists too: EPERM).
bool processIsRunning(qint64 pid)
{
    return ::kill(pid_t(pid), 0) == 0 || errno != ESRCH;
}

} // namespace

ContinuationFrame Continuation::prepare(const ContinuationSource &source, const media::FramePosition &at,
                                        const QString &inputsDirectory, QSize inspectFor, bool keepAside)
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
    request.settingsOf = library::Mp4Metadata::readCompact;
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
    QString saved = result.framePng;
    if (keepAside) {
        // Never over the shared name: a run made from this frame may be uploading it.
        saved = inputsDirectory + QStringLiteral("/.prefetch-%1-%2").arg(QCoreApplication::applicationPid()).arg(QFileInfo(result.framePng).fileName());
        result.asidePng = saved;
    }
    // Another process may have saved the same frame a moment ago: the same
    // pixels either way, replaced in one step so that no reader finds it missing.
    if (!replaceFile(frame.pngPath, saved)) {
        saved = frame.pngPath;
        if (keepAside)
            result.asidePng = saved;
        else
            result.framePng = saved;
    }
    if (inspectFor.isValid()) {
        const auto inspected = image::ImageInspector::inspectFileNow(saved, inspectFor);
        if (inspected.ok())
            result.inspection = inspected.inspection;
    }
    return result;
}

ContinuationFrame Continuation::moveIntoPlace(ContinuationFrame frame)
{
    if (frame.asidePng.isEmpty())
        return frame;
    // rename() replaces the target at once: a reader of an earlier save of the
    // same frame keeps the file it opened.
    if (!replaceFile(frame.asidePng, frame.framePng)) {
        QFile::remove(frame.framePng);
        if (!QFile::rename(frame.asidePng, frame.framePng)) {
            frame.error = { media::FrameError::Kind::WriteFailed,
                            QCoreApplication::translate("wan::jobs::Continuation",
                                                        "The frame could not be saved in the library's media folder.") };
            return frame;
        }
    }
    frame.asidePng.clear();
    frame.inspection.source = frame.framePng;
    return frame;
}

QStringList Continuation::removeLeftovers(const QString &inputsDirectory)
{
    // ".prefetch-PID-…" (prepare with keepAside) and "continue-…-pending-PID-…"
    // (prepare before the frame's index is known).
    static const QRegularExpression ofAProcess(QStringLiteral("^(?:\\.prefetch-(\\d+)-.*|continue-.*-pending-(\\d+)-[0-9a-f]+\\.png)$"));
    QStringList removed;
    const QDir folder(inputsDirectory);
    const QStringList names = folder.entryList({ QStringLiteral(".prefetch-*"), QStringLiteral("continue-*-pending-*") },
                                               QDir::Files | QDir::Hidden);
    for (const QString &name : names) {
        const QRegularExpressionMatch match = ofAProcess.match(name);
        if (!match.hasMatch())
            continue;
        const qint64 pid = (match.captured(1).isEmpty() ? match.captured(2) : match.captured(1)).toLongLong();
        if (pid <= 0 || pid == QCoreApplication::applicationPid() || processIsRunning(pid))
            continue;
        if (QFile::remove(folder.filePath(name)))
            removed << folder.filePath(name);
    }
    return removed;
}

} // namespace wan::jobs
