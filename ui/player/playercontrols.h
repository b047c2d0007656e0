#pragma once

// The bar under the clip: transport, scrubbing, speed, mute, loop and the file
// actions. Passive, like the controls in Qt's player example: it only shows the
// state it is given and emits what the user asked for; PlayerView does the rest.

#include <QIcon>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QSlider;
class QToolButton;

namespace wan::ui {

class PlayerControls final : public QWidget
{
    Q_OBJECT
public:
    explicit PlayerControls(QWidget *parent = nullptr);

    // State coming from the player.
    // Transport and scrubbing need a clip that plays; the file actions only need
    // the file (a damaged clip can still be found in its folder).
    void setPlayable(bool playable);
    void setFileAvailable(bool available);
    void setPlaying(bool playing);
    void setDuration(qint64 durationMs);
    void setPosition(qint64 positionMs);
    // Length of one frame: the scrub bar's arrow step, and the frame index in the readout.
    void setFrameDuration(qreal frameMs);
    void setMuted(bool muted);
    void setLooping(bool looping);
    void setPlaybackRate(qreal rate);
    // Save As, Copy File Path and Show in Folder act on one file; a view that
    // shows several clips hides them. Shown by default.
    void setFileActionsVisible(bool visible);

    bool isLooping() const;

    // Narrower than the bar with every word: the file actions show their
    // icons only (their names stay as tooltips and accessible names).
    bool fileActionsCompact() const { return m_compact; }

    // Actions that carry keyboard shortcuts; the view adds them to itself so the
    // shortcuts work wherever the focus is inside the player, not only in the bar.
    QList<QAction *> shortcutActions() const;

    // "0:02.4": minutes, seconds and tenths (hours only when needed), truncated
    // so that the label never shows a time that has not been reached yet.
    static QString formatTime(qint64 ms);

Q_SIGNALS:
    void playPauseRequested();
    void seekRequested(qint64 positionMs);
    void stepRequested(int frames);
    void rateRequested(qreal rate);
    void muteRequested(bool muted);
    void loopRequested(bool looping);
    void saveAsRequested();
    void copyPathRequested();
    void showInFolderRequested();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QAction *makeAction(const QString &objectName, bool checkable);
    QToolButton *makeButton(QAction *action, Qt::ToolButtonStyle style);
    void retranslate();
    // Makes the bar's icons for the current style, palette and icon theme.
    void makeIcons();
    // Shows the icons that fit the state (playing or paused, muted or not).
    void updateIcons();
    void updateTimeLabel();
    QList<QToolButton *> fileButtons() const;
    // How much wider the visible file actions are with their words than without.
    int wordsWidth() const;
    void keepFileButtonsNarrowable();
    void fitFileButtons();

    // Made once per style, palette and icon theme, not at every state change:
    // every new QIcon leaves its own scaled pixmaps in the process-wide
    // QPixmapCache (up to 10 MB), so icons made afresh at each play and pause
    // held ~75 kB more per clip shown.
    struct Icons
    {
        QIcon play;
        QIcon pause;
        QIcon stepBack;
        QIcon stepForward;
        QIcon muted;
        QIcon volume;
        QIcon loop;
        QIcon saveAs;
        QIcon copyPath;
        QIcon showInFolder;
    };
    Icons m_icons;
    bool m_compact = false;
    QAction *m_playPause = nullptr;
    QAction *m_stepBack = nullptr;
    QAction *m_stepForward = nullptr;
    QAction *m_mute = nullptr;
    QAction *m_loop = nullptr;
    QAction *m_saveAs = nullptr;
    QAction *m_copyPath = nullptr;
    QAction *m_showInFolder = nullptr;
    QList<QToolButton *> m_buttons;

    QSlider *m_scrub = nullptr;
    QLabel *m_time = nullptr;
    QComboBox *m_speed = nullptr;

    bool m_playing = false;
    qint64 m_duration = 0;
    qint64 m_position = 0;
    qreal m_frameMs = 0;
};

} // namespace wan::ui
