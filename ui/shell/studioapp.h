#pragma once

// The window's front door: creates the application, the core objects and the
// window, and wires them together (the one place that does).

#include <QIcon>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

namespace wan::ui {

int runStudio(int argc, char *argv[]);

// The reverse-DNS id the desktop entry, AppStream metadata and icons are named after.
QString applicationId();

// The application icon (the hand-drawn one from packaging/icons), for window decorations.
QIcon applicationIcon();
// Its sizes decoded, any thread (no QApplication needed): see runStudio.
QList<QImage> applicationIconImages();
QIcon applicationIcon(const QList<QImage> &images);

// The image a launch names: the first argument after the program that is not an
// option (a desktop's "Open with" passes absolute paths through Exec=wanstudio %F).
// A relative path is made absolute against the working directory, a file: URL
// becomes its path, an address with a scheme is kept. Empty when there is none.
QString imageArgument(const QStringList &arguments);

} // namespace wan::ui
