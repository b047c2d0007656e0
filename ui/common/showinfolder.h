#pragma once

// "Show in folder" for a clip, the same wherever it is offered (the player,
// the Library, the Runs list): the file's folder opens in the desktop's file
// manager. Tests catch it with QDesktopServices::setUrlHandler("file", ...).

#include <QString>

namespace wan::ui {

// Opens the folder that holds filePath; false when the desktop could not.
bool openContainingFolder(const QString &filePath);

} // namespace wan::ui
