#pragma once

// Paints one run in the Runs dock, compact enough for a laptop's narrow dock:
// a thumbnail (the input image while it runs, the clip's first frame once it
// is done), the prompt, the stage, what it cost, and a bar with the elapsed
// time against the expected one. Colours come from the palette, so rows
// follow a light or dark theme and keep their text readable.

#include <QStyledItemDelegate>

namespace wan::ui {

class SessionThumbnails;

class RunsDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit RunsDelegate(SessionThumbnails *thumbnails, QObject *parent = nullptr);

    // What a row says, exactly as it is painted.
    struct RowText
    {
        QString prompt;
        QString stage;   // "Processing", "Downloading 45%", "Failed: …"
        QString cost;    // "0.0875 credits", once the service has said
        QString time;    // "0:32 / ~0:54" while running, "0:58" when done
        double fraction = 0.0; // how full the bar is
    };
    static RowText textOf(const QModelIndex &index);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Where a row's thumbnail goes (16:9, as tall as the row allows), and
    // where a picture of this size sits in it (whole, centred).
    static QRect thumbnailRect(const QRect &row);
    static QRect pictureRect(const QRect &thumbnail, const QSize &picture);
    // The picture a row shows now: the clip's first frame once there is one, else the input image.
    QImage pictureFor(const QModelIndex &index) const;

private:
    void paintThumbnail(QPainter *painter, const QRect &area, const QModelIndex &index, const QPalette &palette) const;

    SessionThumbnails *m_thumbnails;
};

} // namespace wan::ui
