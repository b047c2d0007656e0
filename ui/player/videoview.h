#pragma once

// Shows the frames of a MediaPlayback, drawn with QPainter in the window's own
// backing store: black bars around the picture, which keeps its aspect ratio.
// Used instead of QVideoWidget, which on the software path (no OpenGL, Wan
// Studio's default on X11) draws through a native child window whose backing
// store Qt 6.4 never frees (about 1.2 MB per video widget, so every Compare
// window closed lost that much per clip; tests/lsan.supp).

#include <QPointer>
#include <QWidget>

namespace wan::ui {

class MediaPlayback;

class VideoView final : public QWidget
{
    Q_OBJECT
public:
    explicit VideoView(QWidget *parent = nullptr);

    // The playback whose frames are shown (not owned).
    void setPlayback(MediaPlayback *playback);
    MediaPlayback *playback() const { return m_playback; }
    // The frame on show: whether there is one, its start (microseconds, -1
    // without one) and a copy as an image.
    bool hasFrame() const;
    qint64 frameStartTime() const;
    QImage frameImage() const;
    // A second playback's frame drawn over the first at opacity (0..1): a
    // timeline's crossfade, the next clip over the one ending. nullptr: none.
    void setOverlay(MediaPlayback *overlay, qreal opacity);
    bool hasOverlay() const;

Q_SIGNALS:
    // The frame on show changed: a new one from the playback, or another
    // playback (a timeline's players taking turns).
    void frameShown();

public:

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QPointer<MediaPlayback> m_playback;
    QPointer<MediaPlayback> m_overlay;
    qreal m_overlayOpacity = 0;
};

} // namespace wan::ui
