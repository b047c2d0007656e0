#include "common/platformdefaults.h"

#include <QByteArray>
#include <QtGlobal>

namespace wan::ui {

void applyPlatformDefaults()
{
    if (!qEnvironmentVariableIsSet("QT_MEDIA_BACKEND"))
        qputenv("QT_MEDIA_BACKEND", QByteArrayLiteral("ffmpeg"));
    if (!qEnvironmentVariableIsSet("QT_XCB_GL_INTEGRATION"))
        qputenv("QT_XCB_GL_INTEGRATION", QByteArrayLiteral("none"));
}

} // namespace wan::ui
