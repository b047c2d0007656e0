// Linked into each program that uses the widgets outside bin/ (tests, the
// bench; wanstudio_use_mediaengine in ui/CMakeLists.txt): the media engine
// plugin is found in the build tree, not beside the executable.

#include "player/mediaengine.h"

#include <QCoreApplication>

namespace {

void useBuildTreeMediaEngine()
{
    wan::ui::MediaEngine::setDirectory(QStringLiteral(WANSTUDIO_MEDIAENGINE_DIR));
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(useBuildTreeMediaEngine)
