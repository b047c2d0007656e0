#pragma once

// A sequence handed to a video editor: an MLT XML project (the format of
// Shotcut and Kdenlive, which `melt` renders) with one producer per clip,
// referring to the original file, and a playlist of the clips with their in
// and out points, the seam rule applied (a clip that continues the previous
// clip's out frame starts at its frame 1). A join with a crossfade of N
// frames (ExportRequest::joinCrossfades, or crossfadeFrames at every join)
// becomes what Shotcut writes for one: the clips overlap by N frames in a
// small tractor with a dissolve (luma) and an audio mix, so the project is
// N frames shorter there, as the export is. MLT's dissolve weighs the later
// clip k/N on the overlap's frame k (VideoExport's (k+1)/(N+1)): the same
// length, slightly different blends. Ping-pong is not written.

#include "videoexport.h"

#include <QCoreApplication>

namespace wan::media {

class MltProject final
{
    Q_DECLARE_TR_FUNCTIONS(wan::media::MltProject)
public:
    // Reads each clip's header (frame count, rate, size) and writes the project
    // to request.out through a temporary file beside it (QSaveFile). Width and
    // frame rate of the project: request.longEdge / request.fps, else the first
    // clip's. The result's frames: the project's length.
    static ExportResult write(const ExportRequest &request, const QString &title);
};

} // namespace wan::media
