#pragma once

// Variations and sweeps send one picture many times, and the image well has
// usually prepared it already: decode and scale it once. A process-wide memo of
// the last few preparations of files, keyed by the file (path, size,
// modification time) and the options. No caller ever blocks on another (a
// wait could deadlock the thread pool that preparing itself uses): two
// prepareFile() calls that miss at once both prepare. prepareShared() is the
// asynchronous way in: callers that ask for the same preparation while it is
// under way get the same future, so a batch that starts four variations at
// once decodes the photo once. Failures are not kept (the file may be fixed).
// Thread-safe.

#include "imagepreparer.h"

#include <QFuture>

class QThreadPool;

namespace wan::image {

class PreparedImageCache final
{
public:
    // ImagePreparer::prepareFile, remembered.
    static ImagePreparer::Result prepareFile(const QString &path, const ImagePreparationOptions &options);
    // The same, on pool: a finished future when the result is remembered, the
    // future of the preparation under way when one is, or a new one. Watch it
    // (QFutureWatcher); never wait on it from a thread of pool.
    static QFuture<ImagePreparer::Result> prepareShared(const QString &path, const ImagePreparationOptions &options,
                                                        QThreadPool *pool);
    // How many preparations prepareShared() started (tests).
    static int sharedStarts();
    // Forgets everything (tests).
    static void clear();
};

} // namespace wan::image
