#pragma once

// `wanstudio export INPUT... --format mp4|webm|gif|webp|png --out PATH [--width W]
// [--fps F] [--trim IN:OUT] [--crossfade N] [--pingpong]`: clips (files or
// library ids) joined in order, with the seam rule, into one file or a folder
// of frames (media::VideoExport). Ctrl+C cancels and leaves nothing behind.
// The options and the run are shared with `sequence export`.

#include "media/videoexport.h"

#include <QCommandLineParser>
#include <QStringList>

#include <optional>

namespace wan::cli {

int runExport(const QStringList &arguments);

// Prints "Error: message" and returns InvalidInput.
int invalid(const QString &message);
// --format (mlt too when withMlt), --out, --width, --fps, --crossfade, --pingpong, --quality, --overwrite.
void addExportOptions(QCommandLineParser &parser, bool withMlt);
// The request those options describe (no clips yet), the output place checked;
// nullopt with the problem printed and *exitCode set. *mlt: --format mlt.
std::optional<media::ExportRequest> readExportOptions(const QCommandLineParser &parser, bool *mlt, int *exitCode);
// Runs it with progress on stderr and Ctrl+C as cancel; prints the JSON line; the exit code.
int runExportRequest(const media::ExportRequest &request);
int printExportResult(const media::ExportResult &result, const QString &format);

} // namespace wan::cli
