#include "common/showinfolder.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QUrl>

namespace wan::ui {

bool openContainingFolder(const QString &filePath)
{
    // Opening the folder is what every desktop supports; selecting the file in
    // it would need a file-manager-specific D-Bus call per platform.
    return QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(filePath).absolutePath()));
}

} // namespace wan::ui
