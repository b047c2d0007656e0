#pragma once

// What `wanstudio export` and the window hand to media::VideoExport: each
// input (a clip file or a library id) as a clip path with its settings, and
// the seam rule's lineage: whether it continues the clip before it (the
// library's parent, or the "continues" settings in the clip's own MP4).

#include "media/videoexport.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace wan::library {
class Library;
struct Entry;
}

namespace wan::jobs {

class ExportInputs final
{
    Q_DECLARE_TR_FUNCTIONS(wan::jobs::ExportInputs)
public:
    // True for an input that names a library run (digits, and no file of that name).
    static bool isLibraryId(const QString &input);

    // The clips in order; lib may be null when no input is a library id.
    // nullopt with *problem naming the input (no such run, a run without a
    // finished clip). Reads the clips' metadata only: call it off the UI thread.
    static std::optional<QList<media::ExportClip>> resolve(const QStringList &inputs, const library::Library *lib, QString *problem);
    // The same for library runs already read (the window's selection, a
    // sequence's runs), in order; reads nothing from the disk.
    static std::optional<QList<media::ExportClip>> fromEntries(const QList<library::Entry> &entries, QString *problem);
};

} // namespace wan::jobs
