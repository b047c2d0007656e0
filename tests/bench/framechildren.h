#pragma once

// Figure 11: the last frame of a 100-frame 720p clip, as the emulator makes
// clips. The whole `wanstudio frame --at last` process beside ffmpeg's own
// "last frame to PNG" command, and the decode alone inside a process.

#include "benchsupport.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace wan::bench {

// Runs a frame mode; -1 for a mode that is not one of these.
int runFrameChild(const QString &mode, const QStringList &args);

struct FrameFigure
{
    QString label;
    double oursMs = 0;
    double referenceMs = -1; // none when negative
    QString goal;
    bool met = false;        // every run exited 0, found the last frame, and the goal is met
    QString note;
};

struct FrameFigureSetup
{
    QString wanstudio;                 // the binary
    QString work;                      // where the clip and the PNGs go
    QHash<QString, QString> env;       // a fresh home for wanstudio
    int runs = 5;
    std::function<RunResult(const QString &mode, const QStringList &args)> child;
};

// 11a (whole process, ours and ffmpeg's, interleaved), 11b (in-process decode)
// and 11c (the same on a clip with a keyframe every second).
QList<FrameFigure> measureFrameFigures(const FrameFigureSetup &setup);

} // namespace wan::bench
