#pragma once

// The measured programs of figure 2c/2d (a 12000x12000 PNG): making it, the
// preparer and the image well on it, and the previous path (QImageReader's
// full decode, then scaling) as the reference.

#include "benchsupport.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace wan::bench {

// Runs an image mode; -1 for a mode that is not one of these.
int runImageChild(const QString &mode, const QStringList &args);

struct PngFigure
{
    QString label;
    double oursKb = 0;      // median peak RSS
    double referenceKb = 0; // the previous path's
    bool ok = false;        // every run exited 0
    QString note;
};

// Figures 2c (prepare) and 2d (the image well's inspection) on png (made when
// missing), each run `runs` times beside its reference; child runs a mode of
// wanstudio-bench child in a process of its own.
QList<PngFigure> measurePngFigures(const std::function<RunResult(const QString &, const QStringList &)> &child,
                                   const QString &png, int runs);

} // namespace wan::bench
