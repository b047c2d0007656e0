#pragma once

// `generate --continue-from CLIP|LIBRARY_ID [--at last|N]`: the exact frame of
// a clip becomes the next run's image, and the run records where it came from
// (the parent run, by library id and request id, and the frame's index).

#include "library/library.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace wan::cli {

struct Continuation
{
    QString framePng;          // the frame, saved in the library's media folder
    qint64 parentId = 0;       // the parent's library id (0: its clip is not in this library)
    int parentFrame = -1;      // the frame's index in the parent clip
    QString parentRequestId;   // names the parent in any library
    QJsonObject parentParameters; // the parent's settings, the new run's defaults
};

// what: a library id (digits) or a clip's path; at: "last", "first", an index
// or a time (media::FramePosition). nullopt with a message naming the problem
// (no such run, not a video, a frame past the end, ...).
std::optional<Continuation> prepareContinuation(const QString &what, const QString &at, library::Library &lib, QString *problem);

} // namespace wan::cli
