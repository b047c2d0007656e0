#include "gallery/sequenceclipmodel.h"

#include "library/gallerymodel.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>
#include <QPixmap>

#include <algorithm>

namespace wan::ui {

namespace {

QString rowsMimeType()
{
    return QStringLiteral("application/x-wanstudio-sequence-rows");
}

} // namespace

QString SequenceClipModel::libraryIdsMimeType()
{
    return library::GalleryModel::libraryIdsMimeType();
}

SequenceClipModel::SequenceClipModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void SequenceClipModel::setSequence(const library::Sequence &sequence, const QHash<qint64, library::Entry> &entries)
{
    beginResetModel();
    m_sequence = sequence;
    m_entries = entries;
    endResetModel();
}

void SequenceClipModel::clear()
{
    setSequence({}, {});
}

std::optional<library::Entry> SequenceClipModel::entryAt(int row) const
{
    if (row < 0 || row >= m_sequence.clips.size())
        return std::nullopt;
    const auto found = m_entries.constFind(m_sequence.clips.at(row).entryId);
    return found == m_entries.constEnd() ? std::nullopt : std::optional<library::Entry>(*found);
}

void SequenceClipModel::setClipInfo(const QString &path, const ClipInfo &info)
{
    m_info.insert(path, info);
    if (!m_sequence.clips.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
}

void SequenceClipModel::setThumbnail(qint64 entryId, const QImage &image)
{
    m_thumbnails.insert(entryId, image);
    for (int row = 0; row < m_sequence.clips.size(); ++row) {
        if (m_sequence.clips.at(row).entryId == entryId)
            Q_EMIT dataChanged(index(row), index(row), {Qt::DecorationRole});
    }
}

QStringList SequenceClipModel::pathsWithoutInfo() const
{
    QStringList paths;
    for (const library::SequenceClip &clip : m_sequence.clips) {
        const auto entry = m_entries.constFind(clip.entryId);
        if (entry != m_entries.constEnd() && !entry->outputPath.isEmpty() && !m_info.contains(entry->outputPath)
            && !paths.contains(entry->outputPath))
            paths << entry->outputPath;
    }
    return paths;
}

jobs::SequenceTimeline SequenceClipModel::timeline() const
{
    QList<jobs::TimelineClip> clips;
    const library::Entry *previous = nullptr;
    for (const library::SequenceClip &clip : m_sequence.clips) {
        jobs::TimelineClip t;
        t.entryId = clip.entryId;
        t.in = clip.in;
        t.out = clip.out;
        t.crossfade = clip.crossfade;
        const auto entry = m_entries.constFind(clip.entryId);
        if (entry != m_entries.constEnd()) {
            t.path = entry->outputPath;
            t.continuesFrame = jobs::SequenceTimeline::continuesFrame(*entry, previous);
            const ClipInfo info = m_info.value(entry->outputPath);
            t.frames = info.frames;
            t.fps = info.fps;
            previous = &*entry;
        } else {
            previous = nullptr;
        }
        clips.append(t);
    }
    return jobs::SequenceTimeline(clips);
}

bool SequenceClipModel::setPoints(int row, qint64 in, qint64 out)
{
    if (row < 0 || row >= m_sequence.clips.size())
        return false;
    library::SequenceClip &clip = m_sequence.clips[row];
    if (clip.in == in && clip.out == out)
        return false;
    clip.in = in;
    clip.out = out;
    // The join after it may change too (the seam rule reads the out point).
    Q_EMIT dataChanged(index(row), index(std::min(row + 1, rowCount() - 1)));
    Q_EMIT edited();
    return true;
}

bool SequenceClipModel::setCrossfade(int row, int frames)
{
    if (row < 1 || row >= m_sequence.clips.size() || m_sequence.clips.at(row).crossfade == frames)
        return false;
    m_sequence.clips[row].crossfade = std::max(0, frames);
    Q_EMIT dataChanged(index(row), index(row));
    Q_EMIT edited();
    return true;
}

bool SequenceClipModel::insertEntries(int row, const QList<library::Entry> &entries)
{
    if (entries.isEmpty() || m_sequence.id == 0)
        return false;
    row = row < 0 || row > rowCount() ? rowCount() : row;
    beginInsertRows({}, row, row + int(entries.size()) - 1);
    for (int i = 0; i < entries.size(); ++i) {
        m_entries.insert(entries.at(i).id, entries.at(i));
        m_sequence.clips.insert(row + i, {entries.at(i).id, -1, -1, 0});
    }
    endInsertRows();
    Q_EMIT dataChanged(index(0), index(rowCount() - 1));
    Q_EMIT edited();
    return true;
}

int SequenceClipModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sequence.clips.size());
}

QString SequenceClipModel::joinText(int row) const
{
    if (row <= 0)
        return {};
    const jobs::SequenceTimeline t = timeline();
    const library::SequenceClip &clip = m_sequence.clips.at(row);
    const auto entry = m_entries.constFind(clip.entryId);
    const auto before = m_entries.constFind(m_sequence.clips.at(row - 1).entryId);
    const bool continues = entry != m_entries.constEnd() && before != m_entries.constEnd()
        && jobs::SequenceTimeline::continuesFrame(*entry, &*before) >= 0;
    QString text;
    if (t.dropsRepeatedFrame(row))
        text = tr("Continues the clip before: its repeated first frame is dropped");
    else if (continues)
        text = tr("Continues frame %1 of the clip before, which is not its out point: nothing dropped").arg(entry->parentFrame);
    else
        text = tr("A cut: nothing dropped");
    if (clip.crossfade > 0)
        text += QLatin1Char(' ') + tr("(crossfade of %n frame(s))", nullptr, clip.crossfade);
    return text;
}

QVariant SequenceClipModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_sequence.clips.size())
        return {};
    const int row = index.row();
    const library::SequenceClip &clip = m_sequence.clips.at(row);
    const auto entry = m_entries.constFind(clip.entryId);
    const bool present = entry != m_entries.constEnd();
    const ClipInfo info = present ? m_info.value(entry->outputPath) : ClipInfo{};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        QString text;
        if (!present) {
            text = tr("%1. #%2 (no longer in the library)").arg(row + 1).arg(clip.entryId);
        } else if (info.frames <= 0) {
            text = tr("%1. #%2").arg(row + 1).arg(clip.entryId);
        } else {
            const qint64 in = clip.in < 0 ? 0 : clip.in;
            const qint64 out = clip.out < 0 ? info.frames - 1 : clip.out;
            text = tr("%1. #%2 · frames %3–%4").arg(row + 1).arg(clip.entryId).arg(in).arg(out);
        }
        // At each join, in short: whether the repeated frame is dropped.
        if (row > 0)
            text += QLatin1Char('\n') + (timeline().dropsRepeatedFrame(row) ? tr("Join: repeated frame dropped") : tr("Join: nothing dropped"));
        return text;
    }
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: {
        QString text = present ? entry->prompt : tr("This run was deleted from the library.");
        const QString join = joinText(row);
        return join.isEmpty() ? text : join + QLatin1Char('\n') + text;
    }
    case Qt::DecorationRole: {
        const QImage image = m_thumbnails.value(clip.entryId);
        return image.isNull() ? QVariant() : QVariant(QPixmap::fromImage(image));
    }
    case EntryIdRole:
        return clip.entryId;
    case InRole:
        return clip.in;
    case OutRole:
        return clip.out;
    case CrossfadeRole:
        return clip.crossfade;
    case FramesRole:
        return info.frames;
    case JoinRole:
        return joinText(row);
    case DropsRepeatedFrameRole:
        return timeline().dropsRepeatedFrame(row);
    default:
        return {};
    }
}

Qt::ItemFlags SequenceClipModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractListModel::flags(index);
    return index.isValid() ? base | Qt::ItemIsDragEnabled : base | Qt::ItemIsDropEnabled;
}

bool SequenceClipModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent,
                                 int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count <= 0 || sourceRow < 0
        || sourceRow + count > rowCount() || destinationChild < 0 || destinationChild > rowCount()
        || (destinationChild >= sourceRow && destinationChild <= sourceRow + count))
        return false;
    if (!beginMoveRows({}, sourceRow, sourceRow + count - 1, {}, destinationChild))
        return false;
    const QList<library::SequenceClip> moved = m_sequence.clips.mid(sourceRow, count);
    m_sequence.clips.remove(sourceRow, count);
    const int at = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    for (int i = 0; i < count; ++i)
        m_sequence.clips.insert(at + i, moved.at(i));
    endMoveRows();
    // Every join's text may have changed.
    Q_EMIT dataChanged(index(0), index(rowCount() - 1));
    Q_EMIT edited();
    return true;
}

bool SequenceClipModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > rowCount())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_sequence.clips.remove(row, count);
    endRemoveRows();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
    Q_EMIT edited();
    return true;
}

Qt::DropActions SequenceClipModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

QStringList SequenceClipModel::mimeTypes() const
{
    return {rowsMimeType(), libraryIdsMimeType()};
}

QMimeData *SequenceClipModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> rows;
    for (const QModelIndex &index : indexes)
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << m_sequence.id << rows;
    auto *data = new QMimeData;
    data->setData(rowsMimeType(), bytes);
    return data;
}

bool SequenceClipModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int, const QModelIndex &) const
{
    return m_sequence.id != 0 && data && (data->hasFormat(rowsMimeType()) || data->hasFormat(libraryIdsMimeType()));
}

bool SequenceClipModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    // Dropped on an item: before it.
    if (row < 0)
        row = parent.isValid() ? parent.row() : rowCount();
    if (data->hasFormat(libraryIdsMimeType())) {
        QList<qint64> ids;
        for (const QString &line : QString::fromUtf8(data->data(libraryIdsMimeType())).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            ids << line.toLongLong();
        if (!ids.isEmpty())
            Q_EMIT entriesDropped(row, ids);
        return false; // nothing to remove at the source
    }
    QDataStream stream(data->data(rowsMimeType()));
    qint64 sequenceId = 0;
    QList<int> rows;
    stream >> sequenceId >> rows;
    if (sequenceId != m_sequence.id || rows.size() != 1)
        return false;
    // The move is done here; returning false keeps the view from removing the source row.
    const int source = rows.constFirst();
    if (row == source || row == source + 1)
        return false;
    moveRows({}, source, 1, {}, row);
    return false;
}

} // namespace wan::ui
