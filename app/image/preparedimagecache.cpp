#include "preparedimagecache.h"

#include <QDateTime>
#include <QFileInfo>
#include <QList>
#include <QMutex>
#include <QMutexLocker>

#include <utility>

namespace wan::image {

namespace {

// A 24 MP photo prepared for 480p is about 100 kB: a few are cheap to keep.
constexpr qsizetype kKept = 4;

QMutex g_lock; // guards g_results, never held while preparing
QList<std::pair<QString, ImagePreparer::Result>> g_results; // least recently used first

QString keyFor(const QFileInfo &info, const ImagePreparationOptions &options)
{
    return info.absoluteFilePath() + QLatin1Char('|') + QString::number(info.size()) + QLatin1Char('|')
        + QString::number(info.lastModified().toMSecsSinceEpoch()) + QLatin1Char('|')
        + QString::number(options.outputFrame.width()) + QLatin1Char('x') + QString::number(options.outputFrame.height())
        + QLatin1Char('|') + QString::number(options.jpegQuality) + QLatin1Char('|') + QString::number(options.maxPixels);
}

} // namespace

ImagePreparer::Result PreparedImageCache::prepareFile(const QString &path, const ImagePreparationOptions &options)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return ImagePreparer::prepareFile(path, options); // says what is wrong
    const QString key = keyFor(info, options);
    {
        QMutexLocker locker(&g_lock);
        for (qsizetype i = 0; i < g_results.size(); ++i) {
            if (g_results.at(i).first == key) {
                g_results.move(i, g_results.size() - 1);
                return g_results.constLast().second;
            }
        }
    }
    // Not under a lock: preparing may use the global thread pool (Qt's smooth
    // scaling does), whose threads may be callers waiting here. Two callers
    // that miss at once both prepare; the later result replaces the earlier.
    ImagePreparer::Result result = ImagePreparer::prepareFile(path, options);
    if (!result.ok())
        return result; // not kept: the file may be fixed
    QMutexLocker locker(&g_lock);
    for (qsizetype i = 0; i < g_results.size(); ++i) {
        if (g_results.at(i).first == key) {
            g_results.removeAt(i);
            break;
        }
    }
    g_results.append({key, result});
    if (g_results.size() > kKept)
        g_results.removeFirst();
    return result;
}

void PreparedImageCache::clear()
{
    QMutexLocker locker(&g_lock);
    g_results.clear();
}

} // namespace wan::image
