#include "player/mediaengine.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QPluginLoader>

namespace wan::ui {

namespace {

Q_LOGGING_CATEGORY(lcMediaEngine, "wanstudio.ui.player", QtInfoMsg)

QString &directoryOverride()
{
    static QString directory;
    return directory;
}

} // namespace

void MediaEngine::setDirectory(const QString &directory)
{
    directoryOverride() = directory;
}

const MediaEngine *MediaEngine::get(QString *problem)
{
    // Loaded once and kept, as the charts plugin (SpendingDialog::chartsPlugin).
    static QPluginLoader *loader = nullptr;
    static QString loadedFrom;
    const QString directory = directoryOverride().isEmpty()
        ? QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral(WANSTUDIO_PLUGIN_RELATIVE_DIR))
        : directoryOverride();
    const QString file = QDir(directory).filePath(QStringLiteral(WANSTUDIO_MEDIAENGINE_NAME));
    if (!loader || loadedFrom != file) {
        // Deleting a loader does not unload its plugin: backends made by it may still live.
        delete loader;
        loader = new QPluginLoader(file);
        loadedFrom = file;
    }
    auto *engine = qobject_cast<MediaEngine *>(loader->instance());
    if (!engine) {
        qCWarning(lcMediaEngine) << "cannot load the media engine" << file << loader->errorString();
        if (problem)
            *problem = loader->errorString();
    }
    return engine;
}

MediaPlayback::MediaPlayback(QObject *parent, bool withAudio)
    : QObject(parent)
{
    QString problem;
    if (const MediaEngine *engine = MediaEngine::get(&problem))
        m_backend.reset(engine->createBackend(this, withAudio));
    else
        m_problem = tr("the video player could not be loaded (%1); reinstall Wan Studio").arg(problem);
}

MediaPlayback::~MediaPlayback() = default;

void MediaPlayback::setSource(const QUrl &source)
{
    const bool changed = source != this->source();
    if (m_backend) {
        m_backend->setSource(source);
        if (changed)
            Q_EMIT sourceChanged(source);
        return;
    }
    m_source = source;
    if (changed)
        Q_EMIT sourceChanged(source);
    m_status = source.isEmpty() ? NoMedia : InvalidMedia;
    if (source.isEmpty())
        return;
    // As a backend reports a file it cannot open: once the caller is done.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_status != InvalidMedia)
                return;
            // The reason first: the views show the first report of a failure.
            Q_EMIT errorOccurred(ResourceError, m_problem);
            Q_EMIT mediaStatusChanged(InvalidMedia);
        },
        Qt::QueuedConnection);
}

QUrl MediaPlayback::source() const
{
    return m_backend ? m_backend->source() : m_source;
}

void MediaPlayback::play()
{
    if (m_backend)
        m_backend->play();
}

void MediaPlayback::pause()
{
    if (m_backend)
        m_backend->pause();
}

void MediaPlayback::stop()
{
    if (m_backend)
        m_backend->stop();
}

void MediaPlayback::setPosition(qint64 ms)
{
    if (m_backend)
        m_backend->setPosition(ms);
}

qint64 MediaPlayback::position() const
{
    return m_backend ? m_backend->position() : 0;
}

qint64 MediaPlayback::duration() const
{
    return m_backend ? m_backend->duration() : 0;
}

MediaPlayback::PlaybackState MediaPlayback::playbackState() const
{
    return m_backend ? PlaybackState(m_backend->playbackState()) : StoppedState;
}

MediaPlayback::MediaStatus MediaPlayback::mediaStatus() const
{
    return m_backend ? MediaStatus(m_backend->mediaStatus()) : m_status;
}

MediaPlayback::Error MediaPlayback::error() const
{
    if (m_backend)
        return Error(m_backend->error());
    return m_status == InvalidMedia ? ResourceError : NoError;
}

QString MediaPlayback::errorString() const
{
    if (m_backend)
        return m_backend->errorString();
    return m_status == InvalidMedia ? m_problem : QString();
}

void MediaPlayback::setLoops(int loops)
{
    if (m_backend)
        m_backend->setLoops(loops);
}

int MediaPlayback::loops() const
{
    return m_backend ? m_backend->loops() : 1;
}

void MediaPlayback::setPlaybackRate(qreal rate)
{
    if (m_backend)
        m_backend->setPlaybackRate(rate);
}

qreal MediaPlayback::playbackRate() const
{
    return m_backend ? m_backend->playbackRate() : 1.0;
}

bool MediaPlayback::hasAudio() const
{
    return m_backend && m_backend->hasAudio();
}

bool MediaPlayback::hasVideo() const
{
    return m_backend && m_backend->hasVideo();
}

qreal MediaPlayback::frameRate() const
{
    return m_backend ? m_backend->frameRate() : 0.0;
}

bool MediaPlayback::hasAudioOutput() const
{
    return m_backend && m_backend->hasAudioOutput();
}

bool MediaPlayback::isMuted() const
{
    return m_backend && m_backend->isMuted();
}

void MediaPlayback::setMuted(bool muted)
{
    if (m_backend)
        m_backend->setMuted(muted);
}

float MediaPlayback::volume() const
{
    return m_backend ? m_backend->volume() : 1.0f;
}

void MediaPlayback::setVolume(float volume)
{
    if (m_backend)
        m_backend->setVolume(volume);
}

bool MediaPlayback::hasFrame() const
{
    return m_backend && m_backend->hasFrame();
}

qint64 MediaPlayback::frameStartTime() const
{
    return m_backend ? m_backend->frameStartTime() : -1;
}

void MediaPlayback::paintFrame(QPainter *painter, const QRect &target)
{
    if (m_backend)
        m_backend->paintFrame(painter, target);
}

QImage MediaPlayback::frameImage() const
{
    return m_backend ? m_backend->frameImage() : QImage();
}

void MediaPlayback::onPosition(qint64 ms)
{
    Q_EMIT positionChanged(ms);
}

void MediaPlayback::onDuration(qint64 ms)
{
    Q_EMIT durationChanged(ms);
}

void MediaPlayback::onPlaybackState(int state)
{
    Q_EMIT playbackStateChanged(PlaybackState(state));
}

void MediaPlayback::onMediaStatus(int status)
{
    Q_EMIT mediaStatusChanged(MediaStatus(status));
}

void MediaPlayback::onError(int error, const QString &text)
{
    Q_EMIT errorOccurred(Error(error), text);
}

void MediaPlayback::onMetaData()
{
    Q_EMIT metaDataChanged();
}

void MediaPlayback::onTracks()
{
    Q_EMIT tracksChanged();
}

void MediaPlayback::onMuted(bool muted)
{
    Q_EMIT mutedChanged(muted);
}

void MediaPlayback::onPlaybackRate(qreal rate)
{
    Q_EMIT playbackRateChanged(rate);
}

void MediaPlayback::onFrame(qint64 startUs)
{
    Q_EMIT frameChanged(startUs);
}

} // namespace wan::ui
