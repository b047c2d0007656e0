#include "exportinputs.h"

#include "library/clipsettings.h"
#include "library/library.h"
#include "library/mp4metadata.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

#include <algorithm>

namespace wan::jobs {

namespace {

// Who a clip is and whom it continues.
struct Identity
{
    qint64 libraryId = 0;
    QString requestId;
    qint64 parentId = 0;
    QString parentRequestId;
    int parentFrame = -1;
};

} // namespace

bool ExportInputs::isLibraryId(const QString &input)
{
    return !input.isEmpty() && std::all_of(input.begin(), input.end(), [](QChar c) { return c.isDigit(); })
        && !QFileInfo::exists(input);
}

std::optional<QList<media::ExportClip>> ExportInputs::resolve(const QStringList &inputs, const library::Library *lib, QString *problem)
{
    QList<media::ExportClip> clips;
    QList<Identity> identities;
    for (const QString &input : inputs) {
        media::ExportClip clip;
        Identity who;
        if (isLibraryId(input)) {
            const auto entry = lib ? lib->entry(input.toLongLong()) : std::nullopt;
            if (!entry) {
                *problem = tr("There is no run %1 in the library.").arg(input);
                return std::nullopt;
            }
            if (entry->status != library::EntryStatus::Completed || entry->outputPath.isEmpty()) {
                *problem = tr("Run %1 has no finished clip to export.").arg(input);
                return std::nullopt;
            }
            clip.path = entry->outputPath;
            clip.settingsJson = QJsonDocument(library::ClipSettings::fromEntry(*entry)).toJson(QJsonDocument::Compact);
            who = {entry->id, entry->requestId, entry->parentId, entry->parentRequestId, entry->parentFrame};
        } else {
            clip.path = QFileInfo(input).absoluteFilePath();
            // A clip Wan Studio made carries its settings, its lineage among them.
            if (const auto settings = library::Mp4Metadata::read(clip.path)) {
                clip.settingsJson = QJsonDocument(*settings).toJson(QJsonDocument::Compact);
                if (const auto made = library::ClipSettings::toEntry(*settings, clip.path))
                    who = {0, made->requestId, made->parentId, made->parentRequestId, made->parentFrame};
            }
        }
        if (!identities.isEmpty() && who.parentFrame >= 0) {
            const Identity &before = identities.constLast();
            const bool sameRequest = !who.parentRequestId.isEmpty() && who.parentRequestId == before.requestId;
            const bool sameRun = who.parentId > 0 && who.parentId == before.libraryId;
            if (sameRequest || sameRun)
                clip.continuesFrame = who.parentFrame;
        }
        clips.append(clip);
        identities.append(who);
    }
    return clips;
}

} // namespace wan::jobs
