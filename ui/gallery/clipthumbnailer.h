#pragma once

// First frames of finished clips, kept as small JPEGs for the gallery and the
// Runs list. One clip at a time: opening, decoding (FFmpeg's libraries through
// media::ClipFrames), scaling and encoding all run on a worker thread, so the
// window never waits. (A QMediaPlayer did the decoding before: its setSource()
// opens the file, probes the streams and sets up the decoder on the calling
// thread, 20-40 ms of the UI thread per clip on a loaded machine, issue 18.)

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <optional>

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

Q_SIGNALS:
    void thumbnailReady(qint64 id, const QString &thumbnailPath);
    void thumbnailFailed(qint64 id);

private:
    struct Job
    {
        qint64 id = 0;
        QString clipPath;
        QString thumbnailPath;
    };

    void startNext();
    void finish(bool ok);

    QList<Job> m_queue;
    std::optional<Job> m_current;
    QSet<qint64> m_known; // queued, in progress, done or failed: asked for once per session
};

} // namespace wan::ui
