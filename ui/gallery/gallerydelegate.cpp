#include "gallery/gallerydelegate.h"

#include "library/gallerymodel.h"
#include "common/readablecolours.h"

#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <QtMath>

namespace wan::ui {

using library::EntryStatus;
using library::GalleryModel;

namespace {

constexpr int kCardWidth = 240;
constexpr int kPadding = 8;
constexpr int kGap = 6;
constexpr int kRadius = 6;
// Decoded stills kept, in kB: about 200 cards' worth (a card's still is
// ~110 kB), several screens of the gallery.
constexpr int kCachedThumbnailsKb = 24 * 1024;

QFont smallerFont(QFont font)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 0.85);
    else if (font.pixelSize() > 0)
        font.setPixelSize(qMax(8, qRound(font.pixelSize() * 0.85)));
    return font;
}

// Up to maxLines lines of text in width, the last one elided when more is left.
QStringList wrapLines(const QString &text, const QFont &font, int width, int maxLines)
{
    QStringList lines;
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    const QFontMetrics metrics(font);
    for (int n = 0; n < maxLines; ++n) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        if (n == maxLines - 1) {
            QString rest = text.mid(line.textStart()).simplified();
            lines << metrics.elidedText(rest, Qt::ElideRight, width);
            break;
        }
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
}

QString placeholderText(EntryStatus status)
{
    switch (status) {
    case EntryStatus::Completed:
        return GalleryDelegate::tr("Preparing preview…");
    case EntryStatus::Failed:
    case EntryStatus::Cancelled:
    case EntryStatus::Expired:
        return GalleryDelegate::tr("No video");
    default:
        return GalleryDelegate::tr("In progress…");
    }
}

} // namespace

GalleryDelegate::GalleryDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_thumbnails(kCachedThumbnailsKb)
{
}

QString GalleryDelegate::badgeText(EntryStatus status)
{
    return GalleryModel::statusLabel(status);
}

QColor GalleryDelegate::badgeColour(EntryStatus status, const QPalette &palette)
{
    switch (status) {
    case EntryStatus::Completed:
        return {};
    case EntryStatus::Failed:
        return QColor(0xc6, 0x28, 0x28);
    case EntryStatus::Expired:
        return QColor(0xe0, 0x8e, 0x0b);
    case EntryStatus::Cancelled:
        return QColor(0x75, 0x75, 0x75);
    default:
        return palette.color(QPalette::Highlight);
    }
}

QRect GalleryDelegate::thumbnailRect(const QRect &card)
{
    const int width = card.width() - 2 * kPadding;
    return { card.left() + kPadding, card.top() + kPadding, width, width * 9 / 16 };
}

QRect GalleryDelegate::badgeRect(const QRect &card, const QString &text, const QFontMetrics &metrics)
{
    const QRect picture = thumbnailRect(card);
    const int height = metrics.height() + 4;
    const int width = metrics.horizontalAdvance(text) + height; // round ends
    return { picture.left() + kGap, picture.top() + kGap, width, height };
}

QSize GalleryDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    const QFontMetrics text(option.font);
    const QFontMetrics small(smallerFont(option.font));
    const QRect picture = thumbnailRect(QRect(0, 0, kCardWidth, 0));
    const int height = kPadding + picture.height() + kGap + 2 * text.lineSpacing() + 4 + small.lineSpacing() + kPadding;
    return { kCardWidth, height };
}

void GalleryDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!index.isValid())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette &palette = option.palette;
    const QRect card = option.rect.adjusted(2, 2, -2, -2);
    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;
    const auto status = static_cast<EntryStatus>(index.data(GalleryModel::StatusRole).toInt());

    // The card: the palette's base, tinted and outlined with the highlight when selected.
    QColor fill = palette.color(QPalette::Base);
    QColor border = palette.color(hovered ? QPalette::Mid : QPalette::Midlight);
    if (selected) {
        QColor tint = palette.color(QPalette::Highlight);
        tint.setAlpha(60);
        fill = palette.color(QPalette::Base);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRoundedRect(card, kRadius, kRadius);
        fill = tint;
        border = palette.color(QPalette::Highlight);
    }
    painter->setPen(QPen(border, selected ? 2 : 1));
    painter->setBrush(fill);
    painter->drawRoundedRect(QRectF(card).adjusted(0.5, 0.5, -0.5, -0.5), kRadius, kRadius);

    const QRect picture = thumbnailRect(card);
    paintPicture(painter, picture, index, palette);
    paintBadge(painter, card, status, smallerFont(option.font), palette);
    if (index.data(GalleryModel::FavouriteRole).toBool())
        paintStar(painter, picture, true, palette);
    paintLineage(painter, picture, index, smallerFont(option.font), palette);

    // Two lines of prompt, then the key parameters.
    const int textLeft = card.left() + kPadding;
    const int textWidth = card.width() - 2 * kPadding;
    const QFontMetrics metrics(option.font);
    // Text on the card as it is drawn (tinted when selected), never fainter than 4.5:1.
    const QColor cardBackground = colours::over(fill, palette.color(QPalette::Base));
    painter->setFont(option.font);
    painter->setPen(colours::readableOn(palette.color(QPalette::Text), cardBackground));
    int y = picture.bottom() + 1 + kGap;
    const QString prompt = index.data(GalleryModel::PromptRole).toString();
    const QStringList lines = wrapLines(prompt.isEmpty() ? tr("(no prompt)") : prompt, option.font, textWidth, 2);
    for (const QString &line : lines) {
        painter->drawText(QRect(textLeft, y, textWidth, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter, line);
        y += metrics.lineSpacing();
    }
    y = picture.bottom() + 1 + kGap + 2 * metrics.lineSpacing() + 4;
    const QFont small = smallerFont(option.font);
    const QFontMetrics smallMetrics(small);
    painter->setFont(small);
    painter->setPen(colours::readableOn(palette.color(QPalette::PlaceholderText), cardBackground));
    const QString summary = smallMetrics.elidedText(index.data(GalleryModel::SummaryRole).toString(), Qt::ElideRight, textWidth);
    painter->drawText(QRect(textLeft, y, textWidth, smallMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter, summary);

    // Keyboard users see where they are.
    if (option.state & QStyle::State_HasFocus) {
        QPen pen(palette.color(QPalette::Highlight), 1, Qt::DashLine);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(card).adjusted(3.5, 3.5, -3.5, -3.5), kRadius, kRadius);
    }
    painter->restore();
}

void GalleryDelegate::paintPicture(QPainter *painter, const QRect &area, const QModelIndex &index, const QPalette &palette) const
{
    painter->save();
    QPainterPath clip;
    clip.addRoundedRect(area, kRadius - 2, kRadius - 2);
    painter->setClipPath(clip);
    painter->fillRect(area, palette.color(QPalette::AlternateBase));

    const QImage *image = nullptr;
    if (m_previewIndex.isValid() && m_previewIndex == index && !m_previewFrame.isNull()) {
        image = &m_previewFrame;
    } else if (const QString path = index.data(GalleryModel::ThumbnailPathRole).toString(); !path.isEmpty()) {
        image = m_thumbnails.object(path);
        if (!image)
            startLoading(path); // the placeholder until it is read
    }
    if (image) {
        // Letterboxed: portrait clips sit in the middle of the landscape frame.
        QSize size = image->size();
        size.scale(area.size(), Qt::KeepAspectRatio);
        QRect target(QPoint(), size);
        target.moveCenter(area.center());
        painter->fillRect(area, Qt::black);
        painter->setRenderHint(QPainter::SmoothPixmapTransform);
        painter->drawImage(target, *image);
    } else {
        paintPlaceholder(painter, area, static_cast<EntryStatus>(index.data(GalleryModel::StatusRole).toInt()), palette);
    }
    painter->restore();
}

void GalleryDelegate::paintPlaceholder(QPainter *painter, const QRect &area, EntryStatus status, const QPalette &palette) const
{
    // A film-frame outline and a word: clearly "no picture yet", in the palette's quiet colour.
    const QColor quiet = colours::readableOn(palette.color(QPalette::PlaceholderText), palette.color(QPalette::AlternateBase));
    painter->setPen(QPen(quiet, 1.5));
    painter->setBrush(Qt::NoBrush);
    const int side = qMin(area.width(), area.height()) / 3;
    QRect frame(0, 0, side * 4 / 3, side);
    frame.moveCenter(area.center() - QPoint(0, side / 3));
    painter->drawRoundedRect(frame, 3, 3);
    QPolygonF play;
    const QPointF c = frame.center();
    play << QPointF(c.x() - side / 6.0, c.y() - side / 5.0) << QPointF(c.x() - side / 6.0, c.y() + side / 5.0)
         << QPointF(c.x() + side / 5.0, c.y());
    painter->setBrush(quiet);
    painter->drawPolygon(play);
    painter->setPen(quiet);
    const QRect label(area.left(), frame.bottom() + 4, area.width(), painter->fontMetrics().height());
    painter->drawText(label, Qt::AlignCenter, placeholderText(status));
}

void GalleryDelegate::paintBadge(QPainter *painter, const QRect &card, EntryStatus status, const QFont &font,
                                 const QPalette &palette)
{
    const QString text = badgeText(status);
    if (text.isEmpty())
        return;
    QFont bold = font;
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    const QRect pill = badgeRect(card, text, metrics);
    const QColor fill = badgeColour(status, palette);
    painter->save();
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
    painter->setFont(bold);
    painter->setPen(colours::textOn(fill));
    painter->drawText(pill, Qt::AlignCenter, text);
    painter->restore();
}

// Where a clip stands in a chain, over the foot of its picture: "continues #12
// from frame 80" on the left, and how many runs continue it on the right.
void GalleryDelegate::paintLineage(QPainter *painter, const QRect &picture, const QModelIndex &index, const QFont &font,
                                   const QPalette &palette)
{
    const QString lineage = index.data(GalleryModel::LineageRole).toString();
    const int continuations = index.data(GalleryModel::ContinuationsRole).toInt();
    if (lineage.isEmpty() && continuations <= 0)
        return;
    const QFontMetrics metrics(font);
    const int height = metrics.height() + 4;
    const QColor fill = palette.color(QPalette::ToolTipBase);
    const auto pill = [&](QRect rect, const QString &text) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRoundedRect(rect, height / 2.0, height / 2.0);
        painter->setPen(colours::readableOn(palette.color(QPalette::ToolTipText), fill));
        painter->drawText(rect, Qt::AlignCenter, text);
    };
    painter->save();
    painter->setFont(font);
    const int bottom = picture.bottom() - kGap - height + 1;
    int right = picture.right() - kGap + 1;
    if (continuations > 0) {
        const QString text = tr("%n continuation(s)", nullptr, continuations);
        const int width = metrics.horizontalAdvance(text) + height;
        right -= width;
        pill(QRect(right, bottom, width, height), text);
        right -= kGap;
    }
    if (!lineage.isEmpty()) {
        const int room = right - picture.left() - kGap - height;
        const QString text = metrics.elidedText(lineage, Qt::ElideRight, room);
        const int width = metrics.horizontalAdvance(text) + height;
        pill(QRect(picture.left() + kGap, bottom, width, height), text);
    }
    painter->restore();
}

void GalleryDelegate::paintStar(QPainter *painter, const QRect &area, bool filled, const QPalette &palette)
{
    const qreal outer = 10.0;
    const qreal inner = outer * 0.45;
    const QPointF centre(area.right() - kGap - outer, area.top() + kGap + outer);
    QPolygonF star;
    for (int i = 0; i < 10; ++i) {
        const qreal radius = (i % 2 == 0) ? outer : inner;
        const qreal angle = qDegreesToRadians(-90.0 + i * 36.0);
        star << centre + QPointF(radius * qCos(angle), radius * qSin(angle));
    }
    painter->save();
    painter->setPen(QPen(palette.color(QPalette::Shadow), 1));
    painter->setBrush(filled ? QColor(0xf5, 0xb3, 0x01) : QColor(Qt::transparent));
    painter->drawPolygon(star);
    painter->restore();
}

void GalleryDelegate::setPreview(const QPersistentModelIndex &index, const QImage &frame)
{
    m_previewIndex = index;
    m_previewFrame = frame;
}

void GalleryDelegate::clearPreview()
{
    m_previewIndex = QPersistentModelIndex();
    m_previewFrame = QImage();
}

QPersistentModelIndex GalleryDelegate::previewIndex() const
{
    return m_previewIndex;
}

void GalleryDelegate::forgetThumbnail(const QString &path)
{
    m_thumbnails.remove(path);
    m_loading.remove(path); // a read under way is of the old file
    m_unreadable.remove(path);
}

// Reading a JPEG from disk is no work for the UI thread: a worker reads it,
// the card shows the placeholder meanwhile and is painted again when it is in.
void GalleryDelegate::startLoading(const QString &path) const
{
    if (m_loading.contains(path) || m_unreadable.contains(path))
        return;
    const quint64 token = ++m_nextToken;
    m_loading.insert(path, token);
    auto *self = const_cast<GalleryDelegate *>(this); // paint() is const; the cache is not
    QtConcurrent::run([path] { return QImage(path); }).then(self, [self, path, token](const QImage &image) {
        self->finishLoading(path, token, image);
    });
}

void GalleryDelegate::finishLoading(const QString &path, quint64 token, const QImage &image)
{
    if (m_loading.value(path) != token)
        return; // forgotten meanwhile: the file was made again or removed
    m_loading.remove(path);
    const int costKb = int(qMax<qsizetype>(1, image.sizeInBytes() / 1024));
    if (image.isNull() || !m_thumbnails.insert(path, new QImage(image), costKb)) {
        m_unreadable.insert(path); // (a cache that refuses an image deletes it)
        return;
    }
    emit thumbnailLoaded(path);
}

} // namespace wan::ui
