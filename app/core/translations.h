#pragma once

// Loads Qt's own translations first (so standard dialogs match) and then Wan
// Studio's for the system's languages, from the resources built by
// qt_add_translations.

class QCoreApplication;

namespace wan::core {

void installTranslators(QCoreApplication &app);

} // namespace wan::core
