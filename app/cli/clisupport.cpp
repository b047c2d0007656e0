#include "clisupport.h"

#include "cli/commandline.h"
#include "core/apikeystore.h"
#include "core/modeldescription.h"
#include "core/modeltext.h"
#include "core/terminaltext.h"
#include "jobs/budgetcheck.h"
#include "jobs/generationjob.h"
#include "library/library.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStorageInfo>

#include <algorithm>
#include <cstdlib>
#include <utility>

namespace wan::cli {

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

namespace {

std::function<void()> &beforeExit()
{
    static std::function<void()> hook;
    return hook;
}

void runBeforeExit()
{
    if (beforeExit())
        std::exchange(beforeExit(), {})();
}

} // namespace

void setBeforeExit(std::function<void()> hook)
{
    beforeExit() = std::move(hook);
}

void processArguments(QCommandLineParser &parser, const QStringList &arguments)
{
    if (!parser.parse(arguments)) {
        const QString command = QFileInfo(arguments.value(0)).fileName(); // "wanstudio export"
        err() << CommandLine::tr("Error: %1").arg(parser.errorText()) << Qt::endl
              << CommandLine::tr("See \"%1 --help\" for the options.").arg(command) << Qt::endl;
        runBeforeExit();
        std::exit(InvalidInput);
    }
    // --help and --version print and end the process (QCommandLineParser::process).
    static const QStringList ending{QStringLiteral("help"), QStringLiteral("h"), QStringLiteral("?"), QStringLiteral("help-all"),
                                    QStringLiteral("version"), QStringLiteral("v")};
    const QStringList given = parser.optionNames();
    if (std::any_of(given.cbegin(), given.cend(), [](const QString &name) { return ending.contains(name); }))
        runBeforeExit();
    parser.process(arguments);
}

void printError(const api::ApiError &error)
{
    // Messages may quote the service: nothing it sends reaches the terminal as a control sequence.
    err() << core::printableText(CommandLine::tr("Error: %1").arg(error.message)) << Qt::endl;
    if (!error.hint.isEmpty())
        err() << core::printableText(error.hint) << Qt::endl;
}

void printJsonLine(const QJsonObject &object)
{
    QTextStream out(stdout);
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << Qt::endl;
}

QJsonObject resultLine(const jobs::GenerationResult &result, qint64 libraryId)
{
    QJsonObject line{{QStringLiteral("output"), result.outputPath},
                     {QStringLiteral("seed"), result.seed},
                     {QStringLiteral("library_id"), libraryId},
                     {QStringLiteral("image_url"), result.imageUrl},
                     {QStringLiteral("upload_reused"), result.uploadReused}};
    if (!result.requestId.isEmpty())
        line.insert(QStringLiteral("request_id"), result.requestId);
    if (result.credits)
        line.insert(QStringLiteral("remaining_credits"), *result.credits);
    if (result.inferenceSeconds)
        line.insert(QStringLiteral("inference_seconds"), *result.inferenceSeconds);
    if (result.cost)
        line.insert(QStringLiteral("cost"), *result.cost);
    return line;
}

namespace {

// Command-line option -> model parameter. The ranges come from the model description.
struct ParameterOption
{
    const char *option;
    const char *parameter;
};
constexpr ParameterOption ParameterOptions[] = {
    {"seed", "seed"},
    {"frames", "num_frames"},
    {"resolution", "resolution"},
    {"aspect", "aspect_ratio"},
    {"shift", "sample_shift"},
    {"fps", "frames_per_second"},
};

// Below this much free space the disk counts as full: SQLite needs room for its
// shared-memory index (32 KB) and write-ahead log before it can read a page.
constexpr qint64 FullDiskBytes = qint64(1) << 20;

} // namespace

void exitSoon(int code)
{
    QMetaObject::invokeMethod(QCoreApplication::instance(), [code] { QCoreApplication::exit(code); }, Qt::QueuedConnection);
}

void addParameterOptions(QCommandLineParser &parser, const core::ModelDescription &model)
{
    for (const auto &option : ParameterOptions) {
        const auto *spec = model.parameter(QLatin1String(option.parameter));
        Q_ASSERT(spec);
        parser.addOption({QLatin1String(option.option),
                          CommandLine::tr("%1: %2 Allowed: %3; default %4.")
                              .arg(core::translatedModelText(spec->label), core::translatedModelText(spec->help), spec->allowedDescription(),
                                   spec->defaultValue.toVariant().toString()),
                          CommandLine::tr("value")});
    }
}

bool readParameterOptions(const QCommandLineParser &parser, const core::ModelDescription &model, QJsonObject *parameters,
                          QString *problem)
{
    for (const auto &option : ParameterOptions) {
        const QString name = QLatin1String(option.option);
        if (!parser.isSet(name))
            continue;
        const auto *spec = model.parameter(QLatin1String(option.parameter));
        QString why;
        const auto value = model.parseValue(*spec, parser.value(name), &why);
        if (!value) {
            *problem = QStringLiteral("--%1: %2").arg(name, why);
            return false;
        }
        parameters->insert(spec->name, *value);
    }
    return true;
}

api::ApiError budgetHoldError(const jobs::BudgetVerdict &verdict)
{
    api::ApiError error;
    error.kind = api::ApiError::Kind::InsufficientCredits;
    error.message = verdict.message;
    const core::Settings::Key key =
        verdict.cap == jobs::BudgetVerdict::Cap::Daily ? core::Settings::Key::BudgetDaily : core::Settings::Key::BudgetMonthly;
    // The context spelled out: lupdate files this function's strings under a wrong one otherwise.
    error.hint = QCoreApplication::translate("wan::cli::CommandLine",
                                             "Nothing was sent for this run. Raise the cap (wanstudio settings set %1 VALUE), "
                                             "or send it anyway with --ignore-budget.")
                     .arg(core::Settings::name(key));
    return error;
}

void withSession(Session &session, std::function<void()> next)
{
    const QString problem = session.client.endpoints().validate();
    if (!problem.isEmpty()) {
        err() << CommandLine::tr("Error: %1").arg(problem) << Qt::endl;
        err() << CommandLine::tr("Check SEGMIND_API_BASE and SEGMIND_UPLOAD_BASE, or the addresses in Settings.") << Qt::endl;
        exitSoon(InvalidInput);
        return;
    }
    auto *store = new core::ApiKeyStore(QStringLiteral("WanStudio"), &session.client);
    store->resolve([&session, store, next = std::move(next)](const core::KeyLookup &lookup) {
        store->deleteLater();
        if (!lookup.key) {
            printError(api::ApiErrors::keyMissing());
            if (!lookup.keychainAvailable)
                err() << lookup.problem << Qt::endl;
            exitSoon(KeyProblem);
            return;
        }
        session.client.setApiKey(*lookup.key);
        next();
    });
}

std::unique_ptr<library::Library> openLibrary(int *failureExitCode)
{
    const QString dataDirectory = core::Settings::dataDirectory();
    auto lib = std::make_unique<library::Library>(dataDirectory + QStringLiteral("/library.sqlite"));
    QString problem;
    if (!lib->open(&problem)) {
        // SQLite cannot tell a full disk from damage when it opens (it fails to map its
        // -shm file, "disk I/O error"): a disk with next to no room left is the likelier
        // cause, and saying "damaged" could make someone delete a good library.
        const QStorageInfo disk(dataDirectory);
        if (disk.isValid() && disk.bytesAvailable() >= 0 && disk.bytesAvailable() < FullDiskBytes) {
            err() << CommandLine::tr("Error: the library could not be opened: the disk that holds it is full (%1 bytes free).")
                         .arg(disk.bytesAvailable())
                  << Qt::endl;
            err() << CommandLine::tr("Free some space, then run the command again; nothing was sent.") << Qt::endl;
            if (failureExitCode)
                *failureExitCode = LocalStorageError;
            return nullptr;
        }
        err() << CommandLine::tr("Error: the library could not be opened: %1").arg(problem) << Qt::endl;
        if (lib->isDamaged())
            err() << CommandLine::tr("The library is damaged; `wanstudio library rebuild` lists your clips again "
                                     "(the damaged file is kept aside).")
                  << Qt::endl;
        if (failureExitCode)
            *failureExitCode = LibraryError;
        return nullptr;
    }
    return lib;
}

void printProgress(jobs::GenerationJob *job)
{
    auto lastPercent = std::make_shared<int>(-1);
    QObject::connect(job, &jobs::GenerationJob::stageChanged, job, [job](jobs::JobStage stage) {
        err() << jobs::GenerationJob::stageName(stage);
        if (stage == jobs::JobStage::Queued || stage == jobs::JobStage::Processing)
            err() << CommandLine::tr(" (%1 s)").arg(job->elapsedMs() / 1000);
        err() << Qt::endl;
    });
    QObject::connect(job, &jobs::GenerationJob::accepted, job, [](const api::SubmitTicket &ticket) {
        err() << CommandLine::tr("Accepted as request %1").arg(core::printableText(ticket.requestId, core::LineBreaks::AsSpaces)) << Qt::endl;
    });
    QObject::connect(job, &jobs::GenerationJob::downloadProgress, job, [lastPercent](qint64 received, qint64 total) {
        if (total <= 0)
            return;
        const int percent = static_cast<int>(received * 100 / total);
        if (percent / 10 != *lastPercent / 10) {
            *lastPercent = percent;
            err() << CommandLine::tr("Downloading %1%").arg(percent) << Qt::endl;
        }
    });
    QObject::connect(job, &jobs::GenerationJob::notice, job, [](const QString &text) { err() << core::printableText(text) << Qt::endl; });
}

} // namespace wan::cli
