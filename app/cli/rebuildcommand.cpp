#include "rebuildcommand.h"

#include "clisupport.h"
#include "commandline.h"
#include "core/settings.h"
#include "library/library.h"
#include "library/libraryrebuild.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace wan::cli {

int runRebuild(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLine::tr("Lists the clips of the results folder, the library's media folder and any --from folder in the "
                        "library again: every MP4 that carries Wan Studio settings. A damaged library is moved aside "
                        "(never deleted) and a fresh one is made; clips already listed are not added twice."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("from"), CommandLine::tr("Also look in this folder (and its subfolders); may be given more than once."),
                      CommandLine::tr("folder")});
    processArguments(parser, arguments);

    QStringList folders;
    for (const QString &folder : parser.values(QStringLiteral("from"))) {
        if (!QFileInfo(folder).isDir()) {
            err() << CommandLine::tr("Error: %1 is not a folder.").arg(QDir::toNativeSeparators(folder)) << Qt::endl;
            return InvalidInput;
        }
        folders.append(QFileInfo(folder).absoluteFilePath());
    }
    const core::Settings settings;
    folders.prepend(core::Settings::dataDirectory() + QStringLiteral("/media"));
    folders.prepend(settings.resultsDirectory());

    library::Library lib(core::Settings::dataDirectory() + QStringLiteral("/library.sqlite"));
    const library::RebuildReport report = library::LibraryRebuild::run(lib, folders);
    if (!report.movedAside.isEmpty())
        err() << CommandLine::tr("The damaged library was moved aside to %1.").arg(QDir::toNativeSeparators(report.movedAside)) << Qt::endl;
    if (!report.ok) {
        err() << CommandLine::tr("Error: the library could not be rebuilt: %1").arg(report.error) << Qt::endl;
        return LibraryError;
    }
    for (const QString &line : report.unreadable)
        err() << CommandLine::tr("Skipped %1").arg(line) << Qt::endl;
    err() << CommandLine::tr("%n clip(s) found", nullptr, report.found) << ", "
          << CommandLine::tr("%n added", nullptr, report.added) << ", "
          << CommandLine::tr("%n skipped (%1 already listed, %2 without Wan Studio settings).", nullptr, report.skipped())
                 .arg(report.alreadyListed)
                 .arg(report.unreadable.size())
          << Qt::endl;

    QJsonArray searched;
    for (const QString &folder : std::as_const(folders))
        searched.append(folder);
    QJsonObject line{{QStringLiteral("found"), report.found},
                     {QStringLiteral("added"), report.added},
                     {QStringLiteral("skipped"), report.skipped()},
                     {QStringLiteral("already_listed"), report.alreadyListed},
                     {QStringLiteral("unreadable"), QJsonArray::fromStringList(report.unreadable)},
                     {QStringLiteral("folders"), searched}};
    if (!report.movedAside.isEmpty())
        line.insert(QStringLiteral("moved_aside"), report.movedAside);
    printJsonLine(line);
    return Success;
}

} // namespace wan::cli
