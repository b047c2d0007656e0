#pragma once

// Paints one gallery card: the clip's first frame (or, while hovered, the clip
// itself), a coloured pill for runs that are not plain results, a star for
// favourites, two lines of prompt and the key parameters. Colours come from
// the palette, so the cards follow a light or dark theme.

#include "library/libraryentry.h"

#include <QCache>
#include <QColor>
#include <QHash>
#include <QImage>
#include <QPersistentModelIndex>
#include <QSet>
#include <QStyledItemDelegate>

namespace wan::ui {

class GalleryDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit GalleryDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The pill's words for a status; empty for a completed run (no pill).
    static QString badgeText(library::EntryStatus status);
    // The pill's fill: red for failed, amber for expired, grey for cancelled,
    // the palette's highlight for runs still going.
    static QColor badgeColour(library::EntryStatus status, const QPalette &palette);

    // Where a card's picture and pill go inside the card's rectangle.
    static QRect thumbnailRect(const QRect &card);
    static QRect badgeRect(const QRect &card, const QString &text, const QFontMetrics &metrics);

    // While a card is hovered its clip plays in place of the still.
    void setPreview(const QPersistentModelIndex &index, const QImage &frame);
    void clearPreview();
    QPersistentModelIndex previewIndex() const;
    // A thumbnail file was made again or removed: read it afresh next time.
    void forgetThumbnail(const QString &path);

Q_SIGNALS:
    // A card's still has been read from disk (on a worker thread; a card whose
    // still is not read yet shows the placeholder): paint the cards again.
    void thumbnailLoaded(const QString &path);

private:
    void startLoading(const QString &path) const;
    void finishLoading(const QString &path, quint64 token, const QImage &image);
    void paintPicture(QPainter *painter, const QRect &area, const QModelIndex &index, const QPalette &palette) const;
    void paintPlaceholder(QPainter *painter, const QRect &area, library::EntryStatus status, const QPalette &palette) const;
    static void paintBadge(QPainter *painter, const QRect &card, library::EntryStatus status, const QFont &font,
                           const QPalette &palette);
    static void paintStar(QPainter *painter, const QRect &area, bool filled, const QPalette &palette);
    static void paintLineage(QPainter *painter, const QRect &picture, const QModelIndex &index, const QFont &font,
                             const QPalette &palette);

    QPersistentModelIndex m_previewIndex;
    QImage m_previewFrame;
    mutable QCache<QString, QImage> m_thumbnails; // path -> decoded still; cost in kB
    mutable QHash<QString, quint64> m_loading;     // path -> the read under way
    mutable QSet<QString> m_unreadable;            // not read again until forgotten
    mutable quint64 m_nextToken = 0;
};

} // namespace wan::ui
