#pragma once

// The clips of one sequence, in order, for the sequence editor: each row is
// a library run with its in and out points and the crossfade at the join
// before it, plus what the editor shows of it (its first frame, its length,
// whether the join before it drops a repeated frame). Rows move by drag (or
// moveRows) and are removed; runs dragged from the Library are inserted.
// Every change the user makes emits edited(), after which the editor saves.

#include "jobs/sequencetimeline.h"
#include "library/library.h"

#include <QAbstractListModel>
#include <QHash>
#include <QImage>

namespace wan::ui {

class SequenceClipModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    // Runs dragged from the Library: their ids, as text, one a line.
    static QString libraryIdsMimeType();
    enum Role {
        EntryIdRole = Qt::UserRole + 1,
        InRole,        // the in point as set (-1: the clip's first frame)
        OutRole,       // the out point as set (-1: its last)
        CrossfadeRole,
        FramesRole,    // the clip's frame count, 0 until read
        JoinRole,      // a sentence about the join before this clip; empty for the first
        DropsRepeatedFrameRole, // bool: the join before it drops the repeated frame
    };

    explicit SequenceClipModel(QObject *parent = nullptr);

    // A sequence as the library has it, with the rows of its runs.
    void setSequence(const library::Sequence &sequence, const QHash<qint64, library::Entry> &entries);
    void clear();
    qint64 sequenceId() const { return m_sequence.id; }
    const library::Sequence &sequence() const { return m_sequence; }
    QList<library::SequenceClip> clips() const { return m_sequence.clips; }
    std::optional<library::Entry> entryAt(int row) const;
    // Frame counts and rates read off the UI thread, by clip path.
    struct ClipInfo
    {
        qint64 frames = 0;
        double fps = 16.0;
    };
    void setClipInfo(const QString &path, const ClipInfo &info);
    void setThumbnail(qint64 entryId, const QImage &image);
    QStringList pathsWithoutInfo() const;
    // The sequence as the player plays it (the seam rule applied).
    jobs::SequenceTimeline timeline() const;

    // Edits by the user (each emits edited() once).
    bool setPoints(int row, qint64 in, qint64 out);
    bool setCrossfade(int row, int frames);
    bool insertEntries(int row, const QList<library::Entry> &entries);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent,
                  int destinationChild) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;

Q_SIGNALS:
    void edited();
    // Runs were dropped from the Library: the editor reads their rows and calls insertEntries().
    void entriesDropped(int row, const QList<qint64> &entryIds);

private:
    QString joinText(int row) const;

    library::Sequence m_sequence;
    QHash<qint64, library::Entry> m_entries;
    QHash<QString, ClipInfo> m_info;
    QHash<qint64, QImage> m_thumbnails;
};

} // namespace wan::ui
