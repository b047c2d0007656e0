#pragma once

// Remembers which prepared image (by the SHA-256 of its bytes) was uploaded to
// which upload host, and the URL it got, so iterating on one image uploads it
// once. Thread-safe; the file is read lazily and written off the UI thread.

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QThreadPool>
#include <QString>
#include <QUrl>

#include <optional>

namespace wan::image {

class UploadCache final
{
public:
    // storePath: a JSON file (created when needed); empty keeps the cache in memory only.
    explicit UploadCache(QString storePath, qint64 maxAgeSeconds = qint64(7) * 24 * 3600);
    ~UploadCache();
    UploadCache(const UploadCache &) = delete;
    UploadCache &operator=(const UploadCache &) = delete;

    std::optional<QUrl> find(const QUrl &uploadBase, const QByteArray &sha256Hex);
    void insert(const QUrl &uploadBase, const QByteArray &sha256Hex, const QUrl &url);
    // Blocks until pending writes are on disk (for tests and shutdown).
    void waitForWrites();

private:
    struct Entry
    {
        QUrl url;
        QDateTime uploaded;
    };
    static QString keyFor(const QUrl &uploadBase, const QByteArray &sha256Hex);
    void loadLocked();
    QByteArray serializeLocked() const;

    const QString m_storePath;
    const qint64 m_maxAgeSeconds;
    QMutex m_mutex;
    QThreadPool m_writer;   // one thread: writes land in order
    bool m_loaded = false;
    QHash<QString, Entry> m_entries;
};

} // namespace wan::image
