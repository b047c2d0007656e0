#pragma once

// Shows the frames a QMediaPlayer sends to its sink, drawn with QPainter in the
// window's own backing store: black bars around the picture, which keeps its
// aspect ratio. Used instead of QVideoWidget, which on the software path (no
// OpenGL, Wan Studio's default on X11) draws through a native child window
// whose backing store Qt 6.4 never frees (about 1.2 MB per video widget, so
// every Compare window closed lost that much per clip; tests/lsan.supp).
//
// Each frame is converted from the decoder's YUV to RGB, and scaled to the
// picture's size, on a worker: on the UI thread that took 5 to 10 ms a frame
// at 832x480, and with the player's other work at a clip's start it made the
// longest stalls of a run (figure 6). Frames that come while one is being
// converted are skipped but for the newest.

#include <QFutureWatcher>
#include <QImage>
#include <QVideoFrame>
#include <QWidget>

class QVideoSink;

namespace wan::ui {

class VideoView final : public QWidget
{
    Q_OBJECT
public:
    explicit VideoView(QWidget *parent = nullptr);
    ~VideoView() override;

    // Give this to QMediaPlayer::setVideoOutput().
    QVideoSink *videoSink() const { return m_sink; }
    // The frame on show (invalid before the first).
    QVideoFrame frame() const { return m_frame; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Converted
    {
        QVideoFrame frame;
        QImage image;
    };
    QRect pictureRect(QSize frameSize) const;
    void convert(const QVideoFrame &frame);
    void converted();

    QVideoSink *m_sink = nullptr;
    QVideoFrame m_frame;
    QImage m_image;  // m_frame in RGB, at the size it was drawn for
    QFutureWatcher<Converted> m_watcher;
    bool m_converting = false;
    QVideoFrame m_pending;  // came while converting; the newest only
};

} // namespace wan::ui
