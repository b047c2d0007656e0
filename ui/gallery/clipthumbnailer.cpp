#include "gallery/clipthumbnailer.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QImage>
#include <QLoggingCategory>
#include <QMediaPlayer>
#include <QSaveFile>
#include <QUrl>
#include <QVideoFrame>
#include <QVideoSink>
#include <QtConcurrent/QtConcurrentRun>

namespace wan::ui {

namespace {

Q_LOGGING_CATEGORY(lcThumbs, "wanstudio.ui.thumbnails", QtInfoMsg)

constexpr int kDefaultTimeoutMs = 10000;
constexpr int kAttempts = 2;

// Runs on a worker: the frame keeps its decoded buffer alive by itself.
// QSaveFile, so a crash never leaves half a JPEG that would then count as made.
bool writeThumbnail(const QVideoFrame &frame, const QString &target)
{
    QImage image = frame.toImage();
    if (image.isNull())
        return false;
    if (image.width() > ClipThumbnailer::MaximumWidth)
        image = image.scaledToWidth(ClipThumbnailer::MaximumWidth, Qt::SmoothTransformation);
    image = image.convertToFormat(QImage::Format_RGB32);
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return false;
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    if (!image.save(&file, "JPEG", 85))
        return false;
    return file.commit();
}

} // namespace

ClipThumbnailer::ClipThumbnailer(QObject *parent)
    : QObject(parent)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(kDefaultTimeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (!m_current)
            return;
        qCWarning(lcThumbs) << "no frame in time from" << m_current->clipPath;
        // A stalled pipeline is seen now and then (GStreamer more than FFmpeg):
        // a fresh player and one more try before the clip counts as failed.
        if (m_current->attempt < kAttempts) {
            Job again = *m_current;
            ++again.attempt;
            m_current.reset();
            createPlayer();
            m_queue.append(again);
            startNext();
            return;
        }
        finish(false);
    });
    // The player is made for the first clip: it loads the media backend, which
    // a window that shows no thumbnails yet does not need.
}

ClipThumbnailer::~ClipThumbnailer()
{
    if (m_player) {
        m_player->stop();
        m_player->setVideoSink(nullptr);
    }
}

void ClipThumbnailer::createPlayer()
{
    if (m_player) {
        m_player->stop();
        m_player->setVideoSink(nullptr);
        m_player->disconnect(this);
        m_sink->disconnect(this);
        m_player->deleteLater();
        m_sink->deleteLater();
    }
    m_player = new QMediaPlayer(this);
    m_sink = new QVideoSink(this);
    // No audio output: thumbnails are made in silence.
    m_player->setVideoSink(m_sink);
    connect(m_sink, &QVideoSink::videoFrameChanged, this, &ClipThumbnailer::takeFrame);
    connect(m_player, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error error, const QString &text) {
        if (error == QMediaPlayer::NoError || !m_current || m_frameTaken)
            return;
        qCWarning(lcThumbs) << "cannot decode" << m_current->clipPath << error << text;
        failSoon();
    });
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus status) {
        if (!m_current || m_frameTaken)
            return;
        if (status == QMediaPlayer::InvalidMedia || status == QMediaPlayer::EndOfMedia)
            failSoon();
    });
}

// The player reports a broken file from inside setSource(); stopping it or
// loading the next clip from there re-enters the backend (and crashes Qt
// 6.4's FFmpeg one). So the failure is handled once control is back here.
void ClipThumbnailer::failSoon()
{
    const quint64 serial = m_serial;
    QMetaObject::invokeMethod(
        this,
        [this, serial] {
            if (m_current && serial == m_serial && !m_frameTaken)
                finish(false);
        },
        Qt::QueuedConnection);
}

void ClipThumbnailer::request(qint64 id, const QString &clipPath, const QString &thumbnailPath)
{
    if (id <= 0 || clipPath.isEmpty() || thumbnailPath.isEmpty() || m_known.contains(id))
        return;
    m_known.insert(id);
    m_queue.append({ id, clipPath, thumbnailPath });
    if (!m_current)
        startNext();
}

void ClipThumbnailer::cancel(qint64 id)
{
    m_queue.removeIf([id](const Job &job) { return job.id == id; });
    m_known.remove(id);
}

bool ClipThumbnailer::isBusy() const
{
    return m_current.has_value() || !m_queue.isEmpty();
}

void ClipThumbnailer::setTimeout(int milliseconds)
{
    m_timeout.setInterval(milliseconds);
}

void ClipThumbnailer::startNext()
{
    while (!m_queue.isEmpty()) {
        Job job = m_queue.takeFirst();
        if (!QFileInfo(job.clipPath).isFile()) {
            Q_EMIT thumbnailFailed(job.id);
            continue;
        }
        m_current = std::move(job);
        ++m_serial;
        m_frameTaken = false;
        m_timeout.start();
        if (!m_player)
            createPlayer();
        m_player->setSource(QUrl::fromLocalFile(m_current->clipPath));
        m_player->play();
        return;
    }
}

void ClipThumbnailer::takeFrame(const QVideoFrame &frame)
{
    if (!m_current || m_frameTaken || !frame.isValid())
        return;
    m_frameTaken = true;
    m_timeout.stop();
    // The player is stopped in finish(), not from inside its own frame delivery.

    const Job job = *m_current;
    auto *watcher = new QFutureWatcher<bool>(this);
    connect(watcher, &QFutureWatcher<bool>::finished, this, [this, watcher, job] {
        const bool ok = watcher->result();
        watcher->deleteLater();
        if (!ok)
            qCWarning(lcThumbs) << "could not write" << job.thumbnailPath;
        finish(ok);
    });
    watcher->setFuture(QtConcurrent::run(writeThumbnail, frame, job.thumbnailPath));
}

void ClipThumbnailer::finish(bool ok)
{
    if (!m_current)
        return;
    const Job job = *m_current;
    m_current.reset();
    m_timeout.stop();
    m_player->stop();
    // A new source next time: the same URL again would not load afresh.
    m_player->setSource(QUrl());
    if (ok)
        Q_EMIT thumbnailReady(job.id, job.thumbnailPath);
    else
        Q_EMIT thumbnailFailed(job.id);
    startNext();
}

} // namespace wan::ui
