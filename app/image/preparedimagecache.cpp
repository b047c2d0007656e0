#include "preparedimagecache.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QMutexLocker>

#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <utility>

namespace wan::image {

namespace {

// A 24 MP photo prepared for 480p is about 100 kB: a few are cheap to keep.
constexpr qsizetype kKept = 4;

QMutex g_lock; // guards g_results, never held while preparing
QList<std::pair<QString, ImagePreparer::Result>> g_results; // least recently used first
QHash<QString, QFuture<ImagePreparer::Result>> g_underWay; // guarded by g_lock
std::atomic<int> g_sharedStarts { 0 };

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

QFuture<ImagePreparer::Result> PreparedImageCache::prepareShared(const QString &path, const ImagePreparationOptions &options,
                                                                QThreadPool *pool)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return QtConcurrent::run(pool, [path, options] { return ImagePreparer::prepareFile(path, options); });
    const QString key = keyFor(info, options);
    QMutexLocker locker(&g_lock);
    for (qsizetype i = 0; i < g_results.size(); ++i) {
        if (g_results.at(i).first == key) {
            g_results.move(i, g_results.size() - 1);
            return QtFuture::makeReadyFuture(g_results.constLast().second);
        }
    }
    if (const auto it = g_underWay.constFind(key); it != g_underWay.constEnd())
        return *it;
    ++g_sharedStarts;
    // The task takes itself off the list under the same lock that puts it on,
    // so a caller finds either the future or, after it, the remembered result
    // (or, after a failure, nothing, and prepares again).
    QFuture<ImagePreparer::Result> future = QtConcurrent::run(pool, [path, options, key] {
        ImagePreparer::Result result = prepareFile(path, options);
        QMutexLocker done(&g_lock);
        g_underWay.remove(key);
        return result;
    });
    g_underWay.insert(key, future);
    return future;
}

int PreparedImageCache::sharedStarts()
{
    return g_sharedStarts.load();
}

void PreparedImageCache::clear()
{
    QMutexLocker locker(&g_lock);
    g_results.clear();
    g_sharedStarts = 0;
}

} // namespace wan::image
