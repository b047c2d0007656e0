#include "gallery/sequencestrip.h"

#include "core/backgroundwork.h"
#include "media/clipframes.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace wan::ui {

namespace {

constexpr int kThumbHeight = 54;
constexpr int kNumberHeight = 16;
constexpr int kMargin = 4;

} // namespace

SequenceStrip::SequenceStrip(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Frames"));
}

// A decode in progress finishes on its worker; its answer finds the strip gone (QPointer) and is dropped.
SequenceStrip::~SequenceStrip() = default;

QSize SequenceStrip::sizeHint() const
{
    return {600, kThumbHeight + kNumberHeight + 2 * kMargin + 14};
}

QSize SequenceStrip::minimumSizeHint() const
{
    return {240, sizeHint().height()};
}

void SequenceStrip::setClip(const QString &path, qint64 frames)
{
    if (path == m_path && frames == m_frames)
        return;
    m_path = path;
    m_frames = std::max<qint64>(0, frames);
    m_samples.clear();
    m_in = 0;
    m_out = m_frames - 1;
    m_cursor = 0;
    decode();
    update();
}

void SequenceStrip::setPoints(qint64 in, qint64 out)
{
    m_in = in;
    m_out = out;
    update();
}

void SequenceStrip::setCursor(qint64 frame)
{
    frame = std::clamp<qint64>(frame, 0, std::max<qint64>(0, m_frames - 1));
    if (frame == m_cursor)
        return;
    m_cursor = frame;
    setAccessibleDescription(tr("Frame %1").arg(frame));
    update();
    Q_EMIT cursorMoved(frame);
}

int SequenceStrip::thumbnailCount() const
{
    return int(m_samples.size());
}

int SequenceStrip::slotCount() const
{
    const int width = kThumbHeight * 16 / 9;
    return std::max(2, (this->width() - 2 * kMargin) / std::max(1, width));
}

QList<QPair<qint64, QImage>> SequenceStrip::decodeSamples(const QString &path, int count, int height)
{
    QList<QPair<qint64, QImage>> samples;
    media::ClipFrames clip;
    if (!clip.open(path) || clip.frameCount() <= 0)
        return samples;
    const qint64 frames = clip.frameCount();
    count = int(std::min<qint64>(count, frames));
    for (int i = 0; i < count; ++i) {
        const qint64 index = count == 1 ? 0 : i * (frames - 1) / (count - 1);
        const media::DecodedFrame frame = clip.frameAt(index);
        if (frame.ok())
            samples.append({index, frame.image.scaledToHeight(height, Qt::SmoothTransformation)});
    }
    return samples;
}

void SequenceStrip::decode()
{
    const quint64 generation = ++m_generation;
    m_decodedSlots = slotCount();
    if (m_path.isEmpty() || m_frames <= 0)
        return;
    QtConcurrent::run(core::backgroundPool(), &SequenceStrip::decodeSamples, m_path, m_decodedSlots, kThumbHeight)
        .then(this, [this, generation](const QList<QPair<qint64, QImage>> &samples) {
            if (generation != m_generation)
                return;
            m_samples = samples;
            update();
        });
}

void SequenceStrip::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // More room wants more frames; fewer can be drawn from the ones there are.
    if (slotCount() > m_decodedSlots)
        decode();
}

int SequenceStrip::xOf(qint64 frame) const
{
    const int span = width() - 2 * kMargin;
    if (m_frames <= 1)
        return kMargin;
    return kMargin + int(frame * span / m_frames) + span / int(m_frames) / 2;
}

qint64 SequenceStrip::frameAt(int x) const
{
    if (m_frames <= 0)
        return 0;
    const int span = std::max(1, width() - 2 * kMargin);
    return std::clamp<qint64>(qint64(x - kMargin) * m_frames / span, 0, m_frames - 1);
}

void SequenceStrip::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QRect area = rect().adjusted(kMargin, kMargin, -kMargin, -kMargin);
    p.fillRect(area, palette().color(QPalette::Base));
    if (m_frames <= 0) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(area, Qt::AlignCenter, m_path.isEmpty() ? tr("Choose a clip of the sequence") : tr("Reading the clip…"));
        return;
    }
    // The samples, each in an equal slot, its frame number under it.
    const QRect thumbs(area.left(), area.top(), area.width(), kThumbHeight);
    if (!m_samples.isEmpty()) {
        const int slotsShown = std::min<int>(slotCount(), int(m_samples.size()));
        const int slotWidth = thumbs.width() / std::max(1, slotsShown);
        for (int i = 0; i < slotsShown; ++i) {
            const int sample = slotsShown == 1 ? 0 : i * (int(m_samples.size()) - 1) / (slotsShown - 1);
            const QRect slot(thumbs.left() + i * slotWidth, thumbs.top(), slotWidth - 2, kThumbHeight);
            const QImage &image = m_samples.at(sample).second;
            const QRect source(std::max(0, (image.width() - slot.width()) / 2), 0, std::min(image.width(), slot.width()), image.height());
            p.drawImage(QRect(slot.topLeft(), source.size()), image, source);
            p.setPen(palette().color(QPalette::Text));
            p.drawText(QRect(slot.left(), thumbs.bottom() + 1, slot.width(), kNumberHeight), Qt::AlignLeft | Qt::AlignVCenter,
                       QString::number(m_samples.at(sample).first));
        }
    }
    // Outside in..out: shaded.
    const QColor shade(0, 0, 0, 150);
    const int inX = xOf(m_in) - (xOf(1) - xOf(0)) / 2;
    const int outX = xOf(m_out) + (xOf(1) - xOf(0)) / 2;
    p.fillRect(QRect(QPoint(area.left(), area.top()), QPoint(inX, thumbs.bottom())), shade);
    p.fillRect(QRect(QPoint(outX, area.top()), QPoint(area.right(), thumbs.bottom())), shade);
    const QColor mark = palette().color(QPalette::Highlight);
    p.fillRect(QRect(inX, area.top(), 3, kThumbHeight), mark);
    p.fillRect(QRect(outX - 2, area.top(), 3, kThumbHeight), mark);
    // The cursor and its frame number.
    const int x = xOf(m_cursor);
    p.setPen(QPen(palette().color(QPalette::HighlightedText), 1));
    p.fillRect(QRect(x - 1, area.top(), 3, kThumbHeight), hasFocus() ? palette().color(QPalette::Highlight).lighter(150) : Qt::white);
    const QString label = tr("Frame %1").arg(m_cursor);
    const int labelWidth = fontMetrics().horizontalAdvance(label) + 8;
    const QRect box(std::clamp(x - labelWidth / 2, area.left(), area.right() - labelWidth), thumbs.bottom() + kNumberHeight + 1,
                    labelWidth, fontMetrics().height());
    p.fillRect(box, palette().color(QPalette::Highlight));
    p.setPen(palette().color(QPalette::HighlightedText));
    p.drawText(box, Qt::AlignCenter, label);
}

void SequenceStrip::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        setCursor(frameAt(event->position().toPoint().x()));
    setFocus(Qt::MouseFocusReason);
}

void SequenceStrip::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        setCursor(frameAt(event->position().toPoint().x()));
}

void SequenceStrip::keyPressEvent(QKeyEvent *event)
{
    const int step = (event->modifiers() & Qt::ShiftModifier) ? 10 : 1;
    switch (event->key()) {
    case Qt::Key_Left:
        setCursor(m_cursor - step);
        break;
    case Qt::Key_Right:
        setCursor(m_cursor + step);
        break;
    case Qt::Key_Home:
        setCursor(0);
        break;
    case Qt::Key_End:
        setCursor(m_frames - 1);
        break;
    case Qt::Key_I:
        Q_EMIT inRequested(m_cursor);
        break;
    case Qt::Key_O:
        Q_EMIT outRequested(m_cursor);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

} // namespace wan::ui
