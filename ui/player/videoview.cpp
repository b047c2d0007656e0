#include "player/videoview.h"

#include "player/mediaengine.h"

#include <QPainter>

#include <algorithm>

namespace wan::ui {

VideoView::VideoView(QWidget *parent)
    : QWidget(parent)
{
    // Every pixel is painted below: nothing to clear first.
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void VideoView::setPlayback(MediaPlayback *playback)
{
    if (m_playback)
        disconnect(m_playback, nullptr, this, nullptr);
    const bool other = m_playback != playback;
    m_playback = playback;
    if (m_playback) {
        connect(m_playback, &MediaPlayback::frameChanged, this, [this] {
            update();
            Q_EMIT frameShown();
        });
    }
    update();
    if (other)
        Q_EMIT frameShown();
}

bool VideoView::hasFrame() const
{
    return m_playback && m_playback->hasFrame();
}

qint64 VideoView::frameStartTime() const
{
    return m_playback ? m_playback->frameStartTime() : -1;
}

QImage VideoView::frameImage() const
{
    return m_playback ? m_playback->frameImage() : QImage();
}

void VideoView::setOverlay(MediaPlayback *overlay, qreal opacity)
{
    if (m_overlay != overlay) {
        if (m_overlay)
            disconnect(m_overlay, nullptr, this, nullptr);
        m_overlay = overlay;
        if (m_overlay)
            connect(m_overlay, &MediaPlayback::frameChanged, this, qOverload<>(&QWidget::update));
    }
    m_overlayOpacity = std::clamp<qreal>(opacity, 0.0, 1.0);
    update();
}

bool VideoView::hasOverlay() const
{
    return m_overlay && m_overlay->hasFrame() && m_overlayOpacity > 0;
}

QSize VideoView::sizeHint() const
{
    return { 832, 480 }; // Wan's 480p frame
}

void VideoView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::black);
    if (!hasFrame())
        return;
    // Letterboxed, smoothly scaled.
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    m_playback->paintFrame(&painter, rect());
    if (hasOverlay()) {
        painter.setOpacity(m_overlayOpacity);
        m_overlay->paintFrame(&painter, rect());
    }
}

} // namespace wan::ui
