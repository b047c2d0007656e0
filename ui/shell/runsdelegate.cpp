#include "shell/runsdelegate.h"

#include "common/readablecolours.h"
#include "gallery/sessionthumbnails.h"
#include "jobs/generationjob.h"
#include "jobs/joblistmodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace wan::ui {

using jobs::JobListModel;
using jobs::JobStage;

namespace {

constexpr int kPadding = 6;
constexpr int kGap = 8;      // between the thumbnail and the text
constexpr int kLineGap = 3;
constexpr int kBarHeight = 6;
constexpr int kMinimumHeight = 64;

QFont smallerFont(QFont font)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 0.88);
    else if (font.pixelSize() > 0)
        font.setPixelSize(qMax(8, qRound(font.pixelSize() * 0.88)));
    return font;
}

} // namespace

RunsDelegate::RunsDelegate(SessionThumbnails *thumbnails, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_thumbnails(thumbnails)
{
}

QRect RunsDelegate::thumbnailRect(const QRect &row)
{
    const int height = row.height() - 2 * kPadding;
    return { row.left() + kPadding, row.top() + kPadding, height * 16 / 9, height };
}

QRect RunsDelegate::pictureRect(const QRect &thumbnail, const QSize &picture)
{
    if (picture.isEmpty())
        return {};
    QRect target(QPoint(), picture.scaled(thumbnail.size(), Qt::KeepAspectRatio));
    target.moveCenter(thumbnail.center());
    return target;
}

QSize RunsDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    const QFontMetrics text(option.font);
    const QFontMetrics small(smallerFont(option.font));
    const int height = 2 * kPadding + text.height() + kLineGap + small.height() + kLineGap + qMax(small.height(), kBarHeight);
    return { qMax(option.rect.width(), 200), qMax(height, kMinimumHeight) };
}

RunsDelegate::RowText RunsDelegate::textOf(const QModelIndex &index)
{
    RowText row;
    row.prompt = index.data(JobListModel::PromptRole).toString().simplified();
    if (row.prompt.isEmpty())
        row.prompt = tr("(no prompt)");
    row.stage = index.data(JobListModel::StageTextRole).toString();
    row.cost = index.data(JobListModel::CostTextRole).toString();
    row.time = index.data(JobListModel::TimeTextRole).toString();
    row.fraction = qBound(0.0, index.data(JobListModel::FractionRole).toDouble(), 1.0);
    return row;
}

QImage RunsDelegate::pictureFor(const QModelIndex &index) const
{
    if (!m_thumbnails)
        return {};
    QImage picture;
    const QString clip = index.data(JobListModel::OutputPathRole).toString();
    if (!clip.isEmpty() && index.data(JobListModel::StageRole).toInt() == int(JobStage::Completed))
        picture = m_thumbnails->firstFrame(clip);
    // Until the first frame is in (and for runs without a clip): what the run was made from.
    if (picture.isNull())
        picture = m_thumbnails->still(index.data(JobListModel::InputImageRole).toString());
    return picture;
}

void RunsDelegate::paintThumbnail(QPainter *painter, const QRect &area, const QModelIndex &index, const QPalette &palette) const
{
    painter->save();
    QPainterPath clip;
    clip.addRoundedRect(area, 3, 3);
    painter->setClipPath(clip);
    const QImage picture = pictureFor(index);
    if (picture.isNull()) {
        // No picture yet: a quiet frame with a play mark, in the palette's colours.
        painter->fillRect(area, palette.color(QPalette::AlternateBase));
        const QColor quiet = colours::readableOn(palette.color(QPalette::PlaceholderText), palette.color(QPalette::AlternateBase), 3.0);
        painter->setPen(QPen(quiet, 1.2));
        painter->setBrush(quiet);
        const QPointF c = QRectF(area).center();
        const qreal side = area.height() / 5.0;
        painter->drawPolygon(QPolygonF{QPointF(c.x() - side / 2, c.y() - side * 0.6), QPointF(c.x() - side / 2, c.y() + side * 0.6),
                                       QPointF(c.x() + side * 0.6, c.y())});
    } else {
        painter->fillRect(area, Qt::black);
        painter->setRenderHint(QPainter::SmoothPixmapTransform);
        painter->drawImage(pictureRect(area, picture.size()), picture);
    }
    painter->restore();
}

void RunsDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!index.isValid())
        return;
    // The style's row (hover, selection, focus), without its text: the rest is drawn here.
    QStyleOptionViewItem row = option;
    initStyleOption(&row, index);
    row.text.clear();
    row.features &= ~QStyleOptionViewItem::HasDisplay;
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &row, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette &palette = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = (option.state & QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
    const QColor background = selected ? palette.color(group, QPalette::Highlight) : palette.color(group, QPalette::Base);
    const QColor text = selected ? palette.color(group, QPalette::HighlightedText) : colours::readableOn(palette.color(group, QPalette::Text), background);
    const QColor quiet = selected ? text : colours::readableOn(palette.color(group, QPalette::PlaceholderText), background);
    const auto stage = static_cast<JobStage>(index.data(JobListModel::StageRole).toInt());
    const RowText words = textOf(index);

    const QRect rect = option.rect;
    const QRect thumbnail = thumbnailRect(rect);
    paintThumbnail(painter, thumbnail, index, palette);

    const int left = thumbnail.right() + 1 + kGap;
    const int width = rect.right() - kPadding - left;
    const QFontMetrics metrics(option.font);
    const QFont small = smallerFont(option.font);
    const QFontMetrics smallMetrics(small);
    int y = rect.top() + kPadding;

    // The prompt, one line.
    painter->setFont(option.font);
    painter->setPen(text);
    painter->drawText(QRect(left, y, width, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(words.prompt, Qt::ElideRight, width));
    y += metrics.height() + kLineGap;

    // The stage, and on the right what the run cost once the service has said.
    painter->setFont(small);
    const QString &cost = words.cost;
    const int costWidth = cost.isEmpty() ? 0 : smallMetrics.horizontalAdvance(cost);
    if (!cost.isEmpty()) {
        painter->setPen(quiet);
        painter->drawText(QRect(rect.right() - kPadding - costWidth, y, costWidth, smallMetrics.height()),
                          Qt::AlignRight | Qt::AlignVCenter, cost);
    }
    const bool failed = stage == JobStage::Failed;
    painter->setPen(failed && !selected ? colours::readableOn(QColor(0xd3, 0x2f, 0x2f), background) : text);
    const int stageWidth = width - (costWidth > 0 ? costWidth + kGap : 0);
    painter->drawText(QRect(left, y, stageWidth, smallMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      smallMetrics.elidedText(words.stage, Qt::ElideRight, stageWidth));
    y += smallMetrics.height() + kLineGap;

    // The bar, and the time against the expected one.
    const QString &time = words.time;
    const int timeWidth = time.isEmpty() ? 0 : smallMetrics.horizontalAdvance(time);
    const int lineHeight = qMax(smallMetrics.height(), kBarHeight);
    if (!time.isEmpty()) {
        painter->setPen(quiet);
        painter->drawText(QRect(rect.right() - kPadding - timeWidth, y, timeWidth, lineHeight), Qt::AlignRight | Qt::AlignVCenter, time);
    }
    const int barWidth = width - (timeWidth > 0 ? timeWidth + kGap : 0);
    if (barWidth > 2 * kBarHeight) {
        const QRectF track(left, y + (lineHeight - kBarHeight) / 2.0, barWidth, kBarHeight);
        QColor trackColour = selected ? text : palette.color(group, QPalette::Text);
        trackColour.setAlphaF(0.22f);
        // A bar is a graphic: 3:1 against the row, as WCAG asks of non-text contrast.
        QColor fill = selected ? text : colours::readableOn(palette.color(group, QPalette::Highlight), background, 3.0);
        if (failed && !selected)
            fill = colours::readableOn(QColor(0xd3, 0x2f, 0x2f), background, 3.0);
        else if (stage == JobStage::Cancelled && !selected)
            fill = quiet;
        else if (stage == JobStage::Completed && !selected)
            fill.setAlphaF(0.5f); // done: quieter than the runs still going
        painter->setPen(Qt::NoPen);
        painter->setBrush(trackColour);
        painter->drawRoundedRect(track, kBarHeight / 2.0, kBarHeight / 2.0);
        if (words.fraction > 0.0) {
            QRectF done = track;
            done.setWidth(qMax(double(kBarHeight), track.width() * words.fraction));
            painter->setBrush(fill);
            painter->drawRoundedRect(done, kBarHeight / 2.0, kBarHeight / 2.0);
        }
    }
    painter->restore();
}

} // namespace wan::ui
