#pragma once

// Reads a video back with Debian's ffprobe, counting the decoded frames, so a
// test can prove a saved file is the clip that was asked for.

#include <QSize>
#include <QString>

namespace wan::test {

struct MediaFacts
{
    bool ok = false;
    QString problem;
    int frames = 0;      // decoded frame count
    double fps = 0.0;    // from r_frame_rate
    QSize size;
};

bool haveFfprobe();
MediaFacts probeVideo(const QString &path);

} // namespace wan::test
