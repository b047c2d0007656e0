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

// The seam rule's lineage: clip continues the clip before it when it names
// that clip as its parent (by request id, or by library id).
void append(QList<media::ExportClip> &clips, QList<Identity> &identities, media::ExportClip clip, const Identity &who)
{
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

std::optional<media::ExportClip> clipOfEntry(const library::Entry &entry, Identity *who, QString *problem)
{
    if (entry.status != library::EntryStatus::Completed || entry.outputPath.isEmpty()) {
        *problem = ExportInputs::tr("Run %1 has no finished clip to export.").arg(entry.id);
        return std::nullopt;
    }
    media::ExportClip clip;
    clip.path = entry.outputPath;
    clip.settingsJson = QJsonDocument(library::ClipSettings::fromEntry(entry)).toJson(QJsonDocument::Compact);
    *who = {entry.id, entry.requestId, entry.parentId, entry.parentRequestId, entry.parentFrame};
    return clip;
}

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
            const std::optional<media::ExportClip> made = clipOfEntry(*entry, &who, problem);
            if (!made)
                return std::nullopt;
            clip = *made;
        } else {
            clip.path = QFileInfo(input).absoluteFilePath();
            // A clip Wan Studio made carries its settings, its lineage among them.
            if (const auto settings = library::Mp4Metadata::read(clip.path)) {
                clip.settingsJson = QJsonDocument(*settings).toJson(QJsonDocument::Compact);
                if (const auto made = library::ClipSettings::toEntry(*settings, clip.path))
                    who = {0, made->requestId, made->parentId, made->parentRequestId, made->parentFrame};
            }
        }
        append(clips, identities, clip, who);
    }
    return clips;
}

std::optional<QList<media::ExportClip>> ExportInputs::fromEntries(const QList<library::Entry> &entries, QString *problem)
{
    QList<media::ExportClip> clips;
    QList<Identity> identities;
    for (const library::Entry &entry : entries) {
        Identity who;
        const std::optional<media::ExportClip> clip = clipOfEntry(entry, &who, problem);
        if (!clip)
            return std::nullopt;
        append(clips, identities, *clip, who);
    }
    return clips;
}

} // namespace wan::jobs
