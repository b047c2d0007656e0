#pragma once

// The window's front door: creates the application, the core objects and the
// window, and wires them together (the one place that does).

namespace wan::ui {

int runStudio(int argc, char *argv[]);

} // namespace wan::ui
