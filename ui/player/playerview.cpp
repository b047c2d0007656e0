#include "player/playerview.h"
#include "player/playerview_p.h"

#include "player/playbackkeys.h"

#include "player/playercontrols.h"
#include "player/playerstillseek.h"
#include "player/videoview.h"

#include "common/showinfolder.h"
#include "core/outputplace.h"
#include "media/frametiming.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDrag>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QKeyEvent>
#include <QLabel>
#include <QLoggingCategory>
#include <QMimeData>
#include <QSaveFile>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace wan::ui {

namespace {

Q_LOGGING_CATEGORY(lcPlayer, "wanstudio.ui.player", QtInfoMsg)

constexpr qreal kFallbackFrameMs = 1000.0 / 16.0; // Wan 2.2 renders at 16 fps

// Runs on a worker thread: a clip is a few MB on what may be a slow or network
// drive, and the window must keep playing meanwhile. QSaveFile writes beside the
// target and renames at the end, so a failed copy never leaves half a video
// where the user's file used to be. Returns an error sentence, empty on success.
QString copyClip(const QString &source, const QString &target)
{
    // The dialog has asked about replacing a file; it has not asked about the
    // library, the settings or a file under Wan Studio's media folder.
    core::OutputPlaceRules rules;
    rules.mayReplace = true;
    const core::OutputPlaceCheck place = core::OutputPlace::check(target, rules);
    if (!place.ok())
        return place.message + QLatin1Char(' ') + place.hint;
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return PlayerView::tr("Could not read the clip: %1").arg(in.errorString());
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        return PlayerView::tr("Could not write “%1”: %2").arg(QDir::toNativeSeparators(target), out.errorString());
    QByteArray buffer;
    while (!in.atEnd()) {
        buffer = in.read(1 << 20);
        if (buffer.isEmpty() && in.error() != QFileDevice::NoError)
            return PlayerView::tr("Could not read the clip: %1").arg(in.errorString());
        if (out.write(buffer) != buffer.size())
            return PlayerView::tr("Could not write “%1”: %2").arg(QDir::toNativeSeparators(target), out.errorString());
    }
    if (!out.commit())
        return PlayerView::tr("Could not write “%1”: %2").arg(QDir::toNativeSeparators(target), out.errorString());
    return QString();
}

// An icon over a line of text, centred: the placeholder and the error look alike.
QWidget *makeNoticePage(QLabel *icon, QLabel *text)
{
    auto *page = new QWidget;
    page->setAutoFillBackground(true);
    // The stage follows the palette (light or dark) while no video is showing,
    // rather than the black a video view paints.
    page->setBackgroundRole(QPalette::AlternateBase);
    icon->setAlignment(Qt::AlignCenter);
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addStretch(1);
    layout->addWidget(icon);
    layout->addWidget(text);
    layout->addStretch(1);
    return page;
}

} // namespace

PlayerView::PlayerView(QWidget *parent)
    : QWidget(parent)
    , m_stage(new QStackedWidget)
    , m_placeholderIcon(new QLabel)
    , m_placeholderText(new QLabel)
    , m_errorIcon(new QLabel)
    , m_errorText(new QLabel)
    , m_controls(new PlayerControls)
{
    m_placeholderText->setObjectName(QStringLiteral("placeholderLabel"));
    m_placeholderText->setForegroundRole(QPalette::PlaceholderText);
    m_errorText->setObjectName(QStringLiteral("errorLabel"));
    m_placeholderPage = makeNoticePage(m_placeholderIcon, m_placeholderText);
    m_errorPage = makeNoticePage(m_errorIcon, m_errorText);

    m_stage->setObjectName(QStringLiteral("stage"));
    m_stage->addWidget(m_placeholderPage);
    m_stage->addWidget(m_errorPage);
    m_stage->setCurrentWidget(m_placeholderPage);

    m_controls->setObjectName(QStringLiteral("playerControls"));
    m_controls->setLooping(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_stage, 1);
    layout->addWidget(m_controls);

    // A click on the video gives the player focus, so Space and the arrows act on it.
    setFocusPolicy(Qt::ClickFocus);
    addActions(m_controls->shortcutActions());

    connectControls();
    createFrameActions();
    retranslate();
}

PlayerView::~PlayerView()
{
    // Stop before the video widget goes: no frame may arrive meanwhile.
    if (m_preload) { // its connections reach into m_preload; the hidden player too
        delete m_preload->context;
        m_preload->player->stop();
    }
    if (m_player)
        m_player->stop();
}

// The player and the video widget load the media engine (the plugin with Qt
// Multimedia, the FFmpeg plugin and their libraries, about 100 ms): not before
// the window's first paint. They are made by preloadMedia() once the window is up, or on
// first use, whichever comes first.
void PlayerView::ensureMedia()
{
    if (m_player)
        return;
    m_player = new MediaPlayback(this);
    m_video = new VideoView;
    m_video->setPlayback(m_player);
    m_player->setLoops(m_controls->isLooping() ? int(MediaPlayback::Infinite) : 1);
    m_video->setObjectName(QStringLiteral("videoWidget"));
    m_video->setAccessibleName(tr("Video"));
    m_stage->insertWidget(1, m_video);
    m_stillSeek = new PlayerStillSeek(m_player, this);

    // A drag from the video carries the clip (eventFilter).
    m_video->installEventFilter(this);

    connectPlayer();
    connect(m_controls, &PlayerControls::rateRequested, m_player, &MediaPlayback::setPlaybackRate);
    connect(m_controls, &PlayerControls::muteRequested, m_player, &MediaPlayback::setMuted);
}

void PlayerView::preloadMedia()
{
    ensureMedia();
}

void PlayerView::connectPlayer()
{
    connect(m_player, &MediaPlayback::playbackStateChanged, this, [this](MediaPlayback::PlaybackState state) {
        // While a paused seek plays for a moment to fetch its frame, the user
        // still sees a paused player.
        const bool playing = state == MediaPlayback::PlayingState && !m_stillSeek->isBusy();
        m_controls->setPlaying(playing);
        if (playing)
            m_stepFrame = -1;
        if (state == MediaPlayback::StoppedState)
            m_stoppedWhilePlaying = m_lastState == MediaPlayback::PlayingState;
        m_lastState = state;
    });
    // A timeline has one scrub bar across all its clips (playerview_timeline.cpp).
    connect(m_player, &MediaPlayback::durationChanged, this, [this](qint64 ms) {
        if (!m_timeline)
            m_controls->setDuration(ms);
    });
    connect(m_player, &MediaPlayback::positionChanged, this, [this](qint64 ms) {
        if (m_timeline)
            timelinePosition(ms);
        else
            m_controls->setPosition(ms);
    });
    connect(m_player, &MediaPlayback::playbackRateChanged, m_controls, &PlayerControls::setPlaybackRate);
    connect(m_player, &MediaPlayback::metaDataChanged, this, &PlayerView::updateFrameRate);
    connect(m_player, &MediaPlayback::tracksChanged, this, &PlayerView::updateFrameRate);
    connect(m_player, &MediaPlayback::mutedChanged, m_controls, &PlayerControls::setMuted);

    connect(m_player, &MediaPlayback::errorOccurred, this, [this](MediaPlayback::Error error, const QString &errorString) {
        if (error == MediaPlayback::NoError)
            return;
        qCWarning(lcPlayer) << "cannot play" << m_clipPath << error << errorString;
        const QString reason = errorString.isEmpty() ? tr("the file is damaged or not a video") : errorString;
        showError(tr("This clip cannot be played: %1").arg(reason));
    });
    // Not every backend reports a broken file through errorOccurred; an invalid
    // status is the other way it shows up.
    connect(m_player, &MediaPlayback::mediaStatusChanged, this, [this](MediaPlayback::MediaStatus status) {
        // Not from inside the backend's own call (see PlayerStillSeek): once control is back.
        if (m_startAtMs >= 0 && (status == MediaPlayback::LoadedMedia || status == MediaPlayback::BufferedMedia))
            QMetaObject::invokeMethod(this, &PlayerView::startAtRequestedPosition, Qt::QueuedConnection);
        if (status == MediaPlayback::InvalidMedia && !m_clipPath.isEmpty())
            showError(tr("This clip cannot be played: the file is damaged or not a video."));
        // Qt 6.4's FFmpeg backend ignores setLoops() and stops at the end; start
        // over by hand. (GStreamer loops itself and never gets here while looping.)
        // Only after playing through: a paused seek to the last frame reaches the
        // end too, and must stay paused.
        if (status == MediaPlayback::EndOfMedia && m_stoppedWhilePlaying && m_timeline && !m_stillSeek->isBusy() && !m_errorShown) {
            advanceTimelineLater();
            return;
        }
        if (status == MediaPlayback::EndOfMedia && m_stoppedWhilePlaying && !m_sequence.isEmpty() && !m_stillSeek->isBusy()
            && !m_errorShown) {
            QMetaObject::invokeMethod(this, &PlayerView::advanceSequence, Qt::QueuedConnection);
            return;
        }
        if (status == MediaPlayback::EndOfMedia && m_stoppedWhilePlaying && m_controls->isLooping() && !m_stillSeek->isBusy()
            && !m_clipPath.isEmpty() && !m_errorShown) {
            m_player->setPosition(0);
            m_player->play();
        }
    });
}

void PlayerView::connectControls()
{
    connect(m_controls, &PlayerControls::playPauseRequested, this, &PlayerView::togglePlayback);
    connect(m_controls, &PlayerControls::seekRequested, this, &PlayerView::seekFromControls);
    connect(m_controls, &PlayerControls::stepRequested, this, &PlayerView::stepFrames);
    connect(m_controls, &PlayerControls::loopRequested, this, [this](bool looping) {
        if (m_player)
            m_player->setLoops(looping && m_sequence.isEmpty() && !m_timeline ? int(MediaPlayback::Infinite) : 1);
    });
    connect(m_controls, &PlayerControls::saveAsRequested, this, &PlayerView::saveAs);
    connect(m_controls, &PlayerControls::copyPathRequested, this, &PlayerView::copyPathToClipboard);
    connect(m_controls, &PlayerControls::showInFolderRequested, this, &PlayerView::showInFolder);
}

void PlayerView::setClip(const QString &mp4Path)
{
    endTimeline();
    m_sequence.clear();
    m_startAtMs = -1;
    if (load(mp4Path))
        m_player->play();
}

bool PlayerView::load(const QString &mp4Path)
{
    if (mp4Path.isEmpty()) {
        clear();
        return false;
    }
    ensureMedia();
    const QFileInfo info(mp4Path);
    m_clipPath = info.absoluteFilePath();
    m_errorShown = false;
    m_stepFrame = -1;
    m_stillSeek->cancel();
    m_frameMs = kFallbackFrameMs;
    m_controls->setFrameDuration(m_frameMs);
    updateFrameActions();
    Q_EMIT clipChanged(m_clipPath);

    // The same URL again would be ignored; a clip that was regenerated under
    // the same name must load afresh.
    m_player->stop();
    m_player->setSource(QUrl());
    if (!info.isFile()) {
        showError(tr("The clip “%1” could not be found.").arg(QDir::toNativeSeparators(m_clipPath)));
        return false;
    }

    m_controls->setFileAvailable(true);
    m_controls->setPlayable(true);
    m_stage->setCurrentWidget(m_video);
    // A sequence moves on at each clip's end, so no clip of it loops by itself.
    m_player->setLoops(m_controls->isLooping() && m_sequence.isEmpty() && !m_timeline ? int(MediaPlayback::Infinite) : 1);
    m_player->setSource(QUrl::fromLocalFile(m_clipPath));
    return true;
}

void PlayerView::clear()
{
    endTimeline();
    if (m_player) {
        m_stillSeek->cancel();
        m_player->stop();
        m_player->setSource(QUrl());
    }
    const bool hadClip = !m_clipPath.isEmpty();
    m_clipPath.clear();
    m_errorShown = false;
    m_stepFrame = -1;
    m_startAtMs = -1;
    updateFrameActions();
    if (hadClip)
        Q_EMIT clipChanged(QString());
    m_controls->setPlayable(false);
    m_controls->setFileAvailable(false);
    m_stage->setCurrentWidget(m_placeholderPage);
}

QString PlayerView::clipPath() const
{
    return m_clipPath;
}

MediaPlayback *PlayerView::player() const
{
    const_cast<PlayerView *>(this)->ensureMedia();
    return m_player;
}

VideoView *PlayerView::videoWidget() const
{
    const_cast<PlayerView *>(this)->ensureMedia();
    return m_video;
}

qreal PlayerView::frameDurationMs() const
{
    return m_frameMs;
}

void PlayerView::togglePlayback()
{
    if (m_clipPath.isEmpty() || m_errorShown)
        return;
    m_stepFrame = -1;
    if (m_stillSeek->isBusy()) {
        // The player is already running to fetch a frame: let it carry on.
        m_stillSeek->cancel();
        m_player->play();
        m_controls->setPlaying(true);
    } else if (m_player->playbackState() == MediaPlayback::PlayingState) {
        pauseOnShownFrame();
    } else {
        m_player->play();
    }
}

void PlayerView::stepFrames(int frames)
{
    if (m_clipPath.isEmpty() || m_errorShown || frames == 0)
        return;
    const qint64 current = m_stepFrame >= 0 ? m_stepFrame : frameIndexAt(m_player->position());
    qint64 target = qMax(qint64(0), current + frames);
    const qint64 duration = m_player->duration();
    if (duration > 0)
        target = qMin(target, media::FrameTiming::lastIndexForDurationMs(duration, m_frameMs));
    // Even on the first or last frame (target == current) the frame is fetched
    // again: after a plain paused seek the picture may not match the position.
    m_stepFrame = target;
    m_stillSeek->showFrame(target, m_frameMs);
}

void PlayerView::seekFromControls(qint64 positionMs)
{
    if (!m_player)
        return;
    if (m_timeline) {
        seekTimeline(media::FrameTiming::indexAtMs(positionMs, timelineFrameMs()));
        return;
    }
    m_stepFrame = -1;
    // A playing clip shows the new place by itself; a paused one needs help.
    if (m_player->playbackState() == MediaPlayback::PlayingState && !m_stillSeek->isBusy())
        m_player->setPosition(positionMs);
    else
        m_stillSeek->showPosition(positionMs, m_frameMs);
}

qint64 PlayerView::frameIndexAt(qint64 positionMs) const
{
    // The rule `wanstudio frame --at SECONDS` uses too, so a time read off the
    // readout names the frame shown here.
    return media::FrameTiming::indexAtMs(positionMs, m_frameMs);
}

void PlayerView::updateFrameRate()
{
    // From the container's metadata or, failing that, the video track.
    const qreal fps = m_player->frameRate();
    // Anything outside this range is a bogus header, not a real clip.
    m_frameMs = (fps >= 1.0 && fps <= 240.0) ? 1000.0 / fps : kFallbackFrameMs;
    m_controls->setFrameDuration(m_frameMs);
}

void PlayerView::showError(const QString &text)
{
    if (m_errorShown)
        return;
    m_errorShown = true;
    m_stepFrame = -1;
    if (m_stillSeek)
        m_stillSeek->cancel();
    m_errorText->setText(text);
    m_errorText->setAccessibleName(text);
    m_stage->setCurrentWidget(m_errorPage);
    m_controls->setPlayable(false);
    m_controls->setFileAvailable(QFileInfo(m_clipPath).isFile());
    updateFrameActions();
    Q_EMIT message(text);
}

void PlayerView::saveAs()
{
    if (m_clipPath.isEmpty())
        return;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::MoviesLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    QString target = QFileDialog::getSaveFileName(
        this, tr("Save Clip As"), QDir(folder).filePath(QFileInfo(m_clipPath).fileName()), tr("MP4 video (*.mp4)"));
    if (target.isEmpty())
        return;
    if (QFileInfo(target).suffix().isEmpty())
        target += QStringLiteral(".mp4");
    saveCopyTo(target);
}

void PlayerView::saveCopyTo(const QString &target)
{
    const QString source = m_clipPath;
    if (source.isEmpty() || !QFileInfo(source).isFile()) {
        const QString text = tr("There is no clip to save.");
        Q_EMIT message(text);
        Q_EMIT saveFinished(target, false);
        return;
    }
    if (QFileInfo(target).canonicalFilePath() == QFileInfo(source).canonicalFilePath()) {
        // Copying a file onto itself through a temporary would work, but is
        // pointless; it is already there.
        Q_EMIT message(tr("Saved the clip as “%1”.").arg(QDir::toNativeSeparators(target)));
        Q_EMIT saveFinished(target, true);
        return;
    }

    // The watcher belongs to the view: if the view goes first, the copy still
    // finishes on its worker, only nobody is told.
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, target] {
        const QString error = watcher->result();
        watcher->deleteLater();
        if (error.isEmpty()) {
            Q_EMIT message(tr("Saved the clip as “%1”.").arg(QDir::toNativeSeparators(target)));
            Q_EMIT saveFinished(target, true);
        } else {
            qCWarning(lcPlayer) << "save failed:" << error;
            Q_EMIT message(error);
            Q_EMIT saveFinished(target, false);
        }
    });
    watcher->setFuture(QtConcurrent::run(copyClip, source, target));
}

void PlayerView::copyPathToClipboard()
{
    if (m_clipPath.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(QDir::toNativeSeparators(m_clipPath));
    Q_EMIT message(tr("Copied the clip's path to the clipboard."));
}

void PlayerView::showInFolder()
{
    if (m_clipPath.isEmpty())
        return;
    const QString folder = QFileInfo(m_clipPath).absolutePath();
    if (!openContainingFolder(m_clipPath))
        Q_EMIT message(tr("Could not open the folder “%1”.").arg(QDir::toNativeSeparators(folder)));
}

QMimeData *PlayerView::createClipMimeData(const QString &mp4Path)
{
    auto *mime = new QMimeData;
    mime->setUrls({ QUrl::fromLocalFile(QFileInfo(mp4Path).absoluteFilePath()) });
    mime->setText(QDir::toNativeSeparators(QFileInfo(mp4Path).absoluteFilePath()));
    return mime;
}

void PlayerView::startDrag()
{
    auto *drag = new QDrag(this);
    drag->setMimeData(createClipMimeData(m_clipPath));
    // A thumbnail of the frame on screen shows what is being dragged.
    const QImage frame = m_video ? m_video->frameImage() : QImage();
    if (!frame.isNull())
        drag->setPixmap(QPixmap::fromImage(frame.scaled(160, 160, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    drag->exec(Qt::CopyAction | Qt::LinkAction, Qt::CopyAction);
}

bool PlayerView::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        m_dragArmed = mouse->button() == Qt::LeftButton && !m_clipPath.isEmpty() && !m_errorShown;
        m_dragStart = mouse->globalPosition().toPoint();
        break;
    }
    case QEvent::MouseMove: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (m_dragArmed && (mouse->buttons() & Qt::LeftButton)
            && (mouse->globalPosition().toPoint() - m_dragStart).manhattanLength() >= QApplication::startDragDistance()) {
            m_dragArmed = false;
            startDrag();
            return true;
        }
        break;
    }
    case QEvent::MouseButtonRelease:
        m_dragArmed = false;
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void PlayerView::keyPressEvent(QKeyEvent *event)
{
    // Comma and period are the control bar's shortcut actions, added to this view.
    if (!handlePlaybackKey(this, event))
        QWidget::keyPressEvent(event);
}

void PlayerView::retranslate()
{
    m_placeholderText->setText(tr("Your clip will play here"));
    const int iconSize = style()->pixelMetric(QStyle::PM_LargeIconSize, nullptr, this) * 2;
    m_placeholderIcon->setPixmap(
        QIcon::fromTheme(QStringLiteral("video-x-generic"), style()->standardIcon(QStyle::SP_MediaPlay, nullptr, this))
            .pixmap(iconSize, iconSize, QIcon::Disabled));
    m_errorIcon->setPixmap(
        QIcon::fromTheme(QStringLiteral("dialog-warning"), style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this))
            .pixmap(iconSize, iconSize));
    if (m_video)
        m_video->setAccessibleName(tr("Video"));
    m_stage->setAccessibleName(tr("Clip"));
    if (m_saveFrame)
        retranslateFrameActions();
}

void PlayerView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::StyleChange)
        retranslate();
    QWidget::changeEvent(event);
}

QSize PlayerView::sizeHint() const
{
    // Wan's 480p clips at their own size, plus the bar.
    return QSize(854, 480 + m_controls->sizeHint().height());
}

QSize PlayerView::minimumSizeHint() const
{
    return QSize(qMax(480, m_controls->minimumSizeHint().width()), 270 + m_controls->minimumSizeHint().height());
}

} // namespace wan::ui
