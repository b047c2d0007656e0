#pragma once

// Where long background work runs: decoding a photo, a clip's first frame,
// rewriting a downloaded clip. Not Qt's global thread pool, because Qt's own
// image routines (smooth scaling, format conversion, QPainter::drawImage of a
// large picture) split their work over that pool and wait for it on the
// calling thread: with our long tasks in it, the UI thread waited for them
// too, up to 30 ms while a clip's first frame was painted (issue 18,
// figure 6). Short tasks may still use the global pool.

class QThreadPool;

namespace wan::core {

// One pool for the process, as many threads as cores; made on first use.
QThreadPool *backgroundPool();

} // namespace wan::core
