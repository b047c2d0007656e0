#include "gallery/sessionthumbnails.h"

#include "gallery/clipthumbnailer.h"

#include <QDir>
#include <QImageReader>
#include <QTemporaryDir>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

namespace wan::ui {

namespace {

// Decoded pictures of this size are 60-110 kB (83 kB for a 16:9 clip's first
// frame): 4 MB keeps about 50, several screens of the Runs list; one evicted is
// read again from its small JPEG on a worker when it is painted. With 32 MB the
// cache grew by a picture per run for hundreds of runs, +8 MB of resident
// memory over figure 9's 100 runs (issue 18).
constexpr int kCachedKb = 4 * 1024;

QString stillKey(const QString &path)
{
    return QStringLiteral("still:") + path;
}

QString clipKey(const QString &path)
{
    return QStringLiteral("clip:") + path;
}

// On a worker: read only as many pixels as the box needs (JPEG decodes at a
// fraction of its size), then make it fit.
QImage readScaled(const QString &file)
{
    QImageReader reader(file);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid() && (size.width() > SessionThumbnails::MaximumSize.width()
                           || size.height() > SessionThumbnails::MaximumSize.height()))
        reader.setScaledSize(size.scaled(SessionThumbnails::MaximumSize, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (!image.isNull() && (image.width() > SessionThumbnails::MaximumSize.width()
                            || image.height() > SessionThumbnails::MaximumSize.height()))
        image = image.scaled(SessionThumbnails::MaximumSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

} // namespace

SessionThumbnails::SessionThumbnails(QObject *parent)
    : QObject(parent)
    , m_thumbnailer(new ClipThumbnailer(this))
    , m_images(kCachedKb)
{
    connect(m_thumbnailer, &ClipThumbnailer::thumbnailReady, this, [this](qint64 id, const QString &jpeg) {
        const QString clip = m_clipOfRequest.take(id);
        if (clip.isEmpty())
            return;
        m_frameFiles.insert(clip, jpeg);
        readLater(clipKey(clip), jpeg);
    });
    connect(m_thumbnailer, &ClipThumbnailer::thumbnailFailed, this, [this](qint64 id) {
        const QString clip = m_clipOfRequest.take(id);
        m_reading.remove(clipKey(clip));
        m_failed.insert(clipKey(clip));
    });
}

SessionThumbnails::~SessionThumbnails() = default;

QImage SessionThumbnails::cached(const QString &key) const
{
    const QImage *image = m_images.object(key);
    return image ? *image : QImage();
}

QImage SessionThumbnails::still(const QString &imagePath) const
{
    if (imagePath.isEmpty())
        return {};
    const QString key = stillKey(imagePath);
    QImage image = cached(key);
    if (image.isNull() && !m_reading.contains(key) && !m_failed.contains(key)) {
        // An address is the service's to fetch; only a file here is read.
        if (QUrl(imagePath).scheme().size() > 1) {
            m_failed.insert(key);
            return {};
        }
        readLater(key, imagePath);
    }
    return image;
}

QImage SessionThumbnails::firstFrame(const QString &clipPath) const
{
    if (clipPath.isEmpty())
        return {};
    const QString key = clipKey(clipPath);
    QImage image = cached(key);
    if (!image.isNull() || m_reading.contains(key) || m_failed.contains(key))
        return image;
    if (const QString jpeg = m_frameFiles.value(clipPath); !jpeg.isEmpty()) {
        readLater(key, jpeg); // made before, then dropped from the cache
        return {};
    }
    const QString folder = thumbnailFolder();
    if (folder.isEmpty()) {
        m_failed.insert(key);
        return {};
    }
    m_reading.insert(key);
    const qint64 id = ++m_nextRequest;
    m_clipOfRequest.insert(id, clipPath);
    m_thumbnailer->request(id, clipPath, QDir(folder).filePath(QStringLiteral("%1.jpg").arg(id)));
    return {};
}

void SessionThumbnails::readLater(const QString &key, const QString &file) const
{
    m_reading.insert(key);
    auto *self = const_cast<SessionThumbnails *>(this); // asked from paint(), which is const
    QtConcurrent::run(readScaled, file).then(self, [self, key](const QImage &image) { self->store(key, image); });
}

void SessionThumbnails::store(const QString &key, const QImage &image)
{
    m_reading.remove(key);
    const int costKb = int(qMax<qsizetype>(1, image.sizeInBytes() / 1024));
    if (image.isNull() || !m_images.insert(key, new QImage(image), costKb)) {
        m_failed.insert(key);
        return;
    }
    Q_EMIT ready(key.mid(key.indexOf(QLatin1Char(':')) + 1));
}

// This session's first frames go in a temporary folder that goes with it. Made
// on first use (one mkdir); the JPEGs themselves are written on a worker.
QString SessionThumbnails::thumbnailFolder() const
{
    if (!m_folder)
        m_folder = std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("wanstudio-session-XXXXXX")));
    return m_folder->isValid() ? m_folder->path() : QString();
}

} // namespace wan::ui
