#include "preparedimagecache.h"

#include <QDateTime>
#include <QFileInfo>
#include <QList>
#include <QMutex>
#include <QMutexLocker>

#include <memory>
#include <utility>

namespace wan::image {

namespace {

// A 24 MP photo prepared for 480p is about 100 kB: a few are cheap to keep.
constexpr qsizetype kKept = 4;

struct Slot
{
    QMutex mutex; // held while the image is prepared
    bool done = false;
    ImagePreparer::Result result;
};

QMutex g_lock; // guards g_slots
QList<std::pair<QString, std::shared_ptr<Slot>>> g_slots; // least recently used first

QString keyFor(const QFileInfo &info, const ImagePreparationOptions &options)
{
    return info.absoluteFilePath() + QLatin1Char('|') + QString::number(info.size()) + QLatin1Char('|')
        + QString::number(info.lastModified().toMSecsSinceEpoch()) + QLatin1Char('|')
        + QString::number(options.outputFrame.width()) + QLatin1Char('x') + QString::number(options.outputFrame.height())
        + QLatin1Char('|') + QString::number(options.jpegQuality) + QLatin1Char('|') + QString::number(options.maxPixels);
}

void forget(const std::shared_ptr<Slot> &slot)
{
    QMutexLocker locker(&g_lock);
    for (qsizetype i = 0; i < g_slots.size(); ++i) {
        if (g_slots.at(i).second == slot) {
            g_slots.removeAt(i);
            return;
        }
    }
}

} // namespace

ImagePreparer::Result PreparedImageCache::prepareFile(const QString &path, const ImagePreparationOptions &options)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return ImagePreparer::prepareFile(path, options); // says what is wrong
    const QString key = keyFor(info, options);
    std::shared_ptr<Slot> slot;
    {
        QMutexLocker locker(&g_lock);
        for (qsizetype i = 0; i < g_slots.size(); ++i) {
            if (g_slots.at(i).first == key) {
                slot = g_slots.at(i).second;
                g_slots.move(i, g_slots.size() - 1);
                break;
            }
        }
        if (!slot) {
            slot = std::make_shared<Slot>();
            g_slots.append({ key, slot });
            if (g_slots.size() > kKept)
                g_slots.removeFirst();
        }
    }
    QMutexLocker preparing(&slot->mutex);
    if (!slot->done) {
        slot->result = ImagePreparer::prepareFile(path, options);
        slot->done = true;
        if (!slot->result.ok())
            forget(slot);
    }
    return slot->result;
}

void PreparedImageCache::clear()
{
    QMutexLocker locker(&g_lock);
    g_slots.clear();
}

} // namespace wan::image
