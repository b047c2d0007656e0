#include "outputplace.h"

#include "settings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryFile>
#include <QUrl>

namespace wan::core {

namespace {

// Follows a chain of symbolic links, also dangling ones (writing through a dangling
// link creates its target). Bounded, so a loop of links cannot hang the check.
QString followLinks(QString path)
{
    for (int hops = 0; hops < 32; ++hops) {
        const QFileInfo info(path);
        if (!info.isSymLink())
            return path;
        path = info.symLinkTarget();
    }
    return path;
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

KeptFiles KeptFiles::ofThisApp()
{
    const QString data = Settings::dataDirectory();
    const QString database = data + QStringLiteral("/library.sqlite");
    KeptFiles kept;
    kept.files = {database,
                  database + QStringLiteral("-wal"),
                  database + QStringLiteral("-shm"),
                  database + QStringLiteral("-journal"),
                  data + QStringLiteral("/upload-cache.json"),
                  QSettings().fileName()};
    kept.directories = {data + QStringLiteral("/media"), data + QStringLiteral("/owners")};
    return kept;
}

QString OutputPlace::canonicalForm(const QString &path)
{
    if (path.isEmpty())
        return {};
    const QString absolute = followLinks(QFileInfo(path).absoluteFilePath());
    QString canonical = QFileInfo(absolute).canonicalFilePath();
    if (!canonical.isEmpty())
        return canonical;
    // Not there yet: resolve the part that exists and keep the rest as written.
    QStringList missing;
    QString existing = QDir::cleanPath(absolute);
    while (!QFileInfo::exists(existing)) {
        const QFileInfo info(existing);
        const QString parent = info.absolutePath();
        if (parent == existing)
            break;
        missing.prepend(info.fileName());
        existing = parent;
    }
    QString base = QFileInfo(existing).canonicalFilePath();
    if (base.isEmpty())
        base = existing;
    for (const QString &part : std::as_const(missing))
        base = QDir::cleanPath(base + QLatin1Char('/') + part);
    return base;
}

OutputPlaceCheck OutputPlace::check(const QString &path, const OutputPlaceRules &rules)
{
    OutputPlaceCheck result;
    auto refuse = [&result](OutputPlaceCheck::Verdict verdict, QString message, QString hint) {
        result.verdict = verdict;
        result.message = std::move(message);
        result.hint = std::move(hint);
        return result;
    };
    using Verdict = OutputPlaceCheck::Verdict;
    const bool frame = rules.saving == OutputPlaceRules::Saving::Frame;
    if (path.trimmed().isEmpty())
        return refuse(Verdict::Unsafe, tr("No output file was given."),
                      frame ? tr("Name the PNG file to save the frame in.") : tr("Name the MP4 file to save the video in."));
    result.absolutePath = QFileInfo(path).absoluteFilePath();
    const QFileInfo info(result.absolutePath);
    const QString name = shown(result.absolutePath);
    if (info.isDir())
        return refuse(Verdict::Unsafe, tr("The output place \u201C%1\u201D is a folder, not a file.").arg(name),
                      tr("Give a file name inside it, for example \u201C%1\u201D.")
                          .arg(shown(QDir(result.absolutePath).filePath(frame ? QStringLiteral("frame.png") : QStringLiteral("clip.mp4")))));

    const QString target = canonicalForm(result.absolutePath);
    const QString imageScheme = QUrl(rules.inputImage).scheme();
    if (!rules.inputImage.isEmpty() && imageScheme != QLatin1String("https") && imageScheme != QLatin1String("http")) {
        const QString image = canonicalForm(rules.inputImage);
        if (!image.isEmpty() && image == target && frame)
            return refuse(Verdict::Unsafe, tr("The output file \u201C%1\u201D is the clip the frame comes from: saving the frame there would destroy it.").arg(name),
                          tr("Choose another name for the frame, ending in .png."));
        if (!image.isEmpty() && image == target)
            return refuse(Verdict::Unsafe, tr("The output file \u201C%1\u201D is the input picture: saving the video there would destroy it.").arg(name),
                          tr("Choose another name for the video."));
    }
    for (const QString &kept : rules.kept.files) {
        if (!kept.isEmpty() && canonicalForm(kept) == target)
            return refuse(Verdict::Unsafe,
                          frame ? tr("The output file \u201C%1\u201D is one of Wan Studio's own files (library, settings or upload cache): saving the frame there would destroy it.").arg(name)
                                : tr("The output file \u201C%1\u201D is one of Wan Studio's own files (library, settings or upload cache): saving the video there would destroy it.").arg(name),
                          tr("Choose a file outside Wan Studio's data folder, for example in your Videos folder."));
    }
    for (const QString &kept : rules.kept.directories) {
        const QString folder = canonicalForm(kept);
        if (!folder.isEmpty() && (target == folder || target.startsWith(folder + QLatin1Char('/'))))
            return refuse(Verdict::Unsafe, tr("The output file \u201C%1\u201D is inside a folder Wan Studio manages (\u201C%2\u201D).").arg(name, shown(folder)),
                          tr("Choose a file outside Wan Studio's data folder, for example in your Videos folder."));
    }
    const QFileInfo resolved(target);
    if (resolved.exists() && !resolved.isFile())
        return refuse(Verdict::Unsafe, tr("The output place \u201C%1\u201D is not a regular file (a device, pipe or socket).").arg(name),
                      frame ? tr("Name an ordinary PNG file to save the frame in.") : tr("Name an ordinary MP4 file to save the video in."));
    if (resolved.exists() && !rules.mayReplace)
        return refuse(Verdict::Unsafe, tr("The output file \u201C%1\u201D already exists.").arg(name),
                      tr("Choose another name, or allow replacing it (--overwrite on the command line)."));

    // The folder: it exists, or the nearest folder above it that exists can take
    // the new folders. Either way a real test write there says more than permission bits.
    QString folder = resolved.absolutePath();
    while (!QFileInfo::exists(folder)) {
        const QString parent = QFileInfo(folder).absolutePath();
        if (parent == folder)
            break;
        folder = parent;
    }
    const QFileInfo folderInfo(folder);
    if (!folderInfo.isDir())
        return refuse(Verdict::Unwritable, tr("The folder for \u201C%1\u201D cannot be created: \u201C%2\u201D is a file.").arg(name, shown(folder)),
                      tr("Choose an output file in a folder that exists or can be created."));
    QTemporaryFile probe(folder + QStringLiteral("/.wanstudio-write-test-XXXXXX"));
    if (!probe.open())
        return refuse(Verdict::Unwritable,
                      frame ? tr("Wan Studio cannot write in the folder \u201C%1\u201D (%2), so the frame could not be saved as \u201C%3\u201D.").arg(shown(folder), probe.errorString(), name)
                            : tr("Wan Studio cannot write in the folder \u201C%1\u201D (%2), so the video could not be saved as \u201C%3\u201D.").arg(shown(folder), probe.errorString(), name),
                      tr("Choose a folder you can write to, or check its permissions and free space."));
    return result;
}

} // namespace wan::core
