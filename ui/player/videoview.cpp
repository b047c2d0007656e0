#include "player/videoview.h"

#include <QPainter>
#include <QVideoSink>

#include <algorithm>

namespace wan::ui {

VideoView::VideoView(QWidget *parent)
    : QWidget(parent)
    , m_sink(new QVideoSink(this))
{
    // Every pixel is painted below: nothing to clear first.
    setAttribute(Qt::WA_OpaquePaintEvent);
    connect(m_sink, &QVideoSink::videoFrameChanged, this, [this](const QVideoFrame &frame) {
        m_frame = frame;
        update();
    });
}

void VideoView::setOverlay(const QVideoFrame &frame, qreal opacity)
{
    if (!frame.isValid() && !m_overlay.isValid())
        return;
    m_overlay = frame;
    m_overlayOpacity = std::clamp<qreal>(opacity, 0.0, 1.0);
    update();
}

QSize VideoView::sizeHint() const
{
    return { 832, 480 }; // Wan's 480p frame
}

void VideoView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::black);
    if (!m_frame.isValid())
        return;
    // Letterboxed, smoothly scaled (QVideoFrame converts the decoder's YUV to
    // RGB for the painter).
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    QVideoFrame frame = m_frame; // paint() maps the frame; the copy shares it
    frame.paint(&painter, rect(), { Qt::transparent, Qt::KeepAspectRatio, {} });
    if (m_overlay.isValid() && m_overlayOpacity > 0) {
        painter.setOpacity(m_overlayOpacity);
        QVideoFrame overlay = m_overlay;
        overlay.paint(&painter, rect(), { Qt::transparent, Qt::KeepAspectRatio, {} });
    }
}

} // namespace wan::ui
