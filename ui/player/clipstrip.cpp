#include "player/clipstrip.h"

#include "gallery/sessionthumbnails.h"
#include "jobs/sessionclips.h"

#include <QEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QToolTip>

namespace wan::ui {

using jobs::SessionClips;

namespace {

constexpr QSize kThumbnail{96, 54};
constexpr int kMargin = 3;     // around each picture: room for the current clip's outline
constexpr int kRadius = 3;

// One clip: its first frame, outlined in the highlight colour when it is the one playing.
class ClipStripDelegate final : public QStyledItemDelegate
{
public:
    ClipStripDelegate(SessionThumbnails *thumbnails, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_thumbnails(thumbnails)
    {
    }

    QSize sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        return kThumbnail + QSize(2 * kMargin, 2 * kMargin);
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const QPalette &palette = option.palette;
        const QRect area = ClipStrip::thumbnailRect(option.rect);
        const QImage picture = m_thumbnails ? m_thumbnails->firstFrame(index.data(SessionClips::PathRole).toString()) : QImage();
        QPainterPath clip;
        clip.addRoundedRect(area, kRadius, kRadius);
        painter->save();
        painter->setClipPath(clip);
        if (picture.isNull()) {
            painter->fillRect(area, palette.color(QPalette::AlternateBase));
        } else {
            painter->fillRect(area, Qt::black);
            QRect target(QPoint(), picture.size().scaled(area.size(), Qt::KeepAspectRatio));
            target.moveCenter(area.center());
            painter->setRenderHint(QPainter::SmoothPixmapTransform);
            painter->drawImage(target, picture);
        }
        painter->restore();
        const bool current = option.state & QStyle::State_Selected;
        if (current || (option.state & QStyle::State_MouseOver)) {
            QColor outline = palette.color(QPalette::Highlight);
            if (!current)
                outline.setAlphaF(0.5f);
            painter->setPen(QPen(outline, current ? 3 : 2));
            painter->setBrush(Qt::NoBrush);
            painter->drawRoundedRect(QRectF(area).adjusted(-1, -1, 1, 1), kRadius + 1, kRadius + 1);
        }
        if (option.state & QStyle::State_HasFocus) {
            painter->setPen(QPen(palette.color(QPalette::Text), 1, Qt::DotLine));
            painter->setBrush(Qt::NoBrush);
            painter->drawRoundedRect(QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5), kRadius, kRadius);
        }
        painter->restore();
    }

private:
    SessionThumbnails *m_thumbnails;
};

} // namespace

ClipStrip::ClipStrip(SessionClips *clips, SessionThumbnails *thumbnails, QWidget *parent)
    : QListView(parent)
    , m_clips(clips)
{
    setObjectName(QStringLiteral("clipStrip"));
    setModel(clips);
    setItemDelegate(new ClipStripDelegate(thumbnails, this));
    setViewMode(QListView::ListMode);
    setFlow(QListView::LeftToRight);
    setWrapping(false);
    setUniformItemSizes(true);
    setMovement(QListView::Static);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setFrameShape(QFrame::NoFrame);
    // Part of the player's frame, like its control bar, not a white box under it.
    viewport()->setBackgroundRole(QPalette::Window);
    viewport()->setAutoFillBackground(true);
    setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_Hover);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setFixedHeight(stripHeight());
    if (thumbnails)
        connect(thumbnails, &SessionThumbnails::ready, viewport(), qOverload<>(&QWidget::update));

    connect(this, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        Q_EMIT clipActivated(index.data(SessionClips::PathRole).toString());
    });
    connect(this, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QString path = index.data(SessionClips::PathRole).toString();
        if (path != m_current)
            Q_EMIT clipActivated(path);
    });
    // Hidden until there is a clip: no empty band under the player.
    const auto rowsChanged = [this] {
        setVisible(m_clips->rowCount() > 0);
        selectCurrent();
    };
    connect(clips, &QAbstractItemModel::rowsInserted, this, rowsChanged);
    connect(clips, &QAbstractItemModel::modelReset, this, rowsChanged);
    setVisible(clips->rowCount() > 0);
    retranslate();
}

QRect ClipStrip::thumbnailRect(const QRect &item)
{
    QRect area(QPoint(), kThumbnail);
    area.moveCenter(item.center());
    return area;
}

int ClipStrip::stripHeight() const
{
    // Room for the scroll bar whether it shows or not: the player does not jump.
    return kThumbnail.height() + 2 * kMargin + horizontalScrollBar()->sizeHint().height() + 2 * frameWidth() + 2;
}

QSize ClipStrip::sizeHint() const
{
    return { 4 * (kThumbnail.width() + 2 * kMargin), stripHeight() };
}

QSize ClipStrip::minimumSizeHint() const
{
    return { kThumbnail.width() + 2 * kMargin, stripHeight() };
}

void ClipStrip::setCurrentClip(const QString &path)
{
    if (path != m_current) {
        if (!m_current.isEmpty())
            m_previous = m_current;
        m_current = path;
    }
    selectCurrent();
}

void ClipStrip::selectCurrent()
{
    const int row = m_clips->rowOf(m_current);
    if (row < 0) {
        clearSelection();
        return;
    }
    const QModelIndex index = m_clips->index(row);
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    scrollTo(index);
}

QString ClipStrip::flipPartner() const
{
    if (!m_previous.isEmpty() && m_previous != m_current && m_clips->rowOf(m_previous) >= 0)
        return m_previous;
    const QString older = olderClip();
    return older.isEmpty() ? newerClip() : older;
}

QString ClipStrip::newerClip() const
{
    const int row = m_clips->rowOf(m_current);
    if (row < 0)
        return m_clips->pathAt(0);
    return m_clips->pathAt(row - 1);
}

QString ClipStrip::olderClip() const
{
    const int row = m_clips->rowOf(m_current);
    if (row < 0)
        return m_clips->pathAt(0);
    return m_clips->pathAt(row + 1);
}

void ClipStrip::setKeys(const QString &newer, const QString &older, const QString &flip)
{
    m_newerKeys = newer;
    m_olderKeys = older;
    m_flipKeys = flip;
    retranslate();
}

void ClipStrip::retranslate()
{
    setAccessibleName(tr("Session clips"));
    QString hint = tr("This session's clips, newest first. Click one to play it.");
    if (!m_newerKeys.isEmpty())
        hint += QLatin1Char(' ')
            + tr("%1 and %2 step to the newer and older clip; %3 flips between this clip and the one shown before it, "
                 "at the same moment, playing or paused as it was.")
                  .arg(m_newerKeys, m_olderKeys, m_flipKeys);
    setToolTip(hint);
    setAccessibleDescription(hint);
}

void ClipStrip::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::StyleChange)
        setFixedHeight(stripHeight());
    QListView::changeEvent(event);
}

bool ClipStrip::viewportEvent(QEvent *event)
{
    // A clip's own tip (its prompt and seed) with what the strip can do under it.
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QModelIndex index = indexAt(help->pos());
        const QString clip = index.isValid() ? index.data(Qt::ToolTipRole).toString() : QString();
        QToolTip::showText(help->globalPos(), clip.isEmpty() ? toolTip() : clip + QStringLiteral("\n\n") + toolTip(), viewport(),
                           index.isValid() ? visualRect(index) : QRect());
        return true;
    }
    return QListView::viewportEvent(event);
}

} // namespace wan::ui
