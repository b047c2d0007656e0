#include "batchcommand.h"

#include "clisupport.h"
#include "commandline.h"

#include "core/modeldescription.h"
#include "core/outputplace.h"
#include "core/settings.h"
#include "core/terminaltext.h"
#include "image/uploadcache.h"
#include "jobs/batchplan.h"
#include "jobs/budgetcheck.h"
#include "jobs/budgetguard.h"
#include "jobs/jobqueue.h"
#include "library/library.h"
#include "library/libraryservice.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QTextStream>

#include <memory>

namespace wan::cli {

namespace {

QString amount(double value)
{
    return jobs::BudgetCheck::creditsText(value);
}

// The parameters a person reads in a dry run: every tunable one but the seed, in the model's order.
QString parameterText(const core::ModelDescription &model, const QJsonObject &parameters)
{
    QStringList parts;
    for (const core::ParameterSpec &spec : model.parameters()) {
        if (!spec.isTunable() || spec.name == QLatin1String("seed") || !parameters.contains(spec.name))
            continue;
        parts.append(QStringLiteral("%1=%2").arg(spec.name, parameters.value(spec.name).toVariant().toString()));
    }
    return parts.join(QLatin1Char(' '));
}

void printPlan(const core::ModelDescription &model, const jobs::BatchPlan &plan, const jobs::BudgetVerdict &verdict, bool json)
{
    QTextStream out(stdout);
    int index = 0;
    for (const jobs::PlannedRun &run : plan.runs()) {
        ++index;
        const QJsonObject parameters = model.defaults();
        QJsonObject sent = parameters;
        for (auto it = run.request.parameters.begin(); it != run.request.parameters.end(); ++it)
            sent.insert(it.key(), it.value());
        if (json) {
            QJsonObject line { { QStringLiteral("run"), index },
                               { QStringLiteral("prompt"), run.request.prompt },
                               { QStringLiteral("seed"), sent.value(QStringLiteral("seed")) },
                               { QStringLiteral("parameters"), sent },
                               { QStringLiteral("label"), run.label },
                               { QStringLiteral("axis_labels"), QJsonArray::fromStringList(run.axisLabels) } };
            if (!run.request.outputPath.isEmpty())
                line.insert(QStringLiteral("output"), run.request.outputPath);
            printJsonLine(line);
            continue;
        }
        out << CommandLine::tr("Run %1 of %2: %3").arg(index).arg(plan.count()).arg(core::printableText(run.label)) << Qt::endl;
        out << QStringLiteral("  ") << CommandLine::tr("prompt: %1").arg(core::printableText(run.request.prompt, core::LineBreaks::AsSpaces))
            << Qt::endl;
        out << QStringLiteral("  ") << CommandLine::tr("seed: %1").arg(sent.value(QStringLiteral("seed")).toVariant().toString())
            << QStringLiteral("  ") << parameterText(model, sent) << Qt::endl;
        if (!run.request.outputPath.isEmpty())
            out << QStringLiteral("  ") << CommandLine::tr("output: %1").arg(QDir::toNativeSeparators(run.request.outputPath)) << Qt::endl;
    }
    if (json) {
        QJsonObject total { { QStringLiteral("runs"), plan.count() },
                            { QStringLiteral("typical_cost"), plan.typicalCost() },
                            { QStringLiteral("cost"), plan.plannedCost() },
                            { QStringLiteral("within_budget"), verdict.allowed() } };
        if (!verdict.allowed())
            total.insert(QStringLiteral("budget"), verdict.message);
        printJsonLine(total);
        return;
    }
    out << CommandLine::tr("%n run(s), about %1 credits in all (%2 each); nothing was sent.", nullptr, plan.count())
               .arg(amount(plan.plannedCost()), amount(plan.typicalCost()))
        << Qt::endl;
    if (!verdict.allowed())
        out << verdict.message << Qt::endl;
}

} // namespace

bool parseSweepOption(const QString &text, QString *parameter, QList<double> *values, QString *problem)
{
    const int equals = text.indexOf(QLatin1Char('='));
    if (equals <= 0) {
        *problem = CommandLine::tr("--sweep takes PARAMETER=V1,V2,... such as sample_shift=4,8,12; not \"%1\".").arg(text);
        return false;
    }
    *parameter = text.left(equals).trimmed();
    QString error;
    const auto parsed = jobs::BatchPlan::parseValues(text.mid(equals + 1), &error);
    if (!parsed) {
        *problem = QStringLiteral("--sweep %1: %2").arg(*parameter, error);
        return false;
    }
    *values = *parsed;
    return true;
}

bool parseSeedList(const QString &text, QList<qint64> *seeds, QString *problem)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    const QStringList parts = text.split(separators, Qt::SkipEmptyParts);
    if (parts.isEmpty()) {
        *problem = CommandLine::tr("--seed-list takes seeds separated by commas, such as 1,2,3.");
        return false;
    }
    for (const QString &part : parts) {
        bool ok = false;
        const qint64 seed = part.toLongLong(&ok);
        if (!ok) {
            *problem = CommandLine::tr("--seed-list: \"%1\" is not a whole number.").arg(part);
            return false;
        }
        seeds->append(seed);
    }
    return true;
}

int runBatch(QCoreApplication &app, const QStringList &arguments)
{
    const core::ModelDescription &model = core::ModelDescription::wan22ImageToVideo();
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLine::tr("Plans and sends many runs of %1 from one image and prompt. {golden hour|blue hour} in the prompt "
                        "makes one run per alternative (several groups multiply, the first varying slowest; write \\{ \\} "
                        "\\| for literal characters); seeds and sweeps multiply too, up to %2 runs.")
            .arg(model.title())
            .arg(jobs::BatchPlan::MaxRuns));
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("image"), CommandLine::tr("The input image: a file or an https URL."), CommandLine::tr("path|url") });
    parser.addOption({ QStringLiteral("prompt"), CommandLine::tr("What should happen in the video; may hold {a|b} alternatives."),
                       CommandLine::tr("text") });
    parser.addOption({ QStringLiteral("out"),
                       CommandLine::tr("Base name of the MP4s (clip.mp4 -> clip-1-....mp4); default: the results folder."),
                       CommandLine::tr("file.mp4") });
    parser.addOption({ QStringLiteral("overwrite"), CommandLine::tr("Replace output files that already exist.") });
    addParameterOptions(parser, model);
    parser.addOption({ QStringLiteral("seeds"), CommandLine::tr("Run each combination with this many distinct random seeds."),
                       CommandLine::tr("count") });
    parser.addOption({ QStringLiteral("consecutive"), CommandLine::tr("With --seeds: the seeds count up from --seed instead.") });
    parser.addOption({ QStringLiteral("seed-list"), CommandLine::tr("Run each combination with these seeds."), CommandLine::tr("A,B,...") });
    parser.addOption({ QStringLiteral("sweep"),
                       CommandLine::tr("Vary a numeric parameter over values, e.g. sample_shift=4,8,12 (at most two sweeps)."),
                       CommandLine::tr("PARAM=V1,V2,...") });
    parser.addOption({ QStringLiteral("no-go-fast"), CommandLine::tr("Turn go_fast off: slower, slightly better quality.") });
    parser.addOption({ QStringLiteral("dry-run"), CommandLine::tr("Print every planned run and the total cost; send nothing.") });
    parser.addOption({ QStringLiteral("json"), CommandLine::tr("With --dry-run: one JSON line per planned run, then the total.") });
    parser.addOption({ QStringLiteral("ignore-budget"), CommandLine::tr("Send even when a run would pass a budget cap.") });
    processArguments(parser, arguments);

    auto invalid = [](const QString &message) {
        err() << CommandLine::tr("Error: %1").arg(message) << Qt::endl;
        return int(InvalidInput);
    };
    jobs::BatchSpec spec;
    spec.base.image = parser.value(QStringLiteral("image"));
    spec.base.prompt = parser.value(QStringLiteral("prompt"));
    if (spec.base.image.isEmpty())
        return invalid(CommandLine::tr("--image is required: a file or an https URL."));
    if (spec.base.prompt.trimmed().isEmpty())
        return invalid(CommandLine::tr("--prompt is required and must not be empty."));
    QString problem;
    if (!readParameterOptions(parser, model, &spec.base.parameters, &problem))
        return invalid(problem);
    if (parser.isSet(QStringLiteral("no-go-fast")))
        spec.base.parameters.insert(QStringLiteral("go_fast"), false);
    if (parser.isSet(QStringLiteral("seeds")) && parser.isSet(QStringLiteral("seed-list")))
        return invalid(CommandLine::tr("--seeds and --seed-list cannot be used together."));
    if (parser.isSet(QStringLiteral("seeds"))) {
        bool ok = false;
        spec.seedCount = parser.value(QStringLiteral("seeds")).toInt(&ok);
        if (!ok || spec.seedCount < 1)
            return invalid(CommandLine::tr("--seeds takes a number of runs, 1 to %1.").arg(jobs::BatchPlan::MaxRuns));
        spec.seedChoice = parser.isSet(QStringLiteral("consecutive")) ? jobs::SeedChoice::Consecutive : jobs::SeedChoice::Random;
    } else if (parser.isSet(QStringLiteral("consecutive"))) {
        return invalid(CommandLine::tr("--consecutive only goes with --seeds."));
    }
    if (parser.isSet(QStringLiteral("seed-list")) && !parseSeedList(parser.value(QStringLiteral("seed-list")), &spec.seedList, &problem))
        return invalid(problem);
    for (const QString &sweep : parser.values(QStringLiteral("sweep"))) {
        QString parameter;
        QList<double> values;
        if (!parseSweepOption(sweep, &parameter, &values, &problem))
            return invalid(problem);
        spec.sweeps.append(jobs::PlanAxis::sweep(parameter, values));
    }
    // Without --seed and seeds to vary, one seed is drawn for the batch (and recorded).
    spec.base.randomSeed = !spec.base.parameters.contains(QStringLiteral("seed"));
    const QString imageScheme = QUrl(spec.base.image).scheme();
    const bool localImage = imageScheme != QLatin1String("https") && imageScheme != QLatin1String("http");
    if (localImage && !QFileInfo(spec.base.image).exists())
        return invalid(CommandLine::tr("The image %1 does not exist.").arg(QDir::toNativeSeparators(spec.base.image)));
    if (localImage)
        spec.base.image = QFileInfo(spec.base.image).absoluteFilePath();
    if (parser.isSet(QStringLiteral("out")))
        spec.base.outputPath = QFileInfo(parser.value(QStringLiteral("out"))).absoluteFilePath();

    const jobs::BatchPlan plan = jobs::BatchPlan::combined(model, spec);
    if (!plan.isValid())
        return invalid(plan.problem());
    for (const jobs::PlannedRun &run : plan.runs()) {
        const QJsonObject body = model.buildRequest(QStringLiteral("https://example.invalid/image.jpg"), run.request.prompt,
                                                    run.request.parameters);
        const auto issues = model.validate(body);
        if (!issues.isEmpty())
            return invalid(issues.constFirst().message);
        if (run.request.outputPath.isEmpty())
            continue;
        core::OutputPlaceRules rules;
        rules.inputImage = localImage ? spec.base.image : QString();
        rules.mayReplace = parser.isSet(QStringLiteral("overwrite"));
        const core::OutputPlaceCheck place = core::OutputPlace::check(run.request.outputPath, rules);
        if (!place.ok()) {
            err() << CommandLine::tr("Error: %1").arg(place.message) << Qt::endl;
            err() << place.hint << Qt::endl;
            return place.verdict == core::OutputPlaceCheck::Verdict::Unwritable ? int(LocalStorageError) : int(InvalidInput);
        }
    }

    int libraryProblem = LibraryError;
    std::unique_ptr<library::Library> ledger = openLibrary(&libraryProblem);
    if (!ledger)
        return libraryProblem;
    core::Settings settings;
    const jobs::BudgetCaps caps = jobs::BudgetCaps::fromSettings(settings);
    const bool ignoreBudget = parser.isSet(QStringLiteral("ignore-budget"));
    if (parser.isSet(QStringLiteral("dry-run"))) {
        printPlan(model, plan, jobs::BudgetCheck::check(caps, *ledger, plan.plannedCost(), model.typicalCostUsd()),
                  parser.isSet(QStringLiteral("json")));
        return Success;
    }
    if (parser.isSet(QStringLiteral("json")))
        return invalid(CommandLine::tr("--json goes with --dry-run; the runs of a batch always print JSON lines."));
    err() << CommandLine::tr("%n run(s), about %1 credits in all.", nullptr, plan.count()).arg(amount(plan.plannedCost())) << Qt::endl;

    Session session;
    image::UploadCache uploads(core::Settings::dataDirectory() + QStringLiteral("/upload-cache.json"));
    library::LibraryService service(ledger->databasePath(), ledger->mediaDirectory());
    jobs::JobQueue queue(&session.client, &uploads, model, session.settings.resultsDirectory());
    queue.setMaxConcurrent(session.settings.value(core::Settings::Key::MaxConcurrentJobs).toInt());

    // Each run is checked at the moment it would be sent, against the library as
    // it is then (other processes' runs included) and the runs this batch let go:
    // the window's guard, read on the library's thread after this batch's own
    // writes, so a run that just finished counts as what it cost, not as in flight.
    bool held = false;
    std::unique_ptr<jobs::BudgetGuard> guard;
    if (!ignoreBudget && caps.any())
        guard = std::make_unique<jobs::BudgetGuard>(&queue, &service, &settings, model.typicalCostUsd(), jobs::JobQueue::OnHold::Fail,
                                                    &budgetHoldError);

    QHash<int, int> runOfJob; // queue id -> 1-based run number
    int exitCode = Success;
    int finished = 0;
    const auto finish = [&]() {
        if (finished < plan.count())
            return;
        // Every write the runs depend on lands before the process ends.
        service.waitForIdle();
        QCoreApplication::exit(exitCode);
    };
    QObject::connect(&queue, &jobs::JobQueue::jobFinished, &queue, [&](int id) {
        ++finished;
        const jobs::JobRecord *record = queue.record(id);
        const int run = runOfJob.value(id);
        const jobs::PlannedRun &planned = plan.runs().at(run - 1);
        if (record && record->result) {
            const jobs::GenerationResult &result = *record->result;
            QJsonObject line = resultLine(result, record->libraryId);
            line.insert(QStringLiteral("run"), run);
            line.insert(QStringLiteral("label"), planned.label);
            printJsonLine(line);
        } else if (record && record->stage == jobs::JobStage::Cancelled && held) {
            // Stopped with the batch after a hold: said once, below.
        } else if (record) {
            err() << CommandLine::tr("Run %1 (%2):").arg(run).arg(core::printableText(planned.label)) << Qt::endl;
            printError(record->error);
            const bool budgetHold = record->error.kind == api::ApiError::Kind::InsufficientCredits && !held
                && record->requestId.isEmpty();
            if (exitCode == Success)
                exitCode = api::ApiError::exitCode(record->error.kind);
            if (budgetHold) {
                held = true;
                // The rest of the batch would pass the cap too: none of it is sent.
                int stopped = 0;
                for (const int other : queue.ids()) {
                    const jobs::JobRecord *r = queue.record(other);
                    if (r && r->stage == jobs::JobStage::Waiting) {
                        queue.cancel(other);
                        ++stopped;
                    }
                }
                if (stopped > 0)
                    err() << CommandLine::tr("The batch stopped: %n later run(s) were not sent.", nullptr, stopped) << Qt::endl;
            }
        }
        finish();
    });

    service.open(&queue, [&](bool ok, const QString &error) {
        if (!ok) {
            err() << CommandLine::tr("Error: the library could not be opened: %1").arg(error) << Qt::endl;
            QCoreApplication::exit(LibraryError);
            return;
        }
        withSession(session, [&] {
            int index = 0;
            for (const jobs::PlannedRun &run : plan.runs())
                runOfJob.insert(queue.enqueue(run.request, run.batchId), ++index);
        });
    });
    // After open(): the queue's first question to the library (this account's
    // recent service times) is answered by an open library, on its thread in order.
    queue.setLibrary(&service, ledger->mediaDirectory() + QStringLiteral("/inputs"));
    return app.exec();
}

} // namespace wan::cli
