#pragma once

// What an interrupted save leaves beside a clip: the download "<out>.part" and
// the settings rewrite's "<name>.<random>.meta.part" (Mp4Metadata). A run that
// starts or resumes with that output removes those older than its own start,
// so a kill at any point leaves nothing behind once the next run is done.

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace wan::jobs {

// Disk work: call it off the UI thread. Returns the paths it removed.
QStringList removeStaleParts(const QString &outputPath, const QDateTime &olderThan);

} // namespace wan::jobs
