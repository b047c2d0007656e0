#pragma once

// The next shot from a frame of a clip: the exact decoded frame, saved as a
// PNG in the library's media folder (named after the parent run and the
// frame, so continuing twice from one frame shares the file), and who the
// parent is. The command line (`generate --continue-from`) and the window
// (Continue from This Frame / Last Frame) both make it here. Synchronous and
// thread-safe: the window runs it on a worker thread.

#include "image/imageinspector.h"
#include "media/frameexport.h"

#include <QJsonObject>
#include <QSize>
#include <QString>

namespace wan::jobs {

struct ContinuationSource
{
    QString clipPath;
    // What the caller already knows of the parent run; the clip's own
    // metadata fills in the rest (a clip Wan Studio made names its run).
    qint64 parentId = 0;
    QString parentRequestId;
    QJsonObject parentParameters;
    QString parentPrompt;
};

struct ContinuationFrame
{
    QString clipPath;
    QString framePng;            // the frame, saved (empty on error); with keepAside, the name it is meant to have
    QString asidePng;            // with keepAside: where it was saved, a name of this process
    int parentFrame = -1;        // its index in the parent clip
    qint64 parentId = 0;         // the parent's library id, when known (0: the library resolves it by request id)
    QString parentRequestId;     // names the parent in any library
    QJsonObject parentParameters; // the parent's settings: the next run's defaults
    QString parentPrompt;
    qint64 frameCount = 0;       // of the parent clip
    QSize frameSize;
    // The well's facts about the saved frame (thumbnail, upload size), for the
    // output frame asked for; empty unless inspectFor was valid.
    image::Inspection inspection;
    media::FrameError error;

    bool ok() const { return !error.isError() && !framePng.isEmpty(); }
};

class Continuation final
{
public:
    // Decodes frame `at` of the clip, saves it under inputsDirectory (made
    // when missing) and, with a valid inspectFor, inspects the saved frame as
    // the image well would. Errors name the problem (not a video, a frame past
    // the end, a file that cannot be written).
    // keepAside: the frame taken ahead of a click (the window's prefetch) is
    // saved under a name of this process, never over framePng, which a run may
    // be reading; moveIntoPlace() gives it the shared name when it is used.
    static ContinuationFrame prepare(const ContinuationSource &source, const media::FramePosition &at,
                                     const QString &inputsDirectory, QSize inspectFor = {}, bool keepAside = false);
    // Renames asidePng to framePng (replacing an equal frame saved earlier).
    static ContinuationFrame moveIntoPlace(ContinuationFrame frame);
    // Removes the frames that processes no longer running left under
    // inputsDirectory under names of their own (taken ahead, or being
    // decoded, when they stopped); a live process's are left alone. Touches
    // the disk: not on the UI thread. The paths removed.
    static QStringList removeLeftovers(const QString &inputsDirectory);
};

} // namespace wan::jobs
