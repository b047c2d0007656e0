// Wan Studio's entry point: a subcommand runs headless on the core; anything
// else opens the studio window.

#include "cli/commandline.h"
#include "core/allocator.h"
#include "shell/studioapp.h"

int main(int argc, char *argv[])
{
    wan::core::tuneAllocator(); // before any thread starts
    if (wan::cli::CommandLine::wantsCommandLine(argc, argv))
        return wan::cli::CommandLine::run(argc, argv);
    return wan::ui::runStudio(argc, argv);
}
