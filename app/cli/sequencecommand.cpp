#include "sequencecommand.h"

#include "clisupport.h"
#include "commandline.h"
#include "exportcommand.h"
#include "jobs/exportinputs.h"
#include "library/library.h"
#include "media/mltproject.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace wan::cli {

namespace {

std::optional<qint64> parseId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

QJsonObject describe(const library::Sequence &sequence, const library::Library &lib, bool withClips)
{
    QJsonObject object{{QStringLiteral("id"), sequence.id},
                       {QStringLiteral("name"), sequence.name},
                       {QStringLiteral("created"), sequence.created.toString(Qt::ISODate)},
                       {QStringLiteral("clips"), sequence.clips.size()}};
    if (!withClips)
        return object;
    QJsonArray clips;
    for (const library::SequenceClip &clip : sequence.clips) {
        QJsonObject c{{QStringLiteral("library_id"), clip.entryId}, {QStringLiteral("in"), clip.in}, {QStringLiteral("out"), clip.out}};
        if (clip.crossfade > 0)
            c.insert(QStringLiteral("crossfade"), clip.crossfade);
        if (const auto entry = lib.entry(clip.entryId)) {
            c.insert(QStringLiteral("clip"), entry->outputPath);
            c.insert(QStringLiteral("prompt"), entry->prompt);
        } else {
            c.insert(QStringLiteral("missing"), true);
        }
        clips.append(c);
    }
    object.insert(QStringLiteral("clips"), clips);
    return object;
}

int create(const QStringList &arguments, library::Library &lib)
{
    if (arguments.isEmpty() || arguments.constFirst().trimmed().isEmpty())
        return invalid(CommandLine::tr("name the sequence and its clips: wanstudio sequence create NAME ID..."));
    const QString name = arguments.constFirst().trimmed();
    if (arguments.size() < 2)
        return invalid(CommandLine::tr("a sequence needs at least one clip: wanstudio sequence create NAME ID..."));
    QList<library::SequenceClip> clips;
    for (const QString &text : arguments.mid(1)) {
        const std::optional<qint64> id = parseId(text);
        const auto entry = id ? lib.entry(*id) : std::nullopt;
        if (!entry)
            return invalid(CommandLine::tr("there is no run %1 in the library.").arg(text));
        if (entry->status != library::EntryStatus::Completed || entry->outputPath.isEmpty())
            return invalid(CommandLine::tr("run %1 has no finished clip to put in a sequence.").arg(text));
        clips.append({*id, -1, -1, 0});
    }
    const qint64 id = lib.createSequence(name, clips);
    if (id == 0) {
        err() << CommandLine::tr("Error: the sequence could not be saved: %1").arg(lib.lastError()) << Qt::endl;
        return lib.lastErrorWasDiskFull() ? LocalStorageError : LibraryError;
    }
    printJsonLine({{QStringLiteral("id"), id}, {QStringLiteral("name"), name}, {QStringLiteral("clips"), clips.size()}});
    return Success;
}

int exportSequence(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr("Exports a sequence: its clips joined in order, with the seam rule and the "
                                                     "crossfade the sequence keeps at each join, or as an MLT project (--format "
                                                     "mlt) for Shotcut and Kdenlive, crossfades included."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("id"), CommandLine::tr("The sequence's id (wanstudio sequence list)."), CommandLine::tr("ID"));
    addExportOptions(parser, true);
    parser.process(arguments);
    const QStringList ids = parser.positionalArguments();
    if (ids.size() != 1)
        return invalid(CommandLine::tr("name one sequence: wanstudio sequence export ID --format mp4 --out FILE"));
    int libraryProblem = LibraryError;
    std::unique_ptr<library::Library> opened = openLibrary(&libraryProblem);
    if (!opened)
        return libraryProblem;
    library::Library &lib = *opened;
    const std::optional<qint64> id = parseId(ids.constFirst());
    const auto sequence = id ? lib.sequence(*id) : std::nullopt;
    if (!sequence)
        return invalid(CommandLine::tr("there is no sequence %1 in the library (wanstudio sequence list).").arg(ids.constFirst()));
    if (sequence->clips.isEmpty())
        return invalid(CommandLine::tr("sequence %1 is empty: there is nothing to export.").arg(sequence->id));
    bool mlt = false;
    int exitCode = InvalidInput;
    std::optional<media::ExportRequest> request = readExportOptions(parser, &mlt, &exitCode);
    if (!request)
        return exitCode;
    QStringList inputs;
    for (const library::SequenceClip &clip : sequence->clips)
        inputs << QString::number(clip.entryId);
    QString problem;
    const auto clips = jobs::ExportInputs::resolve(inputs, &lib, &problem);
    if (!clips)
        return invalid(problem);
    request->clips = *clips;
    for (int i = 0; i < request->clips.size(); ++i) {
        request->clips[i].in = sequence->clips.at(i).in;
        request->clips[i].out = sequence->clips.at(i).out;
    }
    // The sequence's own crossfade at each join, unless --crossfade gives one for all.
    if (!parser.isSet(QStringLiteral("crossfade")))
        request->joinCrossfades = sequence->joinCrossfades();
    if (mlt)
        return printExportResult(media::MltProject::write(*request, sequence->name), QStringLiteral("mlt"));
    return runExportRequest(*request);
}

} // namespace

int runSequence(const QStringList &arguments)
{
    const QString action = arguments.value(1);
    const QStringList rest = arguments.mid(2);
    if (action.isEmpty() || action == QLatin1String("--help") || action == QLatin1String("-h")) {
        QTextStream out(stdout);
        out << CommandLine::tr("Usage: wanstudio sequence create NAME ID...   a new sequence of library runs, in order") << Qt::endl
            << CommandLine::tr("       wanstudio sequence list             the sequences in the library") << Qt::endl
            << CommandLine::tr("       wanstudio sequence show ID          a sequence's clips") << Qt::endl
            << CommandLine::tr("       wanstudio sequence export ID --format mp4|webm|gif|webp|png|mlt --out PATH") << Qt::endl;
        return action.isEmpty() ? int(InvalidInput) : int(Success);
    }
    if (action == QLatin1String("export"))
        return exportSequence(QStringList{arguments.constFirst() + QStringLiteral(" export")} + rest);
    if (action != QLatin1String("create") && action != QLatin1String("list") && action != QLatin1String("show")
)
        return invalid(CommandLine::tr("unknown sequence command \u201C%1\u201D: use create, list, show or export.").arg(action));
    int libraryProblem = LibraryError;
    std::unique_ptr<library::Library> lib = openLibrary(&libraryProblem);
    if (!lib)
        return libraryProblem;
    if (action == QLatin1String("list")) {
        for (const library::Sequence &sequence : lib->sequences())
            printJsonLine(describe(sequence, *lib, false));
        return Success;
    }
    if (action == QLatin1String("show")) {
        const std::optional<qint64> id = rest.size() == 1 ? parseId(rest.constFirst()) : std::nullopt;
        const auto sequence = id ? lib->sequence(*id) : std::nullopt;
        if (!sequence)
            return invalid(CommandLine::tr("there is no sequence %1 in the library (wanstudio sequence list).").arg(rest.join(QLatin1Char(' '))));
        printJsonLine(describe(*sequence, *lib, true));
        return Success;
    }
    return create(rest, *lib);
}

} // namespace wan::cli
