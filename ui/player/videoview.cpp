#include "player/videoview.h"

#include "core/backgroundwork.h"

#include <QPainter>
#include <QVideoSink>
#include <QtConcurrent/QtConcurrentRun>

namespace wan::ui {

VideoView::VideoView(QWidget *parent)
    : QWidget(parent)
    , m_sink(new QVideoSink(this))
{
    // Every pixel is painted below: nothing to clear first.
    setAttribute(Qt::WA_OpaquePaintEvent);
    connect(m_sink, &QVideoSink::videoFrameChanged, this, &VideoView::convert);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &VideoView::converted);
}

VideoView::~VideoView()
{
    // A conversion under way holds only its own copy of the frame; its result is dropped.
    m_watcher.disconnect(this);
}

QSize VideoView::sizeHint() const
{
    return { 832, 480 }; // Wan's 480p frame
}

QRect VideoView::pictureRect(QSize frameSize) const
{
    if (frameSize.isEmpty())
        return {};
    const QSize fitted = frameSize.scaled(size(), Qt::KeepAspectRatio);
    return QRect(QPoint((width() - fitted.width()) / 2, (height() - fitted.height()) / 2), fitted);
}

void VideoView::convert(const QVideoFrame &frame)
{
    if (!frame.isValid()) {
        m_pending = {};
        if (!m_converting) {
            m_frame = {};
            m_image = {};
            update();
        }
        return;
    }
    if (m_converting) {
        m_pending = frame;
        return;
    }
    m_converting = true;
    const QSize target = pictureRect(frame.size()).size() * devicePixelRatioF();
    m_watcher.setFuture(QtConcurrent::run(core::backgroundPool(), [frame, target] {
        QVideoFrame mapped = frame; // toImage() maps the frame; the copy shares it
        QImage image = mapped.toImage();
        if (!image.isNull() && !target.isEmpty() && image.size() != target)
            image = image.scaled(target, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        return Converted{frame, image};
    }));
}

void VideoView::converted()
{
    m_converting = false;
    const Converted result = m_watcher.result();
    m_frame = result.frame;
    m_image = result.image;
    update();
    if (m_pending.isValid())
        convert(std::exchange(m_pending, QVideoFrame()));
}

void VideoView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::black);
    if (m_image.isNull())
        return;
    // Letterboxed; already at this size unless the view was resized since.
    const QRect picture = pictureRect(m_image.size());
    if (m_image.size() != picture.size() * devicePixelRatioF())
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(picture, m_image);
}

} // namespace wan::ui
