#pragma once

// `wanstudio <subcommand>`: the headless front-end on the same core as the
// window. Progress goes to stderr, one JSON line of result to stdout, and the
// exit code says what kind of failure happened (see ExitCode).

#include <QCoreApplication>
#include <QStringList>

namespace wan::cli {

enum ExitCode {
    Success = 0,
    InvalidInput = 2,
    KeyProblem = 3,
    NotEnoughCredits = 4,
    ServiceError = 5,
    NetworkError = 6,
    // This computer's side: the disk is full, or the output place cannot be written.
    LocalStorageError = 7,
    // The library database is damaged or cannot be used (`wanstudio library rebuild`).
    LibraryError = 8,
    // The model is not available to this account: not permitted (403) or retired (410).
    ModelUnavailable = 9,
    // Stopped by Ctrl+C (or SIGTERM) with nothing left behind (`export`): 128 + SIGINT, as shells count.
    Interrupted = 130,
};

class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(wan::cli::CommandLine)
public:
    // True when argv names a subcommand (or --help/--version): no window is needed.
    static bool wantsCommandLine(int argc, char *argv[]);
    // Creates the QCoreApplication and runs the subcommand; returns the exit code.
    static int run(int argc, char *argv[]);

    static QStringList subcommands();
};

} // namespace wan::cli
