#pragma once

// Figure 4: the 200 MB result downloaded from the emulator's storage port by
// the bench's child (VideoDownload) beside curl, each a whole process with
// its CPU time (wait4).

#include "benchsupport.h"

#include <QString>

#include <functional>

namespace wan::bench {

struct DownloadFigures
{
    bool ok = false;         // every download complete and the right size
    double oursMs = 0;       // median, request to file complete (the child's own clock)
    double curlMs = 0;       // median, curl's own time_total
    double oursCpuMs = 0;    // median user + system CPU of the whole child
    double curlCpuMs = 0;    // the same for curl
    double growthKb = 0;     // median VmHWM minus VmRSS before the request
};

// Starts segmind-emulator (emulator, its result video big.mp4), asks it for a
// run's result URL and downloads it runs times with each, interleaved. child
// runs a mode of wanstudio-bench child in a process of its own.
DownloadFigures measureDownload(const QString &emulator, const QString &bigMp4, const QString &work, int runs,
                                const std::function<RunResult(const QString &, const QStringList &)> &child);

} // namespace wan::bench
