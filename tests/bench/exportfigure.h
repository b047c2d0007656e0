#pragma once

// Figure 12: exports (issue 16). The whole `wanstudio export` process beside
// the `ffmpeg` program doing the same work with the same codec settings:
// four 720p clips joined and re-encoded to MP4, the same joined by a stream
// copy, a five-second 480p clip to a GIF against ffmpeg's two passes
// (palettegen, then paletteuse), and the peak memory of every export.

#include "benchsupport.h"

#include <QHash>
#include <QList>
#include <QString>

namespace wan::bench {

struct ExportFigure
{
    QString label;
    double ours = 0;          // ms, or MB for the memory row
    double reference = -1;    // none when negative
    bool megabytes = false;   // ours and reference are MB, not ms
    QString goal;
    bool met = false;         // every run exited 0 with the expected file, and the goal is met
    QString note;
};

struct ExportFigureSetup
{
    QString wanstudio;            // the binary
    QString work;                 // clip720-100.mp4 and clip.mp4 are there; the outputs go there too
    QHash<QString, QString> env;  // a fresh home for wanstudio
    int runs = 3;
};

QList<ExportFigure> measureExportFigures(const ExportFigureSetup &setup);

} // namespace wan::bench
