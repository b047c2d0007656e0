#pragma once

// What every subcommand shares: stderr/stdout output, the session (settings,
// network, client with its key), the library, and job progress printing.

#include "api/apierror.h"
#include "api/segmindclient.h"
#include "core/settings.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <functional>
#include <memory>

class QCommandLineParser;

namespace wan::core {
class ModelDescription;
}
namespace wan::jobs {
class GenerationJob;
struct GenerationResult;
struct BudgetVerdict;
}
namespace wan::library {
class Library;
}

namespace wan::cli {

QTextStream &err();
void printError(const api::ApiError &error);
// Ends the event loop with code once it runs. QCoreApplication::exit() before
// app.exec() has started does nothing, and exec() would then wait for ever.
void exitSoon(int code);
// QCommandLineParser::process(), but a mistake in the arguments (an unknown
// option, a missing value) is bad input like any other: the error, where to
// find the options, and exit code 2 (process() exits with 1).
void processArguments(QCommandLineParser &parser, const QStringList &arguments);
// Run by processArguments() before it ends the process (a mistake in the
// options, --help, --version): work started on another thread (frame's
// libraries loading ahead) must finish before the exit handlers unload them.
void setBeforeExit(std::function<void()> hook);
void printJsonLine(const QJsonObject &object);
// The line a finished run prints (generate, batch): its file, seed,
// library id, the picture's address, and what the service said it cost.
QJsonObject resultLine(const jobs::GenerationResult &result, qint64 libraryId);

// Everything a subcommand needs to talk to the service.
struct Session
{
    core::Settings settings;
    QNetworkAccessManager network;
    api::SegmindClient client{&network, api::Endpoints::fromSettings(settings)};
};

// Resolves the key (environment, then keychain) and checks the endpoints, then
// calls next; on a problem prints it and quits the event loop with the right code.
void withSession(Session &session, std::function<void()> next);

// The library the window uses too; nullptr (with the reason printed) when it cannot be
// opened, and then *failureExitCode says why: LocalStorageError for a full disk, else LibraryError.
std::unique_ptr<library::Library> openLibrary(int *failureExitCode = nullptr);

// The model's parameters as options (--seed, --frames, --resolution, --aspect,
// --shift, --fps), with their ranges from the model description in the help.
void addParameterOptions(QCommandLineParser &parser, const core::ModelDescription &model);
// The options that were given, parsed and checked into *parameters; false with
// *problem ("--shift: ...") on the first that is not acceptable.
bool readParameterOptions(const QCommandLineParser &parser, const core::ModelDescription &model, QJsonObject *parameters,
                          QString *problem);

// The error a run held by a budget cap fails with: insufficient credits (exit code
// 4), the verdict's message, and what to do (raise the cap, or --ignore-budget).
api::ApiError budgetHoldError(const jobs::BudgetVerdict &verdict);

// Prints a job's stages, acceptance, download progress and notices to stderr.
void printProgress(jobs::GenerationJob *job);

} // namespace wan::cli
