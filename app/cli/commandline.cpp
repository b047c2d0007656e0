#include "commandline.h"

#include "api/segmindclient.h"
#include "core/apikeystore.h"
#include "core/logging.h"
#include "core/modeldescription.h"
#include "core/settings.h"
#include "core/translations.h"
#include "image/uploadcache.h"
#include "jobs/generationjob.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <cstdio>

namespace wan::cli {

namespace {

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

void printError(const api::ApiError &error)
{
    err() << CommandLine::tr("Error: %1").arg(error.message) << Qt::endl;
    if (!error.hint.isEmpty())
        err() << error.hint << Qt::endl;
}

void printJsonLine(const QJsonObject &object)
{
    QTextStream out(stdout);
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << Qt::endl;
}

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

// Everything a subcommand needs to talk to the service, created after the key is known.
struct Session
{
    core::Settings settings;
    QNetworkAccessManager network;
    api::SegmindClient client{&network, settings.endpoints()};
};

// Resolves the key (environment, then keychain) and the endpoints, then calls next;
// on a problem prints it and quits with the right code.
void withSession(Session &session, std::function<void()> next)
{
    const QString problem = session.client.endpoints().validate();
    if (!problem.isEmpty()) {
        err() << CommandLine::tr("Error: %1").arg(problem) << Qt::endl;
        err() << CommandLine::tr("Check SEGMIND_API_BASE and SEGMIND_UPLOAD_BASE, or the addresses in Settings.") << Qt::endl;
        QCoreApplication::exit(InvalidInput);
        return;
    }
    auto *store = new core::ApiKeyStore(QStringLiteral("WanStudio"), &session.client);
    store->resolve([&session, store, next = std::move(next)](const core::KeyLookup &lookup) {
        store->deleteLater();
        if (!lookup.key) {
            printError(api::ApiErrors::keyMissing());
            if (!lookup.keychainAvailable)
                err() << lookup.problem << Qt::endl;
            QCoreApplication::exit(KeyProblem);
            return;
        }
        session.client.setApiKey(*lookup.key);
        next();
    });
}

int runCredits(QCoreApplication &app, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr("Prints the Segmind account's credit balance."));
    parser.addHelpOption();
    parser.process(arguments);

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
    for (const auto &option : ParameterOptions) {
        const auto *spec = model.parameter(QLatin1String(option.parameter));
        Q_ASSERT(spec);
        parser.addOption({QLatin1String(option.option),
                          CommandLine::tr("%1: %2 Allowed: %3; default %4.")
                              .arg(spec->label, spec->help, spec->allowedDescription(),
                                   spec->defaultValue.toVariant().toString()),
                          CommandLine::tr("value")});
    }
    parser.addOption({QStringLiteral("random-seed"), CommandLine::tr("Choose a random seed (it is printed with the result).")});
    parser.addOption({QStringLiteral("no-go-fast"), CommandLine::tr("Turn go_fast off: slower, slightly better quality.")});
    parser.addOption({QStringLiteral("sync"), CommandLine::tr("Use the synchronous v1 call instead of submit and poll.")});
    parser.process(arguments);

    auto invalid = [](const QString &message) {
        err() << CommandLine::tr("Error: %1").arg(message) << Qt::endl;
        return int(InvalidInput);
    };
    jobs::GenerationRequest request;
    request.image = parser.value(QStringLiteral("image"));
    request.prompt = parser.value(QStringLiteral("prompt"));
    if (request.image.isEmpty())
        return invalid(CommandLine::tr("--image is required: a file or an https URL."));
    if (request.prompt.trimmed().isEmpty())
        return invalid(CommandLine::tr("--prompt is required and must not be empty."));
    if (!parser.isSet(QStringLiteral("out")))
        return invalid(CommandLine::tr("--out is required: where to save the MP4."));
    request.outputPath = QFileInfo(parser.value(QStringLiteral("out"))).absoluteFilePath();
    if (parser.isSet(QStringLiteral("seed")) && parser.isSet(QStringLiteral("random-seed")))
        return invalid(CommandLine::tr("--seed and --random-seed cannot be used together."));
    for (const auto &option : ParameterOptions) {
        const QString name = QLatin1String(option.option);
        if (!parser.isSet(name))
            continue;
        const auto *spec = model.parameter(QLatin1String(option.parameter));
        QString problem;
        const auto value = model.parseValue(*spec, parser.value(name), &problem);
        if (!value)
            return invalid(QStringLiteral("--%1: %2").arg(name, problem));
        request.parameters.insert(spec->name, *value);
    }
    if (parser.isSet(QStringLiteral("no-go-fast")))
        request.parameters.insert(QStringLiteral("go_fast"), false);
    request.randomSeed = parser.isSet(QStringLiteral("random-seed"));
    request.mode = parser.isSet(QStringLiteral("sync")) ? jobs::GenerationMode::Sync : jobs::GenerationMode::Async;
    if (!QFileInfo(request.image).exists() && QUrl(request.image).scheme().isEmpty())
        return invalid(CommandLine::tr("The image %1 does not exist.").arg(QDir::toNativeSeparators(request.image)));

    Session session;
    image::UploadCache uploads(core::Settings::dataDirectory() + QStringLiteral("/upload-cache.json"));
    jobs::GenerationJob job(&session.client, &uploads, model, request);
    const auto issues = job.validate();
    if (!issues.isEmpty())
        return invalid(issues.constFirst().message);

    int lastPercent = -1;
    QObject::connect(&job, &jobs::GenerationJob::stageChanged, &job, [&job](jobs::JobStage stage) {
        err() << jobs::GenerationJob::stageName(stage);
        if (stage == jobs::JobStage::Queued || stage == jobs::JobStage::Processing)
            err() << CommandLine::tr(" (%1 s)").arg(job.elapsedMs() / 1000);
        err() << Qt::endl;
    });
    QObject::connect(&job, &jobs::GenerationJob::accepted, &job, [](const api::SubmitTicket &ticket) {
        err() << CommandLine::tr("Accepted as request %1").arg(ticket.requestId) << Qt::endl;
    });
    QObject::connect(&job, &jobs::GenerationJob::downloadProgress, &job, [&lastPercent](qint64 received, qint64 total) {
        if (total <= 0)
            return;
        const int percent = static_cast<int>(received * 100 / total);
        if (percent / 10 != lastPercent / 10) {
            lastPercent = percent;
            err() << CommandLine::tr("Downloading %1%").arg(percent) << Qt::endl;
        }
    });
    QObject::connect(&job, &jobs::GenerationJob::notice, &job, [](const QString &text) { err() << text << Qt::endl; });
    QObject::connect(&job, &jobs::GenerationJob::failed, &job, [&job](const api::ApiError &error) {
        printError(error);
        if (error.mayHaveBeenCharged && !job.requestId().isEmpty())
            err() << CommandLine::tr("The service accepted this run as request %1; it may be charged.").arg(job.requestId()) << Qt::endl;
        QCoreApplication::exit(api::ApiError::exitCode(error.kind));
    });
    QObject::connect(&job, &jobs::GenerationJob::succeeded, &job, [](const jobs::GenerationResult &result) {
        QJsonObject line{{QStringLiteral("output"), result.outputPath},
                         {QStringLiteral("seed"), result.seed},
                         {QStringLiteral("image_url"), result.imageUrl},
                         {QStringLiteral("upload_reused"), result.uploadReused}};
        if (!result.requestId.isEmpty())
            line.insert(QStringLiteral("request_id"), result.requestId);
        if (result.credits)
            line.insert(QStringLiteral("remaining_credits"), *result.credits);
        if (result.inferenceSeconds)
            line.insert(QStringLiteral("inference_seconds"), *result.inferenceSeconds);
        printJsonLine(line);
        QCoreApplication::exit(Success);
    });
    withSession(session, [&job] { job.start(); });
    return app.exec();
}

} // namespace

QStringList CommandLine::subcommands()
{
    return {QStringLiteral("generate"), QStringLiteral("credits")};
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
            << tr("       wanstudio COMMAND --help     options of a command") << Qt::endl
            << tr("The key comes from SEGMIND_API_KEY or the system keychain.") << Qt::endl;
        return Success;
    }
    arguments.removeAt(1);
    arguments[0] = arguments.at(0) + QLatin1Char(' ') + command;
    if (command == QLatin1String("generate"))
        return runGenerate(app, arguments);
    return runCredits(app, arguments);
}

} // namespace wan::cli
