#include "player/mediaengineplugin.h"

#include <QAudioOutput>
#include <QMediaMetaData>
#include <QMediaPlayer>
#include <QPainter>
#include <QVideoFrame>
#include <QVideoSink>

namespace wan::ui {

namespace {

static_assert(int(QMediaPlayer::PausedState) == int(MediaPlayback::PausedState));
static_assert(int(QMediaPlayer::InvalidMedia) == int(MediaPlayback::InvalidMedia));
static_assert(int(QMediaPlayer::AccessDeniedError) == int(MediaPlayback::AccessDeniedError));
static_assert(int(QMediaPlayer::Infinite) == int(MediaPlayback::Infinite));

// A QMediaPlayer with its audio output and video sink. The QObject is the
// context of every connection, so nothing reaches `events` once it is gone.
class QtMediaBackend final : public QObject, public MediaBackend
{
public:
    QtMediaBackend(MediaBackendEvents *events, bool withAudio)
        : m_player(new QMediaPlayer(this))
        , m_sink(new QVideoSink(this))
    {
        if (withAudio) {
            m_audio = new QAudioOutput(this);
            m_player->setAudioOutput(m_audio);
            connect(m_audio, &QAudioOutput::mutedChanged, this, [events](bool muted) { events->onMuted(muted); });
        }
        m_player->setVideoSink(m_sink);
        connect(m_player, &QMediaPlayer::positionChanged, this, [events](qint64 ms) { events->onPosition(ms); });
        connect(m_player, &QMediaPlayer::durationChanged, this, [events](qint64 ms) { events->onDuration(ms); });
        connect(m_player, &QMediaPlayer::playbackStateChanged, this,
                [events](QMediaPlayer::PlaybackState state) { events->onPlaybackState(int(state)); });
        connect(m_player, &QMediaPlayer::mediaStatusChanged, this,
                [events](QMediaPlayer::MediaStatus status) { events->onMediaStatus(int(status)); });
        connect(m_player, &QMediaPlayer::errorOccurred, this,
                [events](QMediaPlayer::Error error, const QString &text) { events->onError(int(error), text); });
        connect(m_player, &QMediaPlayer::metaDataChanged, this, [events] { events->onMetaData(); });
        connect(m_player, &QMediaPlayer::tracksChanged, this, [events] { events->onTracks(); });
        connect(m_player, &QMediaPlayer::playbackRateChanged, this, [events](qreal rate) { events->onPlaybackRate(rate); });
        // The FFmpeg backend emits this from its render thread; the automatic
        // connection queues the frame to this (UI) thread, where it is kept.
        connect(m_sink, &QVideoSink::videoFrameChanged, this, [this, events](const QVideoFrame &frame) {
            m_frame = frame;
            events->onFrame(frame.isValid() ? frame.startTime() : -1);
        });
    }

    ~QtMediaBackend() override
    {
        // Stop before the sink goes, and tell nobody: the playback is being destroyed.
        m_player->disconnect(this);
        m_sink->disconnect(this);
        if (m_audio)
            m_audio->disconnect(this);
        m_player->stop();
        m_player->setVideoSink(nullptr);
        delete m_player;
    }

    void setSource(const QUrl &source) override { m_player->setSource(source); }
    QUrl source() const override { return m_player->source(); }
    void play() override { m_player->play(); }
    void pause() override { m_player->pause(); }
    void stop() override { m_player->stop(); }
    void setPosition(qint64 ms) override { m_player->setPosition(ms); }
    qint64 position() const override { return m_player->position(); }
    qint64 duration() const override { return m_player->duration(); }
    int playbackState() const override { return int(m_player->playbackState()); }
    int mediaStatus() const override { return int(m_player->mediaStatus()); }
    int error() const override { return int(m_player->error()); }
    QString errorString() const override { return m_player->errorString(); }
    void setLoops(int loops) override { m_player->setLoops(loops); }
    int loops() const override { return m_player->loops(); }
    void setPlaybackRate(qreal rate) override { m_player->setPlaybackRate(rate); }
    qreal playbackRate() const override { return m_player->playbackRate(); }
    bool hasAudio() const override { return m_player->hasAudio(); }
    bool hasVideo() const override { return m_player->hasVideo(); }

    qreal frameRate() const override
    {
        // The container's metadata usually carries the rate; some backends only
        // put it on the video track.
        qreal fps = m_player->metaData().value(QMediaMetaData::VideoFrameRate).toReal();
        const QList<QMediaMetaData> tracks = m_player->videoTracks();
        const int active = m_player->activeVideoTrack();
        if (fps <= 0 && active >= 0 && active < tracks.size())
            fps = tracks.at(active).value(QMediaMetaData::VideoFrameRate).toReal();
        return fps > 0 ? fps : 0.0;
    }

    bool hasAudioOutput() const override { return m_audio != nullptr; }
    bool isMuted() const override { return m_audio && m_audio->isMuted(); }
    void setMuted(bool muted) override
    {
        if (m_audio)
            m_audio->setMuted(muted);
    }
    float volume() const override { return m_audio ? m_audio->volume() : 0.0f; }
    void setVolume(float volume) override
    {
        if (m_audio)
            m_audio->setVolume(volume);
    }
    bool hasFrame() const override { return m_frame.isValid(); }
    qint64 frameStartTime() const override { return m_frame.isValid() ? m_frame.startTime() : -1; }

    void paintFrame(QPainter *painter, const QRect &target) override
    {
        if (!m_frame.isValid())
            return;
        // QVideoFrame converts the decoder's YUV to RGB for the painter; paint()
        // maps the frame, the copy shares it.
        QVideoFrame frame = m_frame;
        frame.paint(painter, target, { Qt::transparent, Qt::KeepAspectRatio, {} });
    }

    QImage frameImage() const override { return m_frame.isValid() ? m_frame.toImage() : QImage(); }

private:
    QMediaPlayer *m_player;
    QVideoSink *m_sink;
    QAudioOutput *m_audio = nullptr;
    QVideoFrame m_frame;
};

} // namespace

MediaBackend *QtMediaEngine::createBackend(MediaBackendEvents *events, bool withAudio) const
{
    return new QtMediaBackend(events, withAudio);
}

} // namespace wan::ui
