#include "gallerymodel.h"

#include "libraryservice.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMimeData>
#include <QUrl>

#include <algorithm>
#include <utility>

namespace wan::library {

namespace {

Q_LOGGING_CATEGORY(lcGallery, "wanstudio.library.gallery", QtInfoMsg)

// New runs usually come with a burst of changes (inserted, preparing,
// uploading, ...); one query for the burst is enough.
constexpr int kReloadDelayMs = 50;

// Whether a row must be repainted: what the gallery shows of an entry.
bool sameShown(const Entry &a, const Entry &b)
{
    return a.updated == b.updated && a.status == b.status && a.favourite == b.favourite && a.outputPath == b.outputPath
        && a.prompt == b.prompt && a.parameters == b.parameters && a.errorMessage == b.errorMessage
        && a.continuations == b.continuations && a.parentId == b.parentId && a.parentMissing == b.parentMissing;
}

GalleryModel::Source sourceFor(LibraryService *service)
{
    GalleryModel::Source source;
    source.find = [service](const Query &query, QObject *context, std::function<void(QList<Entry>)> done) {
        service->find(query, context, std::move(done));
    };
    source.entry = [service](qint64 id, QObject *context, std::function<void(std::optional<Entry>)> done) {
        service->entry(id, context, std::move(done));
    };
    return source;
}

} // namespace

GalleryModel::GalleryModel(LibraryService *service, QObject *parent)
    : GalleryModel(sourceFor(service), parent)
{
    connect(service, &LibraryService::entryChanged, this, &GalleryModel::handleEntryChanged);
    connect(service, &LibraryService::entryRemoved, this, &GalleryModel::handleEntryRemoved);
}

GalleryModel::GalleryModel(Source source, QObject *parent)
    : QAbstractListModel(parent)
    , m_source(std::move(source))
{
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(kReloadDelayMs);
    connect(&m_reloadTimer, &QTimer::timeout, this, &GalleryModel::fetch);
}

GalleryModel::~GalleryModel() = default;

int GalleryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString GalleryModel::libraryIdsMimeType()
{
    return QStringLiteral("application/x-wanstudio-library-ids");
}

Qt::ItemFlags GalleryModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractListModel::flags(index);
    if (index.isValid() && index.row() < m_rows.size() && m_rows.at(index.row()).status == EntryStatus::Completed
        && !m_rows.at(index.row()).outputPath.isEmpty())
        flags |= Qt::ItemIsDragEnabled;
    return flags;
}

QStringList GalleryModel::mimeTypes() const
{
    return {libraryIdsMimeType(), QStringLiteral("text/uri-list")};
}

QMimeData *GalleryModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> rows;
    for (const QModelIndex &index : indexes)
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    QStringList ids;
    QList<QUrl> urls;
    for (const int row : std::as_const(rows)) {
        if (row < 0 || row >= m_rows.size() || m_rows.at(row).outputPath.isEmpty())
            continue;
        ids << QString::number(m_rows.at(row).id);
        urls << QUrl::fromLocalFile(m_rows.at(row).outputPath);
    }
    if (ids.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(libraryIdsMimeType(), ids.join(QLatin1Char('\n')).toUtf8());
    data->setUrls(urls);
    return data;
}

QHash<int, QByteArray> GalleryModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(EntryRole, "entry");
    names.insert(IdRole, "entryId");
    names.insert(StatusRole, "status");
    names.insert(StatusNameRole, "statusName");
    names.insert(PromptRole, "prompt");
    names.insert(SeedRole, "seed");
    names.insert(OutputPathRole, "outputPath");
    names.insert(FavouriteRole, "favourite");
    names.insert(ThumbnailPathRole, "thumbnailPath");
    names.insert(CreatedRole, "created");
    names.insert(ImageSourceRole, "imageSource");
    names.insert(ResolutionRole, "resolution");
    names.insert(FramesRole, "frames");
    names.insert(FpsRole, "fps");
    names.insert(SummaryRole, "summary");
    names.insert(LineageRole, "lineage");
    names.insert(ContinuationsRole, "continuations");
    return names;
}

QVariant GalleryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case PromptRole:
        return e.prompt;
    case Qt::ToolTipRole: {
        QString tip = e.prompt % QLatin1Char('\n') % summaryOf(e);
        if (e.status == EntryStatus::Failed && !e.errorMessage.isEmpty())
            tip += QLatin1Char('\n') % e.errorMessage;
        if (e.isContinuation())
            tip += QLatin1Char('\n') % lineageOf(e);
        if (e.continuations > 0)
            tip += QLatin1Char('\n') % tr("%n run(s) continue this clip.", nullptr, e.continuations);
        return tip;
    }
    case Qt::AccessibleTextRole: {
        QStringList parts;
        if (const QString label = statusLabel(e.status); !label.isEmpty())
            parts << label;
        if (e.favourite)
            parts << tr("Favourite");
        parts << e.prompt << summaryOf(e);
        if (e.isContinuation())
            parts << lineageOf(e);
        if (e.continuations > 0)
            parts << tr("%n run(s) continue this clip.", nullptr, e.continuations);
        return parts.join(QStringLiteral(", "));
    }
    case EntryRole:
        return QVariant::fromValue(e);
    case IdRole:
        return e.id;
    case StatusRole:
        return int(e.status);
    case StatusNameRole:
        return statusName(e.status);
    case SeedRole:
        return e.seed;
    case OutputPathRole:
        return e.outputPath;
    case FavouriteRole:
        return e.favourite;
    case ThumbnailPathRole:
        return m_thumbnails.contains(e.id) ? thumbnailPathFor(e.id) : QString();
    case CreatedRole:
        return e.created;
    case ImageSourceRole:
        return e.imageSource;
    case ResolutionRole:
        return resolutionOf(e);
    case FramesRole:
        return framesOf(e);
    case FpsRole:
        return fpsOf(e);
    case SummaryRole:
        return summaryOf(e);
    case LineageRole:
        return lineageOf(e);
    case ContinuationsRole:
        return e.continuations;
    default:
        return {};
    }
}

Query GalleryModel::query() const
{
    return m_query;
}

void GalleryModel::setQuery(const Query &query)
{
    m_query = query;
    fetch();
}

void GalleryModel::reload()
{
    fetch();
}

bool GalleryModel::isLoading() const
{
    return m_loading;
}

bool GalleryModel::isReloadScheduled() const
{
    return m_reloadTimer.isActive();
}

std::optional<Entry> GalleryModel::entryAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row);
}

int GalleryModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

void GalleryModel::setThumbnailDirectory(const QString &directory)
{
    m_thumbnailDirectory = directory;
    scanThumbnails();
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), { ThumbnailPathRole });
}

QString GalleryModel::thumbnailDirectory() const
{
    return m_thumbnailDirectory;
}

QString GalleryModel::thumbnailPathFor(qint64 id) const
{
    if (m_thumbnailDirectory.isEmpty() || id <= 0)
        return {};
    return QDir(m_thumbnailDirectory).filePath(QString::number(id) % QStringLiteral(".jpg"));
}

void GalleryModel::markThumbnailReady(qint64 id)
{
    m_thumbnails.insert(id);
    const int row = rowOf(id);
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row), { ThumbnailPathRole });
}

QString GalleryModel::resolutionOf(const Entry &entry)
{
    return entry.parameters.value(QStringLiteral("resolution")).toString();
}

int GalleryModel::framesOf(const Entry &entry)
{
    return entry.parameters.value(QStringLiteral("num_frames")).toInt();
}

int GalleryModel::fpsOf(const Entry &entry)
{
    return entry.parameters.value(QStringLiteral("frames_per_second")).toInt();
}

QString GalleryModel::statusLabel(EntryStatus status)
{
    switch (status) {
    case EntryStatus::Completed:
        return {};
    case EntryStatus::Failed:
        return tr("Failed");
    case EntryStatus::Expired:
        return tr("Expired");
    case EntryStatus::Cancelled:
        return tr("Cancelled");
    case EntryStatus::Queued:
        return tr("Queued");
    case EntryStatus::Preparing:
    case EntryStatus::Uploading:
    case EntryStatus::Submitting:
    case EntryStatus::Submitted:
    case EntryStatus::Processing:
    case EntryStatus::Downloading:
        return tr("Running");
    }
    return {};
}

QString GalleryModel::summaryOf(const Entry &entry)
{
    QStringList parts;
    parts << tr("seed %1").arg(entry.seed);
    if (const int frames = framesOf(entry); frames > 0)
        parts << tr("%n f", "frame count, abbreviated", frames);
    if (const int fps = fpsOf(entry); fps > 0)
        parts << tr("%1 fps").arg(fps);
    if (const QString resolution = resolutionOf(entry); !resolution.isEmpty())
        parts << resolution;
    return parts.join(QStringLiteral(" · "));
}

QString GalleryModel::lineageOf(const Entry &entry)
{
    if (!entry.isContinuation())
        return {};
    if (entry.parentId <= 0)
        return tr("continues a clip from elsewhere, from frame %1").arg(entry.parentFrame);
    if (entry.parentMissing)
        return tr("continues #%1 (deleted) from frame %2").arg(entry.parentId).arg(entry.parentFrame);
    return tr("continues #%1 from frame %2").arg(entry.parentId).arg(entry.parentFrame);
}

bool GalleryModel::matchesFilters(const Entry &entry, const Query &query)
{
    if (!query.imageSource.isEmpty() && entry.imageSource != query.imageSource)
        return false;
    if (query.seed && entry.seed != *query.seed)
        return false;
    if (!query.resolution.isEmpty() && resolutionOf(entry) != query.resolution)
        return false;
    if (query.favouritesOnly && !entry.favourite)
        return false;
    if (query.status && entry.status != *query.status)
        return false;
    const QDate day = entry.created.toLocalTime().date();
    if (query.from.isValid() && day < query.from)
        return false;
    if (query.to.isValid() && day > query.to)
        return false;
    return true;
}

void GalleryModel::handleEntryChanged(qint64 id)
{
    if (!m_source.entry)
        return;
    m_source.entry(id, this, [this, id](std::optional<Entry> entry) {
        const int row = rowOf(id);
        if (!entry) {
            if (row >= 0)
                removeRow(row);
            return;
        }
        if (row >= 0) {
            if (!matchesFilters(*entry, m_query)) {
                removeRow(row);
                return;
            }
            m_rows[row] = std::move(*entry);
            Q_EMIT dataChanged(index(row), index(row));
            return;
        }
        // Not shown yet: a new run, or one that now passes the filters. Where it
        // goes (and whether the text matches) is the library's to say.
        if (matchesFilters(*entry, m_query))
            m_reloadTimer.start();
    });
}

void GalleryModel::handleEntryRemoved(qint64 id)
{
    m_thumbnails.remove(id);
    const int row = rowOf(id);
    if (row >= 0)
        removeRow(row);
}

void GalleryModel::fetch()
{
    m_reloadTimer.stop();
    if (!m_source.find)
        return;
    const quint64 request = ++m_request;
    if (!m_loading) {
        m_loading = true;
        Q_EMIT loadingChanged(true);
    }
    m_source.find(m_query, this, [this, request](QList<Entry> fresh) {
        if (request != m_request) {
            qCDebug(lcGallery) << "dropping the answer to an older query" << request;
            return;
        }
        scanThumbnails();
        apply(std::move(fresh));
        m_loading = false;
        Q_EMIT loadingChanged(false);
        Q_EMIT loaded();
    });
}

// Merges the library's answer into the rows: rows gone are removed, new ones
// inserted where they belong, the rest updated in place. Entries never change
// their order (created does not change), so anything else means a reset.
void GalleryModel::apply(QList<Entry> fresh)
{
    if (m_rows.isEmpty() || fresh.isEmpty()) {
        resetTo(std::move(fresh));
        return;
    }
    QSet<qint64> freshIds;
    for (const Entry &e : std::as_const(fresh))
        freshIds.insert(e.id);
    QSet<qint64> oldIds;
    QList<qint64> keptInOldOrder;
    for (const Entry &e : std::as_const(m_rows)) {
        oldIds.insert(e.id);
        if (freshIds.contains(e.id))
            keptInOldOrder.append(e.id);
    }
    QList<qint64> keptInNewOrder;
    for (const Entry &e : std::as_const(fresh)) {
        if (oldIds.contains(e.id))
            keptInNewOrder.append(e.id);
    }
    if (keptInOldOrder != keptInNewOrder) {
        resetTo(std::move(fresh));
        return;
    }

    // Removals, bottom up, a contiguous run at a time.
    for (int row = int(m_rows.size()) - 1; row >= 0;) {
        if (freshIds.contains(m_rows.at(row).id)) {
            --row;
            continue;
        }
        const int last = row;
        while (row >= 0 && !freshIds.contains(m_rows.at(row).id))
            --row;
        beginRemoveRows({}, row + 1, last);
        m_rows.remove(row + 1, last - row);
        endRemoveRows();
    }

    // Now the rows are the kept entries in the answer's order: walk the answer,
    // updating kept rows and inserting runs of new ones.
    int i = 0;
    while (i < fresh.size()) {
        if (i < m_rows.size() && m_rows.at(i).id == fresh.at(i).id) {
            if (!sameShown(m_rows.at(i), fresh.at(i))) {
                m_rows[i] = fresh.at(i);
                Q_EMIT dataChanged(index(i), index(i));
            }
            ++i;
            continue;
        }
        const int first = i;
        while (i < fresh.size() && !oldIds.contains(fresh.at(i).id))
            ++i;
        beginInsertRows({}, first, i - 1);
        for (int k = first; k < i; ++k)
            m_rows.insert(k, fresh.at(k));
        endInsertRows();
    }
}

void GalleryModel::resetTo(QList<Entry> fresh)
{
    beginResetModel();
    m_rows = std::move(fresh);
    endResetModel();
}

void GalleryModel::removeRow(int row)
{
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void GalleryModel::scanThumbnails()
{
    m_thumbnails.clear();
    if (m_thumbnailDirectory.isEmpty())
        return;
    // One directory listing rather than a stat per row.
    const QStringList names = QDir(m_thumbnailDirectory).entryList({ QStringLiteral("*.jpg") }, QDir::Files);
    for (const QString &name : names) {
        bool ok = false;
        const qint64 id = QFileInfo(name).completeBaseName().toLongLong(&ok);
        if (ok && id > 0)
            m_thumbnails.insert(id);
    }
}

} // namespace wan::library
