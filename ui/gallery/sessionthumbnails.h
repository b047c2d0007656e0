#pragma once

// Small pictures for this session's runs and clips: a still image scaled down,
// or a clip's first frame (made by a ClipThumbnailer into a folder of this
// session's own). Everything that reads, decodes or writes runs off the UI
// thread; a view asks, paints a placeholder while the answer is null, and is
// told through ready() when the picture is in.

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QSize>
#include <QString>

#include <memory>

class QTemporaryDir;

namespace wan::ui {

class ClipThumbnailer;

class SessionThumbnails final : public QObject
{
    Q_OBJECT
public:
    // Pictures fit in this box: twice a row's thumbnail, for high-density screens.
    static constexpr QSize MaximumSize{192, 144};

    explicit SessionThumbnails(QObject *parent = nullptr);
    ~SessionThumbnails() override;

    // A local image file, scaled down; null until it has been read (or when it
    // cannot be: an https address, a file that is gone).
    QImage still(const QString &imagePath) const;
    // A clip's first frame; null until it has been decoded.
    QImage firstFrame(const QString &clipPath) const;

    ClipThumbnailer *thumbnailer() const { return m_thumbnailer; }

Q_SIGNALS:
    // The picture for this path (an image or a clip) is in: paint again.
    void ready(const QString &path);

private:
    QImage cached(const QString &key) const;
    void readLater(const QString &key, const QString &file) const;
    void store(const QString &key, const QImage &image);
    QString thumbnailFolder() const;

    ClipThumbnailer *m_thumbnailer;
    mutable QCache<QString, QImage> m_images;     // "still:" or "clip:" + path -> picture; cost in kB
    mutable QSet<QString> m_reading;              // keys being read now
    mutable QSet<QString> m_failed;               // not tried again this session
    mutable QHash<qint64, QString> m_clipOfRequest; // the thumbnailer's request id -> clip path
    mutable QHash<QString, QString> m_frameFiles; // clip path -> its first frame's JPEG, once made
    mutable qint64 m_nextRequest = 0;
    mutable std::unique_ptr<QTemporaryDir> m_folder;
};

} // namespace wan::ui
