#include "libraryrebuild.h"

#include "clipsettings.h"
#include "mp4metadata.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace wan::library {

namespace {

// The same file however it was reached (a link, "..", a relative path).
QString fileKey(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
}

// Every *.mp4 under the folders, each file once, in a stable order.
QStringList clipsIn(const QStringList &folders)
{
    QStringList clips;
    QSet<QString> seen;
    for (const QString &folder : folders) {
        if (folder.isEmpty() || !QFileInfo(folder).isDir())
            continue;
        QStringList here;
        // Names match case-insensitively (QDir's default). Links to folders are
        // not followed: a link to a parent would never end.
        QDirIterator it(folder, {QStringLiteral("*.mp4")},
                        QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (!seen.contains(fileKey(path))) {
                seen.insert(fileKey(path));
                here.append(QFileInfo(path).absoluteFilePath());
            }
        }
        here.sort();
        clips += here;
    }
    return clips;
}

} // namespace

QString LibraryRebuild::moveAside(const QString &databasePath, QString *error)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target;
    for (int n = 1;; ++n) {
        target = databasePath + QStringLiteral(".damaged-") + stamp + (n == 1 ? QString() : QStringLiteral("-%1").arg(n));
        if (!QFile::exists(target) && !QFile::exists(target + QStringLiteral("-wal")) && !QFile::exists(target + QStringLiteral("-shm")))
            break;
    }
    // The -wal may hold the last commits: it moves with the file, under the matching name.
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QString from = databasePath + suffix;
        if (!QFile::exists(from))
            continue;
        QFile file(from);
        if (!file.rename(target + suffix)) {
            if (error)
                *error = tr("%1 could not be moved aside: %2").arg(QDir::toNativeSeparators(from), file.errorString());
            return {};
        }
    }
    return target;
}

RebuildReport LibraryRebuild::run(Library &library, const QStringList &folders)
{
    RebuildReport report;
    QString problem;
    if (!library.isOpen() && !library.open(&problem)) {
        if (!library.isDamaged()) {
            report.error = problem;
            return report;
        }
        report.movedAside = moveAside(library.databasePath(), &problem);
        if (report.movedAside.isEmpty() || !library.open(&problem)) {
            report.error = problem;
            return report;
        }
    }

    // What the library lists already: by request id, and by file.
    QSet<QString> requestIds;
    QSet<QString> files;
    Query everything;
    everything.limit = 0;
    const QList<Entry> existing = library.find(everything);
    if (!library.lastError().isEmpty()) {
        report.error = library.lastError();
        return report;
    }
    const QDir media(library.mediaDirectory());
    for (const Entry &e : existing) {
        if (!e.requestId.isEmpty())
            requestIds.insert(e.requestId);
        if (!e.outputPath.isEmpty())
            files.insert(fileKey(media.absoluteFilePath(e.outputPath)));
    }

    QList<Entry> toAdd;
    for (const QString &clip : clipsIn(folders)) {
        ++report.found;
        QString reason;
        const std::optional<QJsonObject> settings = Mp4Metadata::read(clip, &reason);
        std::optional<Entry> entry = settings ? ClipSettings::toEntry(*settings, clip) : std::nullopt;
        if (!entry) {
            if (settings)
                reason = tr("its settings are not those of a Wan Studio run");
            report.unreadable.append(tr("%1: %2").arg(QDir::toNativeSeparators(clip), reason));
            continue;
        }
        const QString key = fileKey(clip);
        if (files.contains(key) || (!entry->requestId.isEmpty() && requestIds.contains(entry->requestId))) {
            ++report.alreadyListed;
            continue;
        }
        files.insert(key);
        if (!entry->requestId.isEmpty())
            requestIds.insert(entry->requestId);
        const QFileInfo info(clip);
        entry->sizeBytes = info.size();
        if (!entry->created.isValid())
            entry->created = info.lastModified().toUTC();
        if (!entry->updated.isValid())
            entry->updated = entry->created;
        // The prepared copy is listed only while the media folder still has it.
        if (!entry->preparedImagePath.isEmpty() && !QFileInfo::exists(media.absoluteFilePath(entry->preparedImagePath)))
            entry->preparedImagePath.clear();
        toAdd.append(*entry);
    }
    if (!toAdd.isEmpty() && !library.insertMany(toAdd)) {
        report.error = library.lastError();
        return report;
    }
    report.added = static_cast<int>(toAdd.size());
    report.ok = true;
    return report;
}

} // namespace wan::library
