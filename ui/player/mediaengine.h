#pragma once

// Playback of a clip without linking Qt Multimedia: the player, the compare and
// grid views and the gallery's hover preview use MediaPlayback, whose backend
// (QMediaPlayer, QAudioOutput, QVideoSink) lives in the wanstudio_mediaengine
// plugin (mediaengineplugin.cpp), loaded on first use after the window's first
// paint. Qt Multimedia pulls PulseAudio, libsndfile and its codecs into the
// process; linked, every start paid for them (BENCHMARKS.md, figure 1).
//
// MediaPlayback mirrors QMediaPlayer's names, values and signals, so code reads
// as before. The plugin holds no reference to symbols of the application: it
// implements MediaBackend and reports through MediaBackendEvents, two plain
// interfaces called through their vtables.

#include <QImage>
#include <QObject>
#include <QUrl>
#include <QtPlugin>

#include <memory>

class QPainter;
class QRect;

namespace wan::ui {

// What the backend tells MediaPlayback, on the UI thread.
class MediaBackendEvents
{
public:
    virtual void onPosition(qint64 ms) = 0;
    virtual void onDuration(qint64 ms) = 0;
    virtual void onPlaybackState(int state) = 0;
    virtual void onMediaStatus(int status) = 0;
    virtual void onError(int error, const QString &text) = 0;
    virtual void onMetaData() = 0;
    virtual void onTracks() = 0;
    virtual void onMuted(bool muted) = 0;
    virtual void onPlaybackRate(qreal rate) = 0;
    virtual void onFrame(qint64 startUs) = 0;

protected:
    ~MediaBackendEvents() = default;
};

// One player with its audio output (or none) and its video sink. Enumerations
// as ints with QMediaPlayer's values.
class MediaBackend
{
public:
    virtual ~MediaBackend() = default;
    virtual void setSource(const QUrl &source) = 0;
    virtual QUrl source() const = 0;
    virtual void play() = 0;
    virtual void pause() = 0;
    virtual void stop() = 0;
    virtual void setPosition(qint64 ms) = 0;
    virtual qint64 position() const = 0;
    virtual qint64 duration() const = 0;
    virtual int playbackState() const = 0;
    virtual int mediaStatus() const = 0;
    virtual int error() const = 0;
    virtual QString errorString() const = 0;
    virtual void setLoops(int loops) = 0;
    virtual int loops() const = 0;
    virtual void setPlaybackRate(qreal rate) = 0;
    virtual qreal playbackRate() const = 0;
    virtual bool hasAudio() const = 0;
    virtual bool hasVideo() const = 0;
    virtual qreal frameRate() const = 0;
    virtual bool hasAudioOutput() const = 0;
    virtual bool isMuted() const = 0;
    virtual void setMuted(bool muted) = 0;
    virtual float volume() const = 0;
    virtual void setVolume(float volume) = 0;
    virtual bool hasFrame() const = 0;
    virtual qint64 frameStartTime() const = 0;
    virtual void paintFrame(QPainter *painter, const QRect &target) = 0;
    virtual QImage frameImage() const = 0;
};

// The plugin's entry: makes backends.
class MediaEngine
{
public:
    virtual ~MediaEngine() = default;
    virtual MediaBackend *createBackend(MediaBackendEvents *events, bool withAudio) const = 0;

    // The plugin, loaded once; nullptr (and *problem says why) when it cannot be.
    static const MediaEngine *get(QString *problem = nullptr);
    // Where to look instead of beside the executable (tests, the bench).
    static void setDirectory(const QString &directory);
};

class MediaPlayback final : public QObject, private MediaBackendEvents
{
    Q_OBJECT
public:
    enum PlaybackState { StoppedState, PlayingState, PausedState };
    Q_ENUM(PlaybackState)
    enum MediaStatus { NoMedia, LoadingMedia, LoadedMedia, StalledMedia, BufferingMedia, BufferedMedia, EndOfMedia, InvalidMedia };
    Q_ENUM(MediaStatus)
    enum Error { NoError, ResourceError, FormatError, NetworkError, AccessDeniedError };
    Q_ENUM(Error)
    enum Loops { Infinite = -1, Once = 1 };

    // Loads the plugin if it is not yet. Without it, every source fails with
    // a message that says so; nothing else changes.
    explicit MediaPlayback(QObject *parent = nullptr, bool withAudio = true);
    ~MediaPlayback() override;

    void setSource(const QUrl &source);
    QUrl source() const;
    void play();
    void pause();
    void stop();
    void setPosition(qint64 ms);
    qint64 position() const;
    qint64 duration() const;
    PlaybackState playbackState() const;
    MediaStatus mediaStatus() const;
    Error error() const;
    QString errorString() const;
    void setLoops(int loops);
    int loops() const;
    void setPlaybackRate(qreal rate);
    qreal playbackRate() const;
    bool hasAudio() const;
    bool hasVideo() const;
    // From the container's metadata or the video track; 0 when unknown.
    qreal frameRate() const;
    // False for a preview made without audio.
    bool hasAudioOutput() const;
    bool isMuted() const;
    void setMuted(bool muted);
    float volume() const;
    void setVolume(float volume);

    // The latest frame the backend delivered (queued to the UI thread).
    bool hasFrame() const;
    qint64 frameStartTime() const; // microseconds, -1 without one
    // Letterboxed, smoothly scaled into target.
    void paintFrame(QPainter *painter, const QRect &target);
    QImage frameImage() const;

    // Whether the plugin is there (false: setSource() fails with loadProblem()).
    bool isAvailable() const { return m_backend != nullptr; }

Q_SIGNALS:
    // setSource() was given another source (as QMediaPlayer::sourceChanged).
    void sourceChanged(const QUrl &source);
    void positionChanged(qint64 position);
    void durationChanged(qint64 duration);
    void playbackStateChanged(wan::ui::MediaPlayback::PlaybackState state);
    void mediaStatusChanged(wan::ui::MediaPlayback::MediaStatus status);
    void errorOccurred(wan::ui::MediaPlayback::Error error, const QString &errorString);
    void metaDataChanged();
    void tracksChanged();
    void mutedChanged(bool muted);
    void playbackRateChanged(qreal rate);
    // A new frame arrived; its start time in microseconds (-1: none or no time).
    void frameChanged(qint64 startUs);

private:
    void onPosition(qint64 ms) override;
    void onDuration(qint64 ms) override;
    void onPlaybackState(int state) override;
    void onMediaStatus(int status) override;
    void onError(int error, const QString &text) override;
    void onMetaData() override;
    void onTracks() override;
    void onMuted(bool muted) override;
    void onPlaybackRate(qreal rate) override;
    void onFrame(qint64 startUs) override;

    std::unique_ptr<MediaBackend> m_backend;
    // Without the plugin: what setSource() was given and the reason it fails.
    QUrl m_source;
    QString m_problem;
    MediaStatus m_status = NoMedia;
};

} // namespace wan::ui

#define WanStudioMediaEngine_iid "io.github.wanstudio.WanStudio.MediaEngine/1"
Q_DECLARE_INTERFACE(wan::ui::MediaEngine, WanStudioMediaEngine_iid)
