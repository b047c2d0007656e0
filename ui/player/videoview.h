#pragma once

// Shows the frames a QMediaPlayer sends to its sink, drawn with QPainter in the
// window's own backing store: black bars around the picture, which keeps its
// aspect ratio. Used instead of QVideoWidget, which on the software path (no
// OpenGL, Wan Studio's default on X11) draws through a native child window
// whose backing store Qt 6.4 never frees (about 1.2 MB per video widget, so
// every Compare window closed lost that much per clip; tests/lsan.supp).

#include <QVideoFrame>
#include <QWidget>

class QVideoSink;

namespace wan::ui {

class VideoView final : public QWidget
{
    Q_OBJECT
public:
    explicit VideoView(QWidget *parent = nullptr);

    // Give this to QMediaPlayer::setVideoOutput().
    QVideoSink *videoSink() const { return m_sink; }
    // The frame on show (invalid before the first).
    QVideoFrame frame() const { return m_frame; }
    // A second picture drawn over the frame at opacity (0..1): a timeline's
    // crossfade, the next clip over the one ending. An invalid frame: none.
    void setOverlay(const QVideoFrame &frame, qreal opacity);
    bool hasOverlay() const { return m_overlay.isValid() && m_overlayOpacity > 0; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QVideoSink *m_sink = nullptr;
    QVideoFrame m_frame;
    QVideoFrame m_overlay;
    qreal m_overlayOpacity = 0;
};

} // namespace wan::ui
