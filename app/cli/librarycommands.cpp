#include "librarycommands.h"

#include "clisupport.h"
#include "commandline.h"
#include "rebuildcommand.h"
#include "core/modeldescription.h"
#include "core/outputplace.h"
#include "core/terminaltext.h"
#include "image/uploadcache.h"
#include "jobs/generationjob.h"
#include "library/library.h"
#include "jobs/runrecorder.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>

namespace wan::cli {

QJsonObject entryToJson(const library::Entry &e)
{
    QJsonObject o{{QStringLiteral("id"), e.id},
                  {QStringLiteral("status"), library::statusName(e.status)},
                  {QStringLiteral("created"), e.created.toString(Qt::ISODate)},
                  {QStringLiteral("updated"), e.updated.toString(Qt::ISODate)},
                  {QStringLiteral("model"), e.model},
                  {QStringLiteral("image"), e.imageSource},
                  {QStringLiteral("prompt"), e.prompt},
                  {QStringLiteral("parameters"), e.parameters},
                  {QStringLiteral("seed"), e.seed},
                  {QStringLiteral("random_seed"), e.randomSeed},
                  {QStringLiteral("mode"), e.mode},
                  {QStringLiteral("favourite"), e.favourite}};
    auto put = [&o](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    put("prepared_image", e.preparedImagePath);
    put("image_url", e.imageUrl);
    put("request_id", e.requestId);
    put("output", e.outputPath);
    put("error_code", e.errorCode);
    put("error", e.errorMessage);
    put("hint", e.errorHint);
    put("batch", e.batchId);
    put("output_url", QString::fromUtf8(e.outputUrl.toEncoded()));
    if (!e.ownerToken.isEmpty())
        o.insert(QStringLiteral("owner_pid"), e.ownerPid);
    if (e.submittedAt.isValid())
        o.insert(QStringLiteral("submitted"), e.submittedAt.toString(Qt::ISODate));
    if (e.mayHaveBeenCharged)
        o.insert(QStringLiteral("may_have_been_charged"), true);
    if (e.sizeBytes >= 0)
        o.insert(QStringLiteral("size_bytes"), e.sizeBytes);
    if (e.durationMs >= 0)
        o.insert(QStringLiteral("duration_ms"), e.durationMs);
    if (e.creditsBefore)
        o.insert(QStringLiteral("credits_before"), *e.creditsBefore);
    if (e.creditsAfter)
        o.insert(QStringLiteral("credits_after"), *e.creditsAfter);
    if (e.cost)
        o.insert(QStringLiteral("cost"), *e.cost);
    if (e.inferenceSeconds)
        o.insert(QStringLiteral("inference_seconds"), *e.inferenceSeconds);
    if (e.isContinuation()) {
        if (e.parentId > 0)
            o.insert(QStringLiteral("parent_id"), e.parentId);
        o.insert(QStringLiteral("parent_frame"), e.parentFrame);
        put("parent_request_id", e.parentRequestId);
    }
    return o;
}

namespace {

// Applies --out (a folder for every run, or a file for one) and checks every run's
// output place; a run whose place cannot be used is released, named with how to save
// it elsewhere, and taken off the lists. Returns Success, or the exit code those runs deserve.
int placeOutputs(const QCommandLineParser &parser, library::Library &lib, QList<library::Entry> &toResume,
                 QList<library::Entry> &toSend)
{
    const bool redirect = parser.isSet(QStringLiteral("out"));
    const QString out = redirect ? QFileInfo(parser.value(QStringLiteral("out"))).absoluteFilePath() : QString();
    const bool intoFolder = redirect && QFileInfo(out).isDir();
    if (redirect && !intoFolder && toResume.size() + toSend.size() != 1) {
        err() << CommandLine::tr("Error: %n run(s) would be saved to the one file %1; give a folder, or choose one run with --id.", nullptr,
                                 static_cast<int>(toResume.size() + toSend.size()))
                     .arg(QDir::toNativeSeparators(out))
              << Qt::endl;
        for (const QList<library::Entry> *list : {&toResume, &toSend}) {
            for (const library::Entry &e : *list)
                lib.release(e.id);
        }
        toResume.clear();
        toSend.clear();
        return InvalidInput;
    }
    int result = Success;
    for (QList<library::Entry> *list : {&toResume, &toSend}) {
        for (auto it = list->begin(); it != list->end();) {
            library::Entry &e = *it;
            core::OutputPlaceRules rules;
            rules.inputImage = e.imageSource;
            // The place the run was sent with was the user's choice then (and may hold
            // this very clip, saved just before a crash); a new one replaces nothing unasked.
            rules.mayReplace = !redirect || parser.isSet(QStringLiteral("overwrite"));
            const QString target = !redirect ? e.outputPath
                : intoFolder                 ? QDir(out).filePath(QFileInfo(e.outputPath).fileName())
                                             : out;
            const core::OutputPlaceCheck place = core::OutputPlace::check(target, rules);
            if (place.ok()) {
                if (place.absolutePath != e.outputPath) {
                    e.outputPath = place.absolutePath;
                    lib.update(e);
                }
                ++it;
                continue;
            }
            err() << CommandLine::tr("Run %1:").arg(e.id) << ' ' << place.message << ' ' << place.hint << Qt::endl;
            if (!redirect)
                err() << CommandLine::tr("`wanstudio resume --id %1 --out FOLDER` saves it elsewhere; nothing is lost meanwhile.").arg(e.id)
                      << Qt::endl;
            result = place.verdict == core::OutputPlaceCheck::Verdict::Unwritable ? int(LocalStorageError) : int(InvalidInput);
            lib.release(e.id);
            it = list->erase(it);
        }
    }
    return result;
}

} // namespace

int runResume(QCoreApplication &app, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLine::tr("Fetches the runs the service accepted but this computer never received (after a crash, a kill or a "
                        "dropped connection). It never submits a run again."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("queued"), CommandLine::tr("Also send the runs that were queued but never sent.")});
    parser.addOption({QStringLiteral("id"), CommandLine::tr("Only this run of the library."), CommandLine::tr("n")});
    parser.addOption({QStringLiteral("out"),
                      CommandLine::tr("Save elsewhere: a folder (each clip keeps its file name), or a file when one run is resumed."),
                      CommandLine::tr("path")});
    parser.addOption({QStringLiteral("overwrite"), CommandLine::tr("With --out: an existing file there may be replaced.")});
    processArguments(parser, arguments);
    qint64 onlyId = 0;
    if (parser.isSet(QStringLiteral("id"))) {
        bool ok = false;
        onlyId = parser.value(QStringLiteral("id")).toLongLong(&ok);
        if (!ok || onlyId <= 0) {
            err() << CommandLine::tr("Error: --id takes the number of a run in the library (see `wanstudio library list`).") << Qt::endl;
            return InvalidInput;
        }
    }

    std::unique_ptr<library::Library> lib = openLibrary();
    if (!lib)
        return LibraryError;
    const core::ModelDescription &model = core::ModelDescription::wan22ImageToVideo();
    const bool sendQueued = parser.isSet(QStringLiteral("queued"));
    // Only the runs no live process is working on, and those are this process's
    // now: another resume, a window or a `generate` never acts on them at the same time.
    const library::UnfinishedRuns runs = lib->claimUnfinished(sendQueued);
    if (!lib->lastError().isEmpty()) {
        err() << CommandLine::tr("Error: the library could not be used: %1").arg(lib->lastError()) << Qt::endl;
        return LibraryError;
    }
    for (const library::Entry &e : runs.heldElsewhere) {
        if (onlyId == 0 || e.id == onlyId)
            err() << CommandLine::tr("Run %1 is left alone: another Wan Studio process (pid %2) is working on it.")
                         .arg(e.id)
                         .arg(e.ownerPid)
                  << Qt::endl;
    }
    // --id: the other runs go back at once, untouched, for whoever wants them.
    const auto chosen = [&lib, onlyId](const QList<library::Entry> &entries) {
        QList<library::Entry> kept;
        for (const library::Entry &e : entries) {
            if (onlyId == 0 || e.id == onlyId)
                kept.append(e);
            else if (e.ownerToken == lib->ownerToken())
                lib->release(e.id);
        }
        return kept;
    };
    const QList<library::Entry> claimed = chosen(runs.claimed);
    const QList<library::Entry> neverSent = chosen(runs.neverSent);
    if (onlyId != 0 && claimed.isEmpty() && neverSent.isEmpty()) {
        const bool elsewhere = std::any_of(runs.heldElsewhere.cbegin(), runs.heldElsewhere.cend(),
                                           [onlyId](const library::Entry &e) { return e.id == onlyId; });
        if (!elsewhere)
            err() << CommandLine::tr("Run %1 has nothing to resume: it is finished, or not in the library.").arg(onlyId) << Qt::endl;
        return Success;
    }
    QList<library::Entry> toResume;
    QList<library::Entry> toSend = sendQueued ? neverSent : QList<library::Entry>();
    int notSent = sendQueued ? 0 : static_cast<int>(neverSent.size());
    for (library::Entry e : claimed) {
        if (jobs::RunRecorder::isResumable(e)) {
            toResume.append(e);
        } else if (e.status == library::EntryStatus::Submitting || e.status == library::EntryStatus::Processing) {
            // It may have reached the service, but there is no request id to ask about it
            // (its process, which is gone, may also have finished it without recording that).
            if (jobs::RunRecorder::clipSaved(e)) {
                jobs::RunRecorder::markCompletedFromClip(e);
                lib->update(e);
                err() << CommandLine::tr("Run %1: its clip had been saved: %2").arg(e.id).arg(QDir::toNativeSeparators(e.outputPath))
                      << Qt::endl;
                continue;
            }
            jobs::RunRecorder::markUnknownOutcome(e);
            lib->update(e);
            err() << CommandLine::tr("Run %1: %2").arg(e.id).arg(e.errorMessage) << Qt::endl;
        } else if (sendQueued) {
            toSend.append(e);  // recorded, never submitted
        } else {
            lib->release(e.id);
            ++notSent;
        }
    }
    if (notSent > 0)
        err() << CommandLine::tr("%n run(s) were queued but never sent; `wanstudio resume --queued` sends them.", nullptr, notSent)
              << Qt::endl;
    if (toResume.isEmpty() && toSend.isEmpty()) {
        if (runs.heldElsewhere.isEmpty())
            err() << CommandLine::tr("Nothing to resume.") << Qt::endl;
        return Success;
    }
    // Where each clip will land, checked before anything is polled, fetched or sent:
    // a place that cannot be written would otherwise fail the same way at every resume.
    const int placeProblem = placeOutputs(parser, *lib, toResume, toSend);
    if (toResume.isEmpty() && toSend.isEmpty())
        return placeProblem;

    Session session;
    image::UploadCache uploads(core::Settings::dataDirectory() + QStringLiteral("/upload-cache.json"));
    int pending = static_cast<int>(toResume.size() + toSend.size());
    int exitCode = placeProblem;  // the other runs go on; the exit code says one could not
    std::vector<std::unique_ptr<jobs::GenerationJob>> jobs;
    std::vector<std::unique_ptr<jobs::RunRecorder>> recorders;
    // Leaves once every run is done and every write it depends on has landed or been given up.
    std::function<void()> exitWhenRecorded = [&recorders, &exitCode, &exitWhenRecorded] {
        for (const auto &recorder : recorders) {
            if (!recorder->isSettled()) {
                QObject::connect(recorder.get(), &jobs::RunRecorder::settled, recorder.get(), [&exitWhenRecorded] {
                    exitWhenRecorded();
                }, Qt::SingleShotConnection);
                return;
            }
        }
        QCoreApplication::exit(exitCode);
    };
    auto finishOne = [&pending, &exitCode, &exitWhenRecorded](int code) {
        if (code != Success)
            exitCode = code;
        if (--pending == 0)
            exitWhenRecorded();
    };
    auto launch = [&](const library::Entry &e, bool resume) {
        auto job = std::make_unique<jobs::GenerationJob>(&session.client, &uploads, model, jobs::RunRecorder::requestFrom(e));
        job->setPreparedImageDirectory(lib->mediaDirectory() + QStringLiteral("/inputs"));
        const auto persist = [&lib](const library::Entry &x, const std::function<void(bool)> &done) { done(lib->update(x)); };
        auto recorder = std::make_unique<jobs::RunRecorder>(job.get(), e, persist);
        recorder->recordBeforeSending(persist);
        const qint64 id = e.id;
        QObject::connect(recorder.get(), &jobs::RunRecorder::writeProblem, recorder.get(), [id](const QString &text) {
            err() << CommandLine::tr("Run %1:").arg(id) << ' ' << text << Qt::endl;
        });
        printProgress(job.get());
        QObject::connect(job.get(), &jobs::GenerationJob::failed, job.get(), [id, finishOne](const api::ApiError &error) {
            err() << CommandLine::tr("Run %1:").arg(id) << ' ';
            printError(error);
            finishOne(api::ApiError::exitCode(error.kind));
        });
        QObject::connect(job.get(), &jobs::GenerationJob::succeeded, job.get(), [id, finishOne](const jobs::GenerationResult &result) {
            printJsonLine({{QStringLiteral("library_id"), id}, {QStringLiteral("output"), result.outputPath},
                           {QStringLiteral("seed"), result.seed}, {QStringLiteral("request_id"), result.requestId}});
            finishOne(Success);
        });
        jobs::GenerationJob *raw = job.get();
        const library::Entry copy = e;
        jobs.push_back(std::move(job));
        recorders.push_back(std::move(recorder));
        if (resume)
            raw->resume(jobs::RunRecorder::ticketFrom(copy), copy.submittedAt, copy.outputUrl);
        else
            raw->start();
    };
    withSession(session, [&] {
        for (const auto &e : toResume) {
            err() << CommandLine::tr("Resuming run %1 (request %2)").arg(e.id).arg(core::printableText(e.requestId)) << Qt::endl;
            launch(e, true);
        }
        for (const auto &e : toSend)
            launch(e, false);
    });
    return app.exec();
}

int runLibrary(QCoreApplication &app, const QStringList &arguments)
{
    Q_UNUSED(app)
    // Before anything opens the library: it may be the damaged one.
    if (arguments.value(1) == QLatin1String("rebuild"))
        return runRebuild(arguments);
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr("Lists the runs in the library, shows one, or the chain of "
                                                     "continuations that leads to one. "
                                                     "`library rebuild --help` tells how to list the clips again."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), CommandLine::tr("list, show ID, chain ID, or rebuild"));
    parser.addOption({QStringLiteral("json"), CommandLine::tr("Print JSON instead of a table.")});
    parser.addOption({QStringLiteral("search"), CommandLine::tr("Only runs whose prompt contains these words."), CommandLine::tr("words")});
    parser.addOption({QStringLiteral("limit"), CommandLine::tr("At most this many runs (default 50)."), CommandLine::tr("n"), QStringLiteral("50")});
    processArguments(parser, arguments);
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (action != QLatin1String("list") && action != QLatin1String("show") && action != QLatin1String("chain")) {
        err() << CommandLine::tr("Error: say `library list`, `library show ID`, `library chain ID` or `library rebuild`.") << Qt::endl;
        return InvalidInput;
    }
    std::unique_ptr<library::Library> lib = openLibrary();
    if (!lib)
        return LibraryError;
    QTextStream out(stdout);
    if (action == QLatin1String("show")) {
        bool ok = false;
        const qint64 id = positional.value(1).toLongLong(&ok);
        const auto entry = ok ? lib->entry(id) : std::nullopt;
        if (!entry) {
            err() << CommandLine::tr("Error: there is no run %1 in the library.").arg(positional.value(1)) << Qt::endl;
            return InvalidInput;
        }
        QJsonObject shown = entryToJson(*entry);
        // The lineage both ways: where this clip came from, and what continues it.
        if (entry->isContinuation()) {
            const library::Library::Chain chain = lib->chain(entry->id);
            if (chain.brokenAt > 0 && chain.entries.size() == 1)
                shown.insert(QStringLiteral("parent_missing"), true);
        }
        QJsonArray continuations;
        for (const library::Entry &child : lib->continuations(entry->id))
            continuations.append(QJsonObject{{QStringLiteral("id"), child.id}, {QStringLiteral("from_frame"), child.parentFrame}});
        if (!continuations.isEmpty())
            shown.insert(QStringLiteral("continued_by"), continuations);
        out << QString::fromUtf8(QJsonDocument(shown).toJson(QJsonDocument::Indented));
        return Success;
    }
    if (action == QLatin1String("chain")) {
        bool ok = false;
        const qint64 id = positional.value(1).toLongLong(&ok);
        const library::Library::Chain chain = ok ? lib->chain(id) : library::Library::Chain{};
        if (chain.entries.isEmpty()) {
            err() << CommandLine::tr("Error: there is no run %1 in the library.").arg(positional.value(1)) << Qt::endl;
            return InvalidInput;
        }
        // First clip first; each later one says which frame of the one before it started from.
        QJsonArray array;
        for (const library::Entry &e : chain.entries)
            array.append(entryToJson(e));
        QJsonObject result{{QStringLiteral("chain"), array}};
        if (chain.brokenAt > 0) {
            result.insert(QStringLiteral("missing_parent_id"), chain.brokenAt);
            err() << CommandLine::tr("Note: run %1 continued run %2 from frame %3, which is no longer in the library; "
                                     "the chain is listed from run %1.")
                         .arg(chain.entries.first().id)
                         .arg(chain.brokenAt)
                         .arg(chain.brokenAtFrame)
                  << Qt::endl;
        }
        out << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)) << Qt::endl;
        return Success;
    }
    library::Query query;
    query.text = parser.value(QStringLiteral("search"));
    query.limit = std::max(1, parser.value(QStringLiteral("limit")).toInt());
    const QList<library::Entry> entries = lib->find(query);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const auto &e : entries)
            array.append(entryToJson(e));
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)) << Qt::endl;
        return Success;
    }
    const QLocale locale;
    for (const auto &e : entries) {
        QString prompt = e.prompt.simplified();
        if (prompt.size() > 50)
            prompt = prompt.left(49) + QChar(0x2026);
        out << QStringLiteral("%1  %2  %3  seed %4  %5")
                   .arg(e.id, 5)
                   .arg(library::statusName(e.status), -11)
                   .arg(locale.toString(e.created.toLocalTime(), QLocale::ShortFormat), -16)
                   .arg(e.seed)
                   .arg(prompt)
            << Qt::endl;
    }
    if (entries.isEmpty())
        err() << CommandLine::tr("The library is empty.") << Qt::endl;
    return Success;
}

} // namespace wan::cli
