#include "uploadcache.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

namespace wan::image {

UploadCache::UploadCache(QString storePath, qint64 maxAgeSeconds)
    : m_storePath(std::move(storePath))
    , m_maxAgeSeconds(maxAgeSeconds)
{
    m_writer.setMaxThreadCount(1);
}

UploadCache::~UploadCache()
{
    waitForWrites();
}

QString UploadCache::keyFor(const QUrl &uploadBase, const QByteArray &sha256Hex)
{
    return uploadBase.adjusted(QUrl::StripTrailingSlash).toString() + QLatin1Char('|') + QString::fromLatin1(sha256Hex);
}

void UploadCache::loadLocked()
{
    if (m_loaded)
        return;
    m_loaded = true;
    if (m_storePath.isEmpty())
        return;
    QFile file(m_storePath);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject root = QJsonDocument::fromJson(file.read(qint64(16) * 1024 * 1024)).object();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto it = root.begin(); it != root.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        Entry entry{QUrl(o.value(QLatin1String("url")).toString()),
                    QDateTime::fromString(o.value(QLatin1String("uploaded")).toString(), Qt::ISODate)};
        if (entry.url.isValid() && entry.uploaded.isValid() && entry.uploaded.secsTo(now) < m_maxAgeSeconds)
            m_entries.insert(it.key(), entry);
    }
}

QByteArray UploadCache::serializeLocked() const
{
    QJsonObject root;
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        root.insert(it.key(), QJsonObject{{QStringLiteral("url"), it->url.toString()},
                                          {QStringLiteral("uploaded"), it->uploaded.toString(Qt::ISODate)}});
    }
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::optional<QUrl> UploadCache::find(const QUrl &uploadBase, const QByteArray &sha256Hex)
{
    QMutexLocker lock(&m_mutex);
    loadLocked();
    const auto it = m_entries.constFind(keyFor(uploadBase, sha256Hex));
    if (it == m_entries.cend() || it->uploaded.secsTo(QDateTime::currentDateTimeUtc()) >= m_maxAgeSeconds)
        return std::nullopt;
    return it->url;
}

void UploadCache::insert(const QUrl &uploadBase, const QByteArray &sha256Hex, const QUrl &url)
{
    QByteArray snapshot;
    {
        QMutexLocker lock(&m_mutex);
        loadLocked();
        m_entries.insert(keyFor(uploadBase, sha256Hex), Entry{url, QDateTime::currentDateTimeUtc()});
        snapshot = serializeLocked();
    }
    if (m_storePath.isEmpty())
        return;
    // Written on a worker thread: the UI thread never waits for the disk.
    (void)QtConcurrent::run(&m_writer, [path = m_storePath, snapshot] {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QSaveFile file(path);
        if (file.open(QIODevice::WriteOnly) && file.write(snapshot) == snapshot.size())
            file.commit();
    });
}

void UploadCache::waitForWrites()
{
    m_writer.waitForDone();
}

} // namespace wan::image
