#include "ffmpeglibraries.h"

#include <QLibrary>
#include <QLoggingCategory>
#include <QStringList>

Q_DECLARE_LOGGING_CATEGORY(lcMedia)

namespace wan::media {

namespace {

struct Loaded
{
    FfmpegLibraries functions;
    bool ok = false;
    QString problem;
};

Loaded load()
{
    Loaded loaded;
    // Never unloaded: the decoders' threads and the log callback live on.
    static QLibrary avutil(QStringLiteral("avutil"), LIBAVUTIL_VERSION_MAJOR);
    static QLibrary avformat(QStringLiteral("avformat"), LIBAVFORMAT_VERSION_MAJOR);
    static QLibrary avcodec(QStringLiteral("avcodec"), LIBAVCODEC_VERSION_MAJOR);
    static QLibrary swscale(QStringLiteral("swscale"), LIBSWSCALE_VERSION_MAJOR);
    static QLibrary avfilter(QStringLiteral("avfilter"), LIBAVFILTER_VERSION_MAJOR);
    QStringList missing;
    for (QLibrary *library : {&avutil, &avformat, &avcodec, &swscale, &avfilter}) {
        if (!library->load())
            missing << library->errorString();
    }
    if (!missing.isEmpty()) {
        loaded.problem = missing.join(QStringLiteral("; "));
        return loaded;
    }
    // The arguments are a library and a function's name, not expressions to parenthesize.
    // NOLINTBEGIN(bugprone-macro-parentheses)
#define WAN_FFMPEG_RESOLVE(library, name)                                                                               \
    loaded.functions.name = reinterpret_cast<decltype(loaded.functions.name)>(library.resolve(#name));                 \
    if (!loaded.functions.name)                                                                                         \
        missing << QStringLiteral("%1 in %2").arg(QLatin1String(#name), library.fileName());
    // NOLINTEND(bugprone-macro-parentheses)
    WAN_FFMPEG_FUNCTIONS(WAN_FFMPEG_RESOLVE)
#undef WAN_FFMPEG_RESOLVE
    loaded.ok = missing.isEmpty();
    if (!loaded.ok)
        loaded.problem = QStringLiteral("missing: ") + missing.join(QStringLiteral(", "));
    return loaded;
}

} // namespace

const FfmpegLibraries *FfmpegLibraries::get(QString *problem)
{
    static const Loaded loaded = [] {
        Loaded l = load();
        if (!l.ok)
            qCWarning(lcMedia).noquote() << "FFmpeg's libraries could not be loaded:" << l.problem;
        return l;
    }();
    if (!loaded.ok && problem)
        *problem = loaded.problem;
    return loaded.ok ? &loaded.functions : nullptr;
}

} // namespace wan::media
