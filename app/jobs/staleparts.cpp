#include "staleparts.h"

#include "core/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace wan::jobs {

QStringList removeStaleParts(const QString &outputPath, const QDateTime &olderThan)
{
    QStringList removed;
    if (outputPath.isEmpty())
        return removed;
    const QFileInfo out(outputPath);
    const QString name = out.fileName();
    // Mp4Metadata writes beside the real file: the folder may be reached through a link.
    QStringList folders{out.absolutePath()};
    const QString canonical = QFileInfo(out.absolutePath()).canonicalFilePath();
    if (!canonical.isEmpty() && !folders.contains(canonical))
        folders.append(canonical);
    for (const QString &folder : std::as_const(folders)) {
        const QDir dir(folder);
        QStringList candidates{name + QStringLiteral(".part")};
        candidates += dir.entryList({name + QStringLiteral(".*.meta.part")}, QDir::Files | QDir::Hidden | QDir::System);
        for (const QString &candidate : std::as_const(candidates)) {
            const QFileInfo file(dir.filePath(candidate));
            if (!file.isFile() || file.lastModified() >= olderThan)
                continue; // another run's file, still being written
            if (QFile::remove(file.filePath()))
                removed.append(file.filePath());
            else
                qCWarning(lcJobs) << "could not remove the leftover" << file.filePath();
        }
    }
    return removed;
}

} // namespace wan::jobs
