#include "frameexport.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace wan::media {

FrameExportResult FrameExport::runNow(const FrameExportRequest &request)
{
    FrameExportResult result;
    result.clipPath = request.clipPath;
    ClipFrames clip;
    clip.setImageFormat(request.imageFormat);
    if (!clip.open(request.clipPath)) {
        result.error = clip.error();
        return result;
    }
    result.frameCount = clip.frameCount();
    result.frameRate = clip.frameRate();
    result.size = clip.size();
    result.frame = clip.frame(request.at);
    if (!result.frame.ok()) {
        result.error = result.frame.error;
        return result;
    }
    if (request.pngPath.isEmpty())
        return result;

    FrameStamp stamp;
    stamp.source = QFileInfo(request.clipPath).fileName();
    stamp.frame = result.frame.index;
    if (request.settingsOf)
        stamp.settingsJson = request.settingsOf(clip.path());
    QString problem;
    if (!FramePng::write(result.frame.image, stamp, request.pngPath, &problem)) {
        result.error = {FrameError::Kind::WriteFailed, problem};
        return result;
    }
    result.pngPath = QFileInfo(request.pngPath).absoluteFilePath();
    return result;
}

QFuture<FrameExportResult> FrameExport::start(const FrameExportRequest &request)
{
    return QtConcurrent::run([request] { return runNow(request); });
}

FrameGrabber::FrameGrabber(QObject *parent)
    : QObject(parent)
    , m_cancelledBefore(std::make_shared<std::atomic<quint64>>(0))
{
}

FrameGrabber::~FrameGrabber()
{
    // Work still queued sees this and does nothing.
    m_cancelledBefore->store(m_nextId);
}

quint64 FrameGrabber::request(const FrameExportRequest &request)
{
    const quint64 id = m_nextId++;
    ++m_pending;
    auto *watcher = new QFutureWatcher<FrameExportResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, id] {
        watcher->deleteLater();
        if (id < m_cancelledBefore->load())
            return;
        --m_pending;
        emit finished(id, watcher->result());
    });
    std::shared_ptr<std::atomic<quint64>> cancelledBefore = m_cancelledBefore;
    watcher->setFuture(QtConcurrent::run([request, id, cancelledBefore]() -> FrameExportResult {
        if (id < cancelledBefore->load())
            return {};
        return FrameExport::runNow(request);
    }));
    return id;
}

void FrameGrabber::cancel()
{
    m_cancelledBefore->store(m_nextId);
    m_pending = 0;
}

} // namespace wan::media
