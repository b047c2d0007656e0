#pragma once

// The settings a clip carries inside itself (Mp4Metadata) and in its JSON
// sidecar: one builder for every path that saves a clip (generate, resume,
// the window), and the way back to a library entry, so a lost or damaged
// library can be listed again from the clips alone (LibraryRebuild).

#include "libraryentry.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace wan::library {

class ClipSettings final
{
public:
    // 1: the JSON written before there was a version field (app, model, image,
    // prompt, parameters, mode, created, finished, seed, uploadedImageUrl,
    // requestId, inferenceSeconds). 2: everything an entry needs to be listed again.
    static constexpr int Version = 2;
    static inline const QString AppName = QStringLiteral("Wan Studio");

    // Everything needed to reproduce the run and to list it again. Keys of
    // version 1 keep their names and meaning; empty or unknown values are left out.
    static QJsonObject fromEntry(const Entry &entry);

    // A completed entry for the clip at clipPath (not yet in any library: id 0),
    // or nullopt when the object is not Wan Studio settings (no app or no prompt).
    // Accepts every version written so far; unknown keys are ignored.
    static std::optional<Entry> toEntry(const QJsonObject &settings, const QString &clipPath);
};

} // namespace wan::library
