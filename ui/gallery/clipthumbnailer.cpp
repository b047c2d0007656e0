#include "gallery/clipthumbnailer.h"

#include "core/backgroundwork.h"
#include "media/clipframes.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QImage>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

namespace wan::ui {

namespace {

Q_LOGGING_CATEGORY(lcThumbs, "wanstudio.ui.thumbnails", QtInfoMsg)

// Runs on a worker and shares nothing: the clip's first frame, at most
// MaximumWidth wide, as a JPEG. QSaveFile, so a crash never leaves half a JPEG
// that would then count as made. Empty when it worked, else what went wrong.
QString writeThumbnail(const QString &clipPath, const QString &target)
{
    media::ClipFrames clip;
    clip.setImageFormat(QImage::Format_RGB32);
    if (!clip.open(clipPath))
        return clip.error().message;
    const media::DecodedFrame frame = clip.frame(media::FramePosition::first());
    if (!frame.ok())
        return frame.error.message;
    clip.close(); // the decoder's buffers go before the scaling needs its own
    QImage image = frame.image;
    if (image.width() > ClipThumbnailer::MaximumWidth)
        image = image.scaledToWidth(ClipThumbnailer::MaximumWidth, Qt::SmoothTransformation);
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return QStringLiteral("the folder cannot be created");
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    if (!image.save(&file, "JPEG", 85))
        return QStringLiteral("the JPEG could not be encoded");
    if (!file.commit())
        return file.errorString();
    return {};
}

} // namespace

ClipThumbnailer::ClipThumbnailer(QObject *parent)
    : QObject(parent)
{
}

// A clip in progress finishes on its worker; its watcher, a child of this
// object, goes with it and nothing is reported.
ClipThumbnailer::~ClipThumbnailer() = default;

void ClipThumbnailer::request(qint64 id, const QString &clipPath, const QString &thumbnailPath)
{
    if (id <= 0 || clipPath.isEmpty() || thumbnailPath.isEmpty() || m_known.contains(id))
        return;
    m_known.insert(id);
    m_queue.append({ id, clipPath, thumbnailPath });
    if (!m_current)
        startNext();
}

void ClipThumbnailer::cancel(qint64 id)
{
    m_queue.removeIf([id](const Job &job) { return job.id == id; });
    m_known.remove(id);
}

bool ClipThumbnailer::isBusy() const
{
    return m_current.has_value() || !m_queue.isEmpty();
}

void ClipThumbnailer::startNext()
{
    if (m_queue.isEmpty())
        return;
    m_current = m_queue.takeFirst();
    const Job job = *m_current;
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, job] {
        const QString problem = watcher->result();
        watcher->deleteLater();
        if (!problem.isEmpty())
            qCWarning(lcThumbs) << "no thumbnail for" << job.clipPath << ":" << problem;
        finish(problem.isEmpty());
    });
    watcher->setFuture(QtConcurrent::run(core::backgroundPool(), writeThumbnail, job.clipPath, job.thumbnailPath));
}

void ClipThumbnailer::finish(bool ok)
{
    if (!m_current)
        return;
    const Job job = *m_current;
    m_current.reset();
    if (ok)
        Q_EMIT thumbnailReady(job.id, job.thumbnailPath);
    else
        Q_EMIT thumbnailFailed(job.id);
    startNext();
}

} // namespace wan::ui
