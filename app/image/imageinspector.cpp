#include "imageinspector.h"
#include "preparedimagecache.h"
#include "pngscaledreader.h"

#include "core/backgroundwork.h"
#include "core/logging.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QImageReader>
#include <QLocale>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

namespace wan::image {

namespace {

ImagePreparationOptions optionsFor(QSize outputFrame)
{
    ImagePreparationOptions options;
    if (outputFrame.isValid() && !outputFrame.isEmpty())
        options.outputFrame = outputFrame;
    return options;
}

// Decodes straight to display size: QImageReader lets the JPEG decoder scale
// while decoding, which is many times faster than decoding a 12 MP photo and
// shrinking it. The box is square, so it does not matter that the reader scales
// before it applies the EXIF orientation.
QImage readThumbnail(QIODevice *device)
{
    QImageReader reader(device);
    reader.setAutoTransform(true);
    const QSize stored = reader.size();
    const int edge = ImageInspector::ThumbnailEdge;
    QSize scaled = stored;
    if (stored.isValid() && (stored.width() > edge || stored.height() > edge))
        scaled = stored.scaled(edge, edge, Qt::KeepAspectRatio).expandedTo(QSize(1, 1));
    // Qt's PNG reader decodes at full size before it scales (576 MB for 12000 x 12000).
    if (reader.format() == "png" && stored.isValid()) {
        const QImageIOHandler::Transformations transformation = reader.transformation();
        if (!device->seek(0))
            return {};
        if (PngScaledReader::worthStreaming(device->peek(32), stored, scaled))
            return PngScaledReader::transformed(PngScaledReader::read(*device, scaled).image, transformation);
        QImageReader full(device, "png");
        full.setAutoTransform(true);
        if (scaled != stored)
            full.setScaledSize(scaled);
        return full.read();
    }
    if (scaled != stored)
        reader.setScaledSize(scaled);
    return reader.read();
}

// What the well paints from: a format the raster engine draws without converting.
QImage forDisplay(QImage image)
{
    const QImage::Format format = image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32;
    if (image.format() != format)
        image = image.convertToFormat(format);
    return image;
}

ImageInspector::Result complete(Inspection inspection, const ImagePreparer::Result &prepared, QImage thumbnail, QSize outputFrame)
{
    ImageInspector::Result result;
    if (!prepared.ok()) {
        result.inspection = std::move(inspection);
        result.error = prepared.error;
        return result;
    }
    if (thumbnail.isNull()) {
        // The preparer could read it but the plain reader could not (e.g. it
        // needed the preparer's repair of a CMYK JPEG): show what will be sent.
        qCDebug(lcImage) << "thumbnail decode failed, showing the prepared JPEG for" << inspection.source;
        thumbnail = QImage::fromData(prepared.image.jpeg, "JPEG");
    }
    const int edge = ImageInspector::ThumbnailEdge;
    if (thumbnail.width() > edge || thumbnail.height() > edge)
        thumbnail = thumbnail.scaled(edge, edge, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    inspection.thumbnail = forDisplay(std::move(thumbnail));
    inspection.originalSize = prepared.image.originalSize;
    inspection.preparedSize = prepared.image.preparedSize;
    inspection.preparedBytes = prepared.image.jpeg.size();
    inspection.note = prepared.image.note;
    inspection.outputFrame = outputFrame;
    result.inspection = std::move(inspection);
    return result;
}

} // namespace

ImageInspector::ImageInspector(QObject *parent)
    : QObject(parent)
    , m_generation(std::make_shared<std::atomic<quint64>>(0))
{
}

ImageInspector::~ImageInspector()
{
    // Tasks still queued see the bump and skip their work.
    ++*m_generation;
}

ImageInspector::Result ImageInspector::inspectFileNow(const QString &path, QSize outputFrame)
{
    Inspection inspection;
    inspection.source = path;
    const ImagePreparer::Result prepared = PreparedImageCache::prepareFile(path, optionsFor(outputFrame));
    QImage thumbnail;
    if (prepared.ok()) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            thumbnail = readThumbnail(&file);
    }
    return complete(std::move(inspection), prepared, std::move(thumbnail), outputFrame);
}

ImageInspector::Result ImageInspector::inspectDataNow(const QByteArray &bytes, const QString &displayName, QSize outputFrame)
{
    Inspection inspection;
    inspection.source = displayName;
    const ImagePreparer::Result prepared = ImagePreparer::prepareData(bytes, optionsFor(outputFrame), displayName);
    QImage thumbnail;
    if (prepared.ok()) {
        QBuffer buffer;
        buffer.setData(bytes);
        if (buffer.open(QIODevice::ReadOnly))
            thumbnail = readThumbnail(&buffer);
    }
    return complete(std::move(inspection), prepared, std::move(thumbnail), outputFrame);
}

ImageInspector::Result ImageInspector::inspectPixelsNow(const QImage &pixels, const QString &directory, QSize outputFrame)
{
    auto failure = [](const QString &why) {
        Result result;
        result.error = { ImageError::Kind::Unreadable, tr("The pasted image could not be saved: %1.").arg(why),
                         tr("Check that there is free disk space, then paste again.") };
        return result;
    };
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (pixels.isNull() || !pixels.save(&buffer, "PNG"))
        return failure(tr("it could not be encoded as PNG"));
    if (!QDir().mkpath(directory))
        return failure(tr("the folder %1 cannot be created").arg(QDir::toNativeSeparators(directory)));
    const QByteArray hash = QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex().left(32);
    const QString path = QDir(directory).filePath(QString::fromLatin1(hash) + QStringLiteral(".png"));
    if (QFileInfo(path).size() != png.size()) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(png) != png.size() || !file.commit())
            return failure(tr("%1 cannot be written (%2)").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return inspectFileNow(path, outputFrame);
}

template<typename Work> void ImageInspector::start(Work work)
{
    const quint64 generation = ++*m_generation;
    m_busy = true;
    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation->load())
            return;
        m_busy = false;
        const Result result = watcher->result();
        if (result.ok())
            emit inspected(result.inspection);
        else
            emit failed(result.inspection.source, result.error);
    });
    std::shared_ptr<std::atomic<quint64>> latest = m_generation;
    watcher->setFuture(QtConcurrent::run(core::backgroundPool(), [work = std::move(work), latest, generation]() -> Result {
        // Someone picking pictures quickly queues work nobody will look at.
        if (latest->load() != generation)
            return {};
        return work();
    }));
}

void ImageInspector::inspect(const QString &path, QSize outputFrame)
{
    start([path, outputFrame] { return inspectFileNow(path, outputFrame); });
}

void ImageInspector::inspectData(const QByteArray &bytes, const QString &displayName, QSize outputFrame)
{
    start([bytes, displayName, outputFrame] { return inspectDataNow(bytes, displayName, outputFrame); });
}

void ImageInspector::inspectPixels(const QImage &pixels, const QString &directory, QSize outputFrame)
{
    start([pixels, directory, outputFrame] { return inspectPixelsNow(pixels, directory, outputFrame); });
}

void ImageInspector::cancel()
{
    ++*m_generation;
    m_busy = false;
}

QString ImageInspector::describe(const Inspection &inspection)
{
    if (!inspection.originalSize.isValid() || !inspection.preparedSize.isValid())
        return {};
    // Whole kilobytes read best for a preview-sized JPEG; a tenth once it reaches megabytes.
    const int precision = inspection.preparedBytes >= qint64(1024) * 1024 ? 1 : 0;
    const QString bytes = QLocale().formattedDataSize(inspection.preparedBytes, precision, QLocale::DataSizeTraditionalFormat);
    //: Original pixel size → size of the JPEG that is uploaded, and its file size
    return tr("%1x%2 → %3x%4, JPEG %5")
        .arg(QString::number(inspection.originalSize.width()), QString::number(inspection.originalSize.height()),
             QString::number(inspection.preparedSize.width()), QString::number(inspection.preparedSize.height()), bytes);
}

} // namespace wan::image
