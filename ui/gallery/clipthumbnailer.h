#pragma once

// First frames of finished clips, kept as small JPEGs for the gallery. One
// clip at a time through a QMediaPlayer that decodes on Qt Multimedia's own
// threads; converting, scaling and encoding run on a worker, so the window
// never waits. The app has no ffmpeg at run time: Qt Multimedia is the decoder.

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

#include <optional>

class QMediaPlayer;
class QVideoFrame;
class QVideoSink;

namespace wan::ui {

class ClipThumbnailer final : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaximumWidth = 320;

    explicit ClipThumbnailer(QObject *parent = nullptr);
    ~ClipThumbnailer() override;

    // Queues the clip; thumbnailReady() or thumbnailFailed() follows. A request
    // for an id already queued, being made or failed before is ignored.
    void request(qint64 id, const QString &clipPath, const QString &thumbnailPath);
    // Drops a queued request (a removed entry); one in progress still finishes.
    void cancel(qint64 id);
    bool isBusy() const;
    // Time allowed for one clip to show its first frame (twice, with a fresh
    // player the second time).
    void setTimeout(int milliseconds);

Q_SIGNALS:
    void thumbnailReady(qint64 id, const QString &thumbnailPath);
    void thumbnailFailed(qint64 id);

private:
    struct Job
    {
        qint64 id = 0;
        QString clipPath;
        QString thumbnailPath;
        int attempt = 1;
    };

    void createPlayer();
    void startNext();
    void failSoon();
    void takeFrame(const QVideoFrame &frame);
    void finish(bool ok);

    QMediaPlayer *m_player = nullptr;
    QVideoSink *m_sink = nullptr;
    QTimer m_timeout;
    QList<Job> m_queue;
    std::optional<Job> m_current;
    bool m_frameTaken = false;
    quint64 m_serial = 0; // which clip a deferred failure belongs to
    QSet<qint64> m_known; // queued, in progress, done or failed: asked for once per session
};

} // namespace wan::ui
