#pragma once

// Reads a video back with Debian's ffprobe, counting the decoded frames, so a
// test can prove a saved file is the clip that was asked for; and decodes
// chosen frames with ffmpeg, so a test can measure what a clip shows.

#include <QImage>
#include <QList>
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

// The frames at the given 0-based indices, in that order, as RGB32 images;
// empty (and *problem set) when ffmpeg fails or any index is past the end.
QList<QImage> decodeFrames(const QString &path, const QList<int> &indices, QString *problem = nullptr);

} // namespace wan::test
