#pragma once

// Every run in the library as a list model for the gallery: one row per entry,
// newest first, for the current Query. Loading is asynchronous (the library
// lives on its own thread): rows appear when the answer comes, and a later
// answer is merged row by row so that selection and scroll position survive.

#include "library.h"
#include "libraryentry.h"

#include <QAbstractListModel>
#include <QList>
#include <QSet>
#include <QTimer>

#include <functional>
#include <optional>

namespace wan::library {

class LibraryService;

class GalleryModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        EntryRole = Qt::UserRole + 1, // QVariant of Entry
        IdRole,                       // qint64
        StatusRole,                   // int(EntryStatus)
        StatusNameRole,               // statusName(): "completed", "failed", ...
        PromptRole,
        SeedRole,                     // qint64
        OutputPathRole,
        FavouriteRole,                // bool
        ThumbnailPathRole,            // the cached first frame, empty until it exists
        CreatedRole,                  // QDateTime (UTC)
        ImageSourceRole,
        ResolutionRole,               // "480p" / "720p", empty when unknown
        FramesRole,                   // int, 0 when unknown
        FpsRole,                      // int, 0 when unknown
        SummaryRole,                  // "seed 42 · 81 f · 16 fps · 480p"
        LineageRole,                  // "continues #12 from frame 80", empty when it continues nothing
        ContinuationsRole,            // int: how many runs continue this one
    };

    // Where rows come from. The functions answer later, through the callback,
    // on context's thread; LibraryService has exactly this shape.
    struct Source
    {
        std::function<void(const Query &, QObject *context, std::function<void(QList<Entry>)>)> find;
        std::function<void(qint64 id, QObject *context, std::function<void(std::optional<Entry>)>)> entry;
    };

    // Reads from the service and follows its entryChanged/entryRemoved signals.
    explicit GalleryModel(LibraryService *service, QObject *parent = nullptr);
    // Reads from any source; the owner forwards changes to handleEntryChanged/Removed.
    explicit GalleryModel(Source source, QObject *parent = nullptr);
    ~GalleryModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    // Finished clips can be dragged (to a sequence, or out as files): the
    // library ids, one a line, as libraryIdsMimeType(), and the clips' URLs.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    static QString libraryIdsMimeType();

    Query query() const;
    // Asks the source for the rows matching query; they replace the current
    // ones when the answer arrives (rows still matching are kept, not reset).
    void setQuery(const Query &query);
    // The same query again.
    void reload();
    // True while an answer is awaited.
    bool isLoading() const;
    // A change to an entry not shown asked for the query again, shortly.
    bool isReloadScheduled() const;

    std::optional<Entry> entryAt(int row) const;
    int rowOf(qint64 id) const;

    // Thumbnails live as "<directory>/<id>.jpg"; the directory is scanned once
    // per answer, and markThumbnailReady() tells of one made since.
    void setThumbnailDirectory(const QString &directory);
    QString thumbnailDirectory() const;
    QString thumbnailPathFor(qint64 id) const;
    void markThumbnailReady(qint64 id);

    // Pieces of an entry's parameters, as the model description names them.
    static QString resolutionOf(const Entry &entry);
    static int framesOf(const Entry &entry);
    static int fpsOf(const Entry &entry);
    // A word for a run that is not a plain result ("Failed", "Running", ...);
    // empty for a completed one. Cards show it as a pill; screen readers say it.
    static QString statusLabel(EntryStatus status);
    // "seed 42 · 81 f · 16 fps · 480p"; the parts that are unknown are left out.
    static QString summaryOf(const Entry &entry);
    // "continues #12 from frame 80" (#? when the parent is not in this library); empty for a first shot.
    static QString lineageOf(const Entry &entry);
    // Whether entry passes every filter of query except the full-text one
    // (which only the library can judge).
    static bool matchesFilters(const Entry &entry, const Query &query);

public Q_SLOTS:
    // Re-reads that entry: updates its row, drops it when it no longer matches,
    // or asks again when an entry not shown may now belong (a new run).
    void handleEntryChanged(qint64 id);
    void handleEntryRemoved(qint64 id);

Q_SIGNALS:
    void loadingChanged(bool loading);
    // An answer to setQuery()/reload() has been applied.
    void loaded();

private:
    void fetch();
    void apply(QList<Entry> fresh);
    void resetTo(QList<Entry> fresh);
    void removeRow(int row);
    void scanThumbnails();

    Source m_source;
    Query m_query;
    QList<Entry> m_rows; // newest first, as the library answers
    QString m_thumbnailDirectory;
    QSet<qint64> m_thumbnails; // ids whose thumbnail file exists
    quint64 m_request = 0;     // the answer to apply; older ones are dropped
    bool m_loading = false;
    QTimer m_reloadTimer;      // gathers bursts of new entries into one query
};

} // namespace wan::library
