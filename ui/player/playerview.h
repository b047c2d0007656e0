#pragma once

// The built-in player for finished clips: the video, a placeholder while there
// is none, a readable error when a clip cannot be played, and PlayerControls
// under it. Passive: it plays the file it is given and reports through message().

#include "player/mediaengine.h"

#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QMimeData;
class QStackedWidget;

namespace wan::jobs {
class SequenceTimeline;
}

namespace wan::ui {

class FrameSaver;
class PlayerControls;
class PlayerStillSeek;
class VideoView;

class PlayerView final : public QWidget
{
    Q_OBJECT
public:
    explicit PlayerView(QWidget *parent = nullptr);
    ~PlayerView() override;

    // Loads the MP4 and plays it, looped while the Loop control is on (the default).
    void setClip(const QString &mp4Path);
    // Loads the MP4 at positionMs (the clip's last frame if it is shorter), playing
    // or paused on that frame: an A/B flip between two clips at the same moment.
    void setClipAt(const QString &mp4Path, qint64 positionMs, bool playing);
    // Plays the clips one after the other as one scene (a chain of
    // continuations): each once, then from the first again while Loop is on.
    // Loading any other clip ends it (playerview_at.cpp).
    void playSequence(const QStringList &clipPaths);
    QStringList sequence() const { return m_sequence; }
    int sequenceIndex() const { return m_sequence.isEmpty() ? -1 : m_sequenceIndex; }
    // A sequence as one timeline (playerview_timeline.cpp): its clips from
    // their in to their out points, the seam rule applied, with one scrub bar
    // across the whole; seeking anywhere loads the right clip at the right
    // frame. Loops while Loop is on. Loading any other clip ends it.
    void playTimeline(const jobs::SequenceTimeline &timeline, qint64 startFrame = 0);
    // The seam review: loops the second around the join (half a second before
    // it, half after), playing; playTimeline() or another join ends it.
    void reviewSeam(const jobs::SequenceTimeline &timeline, int join);
    // Plays on through the timeline from where the review is.
    void endSeamReview();
    bool isTimeline() const;
    const jobs::SequenceTimeline *timeline() const;
    // The global frame shown or being gone to; -1 outside a timeline.
    qint64 timelineFrame() const;
    int timelineClip() const;   // the clip of the timeline loaded, -1 outside one
    int reviewedJoin() const;   // -1 when not reviewing a seam
    // Goes to a global frame, keeping to play or pause.
    void seekTimeline(qint64 globalFrame);
    // Back to the placeholder; nothing loaded.
    void clear();
    // Absolute path of the loaded clip, or empty.
    QString clipPath() const;
    // What the user sees: playing (not a paused seek fetching its frame), and
    // the position shown or being gone to.
    bool isPlaying() const;
    qint64 position() const;

    // Loads the media backend now (the window calls it once it is up) instead
    // of on the first clip.
    void preloadMedia();

    // The playback (Qt Multimedia, in its plugin: player/mediaengine.h), made on first use.
    MediaPlayback *player() const;
    VideoView *videoWidget() const;

    // Length of one frame in milliseconds: from the clip's frame rate, 1/16 s
    // (Wan's rate) until the clip says otherwise.
    qreal frameDurationMs() const;

    void togglePlayback();
    // Pauses, then moves by whole frames (negative: backwards) and shows that frame.
    void stepFrames(int frames);

    // Asks where to save (a file dialog) and then saves a copy there; does nothing
    // without a clip. The window's File menu can trigger it too.
    void saveAs();
    // Copies the clip to target on a worker thread (replacing target atomically)
    // and reports with saveFinished() and message(). Save As… ends here.
    void saveCopyTo(const QString &target);
    void copyPathToClipboard();
    void showInFolder();

    // The frame the readout names: the one a step went to, or the one at the
    // position shown (media::FrameTiming's rule). -1 without a clip.
    qint64 currentFrameIndex() const;
    // Save Frame as PNG…, Copy Frame, Continue from This Frame, Continue from
    // Last Frame: the video's context menu, and the window's menus share them.
    QList<QAction *> frameActions() const;
    // More actions for the video's context menu, after the frame actions (the window's Export…).
    void addContextAction(QAction *action);
    // The exact decoded frame, not a screen grab: saved at the clip's size
    // with the run's settings and the frame's index in the PNG's text
    // (playerview_frames.cpp). Both work on a worker thread and report with
    // frameSaved() / message().
    void saveFrameAs();
    void saveFrameTo(const QString &pngPath, qint64 index);
    void copyFrame();

    // What a drag from the video carries: the file as a URL (file managers,
    // editors) and its path as text. The caller owns the result.
    static QMimeData *createClipMimeData(const QString &mp4Path);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // Another clip was loaded (empty: cleared).
    void clipChanged(const QString &path);
    // A sentence for the user: playback errors and the outcome of file actions.
    void message(const QString &text);
    void saveFinished(const QString &target, bool ok);
    // A sentence about something that went well (a frame saved or copied).
    void notice(const QString &text);
    // The timeline went to another of its clips (playTimeline()).
    void timelineClipChanged(int clip);
    // playSequence() moved on to the clip at index.
    void sequenceAdvanced(int index);
    // Save Frame ended (ok false: it failed, message() said why); Copy Frame put a frame on the clipboard.
    void frameSaved(const QString &pngPath, qint64 index, bool ok);
    void frameCopied(qint64 index);
    // Continue from This Frame (frameIndex >= 0) or from Last Frame (-1) of the clip shown.
    void continueRequested(const QString &clipPath, qint64 frameIndex);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // Everything setClip() does but start playing; false when the clip is missing.
    bool load(const QString &mp4Path);
    // Goes to the position setClipAt() asked for, once the clip has loaded.
    void startAtRequestedPosition();
    void connectPlayer();
    void connectControls();
    void ensureMedia();
    void showError(const QString &text);
    void updateFrameRate();
    void seekFromControls(qint64 positionMs);
    qint64 frameIndexAt(qint64 positionMs) const;
    void startDrag();
    void retranslate();
    void advanceSequence();
    // The timeline (playerview_timeline.cpp).
    struct Timeline;
    void endTimeline();
    void goToTimelineFrame(qint64 globalFrame, bool playing);
    void timelinePosition(qint64 positionMs);
    void advanceTimeline();
    void advanceTimelineLater(); // at a clip's end, queued
    qreal timelineFrameMs() const;
    // The timeline's second player (playerview_preload.cpp): the clip that
    // plays next waits in it, loaded and paused, so a join swaps players
    // instead of loading.
    struct Preload;
    void ensureSecondPlayer();
    void routeTimelineVideo(bool on);
    void ensurePreload();
    bool takePreloaded(int clip, qint64 frame);
    void swapPlayers();
    void updateCrossfade(qint64 index);
    void endCrossfade();
    void showStillBlend(int clip, qint64 k, qreal opacity);
    void endStillBlend(bool backToWaiting);
    void waitAtFrame();
    // Pauses, then makes the position (and so the readout) the frame on screen.
    void pauseOnShownFrame();
    void settleOnShownFrame();
    void createFrameActions();
    void retranslateFrameActions();
    void updateFrameActions();

    MediaPlayback *m_player = nullptr;
    VideoView *m_video = nullptr;
    QStackedWidget *m_stage = nullptr;
    QWidget *m_placeholderPage = nullptr;
    QLabel *m_placeholderIcon = nullptr;
    QLabel *m_placeholderText = nullptr;
    QWidget *m_errorPage = nullptr;
    QLabel *m_errorIcon = nullptr;
    QLabel *m_errorText = nullptr;
    PlayerControls *m_controls = nullptr;
    PlayerStillSeek *m_stillSeek = nullptr;
    QAction *m_saveFrame = nullptr;
    QAction *m_copyFrame = nullptr;
    QAction *m_continueHere = nullptr;
    QAction *m_continueLast = nullptr;
    FrameSaver *m_frames = nullptr;
    QList<QAction *> m_contextActions;

    QString m_clipPath;
    QStringList m_sequence;
    int m_sequenceIndex = 0;
    qreal m_frameMs = 1000.0 / 16.0;
    // The frame the last step went to. The backend reports a seek's position a
    // little later, so quick repeated steps count from here, not from position().
    qint64 m_stepFrame = -1;
    bool m_errorShown = false;
    // setClipAt(): where to start once the clip has loaded (-1: from the start), and how.
    qint64 m_startAtMs = -1;
    bool m_startPlaying = true;
    // For the FFmpeg backend's missing loop: did the clip end while playing?
    MediaPlayback::PlaybackState m_lastState = MediaPlayback::StoppedState;
    bool m_stoppedWhilePlaying = false;
    QPoint m_dragStart;
    bool m_dragArmed = false;
    std::unique_ptr<Timeline> m_timeline;
    std::unique_ptr<Preload> m_preload;
};

} // namespace wan::ui
