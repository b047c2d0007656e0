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
#include <QStringList>

#include <functional>

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
    std::function<RunResult(const QString &mode, const QStringList &args)> child; // for 12e
};

QList<ExportFigure> measureExportFigures(const ExportFigureSetup &setup);

// 12e, in a child with a QApplication: the window's Export dialog exports two
// 720p clips played forward then back (re-encoded to MP4) while a 1 ms timer
// records the UI thread's longest gap; the same dialog idle for 2 s first is
// the reference. -1 for a mode that is not this one.
int runExportWindowChild(const QString &mode, const QStringList &args);

} // namespace wan::bench
