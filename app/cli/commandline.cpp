#include "commandline.h"

#include "continuefrom.h"

#include "clisupport.h"
#include "exportcommand.h"
#include "sequencecommand.h"
#include "framecommand.h"
#include "librarycommands.h"
#include "batchcommand.h"
#include "spendcommand.h"

#include "core/logging.h"
#include "core/modeldescription.h"
#include "core/modeltext.h"
#include "core/outputplace.h"
#include "core/settings.h"
#include "core/terminaltext.h"
#include "core/translations.h"
#include "image/uploadcache.h"
#include "jobs/budgetcheck.h"
#include "jobs/generationjob.h"
#include "library/library.h"
#include "jobs/runrecorder.h"
#include "media/clipframes.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QScopeGuard>
#include <QTextStream>

#include <cstdio>
#include <thread>

namespace wan::cli {

namespace {

int runCredits(QCoreApplication &app, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr("Prints the Segmind account's credit balance."));
    parser.addHelpOption();
    processArguments(parser, arguments);

    Session session;
    withSession(session, [&session] {
        session.client.fetchCredits(&session.client, [](api::Outcome<double> outcome) {
            if (!outcome.ok()) {
                printError(outcome.error);
                QCoreApplication::exit(api::ApiError::exitCode(outcome.error.kind));
                return;
            }
            printJsonLine({{QStringLiteral("credits"), *outcome.value}});
            QCoreApplication::exit(Success);
        });
    });
    return app.exec();
}

int runGenerate(QCoreApplication &app, const QStringList &arguments)
{
    const core::ModelDescription &model = core::ModelDescription::wan22ImageToVideo();
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr("Makes a video from a still image with %1.").arg(model.title()));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("image"), CommandLine::tr("The input image: a file or an https URL."), CommandLine::tr("path|url")});
    parser.addOption({QStringLiteral("prompt"), CommandLine::tr("What should happen in the video."), CommandLine::tr("text")});
    parser.addOption({QStringLiteral("out"), CommandLine::tr("Where to save the MP4."), CommandLine::tr("file.mp4")});
    parser.addOption({QStringLiteral("overwrite"), CommandLine::tr("Replace the --out file if it already exists.")});
    addParameterOptions(parser, model);
    parser.addOption({QStringLiteral("random-seed"), CommandLine::tr("Choose a random seed (it is printed with the result).")});
    parser.addOption({QStringLiteral("no-go-fast"), CommandLine::tr("Turn go_fast off: slower, slightly better quality.")});
    parser.addOption({QStringLiteral("sync"), CommandLine::tr("Use the synchronous v1 call instead of submit and poll.")});
    parser.addOption({QStringLiteral("continue-from"),
                      CommandLine::tr("Continue a clip: its exact frame (the last one unless --at says otherwise) is the image, "
                                      "its settings the defaults, and the run records where it came from."),
                      CommandLine::tr("clip.mp4|library id")});
    parser.addOption({QStringLiteral("at"), CommandLine::tr("With --continue-from: last (default), first, a frame index from 0, or seconds (2.5)."),
                      CommandLine::tr("frame")});
    parser.addOption({QStringLiteral("ignore-budget"), CommandLine::tr("Send even when the run would pass a budget cap.")});
    processArguments(parser, arguments);

    auto invalid = [](const QString &message) {
        err() << CommandLine::tr("Error: %1").arg(message) << Qt::endl;
        return int(InvalidInput);
    };
    jobs::GenerationRequest request;
    request.image = parser.value(QStringLiteral("image"));
    request.prompt = parser.value(QStringLiteral("prompt"));
    const bool continuing = parser.isSet(QStringLiteral("continue-from"));
    if (continuing && !request.image.isEmpty())
        return invalid(CommandLine::tr("--image and --continue-from cannot be used together: a continuation's image is the clip's frame."));
    if (!continuing && parser.isSet(QStringLiteral("at")))
        return invalid(CommandLine::tr("--at only goes with --continue-from."));
    if (request.image.isEmpty() && !continuing)
        return invalid(CommandLine::tr("--image is required: a file or an https URL."));
    if (request.prompt.trimmed().isEmpty())
        return invalid(CommandLine::tr("--prompt is required and must not be empty."));
    if (!parser.isSet(QStringLiteral("out")))
        return invalid(CommandLine::tr("--out is required: where to save the MP4."));
    request.outputPath = QFileInfo(parser.value(QStringLiteral("out"))).absoluteFilePath();
    if (parser.isSet(QStringLiteral("seed")) && parser.isSet(QStringLiteral("random-seed")))
        return invalid(CommandLine::tr("--seed and --random-seed cannot be used together."));
    {
        QString problem;
        if (!readParameterOptions(parser, model, &request.parameters, &problem))
            return invalid(problem);
    }
    if (parser.isSet(QStringLiteral("no-go-fast")))
        request.parameters.insert(QStringLiteral("go_fast"), false);
    std::unique_ptr<library::Library> lib;
    int libraryProblem = LibraryError;
    if (continuing) {
        lib = openLibrary(&libraryProblem);
        if (!lib)
            return libraryProblem;
        QString problem;
        const auto continuation = prepareContinuation(parser.value(QStringLiteral("continue-from")), parser.value(QStringLiteral("at")), *lib, &problem);
        if (!continuation)
            return invalid(problem);
        request.image = continuation->framePng;
        request.parentId = continuation->parentId;
        request.parentFrame = continuation->parentFrame;
        request.parentRequestId = continuation->parentRequestId;
        // The next shot looks like the last one unless told otherwise; the seed follows --seed / --random-seed.
        for (auto it = continuation->parentParameters.begin(); it != continuation->parentParameters.end(); ++it) {
            const auto *spec = model.parameter(it.key());
            if (spec && spec->isTunable() && it.key() != QLatin1String("seed") && !request.parameters.contains(it.key())
                && !model.validateValue(*spec, it.value()))
                request.parameters.insert(it.key(), it.value());
        }
    }
    request.randomSeed = parser.isSet(QStringLiteral("random-seed"));
    request.mode = parser.isSet(QStringLiteral("sync")) ? jobs::GenerationMode::Sync : jobs::GenerationMode::Async;
    // As GenerationJob decides: an http(s) address is fetched by the service, anything else is a file.
    const QString imageScheme = QUrl(request.image).scheme();
    const bool localImage = imageScheme != QLatin1String("https") && imageScheme != QLatin1String("http");
    if (localImage && !QFileInfo(request.image).exists())
        return invalid(CommandLine::tr("The image %1 does not exist.").arg(QDir::toNativeSeparators(request.image)));
    // Stored and sent as an absolute path: `resume --queued` may run from another folder.
    if (localImage)
        request.image = QFileInfo(request.image).absoluteFilePath();
    // Before anything is recorded or sent: a place that cannot take the video must
    // not be found out after the run was paid for.
    core::OutputPlaceRules rules;
    rules.inputImage = localImage ? request.image : QString();
    rules.mayReplace = parser.isSet(QStringLiteral("overwrite"));
    const core::OutputPlaceCheck place = core::OutputPlace::check(request.outputPath, rules);
    if (!place.ok()) {
        err() << CommandLine::tr("Error: %1").arg(place.message) << Qt::endl;
        err() << place.hint << Qt::endl;
        return place.verdict == core::OutputPlaceCheck::Verdict::Unwritable ? int(LocalStorageError) : int(InvalidInput);
    }

    Session session;
    image::UploadCache uploads(core::Settings::dataDirectory() + QStringLiteral("/upload-cache.json"));
    jobs::GenerationJob job(&session.client, &uploads, model, request);
    const auto issues = job.validate();
    if (!issues.isEmpty())
        return invalid(issues.constFirst().message);
    // Only once the addresses are usable and the key is found is the run
    // recorded: a run recorded and never sent would wait in the library as
    // queued, and a later `resume --queued` or the window would send it,
    // after this command had said it failed.
    std::optional<jobs::RunRecorder> recorderSlot;
    withSession(session, [&] {
        // The run is in the library before anything is sent, so a crash can be resumed.
        if (!lib)
            lib = openLibrary(&libraryProblem);
        if (!lib) {
            exitSoon(libraryProblem);
            return;
        }
        library::Entry entry = jobs::RunRecorder::entryFor(request, model, std::nullopt);
        entry.id = lib->insert(entry);
        if (entry.id == 0) {
            err() << CommandLine::tr("Error: the run could not be recorded in the library: %1").arg(lib->lastError()) << Qt::endl;
            if (lib->lastErrorWasDiskFull()) {
                err() << CommandLine::tr("The disk is full. Free some space, then run the command again; nothing was sent.") << Qt::endl;
                exitSoon(LocalStorageError);
                return;
            }
            exitSoon(LibraryError);
            return;
        }
        job.setPreparedImageDirectory(lib->mediaDirectory() + QStringLiteral("/inputs"));
        // Poll densely where this account's runs have been ending.
        jobs::PollPolicy policy = jobs::PollPolicy::fromEnvironment();
        policy.expectCompletion(lib->recentServiceSeconds(), model.typicalSeconds());
        job.setPollPolicy(policy);
        const auto persist = [&lib](const library::Entry &e, const std::function<void(bool)> &done) { done(lib->update(e)); };
        jobs::RunRecorder &recorder = recorderSlot.emplace(&job, entry, persist);
        recorder.recordBeforeSending(persist);
        // The caps are checked at the moment of sending, against the library as it is
        // then: runs of other processes count, finished or still in flight.
        const jobs::BudgetCaps caps = jobs::BudgetCaps::fromSettings(session.settings);
        if (caps.any() && !parser.isSet(QStringLiteral("ignore-budget"))) {
            job.setSendCheck([&lib, &model, caps, id = entry.id](const std::function<void(std::optional<api::ApiError>)> &done) {
                // Checked and marked as on its way in one transaction: a check in
                // another process at the same moment counts this run.
                jobs::BudgetVerdict verdict;
                lib->admitWithinBudget(id, [&](const library::Library &library) {
                    verdict = jobs::BudgetCheck::check(caps, library, model.typicalCostUsd(), model.typicalCostUsd(),
                                                       QDateTime::currentDateTime(), id);
                    return verdict.allowed();
                });
                done(verdict.allowed() ? std::nullopt : std::optional<api::ApiError>(budgetHoldError(verdict)));
            });
        }
        // Leaves only once every write the run depends on has landed or been given up.
        const auto exitWhenRecorded = [&recorder](int code) {
            if (recorder.isSettled())
                QCoreApplication::exit(code);
            else
                QObject::connect(&recorder, &jobs::RunRecorder::settled, &recorder, [code] { QCoreApplication::exit(code); });
        };
        QObject::connect(&recorder, &jobs::RunRecorder::writeProblem, &recorder, [](const QString &text) { err() << text << Qt::endl; });

        printProgress(&job);
        QObject::connect(&job, &jobs::GenerationJob::failed, &job, [&job, &recorder, exitWhenRecorded](const api::ApiError &error) {
            printError(error);
            if (jobs::RunRecorder::isResumable(recorder.entry()))
                err() << CommandLine::tr("The service accepted this run as request %1; `wanstudio resume` fetches it once it is done.")
                             .arg(core::printableText(job.requestId(), core::LineBreaks::AsSpaces))
                      << Qt::endl;
            exitWhenRecorded(api::ApiError::exitCode(error.kind));
        });
        QObject::connect(&job, &jobs::GenerationJob::succeeded, &job, [&recorder, exitWhenRecorded](const jobs::GenerationResult &result) {
            QJsonObject line = resultLine(result, recorder.entry().id);
            if (recorder.entry().isContinuation()) {
                line.insert(QStringLiteral("parent_id"), recorder.entry().parentId);
                line.insert(QStringLiteral("parent_frame"), recorder.entry().parentFrame);
            }
            printJsonLine(line);
            exitWhenRecorded(Success);
        });
        job.start();
    });
    return app.exec();
}

} // namespace

QStringList CommandLine::subcommands()
{
    return {QStringLiteral("generate"), QStringLiteral("credits"), QStringLiteral("resume"), QStringLiteral("library"),
            QStringLiteral("frame"), QStringLiteral("export"), QStringLiteral("sequence"), QStringLiteral("batch"),
            QStringLiteral("spend"), QStringLiteral("settings")};
}

bool CommandLine::wantsCommandLine(int argc, char *argv[])
{
    if (argc < 2)
        return false;
    const QString first = QString::fromLocal8Bit(argv[1]);
    return subcommands().contains(first) || first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("--version") || first == QLatin1String("-v");
}

int CommandLine::run(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // `frame` decodes at once: FFmpeg's libraries (a hundred with their
    // dependencies) load on a second thread while the translations and the
    // arguments are set up here, instead of after them (figure 11a). Only
    // once the application exists: the first thread that touches Qt becomes
    // its main thread ("QApplication was not created in the main() thread").
    std::thread loadingAhead;
    if (argc > 1 && qstrcmp(argv[1], "frame") == 0)
        loadingAhead = std::thread(&media::ClipFrames::loadLibraries);
    const auto joinLoading = [&loadingAhead] {
        if (loadingAhead.joinable())
            loadingAhead.join();
    };
    // Joined on every way out: a return, and the exits of --help or a mistake in the options.
    const auto joinOnReturn = qScopeGuard(joinLoading);
    setBeforeExit(joinLoading);
    core::applyApplicationIdentity();
    core::installTranslators(app);
    QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.value(1);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        QTextStream(stdout) << QStringLiteral("wanstudio %1 (Qt %2)").arg(QCoreApplication::applicationVersion(), QLatin1String(qVersion())) << Qt::endl;
        return Success;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h")) {
        QTextStream out(stdout);
        out << tr("Usage: wanstudio [IMAGE]            open the studio window (optionally with an image)") << Qt::endl
            << tr("       wanstudio generate [options] make a video from an image, headless") << Qt::endl
            << tr("       wanstudio credits            print the credit balance") << Qt::endl
            << tr("       wanstudio resume             fetch runs the service accepted but this computer did not receive") << Qt::endl
            << tr("       wanstudio library list|show  what the library holds") << Qt::endl
            << tr("       wanstudio library rebuild    list the clips again in a lost or damaged library") << Qt::endl
            << tr("       wanstudio frame CLIP         save one exact frame of a clip as a PNG (--at, --out)") << Qt::endl
            << tr("       wanstudio export INPUT...    join clips into an MP4, WebM, GIF, WebP or PNG frames (--format, --out)") << Qt::endl
            << tr("       wanstudio sequence create|list|show|export  scenes of library clips, exported as one (mlt: for an editor)") << Qt::endl
            << tr("       wanstudio batch [options]    many runs at once: {a|b} prompt alternatives, seeds, sweeps (--dry-run)") << Qt::endl
            << tr("       wanstudio spend              what runs cost: totals and per day (--since, --json)") << Qt::endl
            << tr("       wanstudio settings list|get|set  the settings a script needs, budget caps among them") << Qt::endl
            << tr("       wanstudio COMMAND --help     options of a command") << Qt::endl
            << tr("The key comes from SEGMIND_API_KEY or the system keychain.") << Qt::endl;
        return Success;
    }
    arguments.removeAt(1);
    arguments[0] = arguments.at(0) + QLatin1Char(' ') + command;
    if (command == QLatin1String("generate"))
        return runGenerate(app, arguments);
    if (command == QLatin1String("resume"))
        return runResume(app, arguments);
    if (command == QLatin1String("library"))
        return runLibrary(app, arguments);
    if (command == QLatin1String("frame"))
        return runFrame(arguments);
    if (command == QLatin1String("export"))
        return runExport(arguments);
    if (command == QLatin1String("sequence"))
        return runSequence(arguments);
    if (command == QLatin1String("batch"))
        return runBatch(app, arguments);
    if (command == QLatin1String("spend"))
        return runSpend(arguments);
    if (command == QLatin1String("settings"))
        return runSettings(arguments);
    return runCredits(app, arguments);
}

} // namespace wan::cli
