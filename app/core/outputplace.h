#pragma once

// Where a finished video (or a frame taken from one) may be written, decided
// before anything is paid for or decoded:
// a file (not a folder) whose folder exists or can be created and takes a test
// write, that is not the input picture, not a file Wan Studio itself keeps
// (library, settings, upload cache, media) and not an existing file unless the
// user said it may be replaced. The command line and the window use the same check.

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace wan::core {

// Files and folders the app keeps; an output path must never land on or under them.
struct KeptFiles
{
    QStringList files;        // exact files
    QStringList directories;  // anything beneath them

    // This app's own, in its data directory (the library database with its -wal,
    // -shm and -journal, the upload cache, media/ and owners/) and its settings file.
    static KeptFiles ofThisApp();
};

struct OutputPlaceRules
{
    // What will be saved there: the messages name it (a video, or a frame as a PNG).
    enum class Saving { Video, Frame };
    Saving saving = Saving::Video;
    // The input: the picture a video is made from, or the clip a frame comes
    // from (an http(s) address is ignored). Never overwritten.
    QString inputImage;
    KeptFiles kept = KeptFiles::ofThisApp();
    bool mayReplace = false;  // an existing file may be replaced (--overwrite, or a dialog that asked)
};

struct OutputPlaceCheck
{
    enum class Verdict {
        Fine,
        Unsafe,      // the user asked for something that would destroy data or cannot be a video file
        Unwritable,  // the place cannot be written: read-only, or a folder that cannot be created
    };
    Verdict verdict = Verdict::Fine;
    QString message;   // what is wrong (translated), naming the path
    QString hint;      // what to do
    QString absolutePath;

    bool ok() const { return verdict == Verdict::Fine; }
};

class OutputPlace final
{
    Q_DECLARE_TR_FUNCTIONS(wan::core::OutputPlace)
public:
    // Touches the disk (a temporary file is created and removed in the folder, or
    // in the nearest existing folder above it): call it off the UI thread.
    static OutputPlaceCheck check(const QString &path, const OutputPlaceRules &rules);

    // The path with symbolic links resolved, also when it (or folders above it) do not exist yet.
    static QString canonicalForm(const QString &path);
};

} // namespace wan::core
