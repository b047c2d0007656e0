#pragma once

// Two to four finished runs side by side, played in lockstep under one control
// bar, each captioned with what sets it apart from the others. Passive like
// PlayerView: it plays what it is given and reports through message(). Can be
// shown as a window of its own.

#include "gallery/comparecaption.h"
#include "library/libraryentry.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace wan::ui {

class CompareLockstep;
class CompareSummary;
class FrameSaver;
class MediaPlayback;
class PlayerControls;
class VideoView;

class CompareView final : public QWidget
{
    Q_OBJECT
public:
    static constexpr int MinimumClips = 2;
    static constexpr int MaximumClips = 4;

    explicit CompareView(QWidget *parent = nullptr);
    ~CompareView() override;

    // Shows the runs that have a video file (at most four) and starts playing
    // them together. Runs without one are left out, and fewer than two leave
    // the view empty; both are reported through message().
    void setEntries(const QList<wan::library::Entry> &entries);
    QList<wan::library::Entry> entries() const;
    int clipCount() const;
    QList<MediaPlayback *> players() const;
    QList<VideoView *> videoWidgets() const;

    // Which of "prompt", "image" and the parameter names (the seed actually
    // used counts as "seed") differ between the entries. Pure.
    static QStringList differingKeys(const QList<wan::library::Entry> &entries);

    // The transport, for every clip at once (see CompareLockstep). The scrub
    // bar and frame steps follow the longest clip.
    bool isPlaying() const;
    void play();
    void pause();
    void togglePlayback();
    void seek(qint64 positionMs);
    void stepFrames(int frames);
    void setPlaybackRate(qreal rate);
    void setLooping(bool looping);
    bool isLooping() const;
    // How often the drift check has had to move a clip back into step.
    int resyncCount() const;

    QSize sizeHint() const override;

Q_SIGNALS:
    // A sentence for the user: runs left out, clips that cannot be played.
    void message(const QString &text);
    // What went well (a frame saved or copied).
    void notice(const QString &text);
    // Continue from This Frame (frameIndex >= 0) or Last Frame (-1) of one clip.
    void continueRequested(const QString &clipPath, qint64 frameIndex, qint64 parentId);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Clip
    {
        wan::library::Entry entry;
        MediaPlayback *player = nullptr;
        VideoView *video = nullptr;
        QWidget *cell = nullptr;
        QLabel *errorLabel = nullptr;
    };

    void connectControls();
    void clearClips();
    void addClip(const wan::library::Entry &entry, int index, int columns);
    void showClipError(int index, const QString &reason);
    void retranslate();
    // The frame of clip index shown now, by the player's rule (compareview_frames.cpp).
    qint64 shownFrame(int index) const;

    QList<Clip> m_clips;
    FrameSaver *m_frames = nullptr;
    RunDifferences m_differences;
    CompareLockstep *m_lockstep = nullptr;
    CompareSummary *m_summary = nullptr;
    QLabel *m_placeholder = nullptr;
    QWidget *m_gridHost = nullptr;
    QGridLayout *m_grid = nullptr;
    PlayerControls *m_controls = nullptr;
    bool m_muted = false;
    QString m_defaultTitle;
};

} // namespace wan::ui
