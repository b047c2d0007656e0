#include "studio/imagewell.h"

#include "common/readablecolours.h"

#include <QPainter>
#include <QPainterPath>

namespace wan::ui {

namespace {

constexpr int Padding = 8; // around the picture, inside the canvas

} // namespace

QRectF ImageWell::thumbnailRectIn(const QRect &area) const
{
    const QImage &thumbnail = m_inspection.thumbnail;
    if (thumbnail.isNull() || m_source.isEmpty())
        return {};
    const QRectF inner = QRectF(area).adjusted(Padding, Padding, -Padding, -Padding);
    QSizeF size = QSizeF(thumbnail.size()).scaled(inner.size(), Qt::KeepAspectRatio);
    QRectF rect(QPointF(), size);
    rect.moveCenter(inner.center());
    return rect;
}

QRectF ImageWell::overlayRectIn(const QRectF &thumbnail) const
{
    // The model scales the picture to cover the frame, then cuts the middle
    // out: what it keeps is the largest frame-shaped rectangle in the middle.
    if (thumbnail.isEmpty() || !m_frame.isValid() || m_frame.isEmpty())
        return {};
    QRectF crop(QPointF(), QSizeF(m_frame).scaled(thumbnail.size(), Qt::KeepAspectRatio));
    crop.moveCenter(thumbnail.center());
    return crop;
}

void ImageWell::paintCanvas(QPainter &painter, const QRect &area)
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const QPalette &colors = palette();
    const QRectF box = QRectF(area).adjusted(1, 1, -1, -1);
    const bool empty = m_source.isEmpty();

    QPen border(colors.color(QPalette::Mid), 1);
    if (m_dragHover || hasFocus())
        border = QPen(colors.color(QPalette::Highlight), 2);
    else if (empty)
        border.setStyle(Qt::DashLine);
    painter.setPen(border);
    painter.setBrush(colors.color(QPalette::AlternateBase));
    painter.drawRoundedRect(box, 8, 8);

    const QRectF target = thumbnailRectIn(area);
    if (!target.isEmpty()) {
        // Scaled once per size (high quality), not on every paint, and on a
        // worker: QImage's smooth scaling splits itself over Qt's thread pool and
        // waits for it, so here it waited for whatever the pool was busy with
        // (29 ms once, as the first clip of a run arrived: issue 18, figure 6).
        // Until the worker is done, the painter's own filtering draws it.
        const qreal ratio = devicePixelRatioF();
        const QSize pixels = (target.size() * ratio).toSize();
        if (!m_scaled.isNull() && m_scaled.size() == pixels) {
            painter.drawPixmap(target.topLeft(), m_scaled);
        } else {
            painter.drawImage(target, m_inspection.thumbnail);
            scaleLater(pixels, ratio);
        }
        paintOverlay(painter, target, overlayRectIn(target));
    } else {
        painter.setPen(colours::readableOn(colors.color(QPalette::PlaceholderText), colors.color(QPalette::AlternateBase)));
        painter.drawText(box.adjusted(16, 16, -16, -16), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("Click to choose an image,\nor drop or paste one here"));
    }

    if (!m_busyText.isEmpty()) {
        // A small label at the bottom, not a veil: the previous picture stays visible.
        const QFontMetrics metrics(painter.font());
        QRectF pill(0, 0, metrics.horizontalAdvance(m_busyText) + 24, metrics.height() + 10);
        pill.moveCenter(QPointF(box.center().x(), box.bottom() - Padding - pill.height() / 2));
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0, 0, 0, 150));
        painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
        painter.setPen(Qt::white);
        painter.drawText(pill, Qt::AlignCenter, m_busyText);
    }
}

void ImageWell::paintOverlay(QPainter &painter, const QRectF &thumbnail, const QRectF &crop) const
{
    if (crop.isEmpty())
        return;
    QPainterPath outside;
    outside.setFillRule(Qt::OddEvenFill);
    outside.addRect(thumbnail);
    outside.addRect(crop);
    painter.fillPath(outside, QColor(0, 0, 0, 130));

    // A dark line under a light one reads on bright and dark pictures alike.
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(QColor(0, 0, 0, 150), 3));
    painter.drawRect(crop);
    painter.setPen(QPen(QColor(255, 255, 255, 230), 1.5));
    painter.drawRect(crop);

    const QString label = tr("Video frame %1x%2").arg(m_frame.width()).arg(m_frame.height());
    const QFontMetrics metrics(painter.font());
    QRectF tag(crop.topLeft() + QPointF(6, 6), QSizeF(metrics.horizontalAdvance(label) + 12, metrics.height() + 6));
    if (tag.right() > crop.right() - 6 || tag.bottom() > crop.bottom() - 6)
        return; // too small to label without covering it
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0, 0, 0, 140));
    painter.drawRoundedRect(tag, 4, 4);
    painter.setPen(Qt::white);
    painter.drawText(tag, Qt::AlignCenter, label);
}


} // namespace wan::ui
