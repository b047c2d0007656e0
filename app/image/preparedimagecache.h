#pragma once

// Variations and sweeps send one picture many times, and the image well has
// usually prepared it already: decode and scale it once. A process-wide memo of
// the last few preparations of files, keyed by the file (path, size,
// modification time) and the options. No caller ever waits for another (a
// wait could deadlock the thread pool that preparing itself uses): two that
// miss at once both prepare. Failures are not kept (the file may be fixed).
// Thread-safe.

#include "imagepreparer.h"

namespace wan::image {

class PreparedImageCache final
{
public:
    // ImagePreparer::prepareFile, remembered.
    static ImagePreparer::Result prepareFile(const QString &path, const ImagePreparationOptions &options);
    // Forgets everything (tests).
    static void clear();
};

} // namespace wan::image
