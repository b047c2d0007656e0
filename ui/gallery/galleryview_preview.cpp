// GalleryView's hover preview: a card under the pointer for a moment plays
// its clip in place of its still, muted and looped (split from galleryview.cpp).

#include "gallery/galleryview.h"

#include "gallery/gallerydelegate.h"
#include "library/gallerymodel.h"
#include "player/mediaengine.h"

#include <QEvent>
#include <QFileInfo>
#include <QHoverEvent>
#include <QListView>
#include <QMouseEvent>

namespace wan::ui {

using library::EntryStatus;

MediaPlayback *GalleryView::previewPlayer() const
{
    const_cast<GalleryView *>(this)->ensurePreviewPlayer();
    return m_preview;
}

// Made on the first hover, not with the view: a player loads the media engine
// (Qt Multimedia, the FFmpeg plugin and their libraries), which the window's first paint does not need.
void GalleryView::ensurePreviewPlayer()
{
    if (m_preview)
        return;
    // The hover preview: muted (no audio output at all) and looped.
    m_preview = new MediaPlayback(this, false);
    m_preview->setLoops(MediaPlayback::Infinite);
    connect(m_preview, &MediaPlayback::frameChanged, this, [this] {
        if (!m_previewing.isValid() || !m_preview->hasFrame())
            return;
        m_delegate->setPreview(m_previewing, m_preview->frameImage());
        m_list->viewport()->update(m_list->visualRect(m_previewing));
    });
    connect(m_preview, &MediaPlayback::mediaStatusChanged, this, [this](MediaPlayback::MediaStatus status) {
        // Qt 6.4's FFmpeg backend ignores setLoops() and stops at the end.
        if (status == MediaPlayback::EndOfMedia && m_previewing.isValid()) {
            m_preview->setPosition(0);
            m_preview->play();
        }
    });
}

bool GalleryView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list->viewport()) {
        switch (event->type()) {
        case QEvent::MouseMove:
            hoverAt(static_cast<QMouseEvent *>(event)->position().toPoint());
            break;
        case QEvent::HoverEnter:
        case QEvent::HoverMove:
            hoverAt(static_cast<QHoverEvent *>(event)->position().toPoint());
            break;
        case QEvent::HoverLeave:
        case QEvent::Leave:
        case QEvent::Hide:
            hoverAt(QPoint(-1, -1));
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void GalleryView::hoverAt(const QPoint &viewportPosition)
{
    const QModelIndex index
        = m_list->viewport()->rect().contains(viewportPosition) ? m_list->indexAt(viewportPosition) : QModelIndex();
    if (index == QModelIndex(m_hovered))
        return;
    m_hovered = index;
    stopPreview();
    if (index.isValid())
        m_hoverDelay.start();
    else
        m_hoverDelay.stop();
}

void GalleryView::startPreview()
{
    if (!m_hovered.isValid())
        return;
    const auto entry = m_model->entryAt(m_hovered.row());
    if (!entry || entry->status != EntryStatus::Completed || !QFileInfo(entry->outputPath).isFile())
        return;
    m_previewing = m_hovered;
    ensurePreviewPlayer();
    m_preview->setSource(QUrl::fromLocalFile(entry->outputPath));
    m_preview->play();
}

void GalleryView::stopPreview()
{
    const QPersistentModelIndex was = m_previewing;
    m_previewing = QPersistentModelIndex();
    m_delegate->clearPreview();
    if (m_preview && !m_preview->source().isEmpty()) {
        m_preview->stop();
        m_preview->setSource(QUrl());
    }
    if (was.isValid())
        m_list->viewport()->update(m_list->visualRect(was));
}

} // namespace wan::ui
