#pragma once

// The image well as assistive technology sees it: a button named "Image"
// whose press action opens the file chooser (what Space and a click do) and
// whose description says which picture is chosen. Without this a screen
// reader met an unnamed frame it could not activate.

class QAccessibleInterface;
class QObject;
class QString;

namespace wan::ui {

// Installs the factory once; ImageWell's constructor calls it.
void installImageWellAccessibility();

} // namespace wan::ui
